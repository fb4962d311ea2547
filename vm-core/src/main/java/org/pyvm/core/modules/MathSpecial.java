package org.pyvm.core.modules;

import org.pyvm.core.objects.PyError;

/**
 * The special functions of {@code math} Java lacks: erf/erfc (a power series near zero and a continued fraction
 * for the tail, the method CPython's own m_erf used), gamma/lgamma (a Lanczos sum, with factorials exact for small
 * integers), and the inverse hyperbolic functions (log1p-based formulas). Domain and range errors are raised as
 * CPython raises them ("math domain error", "math range error").
 */
final class MathSpecial {
    private MathSpecial() {
    }

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final int SERIES_TERMS = 25;
    private static final double SERIES_CUTOFF = 1.5;
    private static final int CONTFRAC_TERMS = 50;
    private static final double CONTFRAC_CUTOFF = 30.0;
    private static final double LN2 = 0.6931471805599453;

    /** erf(x) for |x| below the series cutoff: 2x e^(-x^2)/sqrt(pi) * sum (2x^2)^n / (1*3*...*(2n+1)), summed from the far end. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = SERIES_TERMS + 0.5;
        for (int i = 0; i < SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for x at or above the cutoff, by the continued fraction of its tail, evaluated forwards. */
    private static double erfcContfrac(double x) {
        if (x >= CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    /** Lanczos approximation, g = 7, nine terms (the widely published set). */
    private static final double LANCZOS_G = 7.0;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private static double lanczosSum(double x) {
        double s = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            s += LANCZOS[i] / (x + i - 1);
        }
        return s;
    }

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return x;
            }
            throw PyError.raise("ValueError", "math domain error");
        }
        if (x == 0.0) {
            throw PyError.raise("ValueError", "math domain error");
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw PyError.raise("ValueError", "math domain error");
            }
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) {
                    f *= i;
                }
                return f;
            }
        }
        if (x > 171.62) {
            throw PyError.raise("OverflowError", "math range error");
        }
        if (x < 0.5) {
            double s = Math.sin(Math.PI * x);
            return Math.PI / (s * gamma(1.0 - x));
        }
        double z = x - 1.0;
        double t = z + LANCZOS_G + 0.5;
        double r = Math.sqrt(2 * Math.PI) * Math.pow(t, (z + 0.5) / 2) * Math.exp(-t) * lanczosSum(x) * Math.pow(t, (z + 0.5) / 2);
        if (Double.isInfinite(r)) {
            throw PyError.raise("OverflowError", "math range error");
        }
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2) {
            if (x <= 0) {
                throw PyError.raise("ValueError", "math domain error");
            }
            return 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1.0 - x);
        }
        double z = x - 1.0;
        double t = z + LANCZOS_G + 0.5;
        double r = 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(x));
        if (Double.isInfinite(r)) {
            throw PyError.raise("OverflowError", "math range error");
        }
        return r;
    }

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + LN2;
        } else if (ax < 0x1p-28) {
            return x;
        } else if (ax > 2.0) {
            r = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            throw PyError.raise("ValueError", "math domain error");
        }
        if (x > 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax >= 1.0) {
            throw PyError.raise("ValueError", "math domain error");
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            r = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(r, x);
    }
}
