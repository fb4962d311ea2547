package org.pyvm.core.runtime;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.LanguageFeature;

/** printf-style formatting: {@code fmt % args}. */
public final class Formatting {
    private Formatting() {
    }

    static PyObject percent(Runtime rt, PyObject format, PyObject args) {
        boolean bytes = format instanceof PyBytes;
        String fmt = bytes ? Strings.latin1(((PyBytes) format).bytes()) : ((PyStr) format).value();
        PyObject[] values = args instanceof PyTuple t ? t.items() : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean unicodeResult = !bytes;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw PyError.raise("ValueError", "incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < fmt.length() && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (mapping == null) {
                    throw PyError.raise("TypeError", "format requires a mapping");
                }
                String key = fmt.substring(start, i - 1);
                value = Ops.getitem(rt, mapping, bytes ? PyBytes.of(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
            }
            String flags = "";
            while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags += fmt.charAt(i++);
            }
            int width = -1;
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                i++;
                width = (int) ((PyInt) values[next++]).small;
                if (width < 0) {
                    flags += "-";
                    width = -width;
                }
            } else {
                int start = i;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(fmt.substring(start, i));
                }
            }
            int precision = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                if (i < fmt.length() && fmt.charAt(i) == '*') {
                    i++;
                    precision = (int) ((PyInt) values[next++]).small;
                } else {
                    int start = i;
                    while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
                }
            }
            while (i < fmt.length() && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= fmt.length()) {
                throw PyError.raise("ValueError", "incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (mapping != null && !(args instanceof PyTuple)) {
                    value = mapping;
                } else {
                    if (next >= values.length) {
                        throw PyError.raise("TypeError", "not enough arguments for format string");
                    }
                    value = values[next++];
                }
            }
            String body;
            switch (conv) {
                case 's':
                    body = Ops.str(rt, value);
                    if (value instanceof PyStr && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                        unicodeResult = true;
                    }
                    break;
                case 'r':
                case 'a':
                    body = Ops.repr(rt, value);
                    break;
                case 'd':
                case 'i':
                case 'u':
                    body = integer(rt, value, conv, 10, flags);
                    break;
                case 'x':
                case 'X':
                case 'o':
                    body = integer(rt, value, conv, conv == 'o' ? 8 : 16, flags);
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    body = floating(rt, value, conv, precision < 0 ? 6 : precision, flags);
                    precision = -1;
                    break;
                case 'c':
                    body = value instanceof PyInt n ? new String(Character.toChars((int) n.small)) : Ops.str(rt, value);
                    break;
                default:
                    throw PyError.raise("ValueError", "unsupported format character '" + conv + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            if (precision >= 0 && (conv == 's' || conv == 'r' || conv == 'a') && body.length() > precision) {
                body = body.substring(0, precision);
            }
            out.append(pad(body, width, flags, "dioxXuefFgGeE".indexOf(conv) >= 0));
        }
        if (next < values.length && mapping == null) {
            throw PyError.raise("TypeError", "not all arguments converted during " + (bytes && !rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "bytes" : "string") + " formatting");
        }
        if (bytes && !unicodeResult) {
            return PyBytes.of(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return PyStr.of(out.toString());
    }

    private static String integer(Runtime rt, PyObject value, char conv, int radix, String flags) {
        BigInteger v;
        if (value instanceof PyFloat f) {
            if (radix != 10) {
                throw PyError.raise("TypeError", "%" + conv + " format: an integer is required, not float");
            }
            v = new java.math.BigDecimal(f.value).toBigInteger();
        } else if (Arithmetic.isIntLike(value)) {
            v = Arithmetic.big(Arithmetic.asInt(value));
        } else {
            throw PyError.raise("TypeError", "%" + conv + " format: a number is required, not " + Ops.typeName(rt, value));
        }
        String digits = v.abs().toString(radix);
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        if (flags.contains("#")) {
            digits = (radix == 16 ? (conv == 'X' ? "0X" : "0x") : radix == 8 ? "0o" : "") + digits;
        }
        String sign = v.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        return sign + digits;
    }

    private static String floating(Runtime rt, PyObject value, char conv, int precision, String flags) {
        double d;
        if (value instanceof PyFloat f) {
            d = f.value;
        } else if (Arithmetic.isIntLike(value)) {
            d = Arithmetic.toDouble(value);
        } else {
            throw PyError.raise("TypeError", "must be real number, not " + Ops.typeName(rt, value));
        }
        String body = formatFloat(d, conv, precision, flags.contains("#"));
        if (!body.startsWith("-") && flags.contains("+")) {
            body = "+" + body;
        } else if (!body.startsWith("-") && flags.contains(" ")) {
            body = " " + body;
        }
        return body;
    }

    /** C's {@code %.Nf}, {@code %.Ne}, {@code %.Ng} for a double, correctly rounded. */
    public static String formatFloat(double d, char conv, int precision, boolean alternate) {
        if (Double.isNaN(d)) {
            return Character.isUpperCase(conv) ? "NAN" : "nan";
        }
        if (Double.isInfinite(d)) {
            String s = d > 0 ? "inf" : "-inf";
            return Character.isUpperCase(conv) ? s.toUpperCase() : s;
        }
        String s;
        switch (Character.toLowerCase(conv)) {
            case 'f':
                s = new java.math.BigDecimal(d).setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
                if (s.startsWith("-") && new java.math.BigDecimal(s).signum() == 0 || (d == 0 && 1 / d < 0)) {
                    s = s.startsWith("-") ? s : "-" + s;
                }
                break;
            case 'e':
                s = exponent(d, precision);
                break;
            default:
                s = Strings.formatG(d, precision == 0 ? 1 : precision);
                break;
        }
        return Character.isUpperCase(conv) ? s.toUpperCase() : s;
    }

    private static String exponent(double d, int precision) {
        if (d == 0) {
            String zeros = precision > 0 ? "." + "0".repeat(precision) : "";
            return (1 / d < 0 ? "-" : "") + "0" + zeros + "e+00";
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(d).round(new java.math.MathContext(precision + 1, java.math.RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String digits = bd.unscaledValue().abs().toString();
        while (digits.length() < precision + 1) {
            digits += "0";
        }
        StringBuilder sb = new StringBuilder();
        if (bd.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (precision > 0) {
            sb.append('.').append(digits, 1, precision + 1);
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    static String pad(String body, int width, String flags, boolean numeric) {
        if (width <= body.length()) {
            return body;
        }
        int fill = width - body.length();
        if (flags.contains("-")) {
            return body + " ".repeat(fill);
        }
        if (flags.contains("0") && numeric) {
            int signLen = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
            if (body.startsWith("0x", signLen) || body.startsWith("0X", signLen) || body.startsWith("0o", signLen)) {
                signLen += 2;
            }
            return body.substring(0, signLen) + "0".repeat(fill) + body.substring(signLen);
        }
        return " ".repeat(fill) + body;
    }
}
