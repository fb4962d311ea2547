package org.pyvm.core.runtime;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;

/** {@code format(value, spec)}: the format-spec mini-language of str.format and f-strings. */
public final class FormatSpec {
    private FormatSpec() {
    }

    public static String format(Runtime rt, PyObject v, String spec) {
        if (v instanceof PyInstance) {
            PyObject r = Ops.callMethod(rt, v, "__format__", PyStr.of(spec));
            if (r != null) {
                return Ops.str(rt, r);
            }
        }
        if (spec.isEmpty()) {
            return Ops.str(rt, v);
        }
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (spec.length() >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alternate = false;
        if (i < spec.length() && spec.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + spec.charAt(i++) - '0';
        }
        char grouping = 0;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                precision = precision * 10 + spec.charAt(i++) - '0';
            }
        }
        char type = i < spec.length() ? spec.charAt(i++) : 0;
        if (i != spec.length()) {
            throw PyError.raise("ValueError", "Invalid format specifier");
        }
        String body;
        boolean numeric = true;
        if (v instanceof PyStr || (v instanceof org.pyvm.core.objects.PyBytes && type != 'd')) {
            numeric = false;
            body = Ops.str(rt, v);
            if (precision >= 0 && body.length() > precision) {
                body = body.substring(0, precision);
            }
            if (align == 0) {
                align = '<';
            }
        } else if ((v instanceof PyInt || v instanceof PyBool) && (type == 0 || "dbxXocn".indexOf(type) >= 0)) {
            BigInteger n = Arithmetic.big(Arithmetic.asInt(v));
            if (type == 'c') {
                body = new String(Character.toChars(n.intValue()));
            } else {
                int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                String digits = n.abs().toString(radix);
                if (grouping != 0) {
                    digits = group(digits, grouping, radix == 10 ? 3 : 4);
                }
                if (type == 'X') {
                    digits = digits.toUpperCase();
                }
                String prefix = alternate ? (radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? (type == 'X' ? "0X" : "0x") : "") : "";
                body = signOf(n.signum() < 0, sign) + prefix + digits;
            }
        } else if (Arithmetic.isNumber(v) && !(v instanceof org.pyvm.core.objects.PyComplex)) {
            double d = Arithmetic.toDouble(v);
            body = floatBody(d, type, precision, sign, alternate, grouping);
        } else {
            if (!spec.isEmpty()) {
                throw PyError.raise("TypeError", "unsupported format string passed to " + Ops.typeName(rt, v) + ".__format__");
            }
            body = Ops.str(rt, v);
        }
        if (align == 0) {
            align = numeric ? '>' : '<';
        }
        return pad(body, width, fill, align);
    }

    private static String floatBody(double d, char type, int precision, char sign, boolean alternate, char grouping) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String digits;
        switch (type) {
            case 'f':
            case 'F':
                digits = Formatting.formatFloat(a, type, precision < 0 ? 6 : precision, alternate);
                break;
            case 'e':
            case 'E':
                digits = Formatting.formatFloat(a, type, precision < 0 ? 6 : precision, alternate);
                break;
            case 'g':
            case 'G':
                digits = Formatting.formatFloat(a, type, precision < 0 ? 6 : precision, alternate);
                break;
            case '%':
                digits = Formatting.formatFloat(a * 100, 'f', precision < 0 ? 6 : precision, alternate) + "%";
                break;
            case 0:
                if (precision < 0) {
                    digits = org.pyvm.core.objects.FloatFormat.repr(a);
                } else {
                    digits = Formatting.formatFloat(a, 'g', Math.max(precision, 1), alternate);
                    if (!digits.contains(".") && !digits.contains("e") && !digits.contains("n") && !digits.contains("i")) {
                        digits = digits + ".0";
                    }
                }
                break;
            default:
                throw PyError.raise("ValueError", "Unknown format code '" + type + "' for object of type 'float'");
        }
        if (grouping != 0) {
            int dot = digits.indexOf('.');
            String whole = dot < 0 ? digits : digits.substring(0, dot);
            if (whole.chars().allMatch(Character::isDigit)) {
                digits = group(whole, grouping, 3) + (dot < 0 ? "" : digits.substring(dot));
            }
        }
        return signOf(neg, sign) + digits;
    }

    private static String signOf(boolean negative, char sign) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    private static String pad(String body, int width, char fill, char align) {
        int n = body.codePointCount(0, body.length());
        if (width <= n) {
            return body;
        }
        int total = width - n;
        String f = String.valueOf(fill);
        switch (align) {
            case '<':
                return body + f.repeat(total);
            case '^':
                return f.repeat(total / 2) + body + f.repeat(total - total / 2);
            case '=': {
                int signLen = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
                if (body.startsWith("0x", signLen) || body.startsWith("0b", signLen) || body.startsWith("0o", signLen)
                        || body.startsWith("0X", signLen)) {
                    signLen += 2;
                }
                return body.substring(0, signLen) + f.repeat(total) + body.substring(signLen);
            }
            default:
                return f.repeat(total) + body;
        }
    }

}
