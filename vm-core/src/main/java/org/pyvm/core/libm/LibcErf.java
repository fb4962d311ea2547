package org.pyvm.core.libm;

/**
 * erf and erfc as the C library computes them: CPython 3.7 and later call the platform's (2.7 and 3.6 have
 * their own series, {@link MathSpecial}). glibc's are Sun's fdlibm method (rational approximations on
 * [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28), the tails as exp(-x*x - 0.5625 + R/S) / x)
 * with its polynomials evaluated in pairs of terms for pipelined processors. The same coefficients summed in
 * the same order give the same last bit: Java's own Math has no erf, and the series differed from glibc's in
 * the last place for a fifth of the arguments of erf and two fifths of those of erfc.
 *
 * <p>The method and coefficients are fdlibm's (Copyright (C) 1993 by Sun Microsystems, Inc. All rights
 * reserved. Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved).
 */
public final class LibcErf {
    private LibcErf() {
    }

    private static final double TINY = 1e-300;
    /** erf(1) rounded to single precision: the first interval past 0.84375 approximates erf(1 + s) - ERX. */
    private static final double ERX = 8.45062911510467529297e-01;
    /** 2/sqrt(pi) - 1. */
    private static final double EFX = 1.28379167095512586316e-01;

    // erf on [0, 0.84375): x + x * P(x^2) / Q(x^2)
    private static final double PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01,
            PP2 = -2.84817495755985104766e-02, PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
    private static final double QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02,
            QQ3 = 5.08130628187576562776e-03, QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
    // erf on [0.84375, 1.25): ERX + P(s) / Q(s), s = |x| - 1
    private static final double PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01,
            PA2 = -3.72207876035701323847e-01, PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01,
            PA5 = 3.54783043256182359371e-02, PA6 = -2.16637559486879084300e-03;
    private static final double QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01,
            QA3 = 7.18286544141962662868e-02, QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02,
            QA6 = 1.19844998467991074170e-02;
    // erfc on [1.25, 1/0.35): R(z) / S(z), z = 1/x^2
    private static final double RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01,
            RA2 = -1.05586262253232909814e+01, RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02,
            RA5 = -1.84605092906711035994e+02, RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
    private static final double SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02,
            SA3 = 4.34565877475229228821e+02, SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02,
            SA6 = 1.08635005541779435134e+02, SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
    // erfc on [1/0.35, 28)
    private static final double RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01,
            RB2 = -1.77579549177547519889e+01, RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02,
            RB5 = -1.02509513161107724954e+03, RB6 = -4.83519191608651397019e+02;
    private static final double SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02,
            SB3 = 1.53672958608443695994e+03, SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03,
            SB6 = 4.74528541206955367215e+02, SB7 = -2.24409524465858183362e+01;

    /** The high 32 bits of x, sign included, as C's GET_HIGH_WORD reads them. */
    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** (erf(x) - x) / x on [0, 0.84375). */
    private static double small(double x) {
        double z = x * x;
        double r1 = PP0 + z * PP1, z2 = z * z;
        double r2 = PP2 + z * PP3, z4 = z2 * z2;
        double s1 = 1.0 + z * QQ1;
        double s2 = QQ2 + z * QQ3;
        double s3 = QQ4 + z * QQ5;
        double r = r1 + z2 * r2 + z4 * PP4;
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** erf(1 + s) - ERX for s = |x| - 1 on [0.84375, 1.25). */
    private static double nearOne(double ax) {
        double s = ax - 1.0;
        double p1 = PA0 + s * PA1, s2 = s * s;
        double q1 = 1.0 + s * QA1, s4 = s2 * s2;
        double p2 = PA2 + s * PA3, s6 = s4 * s2;
        double q2 = QA2 + s * QA3;
        double p3 = PA4 + s * PA5;
        double q3 = QA4 + s * QA5;
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
        return p / q;
    }

    /** ax * erfc(ax) for ax in [1.25, 28): exp(-ax^2 - 0.5625 + R/S), the square split so that no bits are lost. */
    private static double tail(double ax, boolean nearInterval) {
        double s = 1.0 / (ax * ax);
        double r, q;
        if (nearInterval) {
            double r1 = RA0 + s * RA1, s2 = s * s;
            double q1 = 1.0 + s * SA1, s4 = s2 * s2;
            double r2 = RA2 + s * RA3, s6 = s4 * s2;
            double q2 = SA2 + s * SA3, s8 = s4 * s4;
            double r3 = RA4 + s * RA5;
            double q3 = SA4 + s * SA5;
            double r4 = RA6 + s * RA7;
            double q4 = SA6 + s * SA7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA8;
        } else {
            double r1 = RB0 + s * RB1, s2 = s * s;
            double q1 = 1.0 + s * SB1, s4 = s2 * s2;
            double r2 = RB2 + s * RB3, s6 = s4 * s2;
            double q2 = SB2 + s * SB3;
            double r3 = RB4 + s * RB5;
            double q3 = SB4 + s * SB5;
            double q4 = SB6 + s * SB7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return LibcExp.exp(-z * z - 0.5625) * LibcExp.exp((z - ax) * (z + ax) + r / q);
    }

    public static double erf(double x) {
        int hx = high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2^-28
                return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
            }
            return x + x * small(x);
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double pq = nearOne(Math.abs(x));
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double ax = Math.abs(x);
        double r = tail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        int hx = high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) { // |x| < 2^-56
                return 1.0 - x;
            }
            double y = small(x);
            if (hx < 0x3fd00000) { // x < 1/4
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // |x| < 1.25
            double pq = nearOne(Math.abs(x));
            return hx >= 0 ? (1.0 - ERX) - pq : 1.0 + (ERX + pq);
        }
        if (ix < 0x403c0000) { // |x| < 28
            if (hx < 0 && ix >= 0x40180000) { // x <= -6
                return 2.0 - TINY;
            }
            double ax = Math.abs(x);
            double r = tail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
