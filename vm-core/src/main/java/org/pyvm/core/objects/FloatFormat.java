package org.pyvm.core.objects;

/**
 * CPython's {@code repr(float)}: the shortest decimal string that reads back as the same double
 * (David Gay's dtoa mode 0, as 2.7 and 3.x both use for repr), laid out by Python/pystrtod.c
 * format_float_short with format code 'r'.
 *
 * <p>Java 17's {@code Double.toString} is not always the shortest (JDK-4511638, fixed in 19), nor on any JDK
 * always the nearest of the shortest, so the digits are found here ({@link #shortest}) from the exact value
 * ({@link ExactDecimal}).
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Shortest round-trip digits of a finite, non-zero |d|, and the decimal point position. */
    public record Digits(String digits, int decpt) {
        // value = 0.<digits> * 10**decpt
    }

    /**
     * The shortest digit string (no trailing zeros) and decimal exponent for a finite positive double. Among the
     * decimals of p digits only the two around d can read back as d, the nearer first (near a power of two the
     * round-trip interval is lopsided and the farther may be in it while the nearer is not; dtoa checks both too),
     * and if p digits can, p + 1 can: Double.toString's digits, which read back on every JDK, bound p from above
     * and the search goes down from there (on JDK 19+ they are the shortest but for one- or two-digit values).
     */
    public static Digits shortest(double d) {
        String text = Double.toString(d);
        if (TO_STRING_IS_SHORTEST) {
            Digits java = javaDigits(text);
            if (java.digits().length() != 2) {
                return java;
            }
        }
        ExactDecimal exact = ExactDecimal.of(d);
        int p = significantDigits(text);
        while (p > 1 && readsBack(exact, p - 1, d) != null) {
            p--;
        }
        ExactDecimal best = readsBack(exact, p, d);
        for (int q = p + 1; best == null && q <= 17; q++) {
            best = readsBack(exact, q, d); // never: toString's own p digits read back
        }
        if (best == null) {
            throw new AssertionError("no round-trip representation for " + d);
        }
        ExactDecimal stripped = best.stripped();
        return new Digits(stripped.digits(), stripped.decpt());
    }

    /**
     * From JDK 19 Double.toString writes the shortest decimal that reads back, the nearest to the double of those
     * (JDK-4511638), as repr does; except that where one digit would do it may choose two digits that are nearer
     * (4.9E-324 for repr's 5e-324), so a two-digit answer is checked. Java 17's is neither always shortest nor
     * nearest: there the digits always come from the exact value.
     */
    static final boolean TO_STRING_IS_SHORTEST = Runtime.version().feature() >= 19;

    /** The digits and point of Java's text of a positive double ("1.25E-5", "0.001", "100.0"), trailing zeros dropped. */
    static Digits javaDigits(String text) {
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int point = mantissa.indexOf('.');
        String all = point < 0 ? mantissa : mantissa.substring(0, point) + mantissa.substring(point + 1);
        int decpt = (point < 0 ? mantissa.length() : point) + (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1)));
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') {
            start++;
        }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(all.substring(start, end), decpt - start);
    }

    /** The p-digit decimal nearest d if it reads back as d, else the other one around d if that does; else null. */
    private static ExactDecimal readsBack(ExactDecimal exact, int p, double d) {
        ExactDecimal nearest = exact.round(p, ExactDecimal.Mode.HALF_EVEN);
        if (nearest.readsBackAs(d)) {
            return nearest;
        }
        for (ExactDecimal.Mode mode : new ExactDecimal.Mode[] {ExactDecimal.Mode.UP, ExactDecimal.Mode.DOWN}) {
            ExactDecimal c = exact.round(p, mode);
            if (c.readsBackAs(d)) {
                return c;
            }
        }
        return null;
    }

    /** The number of significant digits of Java's text of a double ("1.25E-5": 3). */
    private static int significantDigits(String javaText) {
        int end = javaText.indexOf('E');
        if (end < 0) {
            end = javaText.length();
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < end; i++) {
            char c = javaText.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return 1;
        }
        int n = last - first + 1;
        int point = javaText.indexOf('.');
        return point > first && point < last ? n - 1 : n;
    }

    /** {@code repr(d)} (and 3.x {@code str(d)}): e.g. {@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code -0.0}, {@code inf}. */
    public static String repr(double d) {
        return format(d, true, false);
    }

    /**
     * PyOS_double_to_string(d, 'r', 0, flags): {@code addDot0} appends ".0" to integral non-exponent
     * results (Py_DTSF_ADD_DOT_0), {@code sign} forces a leading '+' (Py_DTSF_SIGN). The sign of a NaN
     * is ignored, as CPython does.
     */
    public static String format(double d, boolean addDot0, boolean sign) {
        String lead = "";
        if (Double.isNaN(d)) {
            return (sign ? "+" : "") + "nan";
        }
        boolean negative = (Double.doubleToRawLongBits(d) < 0);
        if (negative) {
            lead = "-";
        } else if (sign) {
            lead = "+";
        }
        if (Double.isInfinite(d)) {
            return lead + "inf";
        }
        if (d == 0) {
            return lead + (addDot0 ? "0.0" : "0");
        }
        Digits dg = shortest(Math.abs(d));
        String digits = dg.digits();
        int decpt = dg.decpt();
        StringBuilder sb = new StringBuilder(lead);
        if (decpt <= -4 || decpt > 16) {
            // Exponent form: d[.ddd]e[+-]XX with at least two exponent digits, no ".0" added.
            sb.append(scientific(digits, decpt - 1));
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * PyOS_double_to_string for format code 'r' (shortest digits) or 'g' (at most {@code precision}
     * significant digits) of a finite {@code a >= 0}, with the add-dot-0 and alternate-form flags: the
     * layout of format() with no presentation type, which 'g'-formats with at least one digit after the
     * point and turns to exponent form one digit sooner. Zero counts as the digit string "0" with the
     * point after it, so {@code format(0.0, ".1")} is '0e+00' as in CPython.
     */
    public static String formatShort(double a, char code, int precision, boolean addDot0, boolean alternate) {
        String digits;
        int decpt;
        if (a == 0) {
            digits = "0";
            decpt = 1;
        } else if (code == 'r') {
            Digits dg = shortest(a);
            digits = dg.digits();
            decpt = dg.decpt();
        } else {
            ExactDecimal rounded = ExactDecimal.of(a).round(Math.max(precision, 1), ExactDecimal.Mode.HALF_EVEN).stripped();
            digits = rounded.digits();
            decpt = rounded.decpt();
        }
        if (code == 'g' && precision == 0) {
            precision = 1; // as C's %g: precision 0 means 1
        }
        boolean useExp;
        int end = digits.length(); // digits shown: past the string's own, zeros
        if (code == 'r') {
            useExp = decpt <= -4 || decpt > 16;
        } else {
            useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
            if (alternate) {
                end = precision;
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder sb = new StringBuilder();
        if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits).append("0".repeat(Math.max(0, end - digits.length())));
        } else if (decpt <= digits.length()) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length()).append("0".repeat(Math.max(0, end - digits.length())));
        } else {
            sb.append(digits).append("0".repeat(decpt - digits.length())).append('.').append("0".repeat(end - decpt));
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alternate) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append('e').append(exp < 0 ? '-' : '+');
            if (Math.abs(exp) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(exp));
        }
        return sb.toString();
    }

    /** {@code d[.ddd]e+XX}: significant digits and a decimal exponent, at least two exponent digits, as C prints them. */
    public static String scientific(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }
}
