package org.pyvm.core.libm;

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
 * MIT); the table is written out from its definition (LibmTablesTest checks it).
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
     * j/2N, so that z/c - 1 is exact: the bits of 1/c, of log(c) rounded to a multiple of 2^-43, and of the rest
     * of log(c). Written out by LibmTablesTest, which computes it again from this definition.
     */
    static final long[] TABLE_AS_BITS = {
            0x3ff6a00000000000L, 0xbfd62c82f2b9c800L, 0x3cfab42428375680L,
            0x3ff6800000000000L, 0xbfd5d1bdbf580800L, 0xbd1ca508d8e0f720L,
            0x3ff6600000000000L, 0xbfd5767717455800L, 0xbd2362a4d5b6506dL,
            0x3ff6400000000000L, 0xbfd51aad872df800L, 0xbce684e49eb067d5L,
            0x3ff6200000000000L, 0xbfd4be5f95777800L, 0xbd041b6993293ee0L,
            0x3ff6000000000000L, 0xbfd4618bc21c6000L, 0x3d13d82f484c84ccL,
            0x3ff5e00000000000L, 0xbfd404308686a800L, 0x3cdc42f3ed820b3aL,
            0x3ff5c00000000000L, 0xbfd3a64c55694800L, 0x3d20b1c686519460L,
            0x3ff5a00000000000L, 0xbfd347dd9a988000L, 0x3d25594dd4c58092L,
            0x3ff5800000000000L, 0xbfd2e8e2bae12000L, 0x3d267b1e99b72bd8L,
            0x3ff5600000000000L, 0xbfd2895a13de8800L, 0x3d15ca14b6cfb03fL,
            0x3ff5600000000000L, 0xbfd2895a13de8800L, 0x3d15ca14b6cfb03fL,
            0x3ff5400000000000L, 0xbfd22941fbcf7800L, 0xbd165a242853da76L,
            0x3ff5200000000000L, 0xbfd1c898c1699800L, 0xbd1fafbc68e75404L,
            0x3ff5000000000000L, 0xbfd1675cababa800L, 0x3d1f1fc63382a8f0L,
            0x3ff4e00000000000L, 0xbfd1058bf9ae4800L, 0xbd26a8c4fd055a66L,
            0x3ff4c00000000000L, 0xbfd0a324e2739000L, 0xbd0c6bee7ef4030eL,
            0x3ff4a00000000000L, 0xbfd0402594b4d000L, 0xbcf036b89ef42d7fL,
            0x3ff4a00000000000L, 0xbfd0402594b4d000L, 0xbcf036b89ef42d7fL,
            0x3ff4800000000000L, 0xbfcfb9186d5e4000L, 0x3d0d572aab993c87L,
            0x3ff4600000000000L, 0xbfcef0adcbdc6000L, 0x3d2b26b79c86af24L,
            0x3ff4400000000000L, 0xbfce27076e2af000L, 0xbd172f4f543fff10L,
            0x3ff4200000000000L, 0xbfcd5c216b4fc000L, 0x3d21ba91bbca681bL,
            0x3ff4000000000000L, 0xbfcc8ff7c79aa000L, 0x3d27794f689f8434L,
            0x3ff4000000000000L, 0xbfcc8ff7c79aa000L, 0x3d27794f689f8434L,
            0x3ff3e00000000000L, 0xbfcbc286742d9000L, 0x3d194eb0318bb78fL,
            0x3ff3c00000000000L, 0xbfcaf3c94e80c000L, 0x3cba4e633fcd9066L,
            0x3ff3a00000000000L, 0xbfca23bc1fe2b000L, 0xbd258c64dc46c1eaL,
            0x3ff3a00000000000L, 0xbfca23bc1fe2b000L, 0xbd258c64dc46c1eaL,
            0x3ff3800000000000L, 0xbfc9525a9cf45000L, 0xbd2ad1d904c1d4e3L,
            0x3ff3600000000000L, 0xbfc87fa06520d000L, 0x3d2bbdbf7fdbfa09L,
            0x3ff3400000000000L, 0xbfc7ab890210e000L, 0x3d2bdb9072534a58L,
            0x3ff3400000000000L, 0xbfc7ab890210e000L, 0x3d2bdb9072534a58L,
            0x3ff3200000000000L, 0xbfc6d60fe719d000L, 0xbd10e46aa3b2e266L,
            0x3ff3000000000000L, 0xbfc5ff3070a79000L, 0xbd1e9e439f105039L,
            0x3ff3000000000000L, 0xbfc5ff3070a79000L, 0xbd1e9e439f105039L,
            0x3ff2e00000000000L, 0xbfc526e5e3a1b000L, 0xbd20de8b90075b8fL,
            0x3ff2c00000000000L, 0xbfc44d2b6ccb8000L, 0x3d170cc16135783cL,
            0x3ff2c00000000000L, 0xbfc44d2b6ccb8000L, 0x3d170cc16135783cL,
            0x3ff2a00000000000L, 0xbfc371fc201e9000L, 0x3cf178864d27543aL,
            0x3ff2800000000000L, 0xbfc29552f81ff000L, 0xbd248d301771c408L,
            0x3ff2600000000000L, 0xbfc1b72ad52f6000L, 0xbd2e80a41811a396L,
            0x3ff2600000000000L, 0xbfc1b72ad52f6000L, 0xbd2e80a41811a396L,
            0x3ff2400000000000L, 0xbfc0d77e7cd09000L, 0x3d0a699688e85bf4L,
            0x3ff2400000000000L, 0xbfc0d77e7cd09000L, 0x3d0a699688e85bf4L,
            0x3ff2200000000000L, 0xbfbfec9131dbe000L, 0xbd2575545ca333f2L,
            0x3ff2000000000000L, 0xbfbe27076e2b0000L, 0x3d2a342c2af0003cL,
            0x3ff2000000000000L, 0xbfbe27076e2b0000L, 0x3d2a342c2af0003cL,
            0x3ff1e00000000000L, 0xbfbc5e548f5bc000L, 0xbd1d0c57585fbe06L,
            0x3ff1c00000000000L, 0xbfba926d3a4ae000L, 0x3d253935e85baac8L,
            0x3ff1c00000000000L, 0xbfba926d3a4ae000L, 0x3d253935e85baac8L,
            0x3ff1a00000000000L, 0xbfb8c345d631a000L, 0x3d137c294d2f5668L,
            0x3ff1a00000000000L, 0xbfb8c345d631a000L, 0x3d137c294d2f5668L,
            0x3ff1800000000000L, 0xbfb6f0d28ae56000L, 0xbd269737c93373daL,
            0x3ff1600000000000L, 0xbfb51b073f062000L, 0x3d1f025b61c65e57L,
            0x3ff1600000000000L, 0xbfb51b073f062000L, 0x3d1f025b61c65e57L,
            0x3ff1400000000000L, 0xbfb341d7961be000L, 0x3d2c5edaccf913dfL,
            0x3ff1400000000000L, 0xbfb341d7961be000L, 0x3d2c5edaccf913dfL,
            0x3ff1200000000000L, 0xbfb16536eea38000L, 0x3d147c5e768fa309L,
            0x3ff1000000000000L, 0xbfaf0a30c0118000L, 0x3d2d599e83368e91L,
            0x3ff1000000000000L, 0xbfaf0a30c0118000L, 0x3d2d599e83368e91L,
            0x3ff0e00000000000L, 0xbfab42dd71198000L, 0x3d1c827ae5d6704cL,
            0x3ff0e00000000000L, 0xbfab42dd71198000L, 0x3d1c827ae5d6704cL,
            0x3ff0c00000000000L, 0xbfa77458f632c000L, 0xbd2cfc4634f2a1eeL,
            0x3ff0c00000000000L, 0xbfa77458f632c000L, 0xbd2cfc4634f2a1eeL,
            0x3ff0a00000000000L, 0xbfa39e87b9fec000L, 0x3cf502b7f526feaaL,
            0x3ff0a00000000000L, 0xbfa39e87b9fec000L, 0x3cf502b7f526feaaL,
            0x3ff0800000000000L, 0xbf9f829b0e780000L, 0xbd2980267c7e09e4L,
            0x3ff0800000000000L, 0xbf9f829b0e780000L, 0xbd2980267c7e09e4L,
            0x3ff0600000000000L, 0xbf97b91b07d58000L, 0xbd288d5493faa639L,
            0x3ff0400000000000L, 0xbf8fc0a8b0fc0000L, 0xbcdf1e7cf6d3a69cL,
            0x3ff0400000000000L, 0xbf8fc0a8b0fc0000L, 0xbcdf1e7cf6d3a69cL,
            0x3ff0200000000000L, 0xbf7fe02a6b100000L, 0xbd19e23f0dda40e4L,
            0x3ff0200000000000L, 0xbf7fe02a6b100000L, 0xbd19e23f0dda40e4L,
            0x3ff0000000000000L, 0x0000000000000000L, 0x0000000000000000L,
            0x3ff0000000000000L, 0x0000000000000000L, 0x0000000000000000L,
            0x3fefc00000000000L, 0x3f80101575890000L, 0xbd10c76b999d2be8L,
            0x3fef800000000000L, 0x3f90205658938000L, 0xbd23dc5b06e2f7d2L,
            0x3fef400000000000L, 0x3f98492528c90000L, 0xbd2aa0ba325a0c34L,
            0x3fef000000000000L, 0x3fa0415d89e74000L, 0x3d0111c05cf1d753L,
            0x3feec00000000000L, 0x3fa466aed42e0000L, 0xbd2c167375bdfd28L,
            0x3fee800000000000L, 0x3fa894aa149fc000L, 0xbd197995d05a267dL,
            0x3fee400000000000L, 0x3faccb73cdddc000L, 0xbd1a68f247d82807L,
            0x3fee200000000000L, 0x3faeea31c006c000L, 0xbd0e113e4fc93b7bL,
            0x3fede00000000000L, 0x3fb1973bd1466000L, 0xbd25325d560d9e9bL,
            0x3feda00000000000L, 0x3fb3bdf5a7d1e000L, 0x3d2cc85ea5db4ed7L,
            0x3fed600000000000L, 0x3fb5e95a4d97a000L, 0xbd2c69063c5d1d1eL,
            0x3fed400000000000L, 0x3fb700d30aeac000L, 0x3cec1e8da99ded32L,
            0x3fed000000000000L, 0x3fb9335e5d594000L, 0x3d23115c3abd47daL,
            0x3fecc00000000000L, 0x3fbb6ac88dad6000L, 0xbd1390802bf768e5L,
            0x3feca00000000000L, 0x3fbc885801bc4000L, 0x3d2646d1c65aacd3L,
            0x3fec600000000000L, 0x3fbec739830a2000L, 0xbd2dc068afe645e0L,
            0x3fec400000000000L, 0x3fbfe89139dbe000L, 0xbd2534d64fa10afdL,
            0x3fec000000000000L, 0x3fc1178e8227e000L, 0x3d21ef78ce2d07f2L,
            0x3febe00000000000L, 0x3fc1aa2b7e23f000L, 0x3d2ca78e44389934L,
            0x3feba00000000000L, 0x3fc2d1610c868000L, 0x3d039d6ccb81b4a1L,
            0x3feb800000000000L, 0x3fc365fcb0159000L, 0x3cc62fa8234b7289L,
            0x3feb400000000000L, 0x3fc4913d8333b000L, 0x3d25837954fdb678L,
            0x3feb200000000000L, 0x3fc527e5e4a1b000L, 0x3d2633e8e5697dc7L,
            0x3feae00000000000L, 0x3fc6574ebe8c1000L, 0x3d19cf8b2c3c2e78L,
            0x3feac00000000000L, 0x3fc6f0128b757000L, 0xbd25118de59c21e1L,
            0x3feaa00000000000L, 0x3fc7898d85445000L, 0xbd1c661070914305L,
            0x3fea600000000000L, 0x3fc8beafeb390000L, 0xbd073d54aae92cd1L,
            0x3fea400000000000L, 0x3fc95a5adcf70000L, 0x3d07f22858a0ff6fL,
            0x3fea000000000000L, 0x3fca93ed3c8ae000L, 0xbd28724350562169L,
            0x3fe9e00000000000L, 0x3fcb31d8575bd000L, 0xbd0c358d4eace1aaL,
            0x3fe9c00000000000L, 0x3fcbd087383be000L, 0xbd2d4bc4595412b6L,
            0x3fe9a00000000000L, 0x3fcc6ffbc6f01000L, 0xbcf1ec72c5962bd2L,
            0x3fe9600000000000L, 0x3fcdb13db0d49000L, 0xbd2aff2af715b035L,
            0x3fe9400000000000L, 0x3fce530effe71000L, 0x3cc212276041f430L,
            0x3fe9200000000000L, 0x3fcef5ade4dd0000L, 0xbcca211565bb8e11L,
            0x3fe9000000000000L, 0x3fcf991c6cb3b000L, 0x3d1bcbecca0cdf30L,
            0x3fe8c00000000000L, 0x3fd07138604d5800L, 0x3cf89cdb16ed4e91L,
            0x3fe8a00000000000L, 0x3fd0c42d67616000L, 0x3d27188b163ceae9L,
            0x3fe8800000000000L, 0x3fd1178e8227e800L, 0xbd2c210e63a5f01cL,
            0x3fe8600000000000L, 0x3fd16b5ccbacf800L, 0x3d2b9acdf7a51681L,
            0x3fe8400000000000L, 0x3fd1bf99635a6800L, 0x3d2ca6ed5147bdb7L,
            0x3fe8200000000000L, 0x3fd214456d0eb800L, 0x3d0a87deba46baeaL,
            0x3fe7e00000000000L, 0x3fd2bef07cdc9000L, 0x3d2a9cfa4a5004f4L,
            0x3fe7c00000000000L, 0x3fd314f1e1d36000L, 0xbd28e27ad3213cb8L,
            0x3fe7a00000000000L, 0x3fd36b6776be1000L, 0x3d116ecdb0f177c8L,
            0x3fe7800000000000L, 0x3fd3c25277333000L, 0x3d183b54b606bd5cL,
            0x3fe7600000000000L, 0x3fd419b423d5e800L, 0x3d08e436ec90e09dL,
            0x3fe7400000000000L, 0x3fd4718dc271c800L, 0xbd2f27ce0967d675L,
            0x3fe7200000000000L, 0x3fd4c9e09e173000L, 0xbd2e20891b0ad8a4L,
            0x3fe7000000000000L, 0x3fd522ae0738a000L, 0x3d2ebe708164c759L,
            0x3fe6e00000000000L, 0x3fd57bf753c8d000L, 0x3d1fadedee5d40efL,
            0x3fe6c00000000000L, 0x3fd5d5bddf596000L, 0xbd0a0b2a08a465dcL,
    };
    private static final double[] TABLE = LibcSinCos.doubles(TABLE_AS_BITS);

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
        double invc = TABLE[3 * i];
        double logc = TABLE[3 * i + 1];
        double logctail = TABLE[3 * i + 2];
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
