package org.pyvm.core.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.FormatSpec;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * Methods of text (str; 2.7 unicode) and, for 2.7, of byte strings (str), which share them: each
 * method works on Java text and gives back the receiver's own kind of string.
 */
final class StrMethods {
    @FunctionalInterface
    private interface TextMethod {
        PyObject call(Runtime rt, PyObject self, String s, Args a);
    }

    private StrMethods() {
    }

    static void install(Runtime rt) {
        install(rt, rt.types.str);
        install(rt, rt.types.bytes);
        installLater(rt, rt.types.str);
        installLater(rt, rt.types.bytes);
        installText(rt);
        installBytes(rt);
    }

    private static void install(Runtime rt, PyType t) {
        def(rt, t, "join", (r, self, s, a) -> {
            List<PyObject> items = joinItems(r, a.check(1, 1).get(0));
            if (items.size() == 1 && joinsToItself(r, self, items.get(0))) {
                return items.get(0);
            }
            if (self instanceof PyBytes sep && !Level.py2(r)) {
                List<PyObject> parts = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    PyObject x = items.get(i);
                    if (x instanceof ByteArray ba) {
                        x = PyBytes.of(ba.bytes());
                    } else if (x instanceof MemoryView mv) {
                        x = PyBytes.of(mv.contents());
                    }
                    if (!(x instanceof PyBytes)) {
                        throw PyError.raise("TypeError", "sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(r, x) + " found");
                    }
                    parts.add(x);
                }
                return joinBytes(sep, parts);
            }
            if (self instanceof PyBytes sep) {
                PyObject joined = joinBytes(sep, items); // 2.7's str: null when a unicode or a wrong item is among them
                if (joined != null) {
                    return joined;
                }
            }
            StringBuilder sb = new StringBuilder();
            boolean unicode = self instanceof PyStr;
            if (Level.py2(r) && (unicode || items.stream().anyMatch(x -> x instanceof PyStr))) {
                return joinUnicode27(r, self, items); // a unicode among them: everything decoded as ASCII
            }
            for (int i = 0; i < items.size(); i++) {
                PyObject x = items.get(i);
                if (!(x instanceof PyStr || x instanceof PyBytes && r.lang.has(LanguageFeature.STR_IS_BYTES))) {
                    throw PyError.raise("TypeError", r.lang.has(LanguageFeature.STR_IS_BYTES)
                            ? "sequence item " + i + ": expected string, " + Ops.typeName(r, x) + " found"
                            : "sequence item " + i + ": expected str instance, " + Ops.typeName(r, x) + " found");
                }
                unicode |= x instanceof PyStr;
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(text(x)); // the string itself: a subclass's __str__ plays no part
            }
            return unicode ? PyStr.of(sb.toString()) : wrap(self, sb.toString());
        });
        def(rt, t, "split", (r, self, s, a) -> split(r, self, s, splitArgs(r, a).get(0, "sep"), a.get(1, "maxsplit"), false));
        def(rt, t, "rsplit", (r, self, s, a) -> split(r, self, s, splitArgs(r, a).get(0, "sep"), a.get(1, "maxsplit"), true));
        def(rt, t, "strip", (r, self, s, a) -> wrap(self, strip(self, s, stripChars(r, self, a.get(0), "strip"), true, true)));
        def(rt, t, "lstrip", (r, self, s, a) -> wrap(self, strip(self, s, stripChars(r, self, a.get(0), "lstrip"), true, false)));
        def(rt, t, "rstrip", (r, self, s, a) -> wrap(self, strip(self, s, stripChars(r, self, a.get(0), "rstrip"), false, true)));
        boolean full = !Level.py2(rt); // 3.x: full case mappings and the final sigma; 2.7's unicode: simple mappings
        def(rt, t, "upper", (r, self, s, a) -> wrap(self, self instanceof PyBytes ? asciiCase(s, 1) : TextCase.upper(s, full)));
        def(rt, t, "lower", (r, self, s, a) -> wrap(self, self instanceof PyBytes ? asciiCase(s, -1) : TextCase.lower(s, full)));
        def(rt, t, "swapcase", (r, self, s, a) -> wrap(self, self instanceof PyBytes ? asciiCase(s, 0) : TextCase.swapcase(s, full)));
        def(rt, t, "title", (r, self, s, a) -> wrap(self, self instanceof PyBytes ? asciiTitle(s) : TextCase.title(s, full)));
        def(rt, t, "capitalize", (r, self, s, a) -> wrap(self, s.isEmpty() ? s : self instanceof PyBytes
                ? asciiCase(s.substring(0, 1), 1) + asciiCase(s.substring(1), -1)
                : TextCase.capitalize(s, full, Level.since38(r))));
        def(rt, t, "replace", (r, self, s, a) -> {
            a.check(2, 3);
            String old = argument(r, self, a.get(0), "replace", 1);
            String rep = argument(r, self, a.get(1), "replace", 2);
            long count = a.get(2) == null ? -1 : ssize(r, a.get(2));
            if (s.isEmpty() && count >= 0 && !r.lang.has(LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT)) {
                return self; // before 3.9 an empty string with a count returned itself, whatever the pattern
            }
            return wrap(self, replace(s, old, rep, count));
        });
        def(rt, t, "startswith", (r, self, s, a) -> PyBool.of(affix(r, self, s, a, true)));
        def(rt, t, "endswith", (r, self, s, a) -> PyBool.of(affix(r, self, s, a, false)));
        def(rt, t, "find", (r, self, s, a) -> PyInt.of(find(r, self, s, a, false)));
        def(rt, t, "rfind", (r, self, s, a) -> PyInt.of(find(r, self, s, a, true)));
        def(rt, t, "index", (r, self, s, a) -> {
            int i = find(r, self, s, a, false);
            if (i < 0) {
                throw notFound(r, self);
            }
            return PyInt.of(i);
        });
        def(rt, t, "rindex", (r, self, s, a) -> {
            int i = find(r, self, s, a, true);
            if (i < 0) {
                throw notFound(r, self);
            }
            return PyInt.of(i);
        });
        def(rt, t, "count", (r, self, s, a) -> {
            if (a.count() < 1 || a.count() > 3) {
                int n = a.count() < 1 ? 1 : 3;
                throw PyError.raise("TypeError", "count() takes " + (a.count() < 1 ? "at least" : "at most") + " " + n + " argument"
                        + (n == 1 ? "" : "s") + " (" + a.count() + " given)");
            }
            String sub = needle(r, self, a.get(0));
            int[] span = span(r, a, 1, characters(self, s));
            int start = span[0];
            int end = span[1];
            if (end - start < characters(self, sub)) {
                return PyInt.of(0);
            }
            String part = s.substring(offset(self, s, start), offset(self, s, end));
            if (sub.isEmpty()) {
                return PyInt.of(part.codePointCount(0, part.length()) + 1);
            }
            int n = 0;
            for (int i = part.indexOf(sub); i >= 0; i = part.indexOf(sub, i + sub.length())) {
                n++;
            }
            return PyInt.of(n);
        });
        boolean bytes = t == rt.types.bytes;
        def(rt, t, "isdigit", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(bytes ? StrMethods::asciiDigit : StrMethods::digit)));
        if (!bytes) {
            def(rt, t, "isnumeric", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(StrMethods::numeric)));
            def(rt, t, "isdecimal", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isDigit)));
        }
        def(rt, t, "isalpha", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(bytes ? StrMethods::asciiAlpha : Character::isLetter)));
        def(rt, t, "isalnum", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(bytes
                ? c -> asciiAlpha(c) || asciiDigit(c) : c -> Character.isLetter(c) || numeric(c))));
        def(rt, t, "isspace", (r, self, s, a) -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(bytes
                ? c -> c == ' ' || c >= 9 && c <= 13 : StrMethods::space)));
        def(rt, t, "isupper", (r, self, s, a) -> PyBool.of(bytes ? s.codePoints().anyMatch(c -> c >= 'A' && c <= 'Z')
                && s.codePoints().noneMatch(c -> c >= 'a' && c <= 'z') : TextCase.isCase(s, true, full)));
        def(rt, t, "islower", (r, self, s, a) -> PyBool.of(bytes ? s.codePoints().anyMatch(c -> c >= 'a' && c <= 'z')
                && s.codePoints().noneMatch(c -> c >= 'A' && c <= 'Z') : TextCase.isCase(s, false, full)));
        // bytes: only ASCII letters are cased (Py_ISUPPER/Py_ISLOWER; 2.7's C locale): '\xc0' is no title
        def(rt, t, "istitle", (r, self, s, a) -> PyBool.of(bytes ? !s.isEmpty() && asciiTitle(s).equals(s) && s.codePoints().anyMatch(StrMethods::asciiAlpha)
                : TextCase.isTitle(s, full)));
        def(rt, t, "center", (r, self, s, a) -> wrap(self, pad(r, self, s, a, 'c')));
        def(rt, t, "ljust", (r, self, s, a) -> wrap(self, pad(r, self, s, a, 'l')));
        def(rt, t, "rjust", (r, self, s, a) -> wrap(self, pad(r, self, s, a, 'r')));
        def(rt, t, "zfill", (r, self, s, a) -> {
            int width = (int) ssize(r, a.check(1, 1).get(0));
            int n = s.codePointCount(0, s.length());
            if (n >= width) {
                return wrap(self, s);
            }
            int sign = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
            return wrap(self, s.substring(0, sign) + "0".repeat(width - n) + s.substring(sign));
        });
        def(rt, t, "splitlines", (r, self, s, a) -> {
            a.check(0, 1, "keepends");
            boolean keep = a.get(0, "keepends") != null && (a.get(0, "keepends") instanceof org.pyvm.core.objects.PyFloat
                    ? Args.ssize(r, a.get(0, "keepends")) : Args.index(r, a.get(0, "keepends"))) != 0; // an int, as CPython parses it
            List<PyObject> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || self instanceof PyStr && lineBreak(c)) {
                    int end = i;
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(wrap(self, s.substring(start, keep ? i + 1 : end)));
                    start = i + 1;
                }
            }
            if (start < s.length()) {
                out.add(wrap(self, s.substring(start)));
            }
            return PyList.of(out);
        });
        def(rt, t, "partition", (r, self, s, a) -> {
            String sep = text(r, self, a.check(1, 1).get(0));
            if (sep.isEmpty()) {
                throw PyError.raise("ValueError", "empty separator");
            }
            int i = s.indexOf(sep);
            return i < 0 ? PyTuple.of(wrap(self, s), wrap(self, ""), wrap(self, ""))
                    : PyTuple.of(wrap(self, s.substring(0, i)), wrap(self, sep), wrap(self, s.substring(i + sep.length())));
        });
        def(rt, t, "rpartition", (r, self, s, a) -> {
            String sep = text(r, self, a.check(1, 1).get(0));
            if (sep.isEmpty()) {
                throw PyError.raise("ValueError", "empty separator");
            }
            int i = s.lastIndexOf(sep);
            return i < 0 ? PyTuple.of(wrap(self, ""), wrap(self, ""), wrap(self, s))
                    : PyTuple.of(wrap(self, s.substring(0, i)), wrap(self, sep), wrap(self, s.substring(i + sep.length())));
        });
        if (!bytes || Level.py2(rt)) {
            def(rt, t, "format", (r, self, s, a) -> wrap(self, StrFormat.format(r, s, a, null, self instanceof PyStr)));
            def(rt, t, "encode", (r, self, s, a) -> encode(r, self, s, a.check(0, 2, "encoding", "errors")));
        }
        if (Level.py2(rt)) {
            // string.Formatter's parsers in 2.7 (3.x has them in the _string module)
            def(rt, t, "_formatter_parser", (r, self, s, a) -> FormatterParser27.parser(self, s, a));
            def(rt, t, "_formatter_field_name_split", (r, self, s, a) -> FormatterParser27.fieldNameSplit(self, s, a));
        }
        if (bytes || Level.py2(rt)) {
            def(rt, t, "decode", (r, self, s, a) -> decode(r, self, s, a.check(0, 2, "encoding", "errors")));
        }
        def(rt, t, "expandtabs", (r, self, s, a) -> {
            a.check(0, 1, "tabsize");
            int size = a.get(0, "tabsize") == null ? 8 : (int) Args.cInt(r, a.get(0, "tabsize"));
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int c : s.codePoints().toArray()) { // columns count characters, not UTF-16 units
                if (c == '\t') {
                    int n = size <= 0 ? 0 : size - col % size;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.appendCodePoint(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return wrap(self, sb.toString());
        });
    }

    /**
     * join's items as PySequence_Fast gives them: a list or tuple exactly is read as it is (no iterator, no copy;
     * no Python code runs while join reads them), anything else is iterated into a new list.
     */
    private static List<PyObject> joinItems(Runtime r, PyObject iterable) {
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).items();
        }
        if (iterable.getClass() == PyTuple.class) {
            return java.util.Arrays.asList(((PyTuple) iterable).items());
        }
        PyObject iterator;
        try {
            iterator = Ops.iter(r, iterable);
        } catch (PyError notIterable) {
            if (org.pyvm.core.runtime.Exceptions.is(r, notIterable, "TypeError")) {
                throw PyError.raise("TypeError", "can only join an iterable"); // PySequence_Fast's words
            }
            throw notIterable;
        }
        return Ops.toList(r, iterator);
    }

    private static PyObject joinUnicode27(Runtime rt, PyObject self, List<PyObject> items) {
        String sep = Strings.unicode27(rt, self);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            PyObject x = items.get(i);
            if (!(x instanceof PyStr || x instanceof PyBytes)) {
                throw PyError.raise("TypeError", "sequence item " + i + ": expected string or Unicode, " + Ops.typeName(rt, x) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Strings.unicode27(rt, x));
        }
        return PyStr.of(sb.toString());
    }

    /** Case changes of byte strings touch ASCII letters only: 1 upper, -1 lower, 0 swap. */
    static String asciiCase(String s, int how) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            boolean up = c >= 'A' && c <= 'Z';
            boolean low = c >= 'a' && c <= 'z';
            if (low && how >= 0 || up && how <= 0) {
                cs[i] = (char) (c ^ 0x20);
            }
        }
        return new String(cs);
    }

    private static boolean asciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(int c) {
        if (Character.isDigit(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9 && !numericOnly(c);
    }

    /**
     * Numbers with a value from 0 to 9 whose Numeric_Type is Numeric, not Digit (㈠, ㊀, ㆒, Telugu and Khmer
     * fractions and counting marks...), which isdigit refuses; the JDK does not tell the two types apart.
     */
    private static final int[] NUMERIC_ONLY = {
            0xc78, 0xc7e, 0x17f0, 0x17f9, 0x215f, 0x215f, 0x2189, 0x2189, 0x3192, 0x3195, 0x3220, 0x3228, 0x3280, 0x3288,
            0x10107, 0x1010f, 0x1018a, 0x1018a, 0x102e1, 0x102e9, 0x10320, 0x10321, 0x10858, 0x1085a, 0x10879, 0x1087d,
            0x108a7, 0x108ac, 0x108fb, 0x108fc, 0x10916, 0x10916, 0x1091a, 0x1091b, 0x109c0, 0x109c8, 0x10a7d, 0x10a7d,
            0x10a9d, 0x10a9d, 0x10aeb, 0x10aec, 0x10b58, 0x10b5b, 0x10b78, 0x10b7b, 0x10ba9, 0x10bac, 0x10cfa, 0x10cfb,
            0x10f1d, 0x10f21, 0x10f51, 0x10f51, 0x10fc5, 0x10fc8, 0x111e1, 0x111e9, 0x11c5a, 0x11c62, 0x16e80, 0x16e89,
            0x16e94, 0x16e96, 0x1d2e0, 0x1d2e9, 0x1d360, 0x1d368, 0x1d372, 0x1d378, 0x1e8c7, 0x1e8cf, 0x1ec71, 0x1ec79,
            0x1eca3, 0x1ecab, 0x1ecb1, 0x1ecb2, 0x1ed01, 0x1ed09, 0x1ed2f, 0x1ed36, 0x1f10b, 0x1f10c};

    private static boolean numericOnly(int c) {
        for (int k = 0; k < NUMERIC_ONLY.length && NUMERIC_ONLY[k] <= c; k += 2) {
            if (c <= NUMERIC_ONLY[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean numeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.OTHER_LETTER && java.util.Arrays.binarySearch(CJK_NUMERIC, c) >= 0;
    }

    /**
     * The ideographs that have a numeric value in the Unihan database (一, 二, 十, 百, 万, 零...), which CPython's
     * isnumeric counts (the same 81 in 2.7, 3.6 and 3.11) and the JDK's character data does not know.
     */
    private static final int[] CJK_NUMERIC = {
            0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf, 0x4ec0,
            0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c,
            0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10,
            0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c,
            0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a,
            0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    /** str.isspace: Unicode whitespace plus the separators CPython counts (0x1c-0x1f). */
    static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || c >= 0x1c && c <= 0x1f;
    }

    /**
     * What find/index/count look for: text in a str; in a byte string also a bytearray's bytes, and from
     * 3.3 a single byte given as an int.
     */
    private static String needle(Runtime rt, PyObject self, PyObject o) {
        if (self instanceof PyBytes && o instanceof ByteArray ba) {
            return Strings.latin1(ba.bytes());
        }
        // a bool is a byte too, and from 3.7 an object with __index__ (3.6 asked PyNumber_Check, which wants __int__
        // or __float__); a value past the machine word is out of range all the same (PyNumber_AsSsize_t(o, NULL) clamps)
        org.pyvm.core.objects.PyInt n = null;
        if (self instanceof PyBytes && !Level.py2(rt) && !(o instanceof PyBytes)) {
            boolean integer = o instanceof org.pyvm.core.objects.PyInt || o instanceof org.pyvm.core.objects.PyBool;
            n = integer || rt.lang.minor() >= 7 ? ByteArray.count(rt, o) : null; // read once: its __index__ called once
        }
        if (n != null) {
            return String.valueOf((char) (ByteArray.byteOf(n, "byte must be in range(0, 256)") & 0xff));
        }
        if (self instanceof PyBytes && !Level.py2(rt) && !(o instanceof PyBytes)) {
            // 3.6 words it as the buffer protocol does; 3.7+ names both kinds of argument
            throw PyError.raise("TypeError", (rt.lang.minor() < 7 ? "a bytes-like object is required, not '"
                    : "argument should be integer or bytes-like object, not '") + Ops.typeName(rt, o) + "'");
        }
        return text(rt, self, o);
    }

    /** A text argument named in errors by its method and position (3.x: "replace() argument 1 must be str, not int"). */
    private static String argument(Runtime rt, PyObject self, PyObject o, String method, int position) {
        if (self instanceof PyStr && !Level.py2(rt) && !(o instanceof PyStr)) {
            throw PyError.raise("TypeError", method + "() argument " + position + " must be str, not " + Ops.argumentTypeName(rt, o));
        }
        return text(rt, self, o);
    }

    /** {@link #text(Runtime, PyObject)} of a method's argument: 2.7's unicode methods coerce it (PyUnicode_FromObject). */
    private static String text(Runtime rt, PyObject self, PyObject o) {
        if (self instanceof PyStr && Level.py2(rt) && !(o instanceof PyStr || o instanceof PyBytes)) {
            throw coercingToUnicode(rt, o);
        }
        return text(rt, o);
    }

    private static PyError coercingToUnicode(Runtime rt, PyObject o) {
        return PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, o) + " found");
    }

    /** The text of a str (or, where the level allows it, bytes) argument, with CPython's TypeError otherwise. */
    static String text(Runtime rt, PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return text(o);
        }
        if (Level.py2(rt)) {
            throw PyError.raise("TypeError", "expected a string or other character buffer object");
        }
        throw PyError.raise("TypeError", "must be str, not " + Ops.typeName(rt, o));
    }

    /** encode/decode's encoding and errors: strings, else each version's TypeError naming the argument. */
    /** encode()'s and decode()'s encoding and errors: str (2.7: str or unicode), else TypeError in each version's words. */
    static void codecArguments(Runtime rt, Args a, String method) {
        String[] names = {"encoding", "errors"};
        for (int k = 0; k < 2; k++) {
            PyObject x = a.get(k, names[k]);
            if (x == null || x instanceof PyStr || x instanceof PyBytes && Level.py2(rt)) {
                continue;
            }
            String which = Level.modern(rt) ? "'" + names[k] + "'" : String.valueOf(k + 1);
            throw PyError.raise("TypeError", method + "() argument " + which + " must be " + (Level.py2(rt) ? "string" : "str")
                    + ", not " + Ops.argumentTypeName(rt, x));
        }
    }

    private static PyObject encode(Runtime rt, PyObject self, String s, Args a) {
        codecArguments(rt, a, "encode");
        boolean py2 = Level.py2(rt);
        String enc = a.get(0, "encoding") == null ? (py2 ? "ascii" : "utf-8") : text(a.get(0, "encoding"));
        String errors = a.get(1, "errors") == null ? "strict" : text(a.get(1, "errors"));
        if (py2) {
            String special = special27(rt, self, s, enc, true);
            if (special != null) {
                return PyBytes.of(special.getBytes(StandardCharsets.ISO_8859_1));
            }
            if (self instanceof PyBytes b) {
                s = Codecs.decode(rt, b.bytes(), "ascii", "strict");
            }
        }
        return PyBytes.of(Codecs.encode(rt, s, enc, errors));
    }

    private static PyObject decode(Runtime rt, PyObject self, String s, Args a) {
        codecArguments(rt, a, "decode");
        boolean py2 = Level.py2(rt);
        String enc = a.get(0, "encoding") == null ? (py2 ? "ascii" : "utf-8") : text(a.get(0, "encoding"));
        String errors = a.get(1, "errors") == null ? "strict" : text(a.get(1, "errors"));
        byte[] b;
        if (self instanceof PyBytes by) {
            if (py2) {
                String special = special27(rt, self, s, enc, false);
                if (special != null) {
                    // rot13 is a text codec (a charmap) that decodes to unicode; the others give str back
                    boolean text = enc.toLowerCase(java.util.Locale.ROOT).replace('-', '_').matches("rot_?13");
                    return text ? PyStr.of(special) : PyBytes.of(special.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            b = by.bytes();
        } else {
            b = Codecs.encode(rt, s, "ascii", "strict");
        }
        return PyStr.of(Codecs.decode(rt, b, enc, errors));
    }

    /** 2.7's str-to-str codecs: hex and base64. Null for any other encoding. */
    private static String special27(Runtime rt, PyObject self, String s, String enc, boolean encode) {
        String e = enc.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (e.equals("hex") || e.equals("hex_codec")) {
            if (encode) {
                return HexDigits.of(rt, b, null, null);
            }
            if (b.length % 2 != 0) {
                throw PyError.raise("TypeError", "Odd-length string");
            }
            byte[] out = new byte[b.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(b[2 * i], 16);
                int lo = Character.digit(b[2 * i + 1], 16);
                if (hi < 0 || lo < 0) {
                    throw PyError.raise("TypeError", "Non-hexadecimal digit found");
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return new String(out, StandardCharsets.ISO_8859_1);
        }
        if (e.equals("string_escape")) {
            return encode ? org.pyvm.core.runtime.Strings.stringEscape(b) : stringUnescape(b);
        }
        if (e.equals("rot13") || e.equals("rot_13")) {
            StringBuilder sb = new StringBuilder(b.length);
            for (byte x : b) {
                int c = x & 0xff;
                sb.append((char) (c >= 'a' && c <= 'z' ? 'a' + (c - 'a' + 13) % 26 : c >= 'A' && c <= 'Z' ? 'A' + (c - 'A' + 13) % 26 : c));
            }
            return sb.toString();
        }
        if (e.equals("base64") || e.equals("base64_codec") || e.equals("base_64")) {
            if (encode) {
                return java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(b) + "\n";
            }
            // 2.7's base64_codec decodes with binascii.a2b_base64: its padding rules, its binascii.Error (a
            // damaged padding threw Java's IllegalArgumentException here, found by fuzzing)
            PyObject importer = rt.builtins.get(rt.name("__import__"));
            if (importer == null) {
                // builtins without the import system (their unit tests): the JDK's decoder, its refusal a ValueError
                try {
                    return new String(java.util.Base64.getMimeDecoder().decode(b), StandardCharsets.ISO_8859_1);
                } catch (IllegalArgumentException bad) {
                    throw PyError.raise("ValueError", "Incorrect padding");
                }
            }
            PyObject binascii = Ops.call(rt, importer, Strings.text(rt, "binascii"));
            PyObject decoded = Ops.call(rt, Ops.getattr(rt, binascii, "a2b_base64"), PyBytes.of(b));
            return new String(((PyBytes) decoded).bytes(), StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    /** 2.7's string_escape decoding: the escapes of a str literal (no \\u), an unknown one kept as it is. */
    private static String stringUnescape(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        for (int i = 0; i < n; i++) {
            char c = (char) (b[i] & 0xff);
            if (c != '\\' || i + 1 >= n) {
                if (c == '\\') {
                    throw PyError.raise("ValueError", "Trailing \\ in string");
                }
                sb.append(c);
                continue;
            }
            char e = (char) (b[++i] & 0xff);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> sb.append(e);
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    if (i + 2 >= n || Character.digit(b[i + 1], 16) < 0 || Character.digit(b[i + 2], 16) < 0) {
                        throw PyError.raise("ValueError", "invalid \\x escape");
                    }
                    sb.append((char) (Character.digit(b[i + 1], 16) * 16 + Character.digit(b[i + 2], 16)));
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < n && b[i + 1] >= '0' && b[i + 1] <= '7'; k++) {
                            v = v * 8 + b[++i] - '0';
                        }
                        sb.append((char) (v & 0xff));
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Methods 3.x str and bytes share that arrived after 3.0 (isascii in 3.7, removeprefix/removesuffix in 3.9);
     * bytearray takes bytes' own ({@link ByteArray}).
     */
    private static void installLater(Runtime rt, PyType t) {
        if (Level.since37(rt)) {
            def(rt, t, "isascii", (r, self, s, a) -> PyBool.of(a.check(0, 0) != null && s.chars().allMatch(c -> c < 128)));
        }
        if (Level.since39(rt)) {
            def(rt, t, "removeprefix", (r, self, s, a) -> {
                String p = affix(r, self, a.check(1, 1).get(0), "removeprefix");
                return s.startsWith(p) && !p.isEmpty() ? wrap(self, s.substring(p.length())) : self;
            });
            def(rt, t, "removesuffix", (r, self, s, a) -> {
                String p = affix(r, self, a.check(1, 1).get(0), "removesuffix");
                return s.endsWith(p) && !p.isEmpty() ? wrap(self, s.substring(0, s.length() - p.length())) : self;
            });
        }
    }

    /** removeprefix's argument: a str for a str, a bytes-like object for bytes. */
    private static String affix(Runtime rt, PyObject self, PyObject o, String method) {
        if (self instanceof PyStr) {
            if (!(o instanceof PyStr)) { // an Argument Clinic str parameter
                throw PyError.raise("TypeError", method + "() argument must be str, not " + Ops.argumentTypeName(rt, o));
            }
            return text(o);
        }
        if (o instanceof PyBytes || o instanceof ByteArray) {
            return o instanceof ByteArray ba ? Strings.latin1(ba.bytes()) : text(o);
        }
        throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, o) + "'");
    }

    /** Methods of text only (3.x str, 2.7 unicode). */
    private static void installText(Runtime rt) {
        PyType t = rt.types.str;
        boolean py2 = Level.py2(rt);
        if (!py2) {
            def(rt, t, "casefold", (r, self, s, a) -> PyStr.of(TextCase.casefold(s)));
            def(rt, t, "isidentifier", (r, self, s, a) -> PyBool.of(isIdentifier(s)));
            def(rt, t, "isprintable", (r, self, s, a) -> PyBool.of(s.codePoints().allMatch(c -> c == ' ' || PyStr.isPrintable(c, r.lang))));
            def(rt, t, "format_map", (r, self, s, a) -> {
                PyObject mapping = a.check(1, 1).get(0);
                return PyStr.of(StrFormat.format(r, s, new Args(r, "format_map", new PyObject[0], null), mapping, true));
            });
            t.dict.put("maketrans", new org.pyvm.core.objects.PyBuiltinFunction("maketrans", (args, kw) -> maketrans(rt, new Args(rt, "maketrans", args, kw).ownedBy(t.name(rt.lang)).noKeywords().tuple(1, 3))));
        }
        def(rt, t, "translate", (r, self, s, a) -> {
            PyObject table = a.check(1, 1).get(0);
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(c -> {
                PyObject v;
                try {
                    v = Ops.getitem(r, table, PyInt.of(c));
                } catch (PyError e) {
                    if (org.pyvm.core.runtime.Exceptions.is(r, e, "LookupError")) {
                        sb.appendCodePoint(c);
                        return;
                    }
                    throw e;
                }
                if (v == PyNone.NONE) {
                    return;
                }
                if (v instanceof PyInt i) {
                    if (i.big != null || i.small < 0 || i.small > 0x10ffff) {
                        throw PyError.raise("ValueError", "character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) i.small);
                } else if (v instanceof PyStr str) {
                    sb.append(str.value());
                } else {
                    throw PyError.raise("TypeError", "character mapping must return integer, None or " + (Level.py2(rt) ? "unicode" : "str"));
                }
            });
            return PyStr.of(sb.toString());
        });
    }

    /** str.maketrans(dict) or str.maketrans(x, y[, z]): a dict from code points. */
    private static PyObject maketrans(Runtime rt, Args a) {
        org.pyvm.core.objects.PyDict d = org.pyvm.core.objects.PyDict.of(rt.lang, List.of());
        if (a.count() == 1) {
            if (!(a.get(0) instanceof org.pyvm.core.objects.PyDict src)) {
                throw PyError.raise("TypeError", "if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject k : src.keys()) {
                PyObject key = k;
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyError.raise("ValueError", "string keys in translate table must be of length 1");
                    }
                    key = PyInt.of(ks.codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw PyError.raise("TypeError", "keys in translate table must be strings or integers");
                }
                d.put(key, src.get(k));
            }
            return d;
        }
        if (!(a.get(0) instanceof PyStr x)) {
            throw PyError.raise("TypeError", "first maketrans argument must be a string if there is a second argument");
        }
        if (!(a.get(1) instanceof PyStr y)) {
            throw PyError.raise("TypeError", "maketrans() argument 2 must be str, not " + Ops.argumentTypeName(rt, a.get(1)));
        }
        if (x.length() != y.length()) {
            throw PyError.raise("ValueError", "the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            d.put(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (a.get(2) != null) {
            PyStr z = (PyStr) a.get(2);
            for (int i = 0; i < z.length(); i++) {
                d.put(PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return d;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Methods of byte strings (3.x bytes; 2.7 str): hex, fromhex, translate, maketrans. */
    private static void installBytes(Runtime rt) {
        PyType t = rt.types.bytes;
        boolean py2 = Level.py2(rt);
        if (!py2) {
            def(rt, t, "hex", (r, self, s, a) -> {
                a.check(0, 2, "sep", "bytes_per_sep");
                return PyStr.of(HexDigits.of(rt, ((PyBytes) self).bytes(), a.get(0, "sep"), a.get(1, "bytes_per_sep")));
            });
            // a subclass gets cls(the bytes), as bytes_fromhex_impl does
            TypeMethod.def(rt, t, "fromhex", (cls, a) -> cls == t ? PyBytes.of(fromHex(rt, a))
                    : Ops.call(rt, cls, new PyObject[] {PyBytes.of(fromHex(rt, a))}, null));
            t.dict.put("maketrans", new org.pyvm.core.objects.PyBuiltinFunction("maketrans", (args, kw) -> {
                Args a = new Args(rt, "maketrans", args, kw).ownedBy(t.name(rt.lang)).check(2, 2);
                byte[] from = ((PyBytes) a.get(0)).bytes();
                byte[] to = ((PyBytes) a.get(1)).bytes();
                if (from.length != to.length) {
                    throw PyError.raise("ValueError", "maketrans arguments must have same length");
                }
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    table[from[i] & 0xff] = to[i];
                }
                return PyBytes.of(table);
            }));
        }
        def(rt, t, "translate", (r, self, s, a) -> {
            a.check(1, 2, "delete");
            PyObject table = a.get(0);
            PyObject del = a.get(1, "delete");
            String deleting = del == null ? "" : text(r, del);
            String map = table == PyNone.NONE ? null : text(r, table);
            if (map != null && map.length() != 256) {
                throw PyError.raise("ValueError", "translation table must be 256 characters long");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (deleting.indexOf(c) < 0) {
                    sb.append(map == null ? c : map.charAt(c));
                }
            }
            return wrap(self, sb.toString());
        });
    }

    /** The bytes of a fromhex() argument: pairs of hex digits, spaces (3.7+: any ASCII whitespace) between pairs skipped. */
    static byte[] fromHex(Runtime rt, Args a) {
        PyObject arg = a.check(1, 1).get(0);
        if (!(arg instanceof PyStr || Level.py2(rt) && arg instanceof PyBytes)) {
            throw PyError.raise("TypeError", Level.py2(rt) ? "fromhex() argument 1 must be string or read-only buffer, not " + Ops.argumentTypeName(rt, arg)
                    : "fromhex() argument must be str, not " + Ops.argumentTypeName(rt, arg));
        }
        String h = text(arg);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        boolean anyWhitespace = Level.since37(rt); // 3.7 skips all ASCII whitespace between pairs, before only spaces
        while (i < h.length()) {
            char c = h.charAt(i);
            if (c == ' ' || anyWhitespace && (c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c)) {
                i++;
                continue;
            }
            int hi = Character.digit(h.charAt(i), 16);
            int lo = i + 1 < h.length() ? Character.digit(h.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0 || h.charAt(i) > 127 || h.charAt(i + 1) > 127) {
                int at = hi < 0 || Level.py2(rt) ? i : i + 1; // 2.7 names where the pair starts
                throw PyError.raise("ValueError", "non-hexadecimal number found in fromhex() arg at position " + at);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** str/bytes methods CPython declares METH_NOARGS (no argument at all). */
    private static final java.util.Set<String> NO_ARGUMENTS = java.util.Set.of("upper", "lower", "swapcase", "title", "capitalize",
            "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii",
            "casefold", "isidentifier", "isprintable");
    /** str/bytes methods CPython declares METH_O (exactly one argument). */
    private static final java.util.Set<String> ONE_ARGUMENT = java.util.Set.of("join", "partition", "rpartition", "removeprefix",
            "removesuffix", "format_map");

    private static void def(Runtime rt, PyType t, String name, TextMethod m) {
        boolean keywords = takesKeywords(rt, name);
        Args.Kind kind = NO_ARGUMENTS.contains(name) ? Args.Kind.NONE : ONE_ARGUMENT.contains(name) ? Args.Kind.ONE : null;
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> {
            if (kw != null && kw.length > 0 && !keywords) {
                throw noKeywords(rt, t, name);
            }
            if (kind != null && args.length != (kind == Args.Kind.NONE ? 0 : 1)) { // only a wrong count pays for the check
                new Args(rt, name, args, kw).method(t.name(rt.lang), kind, 0, 1);
            }
            if (self instanceof PyBytes && !Level.py2(rt)) {
                refuseText(rt, name, args);
            } else if (self instanceof PyStr && !Level.py2(rt)) {
                refuseBytes(name, args);
            }
            if (Level.py2(rt) && PROMOTING27.contains(name)) {
                if (self instanceof PyStr) {
                    args = asUnicode27(rt, args); // a str argument is decoded as ASCII first
                } else if (anyUnicode(args)) {
                    // str.method(unicode): the unicode method on the str decoded as ASCII
                    PyObject text = PyStr.of(Strings.unicode27(rt, self));
                    return ((PyMethodDescriptor) rt.types.str.dict.get(name)).invoke(text, args, kw);
                }
            }
            return m.call(rt, self, text(self), new Args(rt, name, self instanceof PyBytes ? bytesArguments(args) : args, kw));
        }));
    }

    /** 2.7's str methods that hand over to unicode's when given a unicode argument (and unicode's that decode str ones). */
    private static final java.util.Set<String> PROMOTING27 = java.util.Set.of("split", "rsplit", "strip", "lstrip", "rstrip",
            "replace", "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "partition", "rpartition");

    private static boolean anyUnicode(PyObject[] args) {
        for (PyObject x : args) {
            if (x instanceof PyStr || x instanceof PyTuple t && java.util.Arrays.stream(t.items()).anyMatch(y -> y instanceof PyStr)) {
                return true;
            }
        }
        return false;
    }

    /** 2.7: each str argument (or str in a tuple of them) decoded with the default ASCII codec. */
    private static PyObject[] asUnicode27(Runtime rt, PyObject[] args) {
        PyObject[] out = args;
        for (int i = 0; i < args.length; i++) {
            PyObject x = args[i];
            PyObject y = x instanceof PyBytes ? PyStr.of(Strings.unicode27(rt, x))
                    : x instanceof PyTuple t ? PyTuple.of(asUnicode27(rt, t.items())) : x;
            if (y != x) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = y;
            }
        }
        return out;
    }

    /** A bytes method's arguments with each bytearray as the bytes it holds (the buffer protocol CPython reads them by). */
    private static PyObject[] bytesArguments(PyObject[] args) {
        PyObject[] out = args;
        for (int i = 0; i < args.length; i++) {
            PyObject b = bytesOf(args[i]);
            if (b != args[i]) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = b;
            }
        }
        return out;
    }

    /** A bytearray or memoryview as the bytes it holds; anything else as it is. */
    private static PyObject bytesOf(PyObject o) {
        return o instanceof ByteArray ba ? PyBytes.of(ba.bytes()) : o instanceof MemoryView mv ? PyBytes.of(mv.contents()) : o;
    }

    /** 3.x bytes methods whose arguments are bytes-like: a str among them is a TypeError (the text helpers would take it). */
    private static final java.util.Set<String> BYTES_ARGUMENTS = java.util.Set.of("split", "rsplit", "replace", "strip", "lstrip",
            "rstrip", "partition", "rpartition", "removeprefix", "removesuffix", "translate");

    private static void refuseText(Runtime rt, String name, PyObject[] args) {
        if (BYTES_ARGUMENTS.contains(name)) {
            for (PyObject x : args) {
                if (x instanceof PyStr) {
                    throw PyError.raise("TypeError", "a bytes-like object is required, not 'str'");
                }
            }
            // partition's separator and replace's old and new have no other kind (split's and strip's may be None)
            int checked = name.endsWith("partition") ? 1 : name.equals("replace") ? 2 : 0;
            for (int k = 0; k < checked && k < args.length; k++) {
                if (!(args[k] instanceof PyBytes || args[k] instanceof ByteArray || args[k] instanceof MemoryView)) {
                    throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, args[k]) + "'");
                }
            }
        } else if ((name.equals("startswith") || name.equals("endswith")) && args.length > 0 && args[0] instanceof PyStr) {
            // (a tuple's items are checked one by one as they are compared, in affix)
            throw PyError.raise("TypeError", name + " first arg must be bytes or a tuple of bytes, not str");
        }
    }

    /**
     * 3.x str methods whose first argument is text (the helpers below would take bytes too): a bytes one is refused
     * in the words each method's argument conversion uses (startswith and endswith check theirs in {@link #affix}).
     */
    private static void refuseBytes(String name, PyObject[] args) {
        if (args.length == 0) {
            return;
        }
        PyObject first = args[0];
        switch (name) {
            case "find", "rfind", "index", "rindex", "count", "partition", "rpartition" -> {
                if (first instanceof PyBytes) {
                    throw PyError.raise("TypeError", "must be str, not bytes");
                }
            }
            case "strip", "lstrip", "rstrip" -> {
                if (first instanceof PyBytes) {
                    throw PyError.raise("TypeError", name + " arg must be None or str");
                }
            }
            default -> {
            }
        }
    }

    /** The str and bytes methods that take keyword arguments: 2.7's encode/decode/format; 3.x's with parameter names. */
    private static boolean takesKeywords(Runtime rt, String name) {
        if (Level.py2(rt)) {
            return name.equals("encode") || name.equals("decode") || name.equals("format") || name.startsWith("_");
        }
        return switch (name) {
            case "encode", "decode", "expandtabs", "split", "rsplit", "splitlines", "format", "translate", "hex" -> true;
            default -> name.startsWith("_");
        };
    }

    /**
     * "takes no keyword arguments": 3.10+ names the method by its qualified name (str.strip), except the METH_VARARGS
     * methods (count, find, index, startswith...) called as a bound builtin (cfunction_call names them bare); called
     * straight through their method descriptor CPython qualifies those too, which pyvm does not tell apart.
     */
    private static PyError noKeywords(Runtime rt, PyType t, String name) {
        boolean ownParsing = java.util.Set.of("count", "find", "index", "rfind", "rindex", "startswith", "endswith").contains(name);
        String label = Level.modern(rt) && !ownParsing ? t.name(rt.lang) + "." + name : name;
        return PyError.raise("TypeError", label + "() takes no keyword arguments");
    }

    /**
     * Whether CPython's join of this one item hands back the item itself ({@code '-'.join([s]) is s}): an item of
     * exactly the type the join makes (3.x: str for str, bytes for bytes; 2.7's unicode: unicode; 2.7's str: str or
     * unicode alike), not a subclass's instance.
     */
    private static boolean joinsToItself(Runtime r, PyObject self, PyObject item) {
        if (self instanceof PyStr) {
            return item.getClass() == PyStr.class;
        }
        return item.getClass() == PyBytes.class || Level.py2(r) && item.getClass() == PyStr.class;
    }

    /**
     * bytes.join (2.7: str.join) of byte strings alone: their bytes and the separator's put together as they are,
     * without a round trip through text; null when an item is anything else (2.7: a unicode, which makes the
     * result unicode, or a wrong type, which the general way reports). A result past the largest array is a
     * MemoryError, as the text's builder running out of memory was.
     */
    private static PyObject joinBytes(PyBytes sep, List<PyObject> items) {
        byte[] between = sep.bytes();
        long size = (long) between.length * Math.max(0, items.size() - 1);
        for (PyObject x : items) {
            if (!(x instanceof PyBytes b)) {
                return null;
            }
            size += b.bytes().length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw PyError.raiseArgs("MemoryError");
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                System.arraycopy(between, 0, out, at, between.length);
                at += between.length;
            }
            byte[] item = ((PyBytes) items.get(i)).bytes();
            System.arraycopy(item, 0, out, at, item.length);
            at += item.length;
        }
        return PyBytes.of(out);
    }

    static String text(PyObject o) {
        return o instanceof PyStr s ? s.value() : Strings.latin1(((PyBytes) o).bytes());
    }

    static PyObject wrap(PyObject like, String s) {
        return like instanceof PyStr ? PyStr.of(s) : PyBytes.of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /*
     * split and rsplit: one small method per direction and kind of separator, so that the JVM compiles (and
     * replaces on the stack, for one long string) only the loop a program runs, not all four at once.
     */
    private static PyObject split(Runtime rt, PyObject self, String s, PyObject sepObj, PyObject maxObj, boolean fromRight) {
        long max = maxObj == null ? -1 : ssize(rt, maxObj);
        if (sepObj == null || sepObj == PyNone.NONE) {
            return wrapAll(self, fromRight ? rsplitWhitespace(self, s, max) : splitWhitespace(self, s, max));
        }
        String sep = separator(rt, self, sepObj);
        if (sep.isEmpty()) {
            throw PyError.raise("ValueError", "empty separator");
        }
        return wrapAll(self, fromRight ? rsplitOn(s, sep, max) : splitOn(s, sep, max));
    }

    /** The runs of non-whitespace of s, left to right; after max of them, the rest from the next word on is one. */
    private static List<String> splitWhitespace(PyObject self, String s, long max) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && white(self, s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return words;
            }
            if (max >= 0 && words.size() == max) {
                words.add(s.substring(i));
                return words;
            }
            int j = i;
            while (j < n && !white(self, s.charAt(j))) {
                j++;
            }
            words.add(s.substring(i, j));
            i = j;
        }
    }

    /** rsplit(): the same runs found from the right (max of them, the rest before them one), in left-to-right order. */
    private static List<String> rsplitWhitespace(PyObject self, String s, long max) {
        List<String> words = new ArrayList<>();
        int i = s.length() - 1;
        while (true) {
            while (i >= 0 && white(self, s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            if (max >= 0 && words.size() == max) {
                words.add(s.substring(0, i + 1));
                break;
            }
            int j = i;
            while (j >= 0 && !white(self, s.charAt(j))) {
                j--;
            }
            words.add(s.substring(j + 1, i + 1));
            i = j;
        }
        java.util.Collections.reverse(words); // found from the right; adding at the front was quadratic
        return words;
    }

    /** The pieces of s between occurrences of sep, at most max splits from the left. */
    private static List<String> splitOn(String s, String sep, long max) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i;
        while ((max < 0 || parts.size() < max) && (i = s.indexOf(sep, start)) >= 0) {
            parts.add(s.substring(start, i));
            start = i + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The pieces of s between occurrences of sep, at most max splits from the right, in left-to-right order. */
    private static List<String> rsplitOn(String s, String sep, long max) {
        List<String> parts = new ArrayList<>();
        int end = s.length();
        int i;
        while ((max < 0 || parts.size() < max) && (i = s.lastIndexOf(sep, end - sep.length())) >= 0 && end - sep.length() >= 0) {
            parts.add(s.substring(i + sep.length(), end));
            end = i;
        }
        parts.add(s.substring(0, end));
        java.util.Collections.reverse(parts);
        return parts;
    }

    /** split's pieces as a new list of strings of self's kind. */
    private static PyList wrapAll(PyObject self, List<String> pieces) {
        ArrayList<PyObject> out = new ArrayList<>(pieces.size());
        for (String p : pieces) {
            out.add(wrap(self, p));
        }
        return PyList.owning(out);
    }

    /**
     * split/rsplit(sep=None, maxsplit=-1), by keyword from 3.0 (2.7's take none): every version's parser says
     * "split() takes at most 2 arguments (3 given)".
     */
    private static Args splitArgs(Runtime rt, Args a) {
        int given = a.count() + a.keywordNames().length;
        if (given > 2) {
            boolean keywordOnly = a.count() == 0 && Level.modern(rt); // bpo-31229: "at most 2 keyword arguments"
            throw PyError.raise("TypeError", a.name() + "() takes at most 2 " + (keywordOnly ? "keyword " : "") + "arguments (" + given + " given)");
        }
        return Level.py2(rt) ? a.noKeywords().check(0, 2) : a.check(0, 2, "sep", "maxsplit");
    }

    /** A Py_ssize_t argument ("n"): from 3.0 any non-integer is "'X' object cannot be interpreted as an integer". */
    private static long ssize(Runtime rt, PyObject o) {
        return Args.ssize(rt, o);
    }

    /** The line boundaries text's splitlines knows beyond \n and \r (a byte string has only those two). */
    private static boolean lineBreak(char c) {
        return c == 0x0b || c == 0x0c || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Whitespace as split() and strip() see it: ASCII's six for byte strings, Py_UNICODE_ISSPACE for text. */
    private static boolean white(PyObject self, char c) {
        return self instanceof PyBytes ? c == ' ' || c >= 9 && c <= 13 : space(c);
    }

    /** strip's characters argument: None, or the receiver's kind of string (2.7 either kind), else CPython's TypeError. */
    private static PyObject stripChars(Runtime rt, PyObject self, PyObject chars, String name) {
        if (chars == null || chars == PyNone.NONE || chars instanceof PyStr || chars instanceof PyBytes) {
            return chars;
        }
        if (Level.py2(rt)) {
            // each type names itself first
            throw PyError.raise("TypeError", name + (self instanceof PyStr ? " arg must be None, unicode or str" : " arg must be None, str or unicode"));
        }
        if (self instanceof PyBytes) {
            throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, chars) + "'");
        }
        throw PyError.raise("TypeError", name + " arg must be None or str");
    }

    private static String strip(PyObject self, String s, PyObject chars, boolean left, boolean right) {
        String set = chars == null || chars == PyNone.NONE ? null : text(chars);
        int start = 0;
        int end = s.length();
        while (left && start < end && (set == null ? white(self, s.charAt(start)) : set.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (set == null ? white(self, s.charAt(end - 1)) : set.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    /** split's separator: the receiver's kind of string, else CPython's TypeError. */
    private static String separator(Runtime rt, PyObject self, PyObject sep) {
        boolean ok = sep instanceof PyStr && (self instanceof PyStr || Level.py2(rt)) || sep instanceof PyBytes && (self instanceof PyBytes || Level.py2(rt));
        if (ok) {
            return text(sep);
        }
        if (Level.py2(rt)) {
            throw self instanceof PyStr ? coercingToUnicode(rt, sep) : PyError.raise("TypeError", "expected a string or other character buffer object");
        }
        if (self instanceof PyBytes) {
            throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, sep) + "'");
        }
        throw PyError.raise("TypeError", "must be str or None, not " + Ops.typeName(rt, sep));
    }

    /** index/rindex finding nothing: 3.x bytes say "subsection", text and 2.7's str "substring". */
    static PyError notFound(Runtime rt, PyObject self) {
        return PyError.raise("ValueError", self instanceof PyBytes && !Level.py2(rt) ? "subsection not found" : "substring not found");
    }

    /** bytes.title: ASCII letters only. */
    private static String asciiTitle(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (char c : s.toCharArray()) {
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            sb.append(prevCased && upper ? (char) (c + 32) : !prevCased && lower ? (char) (c - 32) : c);
            prevCased = upper || lower;
        }
        return sb.toString();
    }

    private static String replace(String s, String old, String rep, long count) {
        if (old.isEmpty()) {
            return insertEverywhere(s, rep, count);
        }
        if (count < 0) {
            return s.replace(old, rep);
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        int done = 0;
        int i;
        // an empty old matches before each character and at the end, len + 1 places, never past them
        while (done < count && start <= s.length() && (i = s.indexOf(old, start)) >= 0) {
            sb.append(s, start, i).append(rep);
            start = i + old.length();
            done++;
            if (old.isEmpty()) {
                if (start < s.length()) {
                    sb.append(s.charAt(start));
                }
                start++;
            }
        }
        if (start <= s.length()) {
            sb.append(s.substring(Math.min(start, s.length())));
        }
        return sb.toString();
    }

    /** An empty pattern matches before each character and at the end: {@code rep} at the first {@code count} (all: -1) of them. */
    private static String insertEverywhere(String s, String rep, long count) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int k = 0; k <= cps.length; k++) {
            if (count < 0 || k < count) {
                sb.append(rep);
            }
            if (k < cps.length) {
                sb.appendCodePoint(cps[k]);
            }
        }
        return sb.toString();
    }

    /** What startswith/endswith compare with: 2.7 either kind of string; 3.x a str's a str, a bytes' anything bytes-like. */
    private static boolean isAffix(Runtime rt, PyObject self, PyObject x) {
        if (Level.py2(rt)) {
            return x instanceof PyStr || bytesOf(x) instanceof PyBytes;
        }
        return self instanceof PyStr ? x instanceof PyStr : bytesOf(x) instanceof PyBytes;
    }

    private static boolean affix(Runtime rt, PyObject self, String s, Args a, boolean prefix) {
        PyObject what = a.get(0);
        int[] span = span(rt, a, 1, characters(self, s));
        if (what instanceof PyTuple t) {
            for (PyObject x : t.items()) { // each item checked as it is reached: an earlier match answers first
                if (!isAffix(rt, self, x)) {
                    if (Level.py2(rt) && self instanceof PyStr) {
                        throw coercingToUnicode(rt, x);
                    }
                    throw PyError.raise("TypeError", Level.py2(rt) ? "expected a string or other character buffer object"
                            : self instanceof PyBytes ? "a bytes-like object is required, not '" + Ops.typeName(rt, x) + "'" // the item's buffer
                            : "tuple for " + (prefix ? "startswith" : "endswith") + " must only contain str, not " + Ops.typeName(rt, x));
                }
                if (tailMatch(rt, self, s, text(bytesOf(x)), span[0], span[1], prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!isAffix(rt, self, what)) {
            String kinds = Level.py2(rt) ? "str, unicode, or tuple" : self instanceof PyBytes ? "bytes or a tuple of bytes" : "str or a tuple of str";
            throw PyError.raise("TypeError", (prefix ? "startswith" : "endswith") + " first arg must be " + kinds + ", not "
                    + Ops.typeName(rt, what));
        }
        return tailMatch(rt, self, s, text(what), span[0], span[1], prefix);
    }

    /**
     * CPython's tailmatch: the affix must fit between start and end (so an empty one past the end does not
     * match), except that 2.7's unicode matches an empty affix before looking at the bounds.
     */
    private static boolean tailMatch(Runtime rt, PyObject self, String s, String sub, int start, int end, boolean prefix) {
        if (sub.isEmpty() && self instanceof PyStr && Level.py2(rt)) {
            return true;
        }
        int length = characters(self, sub);
        if (end - start < length) {
            return false;
        }
        return s.startsWith(sub, offset(self, s, prefix ? start : end - length));
    }

    /** The string's length in Python characters: a character outside the BMP is two Java chars but one character. */
    private static int characters(PyObject self, String s) {
        return self instanceof PyStr ? s.codePointCount(0, s.length()) : s.length();
    }

    /** The Java char offset of Python character {@code index} (at most the length). */
    private static int offset(PyObject self, String s, int index) {
        if (!(self instanceof PyStr)) {
            return index;
        }
        int n = s.codePointCount(0, s.length());
        return n == s.length() ? index : s.offsetByCodePoints(0, Math.min(index, n));
    }

    /**
     * The start and end arguments at {@code at} and {@code at + 1} (None or absent: the whole string) as
     * CPython's ADJUST_INDICES leaves them: end within [0, n], a negative start counted from the end and
     * raised to 0, but a start past the end left there (so nothing, not even '', is found beyond it).
     */
    private static int[] span(Runtime rt, Args a, int at, int n) {
        PyObject so = a.get(at);
        PyObject eo = a.get(at + 1);
        long start = so == null || so == PyNone.NONE ? 0 : sliceIndex(rt, so);
        long end = eo == null || eo == PyNone.NONE ? n : sliceIndex(rt, eo);
        if (end > n) {
            end = n;
        } else if (end < 0) {
            end = Math.max(0, end + n);
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** A start or end position as _PyEval_SliceIndex reads it: any index, huge ones clamped; anything else its TypeError. */
    private static long sliceIndex(Runtime rt, PyObject o) {
        if (o instanceof PyInt i && i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (o instanceof PyInt || o instanceof PyBool
                || o instanceof org.pyvm.core.objects.PyInstance && rt.types.of(o).lookup("__index__") != null) {
            return Args.index(rt, o);
        }
        throw PyError.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }

    private static int find(Runtime rt, PyObject self, String s, Args a, boolean last) {
        if (a.count() < 1) {
            throw PyError.raise("TypeError", (last ? "rfind" : "find") + "() takes at least 1 argument (0 given)");
        }
        String sub = needle(rt, self, a.get(0));
        int[] span = span(rt, a, 1, characters(self, s));
        int start = span[0];
        int end = span[1];
        if (end - start < characters(self, sub)) {
            return -1;
        }
        String part = s.substring(offset(self, s, start), offset(self, s, end));
        int i = last ? part.lastIndexOf(sub) : part.indexOf(sub);
        return i < 0 ? -1 : start + characters(self, part.substring(0, i));
    }

    private static String pad(Runtime rt, PyObject self, String s, Args a, char how) {
        a.tuple(1, 2);
        int width = (int) ssize(rt, a.get(0));
        String fill = a.get(1) == null ? " " : fillChar(rt, self, a.get(1), how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust");
        int n = s.codePointCount(0, s.length());
        if (n >= width) {
            return s;
        }
        int total = width - n;
        switch (how) {
            case 'l':
                return s + fill.repeat(total);
            case 'r':
                return fill.repeat(total) + s;
            default: {
                int left = total / 2 + (total & width & 1);
                return fill.repeat(left) + s + fill.repeat(total - left);
            }
        }
    }

    /**
     * The fill character of center/ljust/rjust, checked as each CPython converts it: a byte string's
     * is one byte ("c" format in 2.7, a length-1 bytes from 3.0), text's one character (convert_uc).
     */
    private static String fillChar(Runtime rt, PyObject self, PyObject fill, String name) {
        if (self instanceof PyBytes) {
            boolean ok = fill instanceof PyBytes || !Level.py2(rt) && fill instanceof ByteArray;
            String text = fill instanceof ByteArray ba ? Strings.latin1(ba.bytes()) : ok ? text(fill) : null;
            if (text == null || text.length() != 1) {
                throw PyError.raise("TypeError", name + "() argument 2 must be " + (Level.py2(rt) ? "char" : "a byte string of length 1")
                        + ", not " + Ops.typeName(rt, fill));
            }
            return text;
        }
        boolean ok = fill instanceof PyStr || Level.py2(rt) && fill instanceof PyBytes;
        if (!ok) {
            throw PyError.raise("TypeError", Level.py2(rt) ? "The fill character cannot be converted to Unicode"
                    : "The fill character must be a unicode character, not " + Ops.typeName(rt, fill));
        }
        String text = text(rt, fill);
        if (text.codePointCount(0, text.length()) != 1) {
            throw PyError.raise("TypeError", "The fill character must be exactly one character long");
        }
        return text;
    }
}
