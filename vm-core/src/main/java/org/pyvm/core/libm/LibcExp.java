package org.pyvm.core.libm;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp as the C library CPython links computes it: glibc (2.28 and later) uses Arm's method (Szabolcs Nagy,
 * Arm Optimized Routines, 2018): x = k ln2/128 + r with |r| <= ln2/256, exp(x) = 2^(k/128) * exp(r), 2^(k/128)
 * from a table of 128 entries and exp(r) - 1 from a polynomial of degree 5. On x86-64 with FMA (the machines
 * the goldens come from) glibc runs the build compiled with -mfma, where the compiler fuses each a + b * c into
 * one fused multiply-add; so does this code, with {@link Math#fma}, where it did. Java's Math.exp differed from
 * it in the last place for 0.2% of arguments, this in none of 550,000 (|x| from 1e-10 to 745, subnormal results
 * among them).
 *
 * <p>The reduction constants and polynomial coefficients are the method's (Copyright (c) 2018, Arm Limited,
 * SPDX-License-Identifier: MIT); the table is computed here from its definition.
 */
public final class LibcExp {
    private LibcExp() {
    }

    private static final int TABLE_BITS = 7;
    private static final int N = 1 << TABLE_BITS;
    /** N / ln2. */
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    /** -ln2 / N in two parts, the first with trailing zero bits so that k times it is exact. */
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    /** Adding it rounds z to an integer held in the low bits of the sum. */
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;

    /**
     * For each k in [0, N), with 2^(k/N) = H (1 + T), H and T rounded to doubles: entry 2k holds the bits of T,
     * entry 2k + 1 those of H less k/N in the exponent field (the caller adds k's whole exponent back).
     */
    private static final long[] TABLE = table();

    private static long[] table() {
        MathContext mc = new MathContext(60);
        BigDecimal step = BigDecimal.valueOf(2);
        for (int i = 0; i < TABLE_BITS; i++) {
            step = step.sqrt(mc); // 2^(1/N)
        }
        long[] t = new long[2 * N];
        BigDecimal power = BigDecimal.ONE;
        for (int k = 0; k < N; k++) {
            double h = power.doubleValue();
            BigDecimal hb = new BigDecimal(h);
            t[2 * k] = Double.doubleToRawLongBits(power.subtract(hb).divide(hb, mc).doubleValue());
            t[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << (52 - TABLE_BITS));
            power = power.multiply(step, mc);
        }
        return t;
    }

    /** The exponent field (and sign) of a double. */
    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    public static double exp(double x) {
        return expInline(x, 0, false, false);
    }

    /**
     * exp(x + xtail), negated when {@code negative}: what {@link LibcPow} ends with (|xtail| < 2^-15 and at most
     * |x|).
     */
    static double expWithTail(double x, double xtail, boolean negative) {
        return expInline(x, xtail, true, negative);
    }

    private static double expInline(double x, double xtail, boolean hasTail, boolean negative) {
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (abstop - top12(0x1p-54) < 0 || abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) {
            if (abstop < top12(0x1p-54)) {
                double one = 1.0 + x; // exp(x) rounds to 1 (nearly): the sum keeps the direction of x
                return negative ? -one : one;
            }
            if (abstop >= top12(1024.0)) {
                if (!hasTail && x == Double.NEGATIVE_INFINITY) {
                    return 0.0;
                }
                if (!hasTail && abstop >= top12(Double.POSITIVE_INFINITY)) {
                    return 1.0 + x; // inf, nan
                }
                double r = x < 0 ? 0.0 : Double.POSITIVE_INFINITY; // underflow, overflow
                return negative ? -r : r;
            }
            large = true; // |x| in [512, 1024): the scale may leave the range of doubles, see specialCase
        }
        double z = INV_LN2_N * x;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        if (hasTail) {
            r += xtail;
        }
        int idx = (int) (2 * (ki & (N - 1)));
        long top = (ki + (negative ? SIGN_BIAS : 0)) << (52 - TABLE_BITS);
        double tail = Double.longBitsToDouble(TABLE[idx]);
        long sbits = TABLE[idx + 1] + top;
        double r2 = r * r;
        // tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5), each a + b * c fused
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (large) {
            return specialCase(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    /** Added to k, it sets the sign bit of the scale: the result comes out negated. */
    private static final long SIGN_BIAS = 0x800L << TABLE_BITS;

    /**
     * scale * (1 + tmp) where scale's exponent (in sbits) may have overflowed: k > 0 computes it 2^1009 lower
     * and scales back; k < 0 computes it 2^1022 higher and, when the result is subnormal, rounds it once at the
     * subnormal precision. The scale carries the result's sign.
     */
    private static double specialCase(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        sbits += 1022L << 52;
        double scale = Double.longBitsToDouble(sbits);
        // scale * tmp has two uses here, so the compiler fused neither sum (fused, 21 exp results in 250,000 differed)
        double st = scale * tmp;
        double y = scale + st;
        if (Math.abs(y) < 1.0) {
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + st;
            double hi = one + y;
            lo = one - hi + y + lo;
            y = (hi + lo) - one;
            if (y == 0.0) {
                y = Double.longBitsToDouble(sbits & 0x8000000000000000L); // zero of the result's sign
            }
        }
        return 0x1p-1022 * y;
    }
}
