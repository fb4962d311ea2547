package org.pyvm.core.libm;

/**
 * Functions whose last bit CPython takes from the C library (glibc on the platforms pyvm matches), computed
 * by the same algorithms rather than by Java's Math, whose results differ in the last place for a good share
 * of arguments: cosh and sinh from exp/expm1 as fdlibm does, log10 from a correctly rounded log as fdlibm's
 * e_log10 does, log2 by a series in double-double, cbrt by glibc's polynomial and one Halley step, and hypot
 * by glibc's correction step.
 */
public final class Libm {
    private Libm() {
    }

    private static final double HALF_LN2 = 0.5 * 0.6931471805599453;
    /** Above this exp(x) overflows; below it 0.5 * exp(|x|) is cosh and sinh. */
    private static final double EXP_OVERFLOW = 709.7822265625;

    public static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < HALF_LN2) {
            if (ax < 0x1p-55) {
                return 1.0;
            }
            double t = Math.expm1(ax);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = LibcExp.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < EXP_OVERFLOW) {
            return 0.5 * LibcExp.exp(ax);
        }
        double w = LibcExp.exp(0.5 * ax); // exp(|x|)/2 = (exp(|x|/2)/2) * exp(|x|/2) still finite just past the limit
        return (0.5 * w) * w;
    }

    public static double sinh(double x) {
        double ax = Math.abs(x);
        double h = x < 0 ? -0.5 : 0.5;
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ax < EXP_OVERFLOW) {
            return h * LibcExp.exp(ax);
        }
        double w = LibcExp.exp(0.5 * ax);
        return (h * w) * w;
    }

    /**
     * glibc's hypot (since 2.35; 2.7 and 3.6 call the C library's): sqrt(ax^2 + ay^2) corrected by one step of
     * Borges' algorithm without FMA, the inputs scaled by 2^-600 or 2^600 near the ends of the range.
     */
    public static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.isInfinite(x) || Double.isInfinite(y) ? Double.POSITIVE_INFINITY : x + y;
        }
        double ax = Math.max(Math.abs(x), Math.abs(y));
        double ay = Math.min(Math.abs(x), Math.abs(y));
        if (ax > 0x1p511) {
            return ay <= ax * 0x1p-54 ? ax + ay : hypotKernel(ax * 0x1p-600, ay * 0x1p-600) / 0x1p-600;
        }
        if (ay < 0x1p-511) {
            return ax >= ay / 0x1p-54 ? ax + ay : hypotKernel(ax / 0x1p-600, ay / 0x1p-600) * 0x1p-600;
        }
        return ay <= ax * 0x1p-54 ? ax + ay : hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /** log10(x) = k*log10(2) + log(m)/ln(10) with x = m * 2^k, log10(2) split in two parts (x > 0). */
    public static double log10(double x) {
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = -54;
        }
        int k = Math.getExponent(x);
        int below = k < 0 ? 1 : 0; // m in [0.5, 1) for x < 1, [1, 2) otherwise
        double m = Math.scalb(x, -k - below);
        double y = k + below + shift;
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Math.log(m);
        return z + y * 3.01029995663611771306e-01;
    }

    /**
     * log2(x) = e + ln(m)/ln(2) with m in [sqrt(1/2), sqrt(2)]; ln(m) = 2 atanh(s), s = (m-1)/(m+1), whose
     * leading term and the products and sums after it are carried in double-double (x > 0).
     */
    public static double log2(double x) {
        if (!Double.isFinite(x)) {
            return x; // inf, nan (the caller refuses what is below zero)
        }
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = -54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        double whole = e + shift;
        if (m == 1.0) {
            return whole;
        }
        double f = m - 1.0; // exact (Sterbenz)
        double dHi = 2.0 + f;
        double dLo = f - (dHi - 2.0);
        double sHi = f / dHi;
        double sLo = (Math.fma(-sHi, dHi, f) - sHi * dLo) / dHi;
        double s2 = sHi * sHi;
        double series = 0;
        for (int k = 41; k >= 3; k -= 2) {
            series = series * s2 + 1.0 / k;
        }
        double tail = series * s2 * sHi; // s^3/3 + s^5/5 + ...
        double lnHi = 2 * sHi;
        double lnLo = 2 * sLo + 2 * tail;
        double tHi = lnHi + lnLo;
        double tLo = lnLo - (tHi - lnHi);
        double product = tHi * INV_LN2;
        double productLo = Math.fma(tHi, INV_LN2, -product) + tLo * INV_LN2 + tHi * INV_LN2_LO;
        double sum = whole + product;
        double back = sum - whole;
        double sumLo = (whole - (sum - back)) + (product - back);
        return sum + (sumLo + productLo);
    }

    private static final double INV_LN2 = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** glibc's cbrt: a polynomial guess for the mantissa in [0.5, 1), one Halley step, the exponent's third. */
    public static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int shift = 0;
        if (ax < Double.MIN_NORMAL) {
            ax *= 0x1p54;
            shift = -54;
        }
        int xe = Math.getExponent(ax) + 1; // frexp: ax = xm * 2^xe
        double xm = Math.scalb(ax, -xe);
        xe += shift;
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }

    /**
     * x ** y where either is a NaN or an infinity, as C99's pow (and so float_pow and math.pow) gives it: 1 ** nan
     * and (-1) ** inf are 1, x ** inf is inf or 0 by |x| against 1, (-inf) ** 0.5 is inf. Java's Math.pow agrees
     * except on those first two, which it makes NaN.
     */
    public static double powNonFinite(double a, double b) {
        if (b == 0 || a == 1) {
            return 1.0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (Double.isInfinite(b)) {
            double ax = Math.abs(a);
            return ax == 1 ? 1.0 : (b > 0) == (ax > 1) ? Double.POSITIVE_INFINITY : 0.0;
        }
        return Math.pow(a, b); // an infinite base: C99's signs and zeros, as Java's
    }
}
