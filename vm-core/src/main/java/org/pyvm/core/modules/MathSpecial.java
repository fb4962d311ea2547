package org.pyvm.core.modules;

import org.pyvm.core.objects.PyError;

/**
 * The special functions of {@code math} Java lacks: erf/erfc (a power series near zero and a continued fraction
 * for the tail, the method CPython's own m_erf used), gamma/lgamma (the Lanczos sum CPython's m_tgamma/m_lgamma
 * use, with factorials exact for small integers), and the inverse hyperbolic functions (log1p-based formulas). Domain and range errors are raised as
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
        return acc * x * org.pyvm.core.libm.LibcExp.exp(-x2) / SQRT_PI;
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
        return p / q * x * org.pyvm.core.libm.LibcExp.exp(-x2) / SQRT_PI;
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

    /**
     * The Lanczos approximation CPython's mathmodule.c uses: N = 13, g = 6.024680040776729583740234375, the
     * coefficients of Godfrey's method as tabulated by Boost (lanczos13m53), the sum a ratio of two polynomials
     * evaluated in x below 5 and in 1/x above.
     */
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    /** x(x+1)...(x+11) expanded: the coefficients of x^0 .. x^12. */
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** gamma(1) .. gamma(23), exact in a double. */
    private static final int GAMMA_EXACT = 23;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x), exact at the multiples of 1/2, by reduction to the quarter period nearest. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> org.pyvm.core.libm.LibcSinCos.sin(Math.PI * y);
            case 1 -> org.pyvm.core.libm.LibcSinCos.cos(Math.PI * (y - 0.5));
            case 2 -> org.pyvm.core.libm.LibcSinCos.sin(Math.PI * (1.0 - y));
            case 3 -> -org.pyvm.core.libm.LibcSinCos.cos(Math.PI * (y - 1.5));
            default -> org.pyvm.core.libm.LibcSinCos.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
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
            if (x <= GAMMA_EXACT) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) {
                    f *= i;
                }
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw PyError.raise("OverflowError", "math range error");
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0) {
                return 0.0 / sinpi(x);
            }
            throw PyError.raise("OverflowError", "math range error");
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            z = (y - absx) - LANCZOS_G_MINUS_HALF; // the rounding error of y, to correct with below
        } else {
            z = (y - LANCZOS_G_MINUS_HALF) - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * org.pyvm.core.libm.LibcExp.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= org.pyvm.core.libm.LibcPow.pow(y, absx - 0.5);
            } else {
                double half = org.pyvm.core.libm.LibcPow.pow(y, absx / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(absx) / org.pyvm.core.libm.LibcExp.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= org.pyvm.core.libm.LibcPow.pow(y, absx - 0.5);
            } else {
                double half = org.pyvm.core.libm.LibcPow.pow(y, absx / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
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
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw PyError.raise("ValueError", "math domain error");
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
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
