package org.pyvm.core.objects;

import java.math.BigInteger;

/**
 * The exact decimal value of a finite double's magnitude, and its roundings: what float formatting (repr, str,
 * {@code %f}, {@code %e}, {@code %g}) needs of it. A double is {@code m * 2**e}, so for {@code e < 0} exactly
 * {@code m * 5**-e / 10**-e}: the digits are those of an integer. (java.math.BigDecimal did this before; its class
 * initialisation alone took 10 ms of the first float a program printed, and repr with it took 18 times CPython's.)
 *
 * @param digits the significant digits, no leading zeros ("0" for zero)
 * @param decpt  where the point goes: the value is {@code 0.<digits> * 10**decpt}
 */
public record ExactDecimal(String digits, int decpt) {
    /** How {@link #round} treats the digits it drops. */
    public enum Mode {
        /** To the nearest, a tie to an even last digit (C's printf, Python's round-half-even). */
        HALF_EVEN,
        /** To the nearest, a tie away from zero (2.7's round()). */
        HALF_UP,
        /** Away from zero when anything non-zero is dropped. */
        UP,
        /** Towards zero. */
        DOWN
    }

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** The exact value of {@code |d|}, for a finite {@code d}. */
    public static ExactDecimal of(double d) {
        long m = significand(d);
        if (m == 0) {
            return new ExactDecimal("0", 1);
        }
        int e = binaryExponent(d);
        int zeros = Long.numberOfTrailingZeros(m); // fewer factors of 5 to multiply by
        m >>>= zeros;
        e += zeros;
        if (e >= 0) {
            String digits = (e < 11 ? Long.toString(m << e) : BigInteger.valueOf(m).shiftLeft(e).toString());
            return new ExactDecimal(digits, digits.length());
        }
        String digits = BigInteger.valueOf(m).multiply(FIVE.pow(-e)).toString();
        return new ExactDecimal(digits, digits.length() + e);
    }

    /** The integer significand of a finite {@code d}'s magnitude: {@code |d| = significand(d) * 2**binaryExponent(d)}. */
    public static long significand(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long m = bits & ((1L << 52) - 1);
        return (bits & 0x7ff0000000000000L) == 0 ? m : m | 1L << 52; // a subnormal has no implicit leading bit
    }

    /** The power of two of {@link #significand}: -1074 for subnormals. */
    public static int binaryExponent(double d) {
        int biased = (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff);
        return Math.max(biased, 1) - 1075;
    }

    /** Rounded to {@code p >= 1} significant digits (as many digits as it has when that is fewer). */
    public ExactDecimal round(int p, Mode mode) {
        if (digits.length() <= p) {
            return this;
        }
        boolean up = switch (mode) {
            case DOWN -> false;
            case UP -> nonZeroFrom(p);
            case HALF_UP -> digits.charAt(p) >= '5';
            case HALF_EVEN -> {
                char c = digits.charAt(p);
                yield c > '5' || c == '5' && (nonZeroFrom(p + 1) || (digits.charAt(p - 1) - '0') % 2 == 1);
            }
        };
        String head = digits.substring(0, p);
        return up ? incremented(head, decpt) : new ExactDecimal(head, decpt);
    }

    /**
     * The value with {@code scale} digits after the point, rounded half to even, without a sign: C's {@code %.Nf}
     * of the magnitude ("0.000" for what rounds to zero).
     */
    public String fixed(int scale) {
        return fixed(scale, Mode.HALF_EVEN);
    }

    /** {@link #fixed(int)} rounded half to even or ({@link Mode#HALF_UP}) half away from zero. */
    public String fixed(int scale, Mode mode) {
        int keep = decpt + scale; // the digits of the result that are this value's
        String units; // round(value * 10**scale)
        if (keep < 0 || digits.equals("0")) {
            units = "0";
        } else if (keep == 0) {
            char c = digits.charAt(0); // the value is below one unit: half to even goes to 0, half up to 1
            units = c > '5' || c == '5' && (mode == Mode.HALF_UP || nonZeroFrom(1)) ? "1" : "0";
        } else if (keep >= digits.length()) {
            units = digits + "0".repeat(keep - digits.length());
        } else {
            ExactDecimal r = round(keep, mode);
            units = r.decpt > decpt ? r.digits + "0" : r.digits; // 9.99 -> 10.0: one digit more
        }
        return withPoint(units, scale);
    }

    /** The integer {@code units} divided by {@code 10**scale}, written with exactly {@code scale} places. */
    private static String withPoint(String units, int scale) {
        if (scale == 0) {
            return units;
        }
        if (units.length() <= scale) {
            units = "0".repeat(scale - units.length() + 1) + units;
        }
        int point = units.length() - scale;
        return units.substring(0, point) + "." + units.substring(point);
    }

    /** C's {@code %.Nf} of a finite {@code |d|}, rounded half to even: {@link #fixedQuick} when it can, else {@link #fixed}. */
    public static String fixedPlaces(double d, int scale) {
        String quick = fixedQuick(d, scale);
        return quick != null ? quick : of(d).fixed(scale);
    }

    /**
     * C's {@code %.Nf} of {@code |d|} ({@link #fixed}), computed in 128-bit integers when the result fits a long,
     * as it does for every double below 9.2e18 / 10**scale: no digits of the exact value are made. Null when it
     * does not fit.
     */
    static String fixedQuick(double d, int scale) {
        if (scale > 18 || !Double.isFinite(d)) {
            return null;
        }
        long m = significand(d);
        long units;
        if (m == 0) {
            units = 0;
        } else {
            int e = binaryExponent(d);
            long p10 = POW10[scale];
            if (e >= 0) {
                // an integer: m * 2**e * 10**scale, exact, when it stays below 2**62
                if (64 - Long.numberOfLeadingZeros(m) + e + 64 - Long.numberOfLeadingZeros(p10) > 62) {
                    return null;
                }
                units = (m << e) * p10;
            } else {
                units = shiftedHalfEven(Math.multiplyHigh(m, p10), m * p10, -e);
                if (units < 0) {
                    return null;
                }
            }
        }
        return withPoint(Long.toString(units), scale);
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    /**
     * The 128-bit {@code (hi, lo)} (below 2**125) divided by {@code 2**k}, rounded half to even; -1 when the
     * quotient does not fit a long.
     */
    private static long shiftedHalfEven(long hi, long lo, int k) {
        if (k >= 127) {
            return 0; // below half of 2**k: rounds to 0
        }
        long q;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (k >= 64) {
            int s = k - 64;
            q = hi >>> s;
            remHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            remLo = lo;
            halfHi = s == 0 ? 0 : 1L << (s - 1);
            halfLo = s == 0 ? Long.MIN_VALUE : 0; // 2**63, unsigned
        } else {
            if ((hi >>> k) != 0 || (hi << (64 - k) | lo >>> k) < 0) {
                return -1;
            }
            q = hi << (64 - k) | lo >>> k;
            remHi = 0;
            remLo = lo & ((1L << k) - 1);
            halfHi = 0;
            halfLo = 1L << (k - 1);
        }
        int c = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(remLo, halfLo);
        return c > 0 || c == 0 && (q & 1) == 1 ? q + 1 : q;
    }

    /** The integer part of a finite {@code d} (truncated towards zero), as int(d) gives it. */
    public static BigInteger truncated(double d) {
        if (Math.abs(d) < 0x1p63) {
            return BigInteger.valueOf((long) d);
        }
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1075; // at least 10 here: the double is an integer
        BigInteger v = BigInteger.valueOf(bits & ((1L << 52) - 1) | 1L << 52).shiftLeft(e);
        return d < 0 ? v.negate() : v;
    }

    /** The exact value of a finite {@code d} against the integer {@code i}: -1, 0 or 1. */
    public static int compare(double d, BigInteger i) {
        if (i.bitLength() < 64) {
            long v = i.longValue();
            if (Math.abs(v) <= 1L << 53) {
                return d < v ? -1 : d > v ? 1 : 0; // v converts exactly
            }
            if (Math.abs(d) >= 0x1p63) {
                return d > 0 ? 1 : -1;
            }
            long t = (long) d; // the integer part, exact; d - t is its fraction, exact too
            if (t != v) {
                return t < v ? -1 : 1;
            }
            double fraction = d - t;
            return fraction > 0 ? 1 : fraction < 0 ? -1 : 0;
        }
        if (Math.abs(d) < 0x1p63) {
            return -i.signum(); // |i| is at least 2**63
        }
        return truncated(d).compareTo(i); // d is an integer here
    }

    /** Whether rounding to {@code p} digits half to even meets an exact tie and rounds it down (to an even digit). */
    public boolean isTieRoundedDown(int p) {
        return digits.length() > p && digits.charAt(p) == '5' && !nonZeroFrom(p + 1) && (digits.charAt(p - 1) - '0') % 2 == 0;
    }

    /** Without trailing zeros ("0" stays "0"). */
    public ExactDecimal stripped() {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return end == digits.length() ? this : new ExactDecimal(digits.substring(0, end), decpt);
    }

    /** Written out without an exponent, trailing zeros after the point dropped (and the point with them). */
    public String plain() {
        ExactDecimal s = stripped();
        String ds = s.digits;
        if (s.decpt <= 0) {
            return ds.equals("0") ? "0" : "0." + "0".repeat(-s.decpt) + ds;
        }
        if (s.decpt >= ds.length()) {
            return ds + "0".repeat(s.decpt - ds.length());
        }
        return ds.substring(0, s.decpt) + "." + ds.substring(s.decpt);
    }

    /** Whether this decimal reads back as {@code d} (a positive double). */
    public boolean readsBackAs(double d) {
        return Double.parseDouble(digits + "E" + (decpt - digits.length())) == d;
    }

    private boolean nonZeroFrom(int i) {
        for (; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    /** {@code head} (the digits at decpt) plus one in its last place. */
    private static ExactDecimal incremented(String head, int decpt) {
        char[] c = head.toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            c[i--] = '0';
        }
        if (i < 0) {
            return new ExactDecimal("1" + new String(c, 0, c.length - 1), decpt + 1); // 999 -> 1000, as many digits
        }
        c[i]++;
        return new ExactDecimal(new String(c), decpt);
    }
}
