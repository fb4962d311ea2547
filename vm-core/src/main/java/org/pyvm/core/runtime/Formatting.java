package org.pyvm.core.runtime;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/** printf-style formatting: {@code fmt % args}. */
public final class Formatting {
    private Formatting() {
    }

    static PyObject percent(Runtime rt, PyObject format, PyObject args) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean bytes = format instanceof PyBytes;
        boolean bytes3 = bytes && !py2;
        String fmt = bytes ? Strings.latin1(((PyBytes) format).bytes()) : ((PyStr) format).value();
        boolean tuple = args instanceof PyTuple;
        PyObject[] values = tuple ? ((PyTuple) args).items() : new PyObject[] {args};
        boolean isMapping = !tuple && !isFormatText(rt, args, py2, bytes3) && hasMappingSubscript(rt, args);
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
            int specStart = i;
            if (i >= fmt.length()) {
                throw PyError.raise("ValueError", "incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (!isMapping) {
                    throw PyError.raise("TypeError", "format requires a mapping");
                }
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
                if (depth > 0) {
                    throw PyError.raise("ValueError", "incomplete format key");
                }
                String key = fmt.substring(start, i - 1);
                value = Ops.getitem(rt, args, bytes ? PyBytes.of(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
                next = -1;
            }
            String flags = "";
            while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                char flag = fmt.charAt(i++);
                if (flags.indexOf(flag) < 0) { // each flag once: '%' + '0' * 10**6 + 'd' must not build a million strings
                    flags += flag;
                }
            }
            long width = -1;
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                i++;
                width = starArg(rt, values, next);
                next = next < 0 ? next : next + 1;
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
                    width = number(fmt, start, i, Long.MAX_VALUE, "width too big");
                }
            }
            int precision = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                if (i < fmt.length() && fmt.charAt(i) == '*') {
                    i++;
                    long star = starArg(rt, values, next);
                    if (star > Integer.MAX_VALUE || star < Integer.MIN_VALUE) {
                        throw PyError.raise("OverflowError", "Python int too large to convert to C int");
                    }
                    precision = (int) Math.max(0, star);
                    next = next < 0 ? next : next + 1;
                } else {
                    int start = i;
                    while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? (int) number(fmt, start, i, Integer.MAX_VALUE, py2 ? "prec too big" : "precision too big") : 0;
                }
            }
            while (i < fmt.length() && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= fmt.length()) {
                throw PyError.raise("ValueError", "incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%' && i - 1 == specStart) {
                out.append('%');
                continue;
            }
            if (conv == '%' && !rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
                // '%' after flags or a width: 2.7 pads it like a one-character string, 3.6 ignores them; from
                // 3.10 (here: 3.11) only "%%" is a percent sign, and the rest an unsupported format character
                if (py2 && width > 0) {
                    rt.limits().reserve(width);
                }
                out.append(py2 ? pad("%", (int) Math.min(width, Integer.MAX_VALUE), flags, false) : "%");
                continue;
            }
            if (value == null) {
                if (next < 0 || next >= values.length) {
                    throw PyError.raise("TypeError", "not enough arguments for format string");
                }
                value = values[next++];
            }
            if (precision > 0 && "diuxXoeEfF".indexOf(conv) >= 0) {
                rt.limits().reserve(precision); // every one of those digits is written out
            }
            String body;
            switch (conv) {
                case 's':
                    if (bytes3) {
                        body = bytesArg(rt, value);
                        break;
                    }
                    if (py2 && bytes && value instanceof PyStr) {
                        // 2.7: a unicode argument makes the whole result unicode, the format decoded as ASCII
                        return percent(rt, PyStr.of(Strings.unicode27(rt, format)), args);
                    }
                    if (py2 && bytes && !(value instanceof PyBytes)) {
                        PyObject s = Ops.str27(rt, value);
                        if (s instanceof PyStr) {
                            // a __str__ that returned unicode: the result is unicode too, the format starting over
                            return percent(rt, PyStr.of(Strings.unicode27(rt, format)), args);
                        }
                        body = Strings.latin1(((PyBytes) s).bytes());
                        break;
                    }
                    boolean subclass = value instanceof org.pyvm.core.objects.UserSubclass;
                    if (py2 && !bytes && (!(value instanceof PyStr) || subclass)) {
                        // PyUnicode_Format's %s is unicode(value): a byte string decoded as ASCII, an object's __unicode__
                        // (a unicode or str subclass's instance too)
                        body = value instanceof PyBytes && !subclass ? Strings.unicode27(rt, value)
                                : ((PyStr) Ops.call(rt, rt.types.str, value)).value();
                        break;
                    }
                    body = Ops.str(rt, value);
                    break;
                case 'b':
                    if (!bytes3) {
                        throw unsupported(fmt, i - 1, bytes);
                    }
                    body = bytesArg(rt, value);
                    break;
                case 'r':
                case 'a':
                    if (conv == 'a' && py2) {
                        throw unsupported(fmt, i - 1, bytes);
                    }
                    body = Ops.repr(rt, value);
                    if (conv == 'a' || bytes3) {
                        body = ascii(body);
                    }
                    break;
                case 'd':
                case 'i':
                case 'u':
                    body = integer(rt, value, conv, 10, flags, precision);
                    break;
                case 'x':
                case 'X':
                case 'o':
                    body = integer(rt, value, conv, conv == 'o' ? 8 : 16, flags, precision);
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    body = floating(rt, value, conv, precision < 0 ? 6 : precision, flags, bytes);
                    break;
                case 'c':
                    if (py2 && bytes && value instanceof PyStr) {
                        // 2.7: as for %s, a unicode character makes the whole result unicode
                        return percent(rt, PyStr.of(Strings.unicode27(rt, format)), args);
                    }
                    body = character(rt, value, bytes, !bytes && py2 || unicodeResult && py2 && !bytes);
                    break;
                default:
                    throw unsupported(fmt, i - 1, bytes);
            }
            if (precision >= 0 && (conv == 's' || conv == 'r' || conv == 'a' || conv == 'b') && body.length() > precision
                    && body.codePointCount(0, body.length()) > precision) {
                body = body.substring(0, body.offsetByCodePoints(0, precision)); // whole characters, never half a pair
            }
            if (width > Integer.MAX_VALUE - 16) {
                throw PyError.raiseArgs("MemoryError");
            }
            if (width > 0) {
                rt.limits().reserve(width); // the padding, before it is made
            }
            out.append(pad(body, (int) width, flags, "dioxXuefFgGeE".indexOf(conv) >= 0));
        }
        if (next >= 0 && next < values.length && !isMapping) {
            throw PyError.raise("TypeError", "not all arguments converted during " + (bytes3 ? "bytes" : "string") + " formatting");
        }
        if (bytes && !unicodeResult) {
            return PyBytes.of(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return PyStr.of(out.toString());
    }

    /**
     * Whether the right operand is text of the format's own kind, never taken as a mapping: 2.7 refuses any
     * basestring, 3.x str formatting a str, and 3.x bytes formatting str, bytes and bytearray.
     */
    private static boolean isFormatText(Runtime rt, PyObject args, boolean py2, boolean bytes3) {
        if (args instanceof PyStr) {
            return true;
        }
        if (args instanceof PyBytes) {
            return py2 || bytes3;
        }
        if (bytes3) {
            for (PyType m : rt.types.of(args).mro()) { // PyByteArray_Check: a subclass too
                if (m.builtin && m.name(rt.lang).equals("bytearray")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the operand's type has CPython's mp_subscript slot, which makes % take it as the mapping of
     * {@code %(key)s} (and not a lone surplus argument): every class defining __getitem__ has it, as do 2.7's
     * classic instances whatever they define; among the builtins, those whose __getitem__ is only the sequence
     * slot sq_item lack it (deque, 2.7's xrange).
     */
    private static boolean hasMappingSubscript(Runtime rt, PyObject args) {
        PyType t = rt.types.of(args);
        if (t.classic) {
            return true;
        }
        for (PyType m : t.mro()) {
            if (m.dict.containsKey("__getitem__")) {
                return !m.builtin || !isSequenceItemOnly(rt, m);
            }
        }
        return false;
    }

    private static boolean isSequenceItemOnly(Runtime rt, PyType builtin) {
        String name = builtin.name(rt.lang);
        return name.equals("deque") || name.equals("xrange");
    }

    /**
     * An unknown conversion character. A text format shows it only when it is printable ASCII, else '?', and
     * counts the index in characters (PyUnicode_Format); a byte format shows the byte as it is, a C char, whose
     * hex 2.7 sign-extends when it is high ("'\xe9' (0xffffffe9)").
     */
    private static PyError unsupported(String fmt, int at, boolean bytes) {
        int conv = fmt.codePointAt(at);
        String shown = bytes || conv >= 31 && conv <= 126 ? new String(Character.toChars(conv)) : "?";
        int code = bytes ? (byte) conv : conv;
        int index = bytes ? at : fmt.codePointCount(0, at);
        return PyError.raise("ValueError", "unsupported format character '" + shown + "' (0x"
                + Integer.toHexString(code) + ") at index " + index);
    }

    private static long starArg(Runtime rt, PyObject[] values, int next) {
        if (next < 0 || next >= values.length) {
            throw PyError.raise("TypeError", "not enough arguments for format string");
        }
        if (!Arithmetic.isIntLike(values[next])) {
            throw PyError.raise("TypeError", "* wants int");
        }
        PyInt v = Arithmetic.asInt(values[next]);
        if (v.big != null) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return v.small;
    }

    /**
     * The width or precision spelled by fmt[start:end] in decimal digits: {@code tooBig} (a ValueError)
     * past {@code max}, as CPython checks each digit before it adds it.
     */
    private static long number(String fmt, int start, int end, long max, String tooBig) {
        long value = 0;
        for (int k = start; k < end; k++) {
            int digit = Character.digit(fmt.charAt(k), 10);
            if (value > (max - digit) / 10) {
                throw PyError.raise("ValueError", tooBig);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** 3.x bytes % : %s and %b take bytes (or bytearray). */
    private static String bytesArg(Runtime rt, PyObject value) {
        if (value instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        String kind = rt.types.of(value).name(rt.lang);
        if (kind.equals("bytearray") || kind.equals("memoryview")) {
            return Strings.latin1(((PyBytes) Ops.call(rt, rt.types.bytes, value)).bytes()); // any buffer
        }
        PyObject r = Ops.callMethod(rt, value, "__bytes__");
        if (r instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Ops.typeName(rt, value) + "'");
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** %c: an int code (a byte for 2.7 str and 3.x bytes) or a one-character string. */
    private static String character(Runtime rt, PyObject value, boolean bytes, boolean py2Unicode) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        String asInt = py2 ? "__int__" : "__index__"; // an object that is an integer: 2.7 by __int__, 3.x by __index__
        if (value instanceof org.pyvm.core.objects.PyInstance && rt.types.of(value).lookup(asInt) != null) {
            PyObject n = Ops.callMethod(rt, value, asInt);
            if (Arithmetic.isIntLike(n)) {
                return character(rt, n, bytes, py2Unicode);
            }
        }
        if (Arithmetic.isIntLike(value)) {
            java.math.BigInteger v = Arithmetic.big(Arithmetic.asInt(value));
            if (v.bitLength() > 63 && (py2 || !rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME))) {
                // past a C long: 2.7's str says so (getargs "b"); 2.7's unicode and 3.6 turn the failure into their TypeError
                if (py2 && bytes) {
                    throw PyError.raise("OverflowError", "Python int too large to convert to C long");
                }
                throw PyError.raise("TypeError", "%c requires int or char");
            }
            if (bytes) {
                if (py2) {
                    if (v.signum() < 0) {
                        throw PyError.raise("OverflowError", "unsigned byte integer is less than minimum");
                    }
                    if (v.compareTo(java.math.BigInteger.valueOf(255)) > 0) {
                        throw PyError.raise("OverflowError", "unsigned byte integer is greater than maximum");
                    }
                } else if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(255)) > 0) {
                    throw PyError.raise("OverflowError", "%c arg not in range(256)");
                }
                return String.valueOf((char) v.intValue());
            }
            if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0) {
                throw PyError.raise("OverflowError", "%c arg not in range(0x110000)" + (py2 ? " (wide Python build)" : ""));
            }
            return new String(Character.toChars(v.intValue()));
        }
        if (value instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1 && !bytes) {
            return s.value();
        }
        if (value instanceof PyBytes b && b.bytes().length == 1 && (bytes || py2)) {
            return Strings.latin1(b.bytes());
        }
        if (bytes && !py2) {
            throw PyError.raise("TypeError", "%c requires an integer in range(256) or a single byte");
        }
        if (py2 && bytes && !(value instanceof PyStr || value instanceof PyBytes)) {
            // 2.7's str reads any other object as a C char (getargs "b")
            throw PyError.raise("TypeError", value instanceof PyFloat ? "integer argument expected, got float" : "an integer is required");
        }
        throw PyError.raise("TypeError", "%c requires int or char");
    }

    private static String integer(Runtime rt, PyObject value, char conv, int radix, String flags, int precision) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        BigInteger v = null;
        if (py2 && conv == 'i') {
            conv = 'd'; // 2.7 names %i as %d in its errors
        }
        if (value instanceof PyFloat f) {
            if (radix != 10 && !py2) {
                throw PyError.raise("TypeError", "%" + conv + " format: an integer is required, not float");
            }
            if (py2 && (Double.isNaN(f.value) || Double.isInfinite(f.value))) {
                // 2.7 clears int()'s and long()'s errors and reports the argument as no number
                throw PyError.raise("TypeError", "%" + conv + " format: a number is required, not float");
            }
            if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
                throw PyError.raise(Double.isNaN(f.value) ? "ValueError" : "OverflowError",
                        Double.isNaN(f.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
            }
            v = org.pyvm.core.objects.ExactDecimal.truncated(f.value);
        } else if (Arithmetic.isIntLike(value)) {
            PyInt i = Arithmetic.asInt(value);
            if (i.big == null && i.small != Long.MIN_VALUE) {
                // a word-sized int (every "%d" % i of a loop counter) needs no BigInteger
                String digits = Long.toString(Math.abs(i.small), radix);
                return signed(i.small < 0, integerDigits(digits, conv, radix, flags, precision, py2), flags);
            }
            v = Arithmetic.big(i);
        } else {
            // %x/%o of an object with only __index__: from 3.8 (PyNumber_Check counts nb_index); 3.6 asks for __int__ first
            boolean indexable = rt.lang.has(LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY)
                    || value instanceof org.pyvm.core.objects.PyInstance && rt.types.of(value).lookup("__int__") != null;
            // %d asks PyNumber_Long, which from 3.8 falls back to __index__ when the type has no __int__
            boolean byInt = radix == 10 && (py2 || !rt.lang.has(LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY)
                    || rt.types.of(value).lookup("__int__") != null) || py2;
            PyObject conv2 = value instanceof org.pyvm.core.objects.PyInstance && (radix == 10 || indexable || py2)
                    ? Ops.callMethod(rt, value, byInt ? "__int__" : "__index__") : null;
            if (conv2 != null && Arithmetic.isIntLike(conv2)) {
                v = Arithmetic.big(Arithmetic.asInt(conv2));
            } else if (radix != 10) {
                throw PyError.raise("TypeError", "%" + conv + " format: " + (py2 ? "a number" : "an integer") + " is required, not "
                        + Ops.typeName(rt, value));
            } else {
                throw PyError.raise("TypeError", "%" + conv + " format: "
                        + (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "a real number" : "a number")
                        + " is required, not " + Ops.typeName(rt, value));
            }
        }
        // decimal text of a huge int is refused as str() refuses it (3.11's limit)
        String digits = radix == 10 && v.bitLength() > 63 ? org.pyvm.core.objects.PyInt.decimal(rt.lang, rt.intMaxStrDigits(), v.abs()) : v.abs().toString(radix);
        return signed(v.signum() < 0, integerDigits(digits, conv, radix, flags, precision, py2), flags);
    }

    /** The digits of an integer conversion with its precision's zeros and the # prefix, before the sign. */
    private static String integerDigits(String digits, char conv, int radix, String flags, int precision, boolean py2) {
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        if (flags.contains("#")) {
            if (radix == 16) {
                digits = (conv == 'X' ? "0X" : "0x") + digits;
            } else if (radix == 8) {
                if (!py2) {
                    digits = "0o" + digits;
                } else if (!digits.startsWith("0")) {
                    digits = "0" + digits;
                }
            }
        }
        return digits;
    }

    private static String signed(boolean negative, String digits, String flags) {
        String sign = negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        return sign.isEmpty() ? digits : sign + digits;
    }

    private static String floating(Runtime rt, PyObject value, char conv, int precision, String flags, boolean bytes) {
        double d;
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (value instanceof PyFloat f) {
            d = f.value;
        } else if (Arithmetic.isIntLike(value)) {
            if (py2 && bytes) {
                // 2.7's str turns any failure of PyFloat_AsDouble into its TypeError (a long too big for a float)
                try {
                    d = Arithmetic.toDouble(rt, value);
                } catch (PyError e) {
                    throw PyError.raise("TypeError", "float argument required, not " + Ops.typeName(rt, value));
                }
            } else {
                d = Arithmetic.toDouble(rt, value);
            }
        } else {
            // a class's __float__, or complex's nb_float before 3.10 (which refuses in its own words)
            PyObject f = value instanceof org.pyvm.core.objects.PyInstance || value instanceof org.pyvm.core.objects.PyComplex
                    ? floatSlot(rt, value, py2 && bytes) : null;
            if (f instanceof PyFloat pf) {
                d = pf.value;
            } else if (py2 && !bytes) {
                throw PyError.raise("TypeError", "a float is required"); // 2.7's unicode: PyFloat_AsDouble's own words
            } else if (py2) {
                throw PyError.raise("TypeError", "float argument required, not " + Ops.typeName(rt, value));
            } else {
                throw PyError.raise("TypeError", "must be real number, not " + Ops.typeName(rt, value));
            }
        }
        String body = formatFloat(d, conv, precision, flags.contains("#"), rt.lang.has(LanguageFeature.G_FORMAT_KEEPS_TIE_ZEROS));
        if (!body.startsWith("-") && flags.contains("+")) {
            body = "+" + body;
        } else if (!body.startsWith("-") && flags.contains(" ")) {
            body = " " + body;
        }
        return body;
    }

    /** C's {@code %.Nf}, {@code %.Ne}, {@code %.Ng} for a double, correctly rounded. */
    public static String formatFloat(double d, char conv, int precision, boolean alternate) {
        return formatFloat(d, conv, precision, alternate, false);
    }

    /** As {@link #formatFloat(double, char, int, boolean)}, {@code tieZeros} as {@link Strings#formatG(double, int, boolean)} says. */
    public static String formatFloat(double d, char conv, int precision, boolean alternate, boolean tieZeros) {
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
                s = fixed(d, precision);
                if ((d < 0 || (d == 0 && 1 / d < 0)) && !s.startsWith("-")) {
                    s = "-" + s;
                }
                if (alternate && precision == 0) {
                    s += ".";
                }
                break;
            case 'e':
                s = exponent(d, precision);
                if (alternate && precision == 0) {
                    s = s.replace("e", ".e");
                }
                break;
            default:
                s = alternate ? alternateG(d, precision == 0 ? 1 : precision) : Strings.formatG(d, precision == 0 ? 1 : precision, tieZeros);
                break;
        }
        return Character.isUpperCase(conv) ? s.toUpperCase() : s;
    }

    /**
     * {@code d} with {@code scale} digits after the point, correctly rounded; "-" only before a non-zero result (the
     * caller signs a negative zero). A double's exact value has at most 1074 digits after the point: past its own,
     * the rest are zeros, appended rather than computed ('%.50000000f' was found by fuzzing).
     */
    private static String fixed(double d, int scale) {
        String s = org.pyvm.core.objects.ExactDecimal.fixedPlaces(d, scale);
        return d < 0 && !allZeros(s) ? "-" + s : s;
    }

    private static boolean allZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code %#.Ng}: like %g but keeping trailing zeros and the point. */
    static String alternateG(double d, int precision) {
        org.pyvm.core.objects.ExactDecimal r = d == 0 ? null : roundedTo(d, precision);
        int exp = r == null ? 0 : r.decpt() - 1;
        if (exp < -4 || exp >= precision) {
            String e = exponent(d, precision - 1, r);
            return precision == 1 ? e.replace("e", ".e") : e;
        }
        String f = fixed(d, precision - 1 - exp);
        if ((d < 0 || (d == 0 && 1 / d < 0)) && !f.startsWith("-")) {
            f = "-" + f;
        }
        return f.indexOf('.') < 0 ? f + "." : f;
    }

    private static String exponent(double d, int precision) {
        return exponent(d, precision, d == 0 ? null : roundedTo(d, precision + 1));
    }

    /** {@code %.Ne} of {@code d} whose digits, rounded to {@code precision + 1}, are {@code r} (null for zero). */
    private static String exponent(double d, int precision, org.pyvm.core.objects.ExactDecimal r) {
        if (d == 0) {
            String zeros = precision > 0 ? "." + "0".repeat(precision) : "";
            return (1 / d < 0 ? "-" : "") + "0" + zeros + "e+00";
        }
        int exp = r.decpt() - 1;
        String digits = r.digits();
        if (digits.length() < precision + 1) {
            digits += "0".repeat(precision + 1 - digits.length()); // one string, not one per zero
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
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

    /** The exact value of a finite, non-zero {@code |d|} rounded half to even to {@code p} significant digits. */
    private static org.pyvm.core.objects.ExactDecimal roundedTo(double d, int p) {
        return org.pyvm.core.objects.ExactDecimal.of(d).round(p, org.pyvm.core.objects.ExactDecimal.Mode.HALF_EVEN);
    }

    static String pad(String body, int width, String flags, boolean numeric) {
        int length = body.codePointCount(0, body.length());
        if (width <= length) {
            return body;
        }
        int fill = width - length;
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

    /**
     * PyFloat_AsDouble's call of a value's nb_float for %-formatting; 2.7's byte strings put their own "float argument
     * required" in place of any error it raises (formatfloat), so null then.
     */
    private static PyObject floatSlot(Runtime rt, PyObject value, boolean replaceError) {
        if (!replaceError) {
            return Ops.callMethod(rt, value, "__float__");
        }
        try {
            return Ops.callMethod(rt, value, "__float__");
        } catch (PyError e) {
            return null;
        }
    }
}
