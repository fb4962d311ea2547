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

    /** A parsed format spec. */
    private static final class Spec {
        int fill = ' '; // a code point: the fill may be outside the BMP
        boolean fillGiven;
        char align;
        char sign;
        boolean z;
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        /** A precision past a C int: floats refuse it ("precision too big"); text is shorter anyway. */
        boolean precisionTooBig;
        char type;
    }

    /** The longest text a Java string holds, about: a wider field is a MemoryError. */
    private static final long LONGEST = Integer.MAX_VALUE - 16;

    public static String format(Runtime rt, PyObject v, String spec) {
        return Ops.str(rt, formatted(rt, v, spec, PyStr.of(spec)));
    }

    /**
     * format(v, spec) as an object: what the value's own {@code __format__} returned (2.7: a byte string or unicode),
     * else the builtin formatting's str. {@code specObject} is the spec as {@code __format__} receives it: in 2.7 a byte
     * string from str.format, unicode from unicode.format (object.__format__ then formats str(v) or unicode(v)).
     */
    public static PyObject formatted(Runtime rt, PyObject v, String spec, PyObject specObject) {
        // a class's own __format__: of a plain class, or of a builtin's subclass (a str or int mixin enum)
        PyObject r = v instanceof PyInstance || Ops.hasProgramMetaclass(v) ? Ops.callMethod(rt, v, "__format__", specObject)
                : Overrides.call(rt, v, "__format__", specObject);
        if (r != null) {
            boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
            if (!(r instanceof PyStr || py2 && r instanceof org.pyvm.core.objects.PyBytes)) {
                throw PyError.raise("TypeError", py2 ? Ops.typeName(rt, v) + ".__format__ must return string or unicode, not "
                        + Ops.typeName(rt, r) : "__format__ must return a str, not " + Ops.typeName(rt, r));
            }
            return r;
        }
        if (v instanceof PyInstance i && i.type().classic && specObject instanceof PyStr) {
            v = Ops.call(rt, rt.types.str, v); // 2.7 PyObject_Format: an old-style instance's unicode() for a unicode spec
        }
        if (specObject instanceof PyStr unicodeSpec && isNumber(v) && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return unicodeNumber27(rt, v, spec, unicodeSpec);
        }
        return PyStr.of(builtin(rt, v, spec));
    }

    private static boolean isNumber(PyObject v) {
        return v instanceof PyInt || v instanceof PyBool || v instanceof PyFloat || v instanceof org.pyvm.core.objects.PyComplex;
    }

    /**
     * 2.7: a number's __format__ given a unicode spec formats with str(spec) (an ASCII spec, else UnicodeEncodeError)
     * into a byte string, which PyObject_Format then decodes as ASCII: format(200, u'c') is a UnicodeDecodeError.
     */
    private static PyObject unicodeNumber27(Runtime rt, PyObject v, String spec, PyStr unicodeSpec) {
        Strings.ascii27(rt, unicodeSpec);
        return PyStr.of(Strings.unicode27(rt, Strings.text(rt, builtin(rt, v, spec))));
    }

    /** A builtin value (or, in 2.7, str(v)) formatted by the spec mini-language. */
    private static String builtin(Runtime rt, PyObject v, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(rt, v);
        }
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        boolean isText = v instanceof PyStr || (py2 && v instanceof org.pyvm.core.objects.PyBytes);
        boolean isInt = v instanceof PyInt || v instanceof PyBool;
        boolean isFloat = v instanceof PyFloat;
        boolean isComplex = v instanceof org.pyvm.core.objects.PyComplex;
        if (!isText && !isInt && !isFloat && !isComplex) {
            if (!py2) {
                throw PyError.raise("TypeError", "unsupported format string passed to " + Ops.typeName(rt, v) + ".__format__");
            }
            return format(rt, PyStr.of(Ops.str(rt, v)), spec);
        }
        Spec p = parse(rt, spec, isText ? '<' : '>', Ops.typeName(rt, v));
        String body;
        if (isText) {
            if (p.grouping != 0 && (p.type == 0 || p.type == 's')) {
                throw PyError.raise("ValueError", "Cannot specify '" + p.grouping + "' with 's'.");
            }
            // the string itself: a subclass's __str__ decides only an empty spec (above)
            body = text(rt, v instanceof PyStr s ? s.value() : Strings.latin1(((org.pyvm.core.objects.PyBytes) v).bytes()), p,
                    rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && v instanceof PyStr ? "str" : Ops.typeName(rt, v));
        } else if (isInt && (p.type == 0 || "bcdoxXn".indexOf(p.type) >= 0)) {
            body = integer(rt, v, p);
        } else if ((isInt || isFloat) && p.type != 0 && "eEfFgG%n".indexOf(p.type) >= 0 || isFloat && p.type == 0) {
            body = floating(rt, Arithmetic.toDouble(rt, v), p);
        } else if (isComplex && (p.type == 0 || "eEfFgGn".indexOf(p.type) >= 0)) {
            body = complex(rt, (org.pyvm.core.objects.PyComplex) v, p);
        } else {
            throw PyError.raise("ValueError", "Unknown format code '" + p.type + "' for object of type '" + Ops.typeName(rt, v) + "'");
        }
        reserveWidth(rt, p);
        return pad(body, p.width, p.fill, p.align);
    }

    /** Room for a field {@code p.width} wide, before it is made: a MemoryError past the memory cap or a Java string. */
    private static void reserveWidth(Runtime rt, Spec p) {
        if (p.width > LONGEST) {
            throw PyError.raiseArgs("MemoryError");
        }
        if (p.width > 0) {
            rt.limits().reserve(p.width);
        }
    }

    private static Spec parse(Runtime rt, String spec, char defaultAlign, String typeName) {
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        boolean newer = rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME);
        Spec p = new Spec();
        int i = 0;
        int n = spec.length();
        int c0 = spec.codePointAt(0);
        int c0len = Character.charCount(c0);
        if (n > c0len && "<>=^".indexOf(spec.charAt(c0len)) >= 0) {
            p.fill = c0;
            p.fillGiven = true;
            p.align = spec.charAt(c0len);
            i = c0len + 1;
        } else if ("<>=^".indexOf(spec.charAt(0)) >= 0) {
            p.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            p.sign = spec.charAt(i++);
        }
        if (newer && i < n && spec.charAt(i) == 'z') {
            p.z = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            p.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (!p.fillGiven) {
                p.fill = '0';
            }
            if (p.align == 0 && (!newer || defaultAlign == '>')) {
                p.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            p.width = (int) Math.min(digits(spec, start, i), LONGEST + 1); // checked where the padding is made
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_' && !py2)) {
            p.grouping = spec.charAt(i++);
            // 2.7 knows no '_': after ',' it is read as the type, which ',' then refuses
            if (!py2 && i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw PyError.raise("ValueError", "Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyError.raise("ValueError", "Format specifier missing precision");
            }
            long precision = i == start ? 0 : digits(spec, start, i);
            p.precisionTooBig = precision > Integer.MAX_VALUE;
            p.precision = (int) Math.min(precision, Integer.MAX_VALUE);
        }
        if (n - i > 1) {
            // 3.10+ quotes the spec and names the type
            throw PyError.raise("ValueError", py2 ? "Invalid conversion specification" : newer ? "Invalid format specifier '" + spec
                    + "' for object of type '" + typeName + "'" : "Invalid format specifier");
        }
        if (i < n) {
            p.type = spec.charAt(i);
        }
        if (p.grouping != 0) {
            boolean ok = p.type == 0 || "deEfFgG%".indexOf(p.type) >= 0
                    || p.grouping == '_' && "boxX".indexOf(p.type) >= 0;
            if (!ok) {
                throw PyError.raise("ValueError", "Cannot specify '" + p.grouping + "' with '" + p.type + "'.");
            }
        }
        return p;
    }

    /** The number spec[start:end] spells in decimal digits; past Py_ssize_t, CPython's ValueError. */
    private static long digits(String spec, int start, int end) {
        long value = 0;
        for (int k = start; k < end; k++) {
            int digit = Character.digit(spec.charAt(k), 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw PyError.raise("ValueError", "Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A float's digits after the point, checked: a C int at most, and (for types that print them all) memory for them. */
    private static void checkPrecision(Runtime rt, Spec p) {
        if (p.precisionTooBig) {
            throw PyError.raise("ValueError", "precision too big");
        }
        if (p.precision > 0 && "eEfF%".indexOf(p.type) >= 0) {
            rt.limits().reserve(p.precision);
        }
    }

    private static String text(Runtime rt, String s, Spec p, String typeName) {
        if (p.type != 0 && p.type != 's') {
            // the object's own type (a subclass's name); 2.7 says str for the text object.__format__ formats too
            throw PyError.raise("ValueError", "Unknown format code '" + p.type + "' for object of type '" + typeName + "'");
        }
        if (p.sign == ' ' && rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            throw PyError.raise("ValueError", "Space not allowed in string format specifier"); // 3.10+
        }
        if (p.sign != 0) {
            throw PyError.raise("ValueError", "Sign not allowed in string format specifier");
        }
        if (p.alternate) {
            throw PyError.raise("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (p.align == '=') {
            throw PyError.raise("ValueError", "'=' alignment not allowed in string format specifier");
        }
        if (p.align == 0) {
            p.align = '<';
        }
        if (p.precision >= 0 && s.codePointCount(0, s.length()) > p.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, p.precision));
        }
        return s;
    }

    private static String integer(Runtime rt, PyObject v, Spec p) {
        if (p.precision >= 0) {
            throw PyError.raise("ValueError", "Precision not allowed in integer format specifier");
        }
        if (p.z) {
            throw PyError.raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger n = Arithmetic.big(Arithmetic.asInt(v));
        if (p.align == 0) {
            p.align = '>';
        }
        if (p.type == 'c') {
            if (p.sign != 0) {
                throw PyError.raise("ValueError", "Sign not allowed with integer format specifier 'c'");
            }
            if (p.alternate) {
                throw PyError.raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (n.bitLength() > 63) { // PyLong_AsLong comes first
                throw PyError.raise("OverflowError", "Python int too large to convert to C long");
            }
            // 2.7 formats a number's text as a byte string, whatever the spec's type: one byte
            boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(py2 ? 0xFF : 0x10FFFF)) > 0) {
                throw PyError.raise("OverflowError", py2 ? "%c arg not in range(0x100)" : "%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(n.intValue()));
        }
        int radix = p.type == 'b' ? 2 : p.type == 'o' ? 8 : p.type == 'x' || p.type == 'X' ? 16 : 10;
        // decimal text of a huge int is refused as str() refuses it (3.11's limit)
        String digits = radix == 10 && n.bitLength() > 63 ? org.pyvm.core.objects.PyInt.decimal(rt.lang, rt.intMaxStrDigits(), n.abs()) : n.abs().toString(radix);
        if (p.type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = p.alternate ? (radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? (p.type == 'X' ? "0X" : "0x") : "") : "";
        String sign = signOf(n.signum() < 0, p.sign);
        return sign + prefix + groupedDigits(rt, digits, p, sign.length() + prefix.length(), radix == 10 ? 3 : 4);
    }

    /** Digits with their grouping; when zero padding, the zeros are grouped too and fill to the width. */
    private static String groupedDigits(Runtime rt, String digits, Spec p, int used, int every) {
        if (p.grouping == 0) {
            return digits;
        }
        boolean zeroPad = p.align == '=' && p.fill == '0' && p.width > 0;
        if (zeroPad) {
            reserveWidth(rt, p);
        }
        int minWidth = zeroPad ? p.width - used : 0;
        StringBuilder sb = new StringBuilder();
        int k = 0;
        int len = digits.length();
        while (k < len || sb.length() < minWidth) {
            if (k > 0 && k % every == 0) {
                sb.append(p.grouping);
            }
            sb.append(k < len ? digits.charAt(len - 1 - k) : '0');
            k++;
        }
        return sb.reverse().toString();
    }

    private static String floating(Runtime rt, double d, Spec p) {
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (p.alternate && py2) {
            throw PyError.raise("ValueError", "Alternate form (#) not allowed in float format specifier");
        }
        if (p.align == 0) {
            p.align = '>';
        }
        checkPrecision(rt, p);
        String digits = floatDigits(Math.abs(d), p.type, p.precision, p.alternate, !py2,
                rt.lang.has(org.pyvm.spi.LanguageFeature.G_FORMAT_KEEPS_TIE_ZEROS));
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (p.z && neg && digits.replaceAll("[^1-9]", "").isEmpty()) {
            neg = false;
        }
        if (Double.isNaN(d)) {
            neg = false;
        }
        String sign = signOf(neg, p.sign);
        if (p.grouping != 0) {
            int end = 0;
            while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
                end++;
            }
            if (end > 0) {
                String rest = digits.substring(end);
                digits = groupedDigits(rt, digits.substring(0, end), p, sign.length() + rest.length(), 3) + rest;
            }
        }
        return sign + digits;
    }

    /** The unsigned text of a float for a presentation type. */
    private static String floatDigits(double a, char type, int precision, boolean alternate, boolean py3, boolean tieZeros) {
        switch (type) {
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                return Formatting.formatFloat(a, type, precision < 0 ? 6 : precision, alternate, tieZeros);
            case 'n':
                return Formatting.formatFloat(a, 'g', precision < 0 ? 6 : precision, alternate, tieZeros);
            case '%':
                return Formatting.formatFloat(a * 100, 'f', precision < 0 ? 6 : precision, alternate) + "%";
            default:
                // no type: 3.x is repr ('r') until a precision is given, 2.7 'g' at str()'s 12 digits; both
                // then 'g' with at least one digit after the point
                if (Double.isNaN(a) || Double.isInfinite(a)) {
                    return Formatting.formatFloat(a, 'g', 6, false);
                }
                if (precision < 0 && py3) {
                    return alternate ? org.pyvm.core.objects.FloatFormat.formatShort(a, 'r', 0, true, true)
                            : org.pyvm.core.objects.FloatFormat.repr(a);
                }
                return org.pyvm.core.objects.FloatFormat.formatShort(a, 'g', precision < 0 ? 12 : precision, true, alternate);
        }
    }

    private static String complex(Runtime rt, org.pyvm.core.objects.PyComplex c, Spec p) {
        if (p.alternate && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("ValueError", "Alternate form (#) not allowed in complex format specifier");
        }
        if (p.fill == '0' && p.align == '=' && !p.fillGiven) {
            throw PyError.raise("ValueError", "Zero padding is not allowed in complex format specifier");
        }
        if (p.align == '=') {
            throw PyError.raise("ValueError", "'=' alignment flag is not allowed in complex format specifier");
        }
        checkPrecision(rt, p);
        if (p.align == 0) {
            p.align = '>';
        }
        boolean skipRe = false;
        boolean parens = false;
        if (p.type == 0) {
            if (c.real == 0 && 1 / c.real > 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        String re = complexPart(c.real, p);
        String im = complexPart(c.imag, p);
        boolean reNeg = c.real < 0 || (c.real == 0 && 1 / c.real < 0);
        boolean imNeg = c.imag < 0 || (c.imag == 0 && 1 / c.imag < 0);
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(signOf(reNeg, p.sign)).append(re);
            sb.append(imNeg ? "-" : "+");
        } else {
            sb.append(signOf(imNeg, p.sign));
        }
        sb.append(im).append('j');
        if (parens) {
            sb.append(')');
        }
        return sb.toString();
    }

    private static String complexPart(double x, Spec p) {
        double a = Math.abs(x);
        if (p.type == 0 && p.precision < 0) {
            String r = org.pyvm.core.objects.FloatFormat.repr(a);
            if (p.alternate) {
                return alternateRepr(r);
            }
            return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
        }
        if (p.type == 0 || p.type == 'n') {
            return Formatting.formatFloat(a, 'g', p.precision < 0 ? 6 : Math.max(1, p.precision), p.alternate);
        }
        return Formatting.formatFloat(a, p.type, p.precision < 0 ? 6 : p.precision, p.alternate);
    }

    /**
     * A part's repr in 'r' mode with Py_DTSF_ALT, as '#' asks of a complex with no type: the decimal point is always
     * there, nothing after it added ("3.", "1.5", "1.e+20").
     */
    private static String alternateRepr(String r) {
        if (r.endsWith(".0")) {
            return r.substring(0, r.length() - 1);
        }
        int e = r.indexOf('e');
        if (e >= 0 && r.indexOf('.') < 0) {
            return r.substring(0, e) + "." + r.substring(e);
        }
        return r;
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

    private static String pad(String body, int width, int fill, char align) {
        int n = body.codePointCount(0, body.length());
        if (width <= n) {
            return body;
        }
        int total = width - n;
        String f = Character.toString(fill);
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
