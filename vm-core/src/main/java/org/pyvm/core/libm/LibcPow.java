package org.pyvm.core.libm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * pow as the C library CPython links computes it: glibc (2.28 and later) uses Arm's method (Szabolcs Nagy,
 * Arm Optimized Routines, 2018): log(x) in double-double from a 128-entry table of 1/c, log(c) and a
 * polynomial of degree 8 in z/c - 1, multiplied by y, then exp of the result with its tail, as {@link LibcExp}
 * (same table, same polynomial). On x86-64 with FMA glibc runs the build compiled with -mfma, which also takes
 * the method's fma branches; each a + b * c whose product has no other use is fused, as here. Java's Math.pow
 * differed from it in the last place for 1 result in 1,000 (10.0 ** 23 printed 1e+23, CPython
 * 1.0000000000000001e+23; glibc is not correctly rounded there, Java is).
 *
 * <p>The constants and coefficients are the method's (Copyright (c) 2018, Arm Limited, SPDX-License-Identifier:
 * MIT); the table is computed here from its definition.
 */
public final class LibcPow {
    private LibcPow() {
    }

    private static final int TABLE_BITS = 7;
    private static final int N = 1 << TABLE_BITS;
    /** The bits of the start of the table's range, about sqrt(2)/2: z is in [OFF, 2 OFF). */
    private static final long OFF = 0x3fe6955500000000L;
    private static final double LN2_HI = 0x1.62e42fefa3800p-1;
    private static final double LN2_LO = 0x1.ef35793c76730p-45;
    // log1p(r) = r - r^2/2 + ..., scaled as the evaluation below uses them
    private static final double A0 = -0.5;
    private static final double A1 = 0x1.555555555556p-2 * -2;
    private static final double A2 = -0x1.0000000000006p-2 * -2;
    private static final double A3 = 0x1.999999959554ep-3 * 4;
    private static final double A4 = -0x1.555555529a47ap-3 * 4;
    private static final double A5 = 0x1.2495b9b4845e9p-3 * -8;
    private static final double A6 = -0x1.0002b8b263fc3p-3 * -8;

    /**
     * For each subinterval i of [OFF, 2 OFF) (by the bits of z), c near its center with 1/c of the form j/N or
     * j/2N, so that z/c - 1 is exact: 1/c, log(c) rounded to a multiple of 2^-43, and the rest of log(c).
     */
    private static final double[] INVC = new double[N];
    private static final double[] LOGC = new double[N];
    private static final double[] LOGCTAIL = new double[N];

    static {
        MathContext mc = new MathContext(60);
        for (int i = 0; i < N; i++) {
            double center = Double.longBitsToDouble(OFF + ((long) i << (52 - TABLE_BITS)) + (1L << (51 - TABLE_BITS)));
            double invc = center < 1 ? Math.rint(N / center) / N : Math.rint(2 * N / center) / (2 * N);
            BigDecimal logC = ln(new BigDecimal(invc), mc).negate();
            double logc = logC.multiply(BigDecimal.valueOf(1L << 43)).setScale(0, RoundingMode.HALF_EVEN).doubleValue() / 0x1p43;
            INVC[i] = invc;
            LOGC[i] = logc;
            LOGCTAIL[i] = logC.subtract(new BigDecimal(logc)).doubleValue();
        }
    }

    /** ln(v) for v in [0.5, 2] to about 55 digits: 2 atanh((v - 1) / (v + 1)). */
    private static BigDecimal ln(BigDecimal v, MathContext mc) {
        BigDecimal s = v.subtract(BigDecimal.ONE).divide(v.add(BigDecimal.ONE), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k < 400; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
            term = term.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    /** 0 when iy is not an integer, 1 when odd, 2 when even (iy: a non-zero finite double's bits). */
    private static int checkInt(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        return (iy & (1L << (0x3ff + 52 - e))) != 0 ? 1 : 2;
    }

    /** Whether the bits are those of zero, an infinity or a NaN. */
    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) - 1) >= 0;
    }

    public static double pow(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = top12(x);
        int topy = top12(y);
        boolean negative = false;
        if (topx - 0x001 < 0 || topx - 0x001 >= 0x7ff - 0x001 || (topy & 0x7ff) - 0x3be < 0 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
            // x subnormal, zero, negative, inf or nan; or |y| < 2^-65, |y| >= 2^63 or nan
            if (zeroInfNan(iy)) {
                if (2 * iy == 0) {
                    return 1.0;
                }
                if (ix == Double.doubleToRawLongBits(1.0)) {
                    return 1.0;
                }
                long inf2 = 2 * Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
                if (Long.compareUnsigned(2 * ix, inf2) > 0 || Long.compareUnsigned(2 * iy, inf2) > 0) {
                    return x + y;
                }
                if (2 * ix == 2 * Double.doubleToRawLongBits(1.0)) {
                    return 1.0;
                }
                if ((Long.compareUnsigned(2 * ix, 2 * Double.doubleToRawLongBits(1.0)) < 0) == (iy >= 0)) {
                    return 0.0; // |x| < 1 and y = inf, or |x| > 1 and y = -inf
                }
                return y * y;
            }
            if (zeroInfNan(ix)) {
                double x2 = x * x;
                if (ix < 0 && checkInt(iy) == 1) {
                    x2 = -x2;
                }
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) {
                int yint = checkInt(iy);
                if (yint == 0) {
                    return Double.NaN; // a negative base to a non-integer power
                }
                negative = yint == 1;
                ix &= 0x7fffffffffffffffL;
                topx &= 0x7ff;
            }
            if ((topy & 0x7ff) - 0x3be < 0 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
                if (ix == Double.doubleToRawLongBits(1.0)) {
                    return 1.0;
                }
                if ((topy & 0x7ff) < 0x3be) {
                    return ix > Double.doubleToRawLongBits(1.0) ? 1.0 + y : 1.0 - y; // |y| < 2^-65
                }
                boolean overflows = (ix > Double.doubleToRawLongBits(1.0)) == (topy < 0x800);
                return overflows ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) {
                // a subnormal x, normalized so that its exponent field goes negative
                ix = Double.doubleToRawLongBits(x * 0x1p52) & 0x7fffffffffffffffL;
                ix -= 52L << 52;
            }
        }
        double[] lo = new double[1];
        double hi = logInline(ix, lo);
        double ehi = y * hi;
        double elo = Math.fma(y, lo[0], Math.fma(y, hi, -ehi));
        return LibcExp.expWithTail(ehi, elo, negative);
    }

    /** log(x) as hi + tail (about 15 bits beyond the double), x's bits in ix (subnormals normalized). */
    private static double logInline(long ix, double[] tail) {
        long tmp = ix - OFF;
        int i = (int) ((tmp >>> (52 - TABLE_BITS)) % N);
        long k = tmp >> 52;
        long iz = ix - (tmp & (0xfffL << 52));
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double invc = INVC[i];
        double logc = LOGC[i];
        double logctail = LOGCTAIL[i];
        double r = Math.fma(z, invc, -1.0); // exact: 1/c has few bits
        double t1 = Math.fma(kd, LN2_HI, logc);
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, LN2_LO, logctail);
        double lo2 = t1 - t2 + r;
        double ar = A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double poly = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
        double lo = Math.fma(ar3, poly, lo1 + lo2 + lo3 + lo4);
        double y = hi + lo;
        tail[0] = hi - y + lo;
        return y;
    }
}
