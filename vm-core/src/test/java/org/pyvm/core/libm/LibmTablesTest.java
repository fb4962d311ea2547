package org.pyvm.core.libm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@link LibcExp}, {@link LibcSinCos} and {@link LibcPow} are written out as literals (computing
 * them at class initialization with BigDecimal took 25-300 ms at the first float ** float or math.exp of a
 * program); this computes each again from the definition its class states, to 60 digits, and rounds once.
 */
class LibmTablesTest {
    private static final MathContext MC = new MathContext(60);

    /** 2^(k/128) = H (1 + T): the bits of T, and those of H less k/128 in the exponent field. */
    @Test
    void expTableIsTwoToTheKOver128AsHeadAndRelativeTail() {
        BigDecimal step = BigDecimal.valueOf(2);
        for (int i = 0; i < 7; i++) {
            step = step.sqrt(MC);
        }
        long[] t = new long[256];
        BigDecimal power = BigDecimal.ONE;
        for (int k = 0; k < 128; k++) {
            double h = power.doubleValue();
            BigDecimal hb = new BigDecimal(h);
            t[2 * k] = Double.doubleToRawLongBits(power.subtract(hb).divide(hb, MC).doubleValue());
            t[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << 45);
            power = power.multiply(step, MC);
        }
        assertArrayEquals(t, LibcExp.TABLE);
    }

    /** sin(i/128) and cos(i/128) for i below 110, each as a double and the double nearest the rest. */
    @Test
    void sinCosTableIsSinAndCosOfMultiplesOf1Over128InDoubleDouble() {
        long[] t = new long[440];
        for (int i = 0; i < 110; i++) {
            BigDecimal x = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(128), MC);
            BigDecimal sin = BigDecimal.ZERO;
            BigDecimal cos = BigDecimal.ZERO;
            BigDecimal term = BigDecimal.ONE; // x^n / n!
            for (int n = 0; n < 60; n++) {
                switch (n % 4) {
                    case 0 -> cos = cos.add(term, MC);
                    case 1 -> sin = sin.add(term, MC);
                    case 2 -> cos = cos.subtract(term, MC);
                    default -> sin = sin.subtract(term, MC);
                }
                term = term.multiply(x, MC).divide(BigDecimal.valueOf(n + 1), MC);
            }
            double sh = sin.doubleValue();
            double ch = cos.doubleValue();
            t[4 * i] = Double.doubleToRawLongBits(sh);
            t[4 * i + 1] = Double.doubleToRawLongBits(sin.subtract(new BigDecimal(sh)).doubleValue());
            t[4 * i + 2] = Double.doubleToRawLongBits(ch);
            t[4 * i + 3] = Double.doubleToRawLongBits(cos.subtract(new BigDecimal(ch)).doubleValue());
        }
        assertArrayEquals(t, LibcSinCos.TABLE_AS_BITS);
    }

    /**
     * For subinterval i of [OFF, 2 OFF) by bits, c its center: 1/c rounded to j/128 (c below 1) or j/256, log(c)
     * rounded to a multiple of 2^-43, and the rest of log(c).
     */
    @Test
    void powTableIsInverseCentersAndTheirLogarithms() {
        long off = 0x3fe6955500000000L;
        long[] t = new long[3 * 128];
        for (int i = 0; i < 128; i++) {
            double center = Double.longBitsToDouble(off + ((long) i << 45) + (1L << 44));
            double invc = center < 1 ? Math.rint(128 / center) / 128 : Math.rint(256 / center) / 256;
            BigDecimal logC = ln(new BigDecimal(invc)).negate();
            double logc = logC.multiply(BigDecimal.valueOf(1L << 43)).setScale(0, RoundingMode.HALF_EVEN).doubleValue() / 0x1p43;
            t[3 * i] = Double.doubleToRawLongBits(invc);
            t[3 * i + 1] = Double.doubleToRawLongBits(logc);
            t[3 * i + 2] = Double.doubleToRawLongBits(logC.subtract(new BigDecimal(logc)).doubleValue());
        }
        assertArrayEquals(t, LibcPow.TABLE_AS_BITS);
    }

    /** ln(v) for v in [0.5, 2]: 2 atanh((v - 1) / (v + 1)). */
    private static BigDecimal ln(BigDecimal v) {
        BigDecimal s = v.subtract(BigDecimal.ONE).divide(v.add(BigDecimal.ONE), MC);
        BigDecimal s2 = s.multiply(s, MC);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k < 400; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), MC), MC);
            term = term.multiply(s2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }
}
