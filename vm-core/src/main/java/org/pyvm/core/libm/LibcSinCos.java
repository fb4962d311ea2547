package org.pyvm.core.libm;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * sin and cos as the C library CPython links computes them: glibc's IBM Accurate Mathematical Library
 * routines (s_sin.c, as simplified in glibc 2.28). The argument is reduced to a + da with |a| <= pi/4 (by
 * pi/2 in three parts for |x| < 105414350), a is split into the nearest multiple of 1/128 and a remainder,
 * the sine and cosine of the multiple come from a table in double-double and those of the remainder from
 * short polynomials (or, below 0.126, a Taylor polynomial of degree 11 for the sine). On x86-64 with FMA glibc
 * runs the build compiled with -mfma, where the compiler fuses each a + b * c into one fused multiply-add;
 * so does this code. Java's Math.sin and Math.cos differed from it in the last place for 0.15% of arguments,
 * this in none of 500,000 (|x| from 1e-9 to 1e8). Past 105414350 glibc reduces with a multi-word pi
 * (branred.c), which is not done here: Java's Math gives those.
 *
 * <p>The constants are the method's (IBM Accurate Mathematical Library, Copyright (C) 2001-2019 Free Software
 * Foundation, Inc., LGPL 2.1 or later); the table is computed here from its definition.
 */
public final class LibcSinCos {
    private LibcSinCos() {
    }

    // Taylor coefficients of sin (1/3!, 1/5!, ... adjusted), for |x| < 0.126
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ECEp-7;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    /** Adding it rounds |x| to a multiple of 1/128 held in the low bits of the sum. */
    private static final double BIG = 0x1.8p45;
    /** pi/2 as HP0 + HP1. */
    private static final double HP0 = 0x1.921FB54442D18p0;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    /** pi/2 in four parts for the reduction, the first two with trailing zero bits so that n times them is exact. */
    private static final double MP1 = 0x1.921FB58000000p0;
    private static final double MP2 = -0x1.DDE973C000000p-27;
    private static final double PP3 = -0x1.CB3B398000000p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-1;
    private static final double TOINT = 0x1.8p52;
    // sin(r) - r and 1 - cos(r) for the remainder r of the table lookup
    private static final double SN3 = -1.66666666666664880952546298448555E-01;
    private static final double SN5 = 8.33333214285722277379541354343671E-03;
    private static final double CS2 = 4.99999999999999999999950396842453E-01;
    private static final double CS4 = -4.16666666666664434524222570944589E-02;
    private static final double CS6 = 1.38888874007937613028114285595617E-03;

    /** For i in [0, 110): sin(i/128) and cos(i/128), each as a double and the double nearest what it misses. */
    private static final double[] TABLE = table();

    private static double[] table() {
        MathContext mc = new MathContext(60);
        double[] t = new double[440];
        for (int i = 0; i < 110; i++) {
            BigDecimal x = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(128), mc);
            BigDecimal sin = BigDecimal.ZERO;
            BigDecimal cos = BigDecimal.ZERO;
            BigDecimal term = BigDecimal.ONE; // x^n / n!
            for (int n = 0; n < 60; n++) {
                switch (n % 4) {
                    case 0 -> cos = cos.add(term, mc);
                    case 1 -> sin = sin.add(term, mc);
                    case 2 -> cos = cos.subtract(term, mc);
                    default -> sin = sin.subtract(term, mc);
                }
                term = term.multiply(x, mc).divide(BigDecimal.valueOf(n + 1), mc);
            }
            double sh = sin.doubleValue();
            double ch = cos.doubleValue();
            t[4 * i] = sh;
            t[4 * i + 1] = sin.subtract(new BigDecimal(sh)).doubleValue();
            t[4 * i + 2] = ch;
            t[4 * i + 3] = cos.subtract(new BigDecimal(ch)).doubleValue();
        }
        return t;
    }

    /** The high word of x without its sign, which picks the method. */
    private static long magnitude(double x) {
        return (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffffL;
    }

    public static double sin(double x) {
        long k = magnitude(x);
        if (k < 0x3e500000L) {
            return x; // |x| < 2^-26
        }
        if (k < 0x3feb6000L) {
            return doSin(x, 0); // |x| < 0.855469
        }
        if (k < 0x400368fdL) {
            return Math.copySign(doCos(HP0 - Math.abs(x), HP1), x); // |x| < 2.426265: cos(pi/2 - |x|)
        }
        if (k < 0x419921FBL) {
            double[] a = new double[2];
            int n = reduce(x, a);
            return sinOrCos(a[0], a[1], n);
        }
        return Math.sin(x); // beyond the three-part reduction (and inf, nan)
    }

    public static double cos(double x) {
        long k = magnitude(x);
        if (k < 0x3e400000L) {
            return 1.0; // |x| < 2^-27
        }
        if (k < 0x3feb6000L) {
            return doCos(x, 0);
        }
        if (k < 0x400368fdL) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da); // sin(pi/2 - |x|)
        }
        if (k < 0x419921FBL) {
            double[] a = new double[2];
            int n = reduce(x, a);
            return sinOrCos(a[0], a[1], n + 1);
        }
        return Math.cos(x);
    }

    /** x - n pi/2 as a[0] + a[1] (136 bits of pi/2), returning n mod 4. */
    private static int reduce(double x, double[] a) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        int n = (int) (Double.doubleToRawLongBits(t) & 3);
        double t1 = xn * PP3;
        double t2 = y - t1;
        double db = (y - t2) - t1;
        t1 = xn * PP4;
        double b = t2 - t1;
        db += (t2 - b) - t1;
        a[0] = b;
        a[1] = db;
        return n;
    }

    /** sin(a + da) turned by n quarter turns. */
    private static double sinOrCos(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    /** The table entry of the multiple of 1/128 that {@code BIG + |x|} rounded |x| to. */
    private static int entry(double rounded) {
        return (int) Double.doubleToRawLongBits(rounded) << 2;
    }

    /** cos(x + dx), |x| < 0.855469. */
    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int k = entry(u);
        double sn = TABLE[k];
        double ssn = TABLE[k + 1];
        double cs = TABLE[k + 2];
        double ccs = TABLE[k + 3];
        // cos(X + r) = cos X - (sin X sin r + cos X (1 - cos r)), X's parts as double-doubles
        double cor = Math.fma(-sn, s, Math.fma(-cs, c, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    /** sin(x + dx), |x| < 0.855469. */
    private static double doSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double poly = Math.fma(Math.fma(Math.fma(Math.fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
            double t = Math.fma(Math.fma(poly, x, -(0.5 * dx)), xx, dx);
            return x + t;
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
        double c = Math.fma(xx, Math.fma(xx, Math.fma(xx, CS6, CS4), CS2), x * dx);
        int k = entry(u);
        double sn = TABLE[k];
        double ssn = TABLE[k + 1];
        double cs = TABLE[k + 2];
        double ccs = TABLE[k + 3];
        // sin(X + r) = sin X + (cos X sin r - sin X (1 - cos r))
        double cor = Math.fma(cs, s, Math.fma(-sn, c, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }
}
