package org.pyvm.core.runtime;

import java.nio.charset.StandardCharsets;
import org.pyvm.core.objects.ExactDecimal;
import org.pyvm.core.objects.FloatFormat;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.spi.LanguageFeature;

/** Text helpers shared by the protocols and the builtins. */
public final class Strings {
    private Strings() {
    }

    public static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * A native string for this level: 3.x {@code str}; 2.7 {@code str} (bytes) when the text is
     * Latin-1, as 2.7's repr() and str() return byte strings.
     */
    public static PyObject text(Runtime rt, String s) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return PyBytes.of(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        return PyStr.of(s);
    }

    /**
     * 2.7's implicit coercion of a byte string to unicode (str + unicode, u'%s' % str): ASCII only,
     * else UnicodeDecodeError as the 'ascii' codec reports it.
     */
    public static String unicode27(Runtime rt, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        byte[] b = ((PyBytes) o).bytes();
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                throw org.pyvm.core.objects.PyError.raiseArgs("UnicodeDecodeError", text(rt, "ascii"), o,
                        org.pyvm.core.objects.PyInt.of(i), org.pyvm.core.objects.PyInt.of(i + 1), text(rt, "ordinal not in range(128)"));
            }
        }
        return latin1(b);
    }

    /**
     * 2.7's default encoding the other way (PyObject_Str of unicode): the text as ASCII bytes, else the 'ascii'
     * codec's UnicodeEncodeError over the run of characters it cannot encode.
     */
    public static byte[] ascii27(Runtime rt, PyStr u) {
        int[] cps = u.codePoints();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] >= 128) {
                int end = i + 1;
                while (end < cps.length && cps[end] >= 128) {
                    end++;
                }
                throw org.pyvm.core.objects.PyError.raiseArgs("UnicodeEncodeError", text(rt, "ascii"), u,
                        org.pyvm.core.objects.PyInt.of(i), org.pyvm.core.objects.PyInt.of(end), text(rt, "ordinal not in range(128)"));
            }
        }
        return u.value().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** 2.7 {@code str(float)}: 12 significant digits ({@code %.12g}), with {@code .0} added to integral values. */
    public static String str27(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return FloatFormat.repr(d);
        }
        return formatGDot0(d, 12);
    }

    /**
     * 2.7's str(complex): complex_format with 'g' and str's 12 digits (repr keeps the shortest round trip),
     * no ".0" on whole parts; a +0.0 real part is left out as in repr.
     */
    public static String complexStr27(org.pyvm.core.objects.PyComplex c) {
        String im = part27(c.imag);
        if (c.real == 0 && Double.doubleToRawLongBits(c.real) == 0) {
            return im + "j";
        }
        return "(" + part27(c.real) + (im.startsWith("-") ? im : "+" + im) + "j)";
    }

    private static String part27(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? FloatFormat.repr(d) : formatG(d, 12);
    }

    /**
     * {@code %.Ng} with CPython's add-dot-0 flag (2.7 str(float), format() without a type): integral
     * values gain ".0", and so exponent notation starts one digit earlier (at N digits before the point).
     */
    public static String formatGDot0(double d, int precision) {
        String s;
        if (d != 0 && !Double.isNaN(d) && !Double.isInfinite(d)) {
            ExactDecimal r = ExactDecimal.of(d).round(precision, ExactDecimal.Mode.HALF_EVEN);
            s = r.decpt() == precision ? exponentG(d, r) : formatG(d, r, precision);
        } else {
            s = formatG(d, precision);
        }
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf("inf") < 0 && s.indexOf("nan") < 0) {
            s = s + ".0";
        }
        return s;
    }

    /** %.Ng forced into exponent notation (trailing zeros stripped), of {@code d} whose rounded digits are {@code r}. */
    private static String exponentG(double d, ExactDecimal r) {
        ExactDecimal s = r.stripped();
        return (d < 0 ? "-" : "") + FloatFormat.scientific(s.digits(), s.decpt() - 1);
    }

    /** C's {@code %.Ng}. */
    public static String formatG(double d, int precision) {
        return formatG(d, precision, false);
    }

    /**
     * C's {@code %.Ng}; {@code tieZeros}: as 2.7-3.8's dtoa, a tie rounded down keeps the zeros it leaves in exponent
     * notation ({@code 105} at two digits: "1.0e+02").
     */
    public static String formatG(double d, int precision, boolean tieZeros) {
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        ExactDecimal exact = ExactDecimal.of(d);
        ExactDecimal r = exact.round(precision, ExactDecimal.Mode.HALF_EVEN);
        int exp = r.decpt() - 1;
        if (tieZeros && (exp < -4 || exp >= precision) && exact.isTieRoundedDown(precision)) {
            return (d < 0 ? "-" : "") + FloatFormat.scientific(r.digits(), exp);
        }
        return formatG(d, r, precision);
    }

    /** {@code %.Ng} of a non-zero {@code d} whose digits, rounded to {@code precision}, are {@code r}. */
    private static String formatG(double d, ExactDecimal r, int precision) {
        int exp = r.decpt() - 1;
        if (exp < -4 || exp >= precision) {
            return exponentG(d, r);
        }
        return (d < 0 ? "-" : "") + r.plain();
    }

    /** 2.7's string_escape: repr's escapes without the quotes (the single quote escaped). */
    public static String stringEscape(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** encodings.normalize_encoding, lower-cased: runs of anything but letters, digits and dots become one underscore. */
    public static String encodingKey(String encoding) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (char c : encoding.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c) || c == '.') {
                if (gap && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
