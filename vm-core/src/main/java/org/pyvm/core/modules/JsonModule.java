package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _json}, the accelerator json's pure-Python modules import when CPython has it: {@code scanstring},
 * {@code make_scanner} (the {@code Scanner} that decodes one JSON value at an index) and the string encoders
 * {@code encode_basestring_ascii} (and 3.x {@code encode_basestring}), each with the behaviour of that version's
 * Modules/_json.c, which the pure-Python fallbacks do not quite share:
 * <ul>
 * <li>2.7: a value missing inside an array or object is the scanner's StopIteration, which json reports as
 * "No JSON object could be decoded"; input ending inside an array or object is "Expecting object" at its last
 * character; a byte string's text is decoded with the decoder's encoding; strings come back as unicode.</li>
 * <li>3.x: errors are json.decoder's JSONDecodeError, and StopIteration carries the index where a value was
 * expected, which json reports as "Expecting value".</li>
 * </ul>
 * {@code make_encoder} gives the {@code Encoder} json.dumps uses when it does not indent (2.7: nor sort): ints as
 * int's own repr (2.7: their str), floats as float's repr, keys converted as the C code converts them, and its
 * own messages ("keys must be a string"; 3.11 names the types), the recursion limit counted per nesting level.
 */
public final class JsonModule {
    private JsonModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        ModuleBuilder m = new ModuleBuilder(rt, "_json");
        m.def("scanstring", (a, kw) -> scanstringFunction(rt, a, kw));
        m.def("make_scanner", (a, kw) -> {
            if (py2) {
                ModuleSupport.count(false, "make_scanner", a, kw, 1, 1);
            }
            PyObject ctx = ModuleSupport.arg(a, kw, 0, "context");
            if (ctx == null || ModuleSupport.positional(a, kw) > 1) {
                throw PyError.raise("TypeError", "Required argument 'context' (pos 1) not found");
            }
            return new Scanner(rt, ctx);
        });
        m.def("encode_basestring_ascii", (a, kw) -> {
            ModuleSupport.count(false, "encode_basestring_ascii", a, kw, 1, 1);
            return Strings.text(rt, "\"" + escape(rt, a[0], true) + "\"");
        });
        m.def("make_encoder", (a, kw) -> {
            ModuleSupport.count(false, "make_encoder", a, kw, 9, 9);
            if (!(a[0] == PyNone.NONE || a[0] instanceof PyDict)) {
                throw PyError.raise("TypeError", "make_encoder() argument 1 must be dict or None, not " + Ops.typeName(rt, a[0]));
            }
            if (!py2) {
                for (int k = 4; k <= 5; k++) {
                    if (!(a[k] instanceof PyStr)) {
                        throw PyError.raise("TypeError", "make_encoder() argument " + (k + 1) + " must be str, not " + Ops.typeName(rt, a[k]));
                    }
                }
            }
            return new Encoder(rt, a);
        });
        if (!py2) {
            m.def("encode_basestring", (a, kw) -> {
                ModuleSupport.count(false, "encode_basestring", a, kw, 1, 1);
                return PyStr.of("\"" + escape(rt, a[0], false) + "\"");
            });
        }
        return m.build();
    }

    // ---------------------------------------------------------------- text being decoded

    /**
     * The input as code points (3.x str, 2.7 unicode) or bytes (2.7 str), indexed as CPython indexes it; a
     * byte string's pieces of text are decoded with {@code encoding}.
     */
    private static final class Text {
        final PyObject source;
        final int[] c;
        final boolean bytes;
        final PyObject encoding;

        Text(PyObject source, PyObject encoding) {
            this.source = source;
            this.encoding = encoding;
            if (source instanceof PyBytes b) {
                byte[] raw = b.bytes();
                c = new int[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    c[i] = raw[i] & 0xff;
                }
                bytes = true;
            } else {
                c = ((PyStr) source).codePoints();
                bytes = false;
            }
        }

        int length() {
            return c.length;
        }

        /** The characters from..to as an object of the input's kind (number strings for parse_int/parse_float). */
        PyObject slice(Runtime rt, int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                sb.appendCodePoint(c[i]);
            }
            return bytes ? PyBytes.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(sb.toString());
        }
    }

    private static boolean whitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // ---------------------------------------------------------------- errors

    /** 2.7: ValueError with json.decoder.errmsg's text; 3.x: json.decoder.JSONDecodeError(msg, doc, pos). */
    private static PyError error(Runtime rt, String message, PyObject doc, int pos) {
        PyObject decoder = jsonDecoder(rt);
        if (rt.lang.major() == 2) {
            PyObject text = Ops.call(rt, Ops.getattr(rt, decoder, "errmsg"), Strings.text(rt, message), doc, PyInt.of(pos));
            return PyError.of(Ops.call(rt, rt.types.exceptions.get("ValueError"), text));
        }
        return PyError.of(Ops.call(rt, Ops.getattr(rt, decoder, "JSONDecodeError"), PyStr.of(message), doc, PyInt.of(pos)));
    }

    /** The json.decoder module, imported if need be (as CPython's raise_errmsg imports it). */
    private static PyObject jsonDecoder(Runtime rt) {
        PyObject m = rt.modules.get(rt.name("json.decoder"));
        if (m == null || m == PyNone.NONE) {
            Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "json.decoder"));
            m = rt.modules.get(rt.name("json.decoder"));
        }
        return m;
    }

    /** No value starts at {@code idx}: 3.x's StopIteration says where, 2.7's says nothing. */
    private static PyError stop(Runtime rt, int idx) {
        return rt.lang.major() == 2 ? PyError.raiseArgs("StopIteration") : PyError.raiseArgs("StopIteration", PyInt.of(idx));
    }

    // ---------------------------------------------------------------- scanstring

    private static PyObject scanstringFunction(Runtime rt, PyObject[] a, String[] kw) {
        boolean py2 = rt.lang.major() == 2;
        int n = ModuleSupport.positional(a, kw);
        PyObject s = ModuleSupport.arg(a, kw, 0, "s");
        PyObject end = ModuleSupport.arg(a, kw, 1, "end");
        PyObject encoding = py2 ? ModuleSupport.arg(a, kw, 2, "encoding") : null;
        PyObject strict = ModuleSupport.arg(a, kw, py2 ? 3 : 2, "strict");
        int max = py2 ? 4 : 3;
        if (s == null || end == null || n > max) {
            throw PyError.raise("TypeError", "scanstring() takes " + (s == null || end == null ? "at least 2" : "at most " + max)
                    + " arguments (" + n + " given)");
        }
        BigInteger endValue = ModuleSupport.integer(rt, end);
        if (endValue == null) {
            throw PyError.raise("TypeError", py2 ? "an integer is required" : "'" + Ops.typeName(rt, end) + "' object cannot be interpreted as an integer");
        }
        if (py2 && encoding != null && encoding != PyNone.NONE && !(encoding instanceof PyBytes || encoding instanceof PyStr)) {
            throw PyError.raise("TypeError", "scanstring() argument 3 must be string or None, not " + Ops.typeName(rt, encoding));
        }
        boolean strictValue = strict == null || strictFlag(rt, strict);
        if (!(s instanceof PyStr || py2 && s instanceof PyBytes)) {
            throw PyError.raise("TypeError", "first argument must be a string, not " + Ops.typeName(rt, s));
        }
        Text text = new Text(s, encoding == null || encoding == PyNone.NONE ? Strings.text(rt, "utf-8") : encoding);
        long e = endValue.bitLength() < 32 ? endValue.longValue() : -1;
        if (e < 0 || e > text.length()) {
            throw PyError.raise("ValueError", "end is out of bounds");
        }
        int[] next = new int[1];
        PyObject value = scanstring(rt, text, (int) e, strictValue, next);
        return PyTuple.of(value, PyInt.of(next[0]));
    }

    /** The {@code strict} flag: 3.x parses it as an int ("i"), 2.7 too. */
    private static boolean strictFlag(Runtime rt, PyObject strict) {
        BigInteger v = ModuleSupport.integer(rt, strict);
        if (v == null) {
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? "an integer is required"
                    : "'" + Ops.typeName(rt, strict) + "' object cannot be interpreted as an integer");
        }
        return v.signum() != 0;
    }

    /**
     * The string whose text starts at {@code end} (just after its opening quote), unescaped; {@code next[0]} is
     * the index after its closing quote.
     */
    private static PyObject scanstring(Runtime rt, Text t, int end, boolean strict, int[] next) {
        int[] buf = t.c;
        int len = buf.length;
        int begin = end - 1;
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = 0;
            int i = end;
            for (; i < len; i++) {
                c = buf[i];
                if (c == '"' || c == '\\') {
                    break;
                } else if (c <= 0x1f && strict) {
                    throw error(rt, "Invalid control character at", t.source, i);
                }
            }
            if (!(i < len && (c == '"' || c == '\\'))) {
                throw error(rt, "Unterminated string starting at", t.source, begin);
            }
            if (i != end) {
                chunk(rt, t, end, i, out);
            }
            i++;
            if (c == '"') {
                end = i;
                break;
            }
            if (i == len) {
                throw error(rt, "Unterminated string starting at", t.source, begin);
            }
            c = buf[i];
            if (c != 'u') {
                end = i + 1;
                switch (c) {
                    case '"':
                    case '\\':
                    case '/':
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'f':
                        c = '\f';
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    default:
                        throw error(rt, "Invalid \\escape", t.source, end - 2);
                }
            } else {
                i++;
                end = i + 4;
                if (end >= len) {
                    throw error(rt, "Invalid \\uXXXX escape", t.source, i - 1);
                }
                c = hex4(rt, t, i, end);
                i = end;
                // a high surrogate followed by an escaped low one is one character
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && buf[i] == '\\' && buf[i + 1] == 'u') {
                    int c2 = hex4(rt, t, i + 2, end + 6);
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                        end += 6;
                    }
                }
            }
            out.appendCodePoint(c);
        }
        next[0] = end;
        return PyStr.of(out.toString());
    }

    /** Four hex digits at from..to; a bad one is "Invalid \\uXXXX escape" at the 'u'. */
    private static int hex4(Runtime rt, Text t, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            int x = t.c[i];
            int d = x >= '0' && x <= '9' ? x - '0' : x >= 'a' && x <= 'f' ? x - 'a' + 10 : x >= 'A' && x <= 'F' ? x - 'A' + 10 : -1;
            if (d < 0) {
                throw error(rt, "Invalid \\uXXXX escape", t.source, to - 5);
            }
            c = (c << 4) | d;
        }
        return c;
    }

    /** Literal text of a string: a byte string's non-ASCII bytes are decoded with the decoder's encoding. */
    private static void chunk(Runtime rt, Text t, int from, int to, StringBuilder out) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            ascii &= t.c[i] < 0x80;
        }
        if (!t.bytes || ascii) {
            for (int i = from; i < to; i++) {
                out.appendCodePoint(t.c[i]);
            }
            return;
        }
        PyObject decoded = Ops.callMethod(rt, t.slice(rt, from, to), "decode", t.encoding);
        out.append(decoded instanceof PyStr s ? s.value() : Ops.str(rt, decoded));
    }

    // ---------------------------------------------------------------- the scanner

    /** {@code _json.Scanner}: what make_scanner(context) gives, called as {@code scan_once(string, idx)}. */
    static final class Scanner extends PyObject implements PyCallable, CustomAttributes {
        private final Runtime rt;
        private final boolean py2;
        private final boolean strict;
        private final PyObject objectHook;
        private final PyObject pairsHook;
        private final PyObject parseFloat;
        private final PyObject parseInt;
        private final PyObject parseConstant;
        private final PyObject encoding;
        private final PyObject strictObject;
        private int nesting;

        Scanner(Runtime rt, PyObject ctx) {
            this.rt = rt;
            this.py2 = rt.lang.major() == 2;
            if (py2) {
                PyObject enc = Ops.getattr(rt, ctx, "encoding");
                if (enc == PyNone.NONE) {
                    enc = Strings.text(rt, "utf-8");
                } else if (!(enc instanceof PyBytes || enc instanceof PyStr)) {
                    throw PyError.raise("TypeError", "encoding must be a string, not " + Ops.typeName(rt, enc));
                }
                encoding = enc;
            } else {
                encoding = null;
            }
            strictObject = Ops.getattr(rt, ctx, "strict");
            strict = Ops.truth(rt, strictObject);
            objectHook = Ops.getattr(rt, ctx, "object_hook");
            pairsHook = Ops.getattr(rt, ctx, "object_pairs_hook");
            parseFloat = Ops.getattr(rt, ctx, "parse_float");
            parseInt = Ops.getattr(rt, ctx, "parse_int");
            parseConstant = Ops.getattr(rt, ctx, "parse_constant");
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            PyObject string = ModuleSupport.arg(a, kw, 0, "string");
            PyObject idx = ModuleSupport.arg(a, kw, 1, "idx");
            if (string == null || idx == null || a.length > 2) {
                throw PyError.raise("TypeError", a.length > 2 ? "scan_once() takes at most 2 arguments (" + a.length + " given)"
                        : string == null ? "Required argument 'string' (pos 1) not found" : "Required argument 'idx' (pos 2) not found");
            }
            BigInteger i = ModuleSupport.integer(rt, idx);
            if (i == null) {
                throw PyError.raise("TypeError", py2 ? "an integer is required"
                        : "'" + Ops.typeName(rt, idx) + "' object cannot be interpreted as an integer");
            }
            if (!(string instanceof PyStr || py2 && string instanceof PyBytes)) {
                throw PyError.raise("TypeError", "first argument must be a string, not " + Ops.typeName(rt, string));
            }
            if (i.signum() < 0) {
                throw PyError.raise("ValueError", "idx cannot be negative");
            }
            Text t = new Text(string, encoding);
            int start = i.bitLength() < 32 ? i.intValue() : Integer.MAX_VALUE;
            int[] next = new int[1];
            nesting = 0;
            PyObject v = scanOnce(t, start, next);
            return PyTuple.of(v, PyInt.of(next[0]));
        }

        private PyObject scanOnce(Text t, int idx, int[] next) {
            int[] s = t.c;
            int length = s.length;
            if (idx >= length) {
                throw stop(rt, idx);
            }
            switch (s[idx]) {
                case '"':
                    return scanstring(rt, t, idx + 1, strict, next);
                case '{':
                    enter(t, "object");
                    try {
                        return parseObject(t, idx + 1, next);
                    } finally {
                        nesting--;
                    }
                case '[':
                    enter(t, "array");
                    try {
                        return parseArray(t, idx + 1, next);
                    } finally {
                        nesting--;
                    }
                case 'n':
                    if (idx + 3 < length && matches(s, idx + 1, "ull")) {
                        next[0] = idx + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (idx + 3 < length && matches(s, idx + 1, "rue")) {
                        next[0] = idx + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (idx + 4 < length && matches(s, idx + 1, "alse")) {
                        next[0] = idx + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (idx + 2 < length && matches(s, idx + 1, "aN")) {
                        return constant("NaN", idx, next);
                    }
                    break;
                case 'I':
                    if (idx + 7 < length && matches(s, idx + 1, "nfinity")) {
                        return constant("Infinity", idx, next);
                    }
                    break;
                case '-':
                    if (idx + 8 < length && matches(s, idx + 1, "Infinity")) {
                        return constant("-Infinity", idx, next);
                    }
                    break;
                default:
                    break;
            }
            return number(t, idx, next);
        }

        /** Py_EnterRecursiveCall: nesting counts toward the recursion limit, with json's own words. */
        private void enter(Text t, String what) {
            if (rt.depth() + ++nesting > rt.recursionLimit()) {
                nesting--;
                throw PyError.raise(py2 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded while decoding a JSON "
                        + what + " from a " + (t.bytes ? "byte" : "unicode") + " string");
            }
        }

        private PyObject constant(String name, int idx, int[] next) {
            next[0] = idx + name.length();
            return Ops.call(rt, parseConstant, Strings.text(rt, name));
        }

        private static boolean matches(int[] s, int at, String word) {
            for (int k = 0; k < word.length(); k++) {
                if (s[at + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int skip(int[] s, int idx) {
            while (idx < s.length && whitespace(s[idx])) {
                idx++;
            }
            return idx;
        }

        private PyObject parseObject(Text t, int idx, int[] next) {
            int[] s = t.c;
            int endIdx = s.length - 1;
            List<PyObject[]> pairs = new ArrayList<>();
            idx = skip(s, idx);
            boolean loop = py2 ? idx <= endIdx && s[idx] != '}' : idx > endIdx || s[idx] != '}';
            if (loop) {
                while (!py2 || idx <= endIdx) {
                    if (idx > endIdx || s[idx] != '"') {
                        throw error(rt, py2 ? "Expecting property name" : "Expecting property name enclosed in double quotes", t.source, idx);
                    }
                    if (py2 && rt.depth() + nesting + 1 > rt.recursionLimit()) {
                        // 2.7 makes each key through a call (its codec), one level deeper than the object
                        throw PyError.raise("RuntimeError", "maximum recursion depth exceeded while calling a Python object");
                    }
                    PyObject key = scanstring(rt, t, idx + 1, strict, next);
                    idx = skip(s, next[0]);
                    if (idx > endIdx || s[idx] != ':') {
                        throw error(rt, py2 ? "Expecting : delimiter" : "Expecting ':' delimiter", t.source, idx);
                    }
                    idx = skip(s, idx + 1);
                    PyObject value = scanOnce(t, idx, next);
                    pairs.add(new PyObject[] {key, value});
                    idx = skip(s, next[0]);
                    if (py2 && idx > endIdx) {
                        break;
                    }
                    if (idx <= endIdx && s[idx] == '}') {
                        break;
                    }
                    if (idx > endIdx || s[idx] != ',') {
                        throw error(rt, py2 ? "Expecting , delimiter" : "Expecting ',' delimiter", t.source, idx);
                    }
                    idx = skip(s, idx + 1);
                }
            }
            if (py2 && (idx > endIdx || s[idx] != '}')) {
                throw error(rt, "Expecting object", t.source, endIdx);
            }
            next[0] = idx + 1;
            if (pairsHook != PyNone.NONE) {
                List<PyObject> items = new ArrayList<>();
                for (PyObject[] p : pairs) {
                    items.add(PyTuple.of(p[0], p[1]));
                }
                return Ops.call(rt, pairsHook, PyList.of(items));
            }
            PyDict d = PyDict.of(rt.lang, List.of());
            for (PyObject[] p : pairs) {
                d.put(p[0], p[1]);
            }
            return objectHook != PyNone.NONE ? Ops.call(rt, objectHook, d) : d;
        }

        private PyObject parseArray(Text t, int idx, int[] next) {
            int[] s = t.c;
            int endIdx = s.length - 1;
            List<PyObject> items = new ArrayList<>();
            idx = skip(s, idx);
            boolean loop = py2 ? idx <= endIdx && s[idx] != ']' : idx > endIdx || s[idx] != ']';
            if (loop) {
                while (!py2 || idx <= endIdx) {
                    items.add(scanOnce(t, idx, next));
                    idx = skip(s, next[0]);
                    if (py2 && idx > endIdx) {
                        break;
                    }
                    if (idx <= endIdx && s[idx] == ']') {
                        break;
                    }
                    if (idx > endIdx || s[idx] != ',') {
                        throw error(rt, py2 ? "Expecting , delimiter" : "Expecting ',' delimiter", t.source, idx);
                    }
                    idx = skip(s, idx + 1);
                }
            }
            if (py2 && (idx > endIdx || s[idx] != ']')) {
                throw error(rt, "Expecting object", t.source, endIdx);
            }
            next[0] = idx + 1;
            return PyList.of(items);
        }

        /** _match_number: an int, or a float with a fraction and/or exponent; no digits is StopIteration. */
        private PyObject number(Text t, int start, int[] next) {
            int[] s = t.c;
            int endIdx = s.length - 1;
            int idx = start;
            boolean isFloat = false;
            if (s[idx] == '-') {
                idx++;
                if (idx > endIdx) {
                    throw stop(rt, start);
                }
            }
            if (s[idx] >= '1' && s[idx] <= '9') {
                idx++;
                while (idx <= endIdx && digit(s[idx])) {
                    idx++;
                }
            } else if (s[idx] == '0') {
                idx++;
            } else {
                throw stop(rt, start);
            }
            if (idx < endIdx && s[idx] == '.' && digit(s[idx + 1])) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && digit(s[idx])) {
                    idx++;
                }
            }
            if (idx < endIdx && (s[idx] == 'e' || s[idx] == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (s[idx] == '-' || s[idx] == '+')) {
                    idx++;
                }
                while (idx <= endIdx && digit(s[idx])) {
                    idx++;
                }
                if (digit(s[idx - 1])) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            next[0] = idx;
            PyObject custom = isFloat ? (parseFloat != rt.types.float_ ? parseFloat : null) : (parseInt != rt.types.int_ ? parseInt : null);
            PyObject numstr = t.slice(rt, start, idx);
            if (custom != null) {
                return Ops.call(rt, custom, numstr);
            }
            String digits = numstr instanceof PyStr p ? p.value() : Strings.latin1(((PyBytes) numstr).bytes());
            if (isFloat) {
                return PyFloat.of(Double.parseDouble(digits));
            }
            BigInteger v = new BigInteger(digits);
            return v.bitLength() < 64 ? PyInt.of(v.longValue()) : PyInt.of(v);
        }

        private static boolean digit(int c) {
            return c >= '0' && c <= '9';
        }

        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "strict":
                    return strictObject;
                case "object_hook":
                    return objectHook;
                case "object_pairs_hook":
                    return pairsHook;
                case "parse_float":
                    return parseFloat;
                case "parse_int":
                    return parseInt;
                case "parse_constant":
                    return parseConstant;
                case "encoding":
                    return py2 ? encoding : null;
                default:
                    return null;
            }
        }

        @Override
        public String typeName(Language lang) {
            return "Scanner";
        }

        @Override
        public String repr(Language lang) {
            return "<_json.Scanner object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    // ---------------------------------------------------------------- the encoder

    /** {@code _json.Encoder}: called as {@code _iterencode(obj, _current_indent_level)}, it gives the JSON text's chunks. */
    static final class Encoder extends PyObject implements PyCallable, CustomAttributes {
        private final Runtime rt;
        private final boolean py2;
        private final PyObject markers;
        private final PyObject defaultFn;
        private final PyObject encoder;
        private final PyObject indent;
        private final PyObject keySeparator;
        private final PyObject itemSeparator;
        private final PyObject sortKeys;
        private final PyObject skipKeys;
        private final PyObject allowNan;
        private int nesting;

        Encoder(Runtime rt, PyObject[] a) {
            this.rt = rt;
            this.py2 = rt.lang.major() == 2;
            markers = a[0];
            defaultFn = a[1];
            encoder = a[2];
            indent = a[3];
            keySeparator = a[4];
            itemSeparator = a[5];
            sortKeys = a[6];
            skipKeys = a[7];
            allowNan = a[8];
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            PyObject obj = ModuleSupport.arg(a, kw, 0, "obj");
            PyObject level = ModuleSupport.arg(a, kw, 1, "_current_indent_level");
            if (obj == null || level == null || a.length > 2) {
                throw PyError.raise("TypeError", a.length > 2 ? "_iterencode() takes at most 2 arguments (" + a.length + " given)"
                        : obj == null ? "Required argument 'obj' (pos 1) not found" : "Required argument '_current_indent_level' (pos 2) not found");
            }
            if (ModuleSupport.integer(rt, level) == null) {
                throw PyError.raise("TypeError", py2 ? "an integer is required"
                        : "'" + Ops.typeName(rt, level) + "' object cannot be interpreted as an integer");
            }
            List<PyObject> chunks = new ArrayList<>();
            nesting = 0;
            encode(obj, chunks);
            if (py2) {
                return PyList.of(chunks); // 2.7 gives every piece; ''.join makes unicode of them if one is
            }
            StringBuilder sb = new StringBuilder();
            for (PyObject c : chunks) {
                sb.append(((PyStr) c).value());
            }
            List<PyObject> one = new ArrayList<>();
            one.add(PyStr.of(sb.toString()));
            return PyList.of(one);
        }

        private PyObject text(String s) {
            return Strings.text(rt, s);
        }

        private void encode(PyObject obj, List<PyObject> out) {
            if (obj == PyNone.NONE) {
                out.add(text("null"));
            } else if (obj == PyBool.TRUE) {
                out.add(text("true"));
            } else if (obj == PyBool.FALSE) {
                out.add(text("false"));
            } else if (obj instanceof PyStr || py2 && obj instanceof PyBytes) {
                out.add(encodeString(obj));
            } else if (obj instanceof PyInt i) {
                out.add(text(py2 ? Ops.str(rt, obj) : i.toBigInteger().toString()));
            } else if (obj instanceof PyFloat f) {
                out.add(text(encodeFloat(f)));
            } else if (obj instanceof PyList || obj instanceof PyTuple) {
                encodeList(obj, out);
            } else if (obj instanceof PyDict d) {
                encodeDict(d, out);
            } else {
                PyObject ident = mark(obj);
                PyObject replacement = Ops.call(rt, defaultFn, obj);
                enter();
                try {
                    encode(replacement, out);
                } finally {
                    nesting--;
                }
                unmark(ident);
            }
        }

        /** Py_EnterRecursiveCall(" while encoding a JSON object"). */
        private void enter() {
            if (rt.depth() + ++nesting > rt.recursionLimit()) {
                nesting--;
                throw PyError.raise(py2 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
            }
        }

        /** With circular checks on: the object's id in markers, or "Circular reference detected"; null when off. */
        private PyObject mark(PyObject obj) {
            if (markers == PyNone.NONE) {
                return null;
            }
            PyObject ident = Ops.call(rt, rt.builtins.get(rt.name("id")), obj);
            PyDict m = (PyDict) markers;
            if (m.get(ident) != null) {
                throw PyError.raise("ValueError", "Circular reference detected");
            }
            m.put(ident, obj);
            return ident;
        }

        private void unmark(PyObject ident) {
            if (ident != null) {
                ((PyDict) markers).remove(ident);
            }
        }

        private PyObject encodeString(PyObject s) {
            PyObject r = Ops.call(rt, encoder, s);
            if (!py2 && !(r instanceof PyStr)) {
                throw PyError.raise("TypeError", "encoder() must return a string, not " + Ops.typeName(rt, r));
            }
            return r;
        }

        private String encodeFloat(PyFloat f) {
            double v = f.value;
            if (Double.isInfinite(v) || Double.isNaN(v)) {
                if (!Ops.truth(rt, allowNan)) {
                    throw PyError.raise("ValueError", "Out of range float values are not JSON compliant");
                }
                return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
            }
            return Ops.repr(rt, PyFloat.of(v));
        }

        private void encodeList(PyObject seq, List<PyObject> out) {
            PyObject[] items = seq instanceof PyTuple t ? t.items() : ((PyList) seq).items().toArray(new PyObject[0]);
            if (items.length == 0) {
                out.add(text("[]"));
                return;
            }
            PyObject ident = mark(seq);
            out.add(text("["));
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.add(itemSeparator);
                }
                enter();
                try {
                    encode(items[i], out);
                } finally {
                    nesting--;
                }
            }
            unmark(ident);
            out.add(text("]"));
        }

        private void encodeDict(PyDict d, List<PyObject> out) {
            if (d.size() == 0) {
                out.add(text("{}"));
                return;
            }
            PyObject ident = mark(d);
            out.add(text("{"));
            PyObject items = Ops.callMethod(rt, d, py2 && !Ops.truth(rt, sortKeys) ? "iteritems" : "items");
            List<PyObject> pairs = Ops.toList(rt, items);
            if (Ops.truth(rt, sortKeys)) {
                PyList sorted = PyList.of(new ArrayList<>(pairs));
                Ops.callMethod(rt, sorted, "sort");
                pairs = sorted.items();
            }
            boolean first = true;
            for (PyObject pair : pairs) {
                List<PyObject> kv = Ops.toList(rt, pair);
                PyObject key = kv.get(0);
                PyObject value = kv.get(1);
                PyObject kstr;
                if (key instanceof PyStr || py2 && key instanceof PyBytes) {
                    kstr = key;
                } else if (key instanceof PyFloat f) {
                    kstr = text(encodeFloat(f));
                } else if (py2 && (key instanceof PyInt || key instanceof PyBool)) {
                    kstr = text(Ops.str(rt, key)); // 2.7 tests for int before the constants: False is "False"
                } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.NONE) {
                    kstr = text(key == PyBool.TRUE ? "true" : key == PyBool.FALSE ? "false" : "null");
                } else if (key instanceof PyInt i) {
                    kstr = text(i.toBigInteger().toString());
                } else if (Ops.truth(rt, skipKeys)) {
                    continue;
                } else {
                    throw PyError.raise("TypeError", rt.lang.minor() >= 7 && !py2
                            ? "keys must be str, int, float, bool or None, not " + Ops.typeName(rt, key) : "keys must be a string");
                }
                if (!first) {
                    out.add(itemSeparator);
                }
                first = false;
                out.add(encodeString(kstr));
                out.add(keySeparator);
                enter();
                try {
                    encode(value, out);
                } finally {
                    nesting--;
                }
            }
            unmark(ident);
            out.add(text("}"));
        }

        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "markers":
                    return markers;
                case "default":
                    return defaultFn;
                case "encoder":
                    return encoder;
                case "indent":
                    return indent;
                case "key_separator":
                    return keySeparator;
                case "item_separator":
                    return itemSeparator;
                case "sort_keys":
                    return sortKeys;
                case "skipkeys":
                    return skipKeys;
                default:
                    return null;
            }
        }

        @Override
        public String typeName(Language lang) {
            return "Encoder";
        }

        @Override
        public String repr(Language lang) {
            return "<_json.Encoder object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    // ---------------------------------------------------------------- encoders

    /**
     * The inside of a JSON string literal for {@code o}: {@code ascii} escapes every character outside ' '..'~'
     * (astral ones as surrogate pairs), else only quotes, backslashes and control characters. 2.7 also takes a
     * byte string, decoded as UTF-8 when it is not ASCII.
     */
    private static String escape(Runtime rt, PyObject o, boolean ascii) {
        int[] cps;
        if (o instanceof PyStr s) {
            cps = s.codePoints();
        } else if (o instanceof PyBytes b && rt.lang.major() == 2) {
            boolean plain = true;
            for (byte x : b.bytes()) {
                plain &= x >= 0;
            }
            if (plain) {
                cps = Strings.latin1(b.bytes()).codePoints().toArray();
            } else {
                PyObject u = Ops.callMethod(rt, o, "decode", Strings.text(rt, "utf-8"));
                cps = ((PyStr) u).codePoints();
            }
        } else {
            throw PyError.raise("TypeError", "first argument must be a string, not " + Ops.typeName(rt, o));
        }
        StringBuilder sb = new StringBuilder(cps.length + 8);
        for (int c : cps) {
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"' || !ascii && c > '~') {
                sb.appendCodePoint(c);
                continue;
            }
            switch (c) {
                case '\\':
                    sb.append("\\\\");
                    break;
                case '"':
                    sb.append("\\\"");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c >= 0x10000) {
                        int v = c - 0x10000;
                        hex(sb, 0xd800 | (v >> 10));
                        hex(sb, 0xdc00 | (v & 0x3ff));
                    } else {
                        hex(sb, c);
                    }
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int c) {
        sb.append("\\u");
        String h = Integer.toHexString(c);
        sb.append("0000", 0, 4 - h.length()).append(h);
    }
}
