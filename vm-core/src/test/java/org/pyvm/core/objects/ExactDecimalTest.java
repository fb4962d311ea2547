package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ExactDecimal's digits and roundings against java.math.BigDecimal's exact arithmetic, over doubles of every
 * kind: random bit patterns (subnormals and the largest included), short decimals, halfway cases and powers of two.
 * (What CPython prints for them is the corpus's business: the float formatting programs of conformance.)
 */
class ExactDecimalTest {
    private static List<Double> doubles() {
        List<Double> out = new ArrayList<>();
        Random r = new Random(20261127);
        for (int i = 0; i < 4000; i++) {
            double d = Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE);
            if (Double.isFinite(d)) {
                out.add(d);
            }
        }
        for (int i = 0; i < 3000; i++) {
            out.add(r.nextInt(2_000_000) / Math.pow(10, r.nextInt(9))); // short decimals
            out.add((r.nextInt(4000) + 0.5) / (1 << r.nextInt(12))); // exact binary halves: ties at some scale
            out.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        }
        for (int e = -1074; e <= 1023; e += 7) {
            out.add(Math.scalb(1.0, e));
            out.add(Math.nextDown(Math.scalb(1.0, e)));
        }
        out.addAll(List.of(0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 9.995, 99.5, 1e23, 1e22, 5e-324, Double.MAX_VALUE,
                Double.MIN_NORMAL, 0.1, 0.2, 0.3, 123456789012345680.0, 1e16, 9.999999999999999e22));
        return out;
    }

    @Test
    void theDigitsAreTheExactValue() {
        for (double d : doubles()) {
            ExactDecimal x = ExactDecimal.of(d);
            BigDecimal exact = new BigDecimal(d);
            BigDecimal mine = new BigDecimal(new java.math.BigInteger(x.digits()), x.digits().length() - x.decpt());
            assertEquals(0, exact.compareTo(mine), "of(" + d + ")");
        }
    }

    @Test
    void fixedIsBigDecimalsHalfEvenScale() {
        int quick = 0;
        for (double d : doubles()) {
            for (int scale = 0; scale <= 20; scale += (scale < 12 ? 1 : 4)) {
                String expected = new BigDecimal(d).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
                assertEquals(expected, ExactDecimal.of(d).fixed(scale), "%." + scale + "f of " + d);
                assertEquals(new BigDecimal(d).setScale(scale, RoundingMode.HALF_UP).toPlainString(),
                        ExactDecimal.of(d).fixed(scale, ExactDecimal.Mode.HALF_UP), "half up, " + scale + " places, " + d);
                String q = ExactDecimal.fixedQuick(d, scale);
                if (q != null) {
                    assertEquals(expected, q, "quick %." + scale + "f of " + d);
                    quick++;
                }
                if (Math.abs(d) < 1e6 && scale <= 12) {
                    assertEquals(expected, q, "below 1e6 and 12 places the 128-bit route takes every double: " + d);
                }
            }
        }
        assertEquals(true, quick > 100_000, "the 128-bit route was taken " + quick + " times");
    }

    @Test
    void roundIsBigDecimalsRoundToSignificantDigits() {
        ExactDecimal.Mode[] modes = ExactDecimal.Mode.values();
        RoundingMode[] theirs = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN};
        for (double d : doubles()) {
            if (d == 0) {
                continue;
            }
            for (int p = 1; p <= 18; p++) {
                for (int k = 0; k < modes.length; k++) {
                    BigDecimal b = new BigDecimal(d).round(new MathContext(p, theirs[k])).stripTrailingZeros();
                    ExactDecimal r = ExactDecimal.of(d).round(p, modes[k]).stripped();
                    String what = d + " to " + p + " digits " + modes[k];
                    assertEquals(b.unscaledValue().toString(), r.digits(), what);
                    assertEquals(b.unscaledValue().toString().length() - b.scale(), r.decpt(), what);
                }
            }
        }
    }

    @Test
    void truncatedIsTheIntegerPart() {
        for (double d : doubles()) {
            assertEquals(new BigDecimal(d).toBigInteger(), ExactDecimal.truncated(d), "int(" + d + ")");
            assertEquals(new BigDecimal(-d).toBigInteger(), ExactDecimal.truncated(-d), "int(" + -d + ")");
        }
        assertEquals(java.math.BigInteger.ONE.shiftLeft(63).negate(), ExactDecimal.truncated(-0x1p63));
    }

    @Test
    void compareIsTheExactOrderOfADoubleAndAnInteger() {
        Random r = new Random(7);
        for (double d : doubles()) {
            for (double x : new double[] {d, -d}) {
                java.math.BigInteger t = new BigDecimal(x).toBigInteger();
                java.math.BigInteger[] near = {t, t.add(java.math.BigInteger.ONE), t.subtract(java.math.BigInteger.ONE),
                    java.math.BigInteger.valueOf(r.nextLong()), java.math.BigInteger.ONE.shiftLeft(63), java.math.BigInteger.ZERO};
                for (java.math.BigInteger i : near) {
                    assertEquals(new BigDecimal(x).compareTo(new BigDecimal(i)), ExactDecimal.compare(x, i), x + " against " + i);
                }
            }
        }
    }

    @Test
    void javasTextOfADoubleGivesItsDigitsAndPoint() {
        assertEquals(new FloatFormat.Digits("125", -4), FloatFormat.javaDigits("1.25E-5"));
        assertEquals(new FloatFormat.Digits("1", -2), FloatFormat.javaDigits("0.001"));
        assertEquals(new FloatFormat.Digits("1", 3), FloatFormat.javaDigits("100.0"));
        assertEquals(new FloatFormat.Digits("123456", 3), FloatFormat.javaDigits("123.456"));
        assertEquals(new FloatFormat.Digits("17976931348623157", 309), FloatFormat.javaDigits("1.7976931348623157E308"));
    }

    /**
     * The route repr takes on JDK 19+ (the launcher's JDK 25), against the exact value's digits on every double here;
     * on an older JDK that route is off (its Double.toString is not always the shortest) and the next test covers all.
     */
    @Test
    void fromJdk19JavasDigitsAreReprsDigitsButWhereTwoDigitsAreChecked() {
        assertEquals(Runtime.version().feature() >= 19, FloatFormat.TO_STRING_IS_SHORTEST);
        if (!FloatFormat.TO_STRING_IS_SHORTEST) {
            return;
        }
        int twoDigits = 0;
        for (double d : doubles()) {
            if (d == 0) {
                continue;
            }
            FloatFormat.Digits java = FloatFormat.javaDigits(Double.toString(d));
            FloatFormat.Digits exact = exactShortest(d);
            if (java.digits().length() == 2) {
                twoDigits++;
            } else {
                assertEquals(exact, java, "Double.toString(" + d + ")");
            }
        }
        assertEquals(true, twoDigits > 0, "no two-digit case was met");
    }

    @Test
    void shortestIsTheFewestDigitsThatReadBackAndTheNearestOfThem() {
        for (double d : doubles()) {
            if (d == 0) {
                continue;
            }
            assertEquals(exactShortest(d), FloatFormat.shortest(d), "shortest(" + d + ")");
        }
    }

    /** The reference: every digit count from 1 up, the nearest of that many digits, then the two around d. */
    private static FloatFormat.Digits exactShortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN}) {
                BigDecimal c = exact.round(new MathContext(p, mode));
                if (Double.parseDouble(c.toString()) == d) {
                    BigDecimal s = c.stripTrailingZeros();
                    String digits = s.unscaledValue().toString();
                    return new FloatFormat.Digits(digits, digits.length() - s.scale());
                }
            }
        }
        throw new AssertionError("no round-trip representation for " + d);
    }
}
