package org.pyvm.core.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr(float)}: the shortest decimal string that reads back as the same double
 * (David Gay's dtoa mode 0, as 2.7 and 3.x both use for repr), laid out by Python/pystrtod.c
 * format_float_short with format code 'r'.
 *
 * <p>Java 17's {@code Double.toString} is not always the shortest (JDK-4511638, fixed in 19), so the
 * digits are found here: for 1, 2, ... 17 significant digits, round the exact binary value and keep the
 * first candidate that round-trips.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Shortest round-trip digits of a finite, non-zero |d|, and the decimal point position. */
    public record Digits(String digits, int decpt) {
        // value = 0.<digits> * 10**decpt
    }

    /** The shortest digit string (no trailing zeros) and decimal exponent for a finite positive double. */
    public static Digits shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(nearest.toString()) == d) {
                best = nearest;
            } else {
                // Near a power of two the round-trip interval is lopsided: the nearest p-digit decimal may
                // fall outside it while the one on the other side is inside (dtoa checks both too).
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN}) {
                    BigDecimal c = exact.round(new MathContext(p, mode));
                    if (Double.parseDouble(c.toString()) == d) {
                        best = c;
                        break;
                    }
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                int decpt = digits.length() - stripped.scale();
                return new Digits(digits, decpt);
            }
        }
        throw new AssertionError("no round-trip representation for " + d);
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
            BigDecimal rounded = new BigDecimal(a).round(new MathContext(Math.max(precision, 1), RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = rounded.unscaledValue().toString();
            decpt = digits.length() - rounded.scale();
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
