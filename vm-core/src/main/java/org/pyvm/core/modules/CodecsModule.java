package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code _codecs} (C in CPython), as far as codecs.py and the encodings package use it: the codec registry
 * (register, lookup, encode, decode; the first lookup imports {@code encodings}, which registers its search
 * function, as CPython does), the error-handler registry with the standard handlers, and the stateless
 * encode/decode functions of the codecs the builtins implement (utf-8, latin-1, ascii, utf-16, utf-32, the
 * escape codecs, charmap). Each returns (result, length consumed), the contract encodings' modules rely on.
 */
public final class CodecsModule {
    private CodecsModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        ModuleBuilder m = new ModuleBuilder(rt, "_codecs");
        List<PyObject> searchFunctions = new ArrayList<>();
        Map<String, PyObject> cache = new LinkedHashMap<>();
        Map<String, PyObject> errorHandlers = new LinkedHashMap<>();
        boolean[] encodingsImported = {false};
        m.def("register", (a, kw) -> {
            if (a.length != 1 || !(a[0] instanceof PyCallable) && rt.types.of(a[0]).lookup("__call__") == null) {
                throw PyError.raise("TypeError", "argument must be callable");
            }
            searchFunctions.add(a[0]);
            return PyNone.NONE;
        });
        if (!py2 && rt.lang.minor() >= 10) {
            m.def("unregister", (a, kw) -> {
                searchFunctions.removeIf(f -> f == a[0]);
                cache.clear();
                return PyNone.NONE;
            });
        }
        PyCallable lookup = (a, kw) -> {
            String name = text(rt, a, 0, "lookup");
            if (!encodingsImported[0]) {
                encodingsImported[0] = true;
                try {
                    Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "encodings"));
                } catch (PyError e) {
                    if (!org.pyvm.core.runtime.Exceptions.is(rt, e, "ImportError")) {
                        throw e;
                    }
                }
            }
            String key = normalize(rt, name);
            PyObject hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
            if (searchFunctions.isEmpty()) {
                throw PyError.raise("LookupError", "no codec search functions registered: can't find encoding");
            }
            for (PyObject f : new ArrayList<>(searchFunctions)) {
                PyObject r = Ops.call(rt, f, Strings.text(rt, key));
                if (r == PyNone.NONE) {
                    continue;
                }
                if (!(r instanceof PyTuple t) || t.items().length != 4) {
                    throw PyError.raise("TypeError", "codec search functions must return 4-tuples");
                }
                cache.put(key, r);
                return r;
            }
            throw PyError.raise("LookupError", "unknown encoding: " + name);
        };
        m.def("lookup", lookup);
        m.def("encode", (a, kw) -> transcode(rt, lookup, a, kw, 0));
        m.def("decode", (a, kw) -> transcode(rt, lookup, a, kw, 1));
        if (!py2) {
            m.def("_forget_codec", (a, kw) -> {
                cache.remove(normalize(rt, text(rt, a, 0, "_forget_codec")));
                return PyNone.NONE;
            });
        }
        standardErrorHandlers(rt, errorHandlers);
        m.def("register_error", (a, kw) -> {
            if (a.length != 2 || !(a[1] instanceof PyCallable) && rt.types.of(a[1]).lookup("__call__") == null) {
                throw PyError.raise("TypeError", "handler must be callable");
            }
            errorHandlers.put(text(rt, a, 0, "register_error"), a[1]);
            return PyNone.NONE;
        });
        m.def("lookup_error", (a, kw) -> {
            String name = text(rt, a, 0, "lookup_error");
            PyObject h = errorHandlers.get(name);
            if (h == null) {
                throw PyError.raise("LookupError", "unknown error handler name '" + name + "'");
            }
            return h;
        });
        for (String[] codec : new String[][] {{"utf_8", "utf-8"}, {"latin_1", "latin-1"}, {"ascii", "ascii"}, {"utf_16", "utf-16"},
            {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32", "utf-32"}, {"utf_32_le", "utf-32-le"},
            {"utf_32_be", "utf-32-be"}, {"unicode_escape", "unicode-escape"}, {"raw_unicode_escape", "raw-unicode-escape"}}) {
            String enc = codec[1];
            m.def(codec[0] + "_encode", (a, kw) -> {
                PyObject s = a.length > 0 ? a[0] : null;
                if (py2 && s instanceof PyBytes b) {
                    s = Ops.callMethod(rt, b, "decode", Strings.text(rt, "ascii")); // 2.7 coerces str to unicode first
                }
                if (!(s instanceof PyStr str)) {
                    throw PyError.raise("TypeError", (py2 ? "coercing to Unicode: need string or buffer, " : codec[0] + "_encode() argument 1 must be str, not ")
                            + (s == null ? "nothing" : Ops.typeName(rt, s)) + (py2 ? " found" : ""));
                }
                PyObject out = Ops.callMethod(rt, str, "encode", Strings.text(rt, enc), errors(rt, a, 1));
                return PyTuple.of(out, PyInt.of(str.length()));
            });
            m.def(codec[0] + "_decode", (a, kw) -> {
                byte[] data = bytesOf(rt, a.length > 0 ? a[0] : null, codec[0] + "_decode");
                boolean fin = a.length < 3 || Ops.truth(rt, a[2]);
                int n = data.length;
                if (!fin && enc.equals("utf-8")) {
                    n = completeUtf8(data);
                }
                byte[] used = n == data.length ? data : java.util.Arrays.copyOf(data, n);
                PyObject out = Ops.callMethod(rt, PyBytes.of(used), "decode", Strings.text(rt, enc), errors(rt, a, 1));
                return PyTuple.of(out, PyInt.of(n));
            });
        }
        m.def("escape_decode", (a, kw) -> {
            byte[] data = a.length > 0 && a[0] instanceof PyStr s ? s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : bytesOf(rt, a.length > 0 ? a[0] : null, "escape_decode");
            String text = Strings.latin1(data);
            PyObject decoded = Ops.callMethod(rt, PyBytes.of(data), "decode", Strings.text(rt, "unicode-escape"));
            String s = ((PyStr) decoded).value();
            byte[] out = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0xff) {
                    throw PyError.raise("ValueError", "invalid \\x escape");
                }
                out[i] = (byte) s.charAt(i);
            }
            return PyTuple.of(PyBytes.of(out), PyInt.of(text.length()));
        });
        m.def("escape_encode", (a, kw) -> {
            byte[] data = bytesOf(rt, a.length > 0 ? a[0] : null, "escape_encode");
            return PyTuple.of(PyBytes.of(Strings.stringEscape(data).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), PyInt.of(data.length));
        });
        m.def("charmap_build", (a, kw) -> {
            String table = ((PyStr) a[0]).value();
            PyDict map = PyDict.of(rt.lang, List.of());
            int[] cps = table.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                map.put(PyInt.of(cps[i]), PyInt.of(i));
            }
            return map;
        });
        m.def("charmap_decode", (a, kw) -> {
            byte[] data = bytesOf(rt, a.length > 0 ? a[0] : null, "charmap_decode");
            PyObject mapping = a.length > 2 ? a[2] : PyNone.NONE;
            if (mapping == PyNone.NONE) {
                return PyTuple.of(Ops.callMethod(rt, PyBytes.of(data), "decode", Strings.text(rt, "latin-1")), PyInt.of(data.length));
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.length; i++) {
                int c = data[i] & 0xff;
                PyObject v;
                if (mapping instanceof PyStr s) {
                    v = c < s.length() ? PyStr.of(new String(Character.toChars(s.codePointAt(c)))) : null;
                } else {
                    v = ((PyDict) mapping).get(PyInt.of(c));
                }
                if (v instanceof PyInt n) {
                    sb.appendCodePoint((int) n.small);
                } else if (v instanceof PyStr s && !s.value().equals("\ufffe")) {
                    sb.append(s.value());
                } else if (!"ignore".equals(errorName(rt, a, 1))) {
                    if ("replace".equals(errorName(rt, a, 1))) {
                        sb.append('\ufffd');
                    } else {
                        throw PyError.raiseArgs("UnicodeDecodeError", Strings.text(rt, "charmap"), PyBytes.of(data), PyInt.of(i),
                                PyInt.of(i + 1), Strings.text(rt, "character maps to <undefined>"));
                    }
                }
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(data.length));
        });
        m.def("charmap_encode", (a, kw) -> {
            PyStr s = (PyStr) a[0];
            PyObject mapping = a.length > 2 ? a[2] : PyNone.NONE;
            if (mapping == PyNone.NONE) {
                return PyTuple.of(Ops.callMethod(rt, s, "encode", Strings.text(rt, "latin-1"), errors(rt, a, 1)), PyInt.of(s.length()));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int[] cps = s.codePoints();
            for (int i = 0; i < cps.length; i++) {
                PyObject v = ((PyDict) mapping).get(PyInt.of(cps[i]));
                if (v instanceof PyInt n) {
                    out.write((int) n.small);
                } else if (v instanceof PyBytes b) {
                    out.writeBytes(b.bytes());
                } else if (!"ignore".equals(errorName(rt, a, 1))) {
                    if ("replace".equals(errorName(rt, a, 1))) {
                        out.write('?');
                    } else {
                        throw PyError.raiseArgs("UnicodeEncodeError", Strings.text(rt, "charmap"), s, PyInt.of(i), PyInt.of(i + 1),
                                Strings.text(rt, "character maps to <undefined>"));
                    }
                }
            }
            return PyTuple.of(PyBytes.of(out.toByteArray()), PyInt.of(cps.length));
        });
        return m.build();
    }

    /** codecs.encode/decode(obj, encoding='utf-8', errors='strict'): through the registry. */
    private static PyObject transcode(Runtime rt, PyCallable lookup, PyObject[] a, String[] kw, int which) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        PyObject obj = a.length > 0 ? a[0] : null;
        PyObject encoding = npos > 1 ? a[1] : Strings.text(rt, rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "ascii" : "utf-8");
        PyObject errors = npos > 2 ? a[2] : Strings.text(rt, "strict");
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (kw[k].equals("encoding")) {
                encoding = a[npos + k];
            } else if (kw[k].equals("errors")) {
                errors = a[npos + k];
            } else if (kw[k].equals("obj")) {
                obj = a[npos + k];
            }
        }
        if (obj == null) {
            throw PyError.raise("TypeError", (which == 0 ? "encode" : "decode") + "() missing required argument 'obj' (pos 1)");
        }
        PyTuple info = (PyTuple) lookup.call(new PyObject[] {encoding}, null);
        PyObject r = Ops.call(rt, info.items()[which], obj, errors);
        if (!(r instanceof PyTuple t) || t.items().length != 2) {
            throw PyError.raise("TypeError", (which == 0 ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        return t.items()[0];
    }

    /** The registry's spelling of an encoding name: before 3.9 lower case with spaces as hyphens; after, CPython's normalisation. */
    static String normalize(Runtime rt, String name) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES) || rt.lang.minor() < 9) {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
        return Strings.encodingKey(name);
    }

    /** The length of the longest prefix of {@code data} that does not end inside a UTF-8 sequence. */
    static int completeUtf8(byte[] data) {
        int n = data.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int b = data[n - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue; // a continuation byte: look further back for its lead
            }
            int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    private static String text(Runtime rt, PyObject[] a, int i, String fn) {
        if (a.length <= i) {
            throw PyError.raise("TypeError", fn + "() takes at least " + (i + 1) + " argument (" + a.length + " given)");
        }
        if (a[i] instanceof PyStr s) {
            return s.value();
        }
        if (a[i] instanceof PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", fn + "() argument " + (i + 1) + " must be str, not " + Ops.argumentTypeName(rt, a[i]));
    }

    private static PyObject errors(Runtime rt, PyObject[] a, int i) {
        return a.length > i && a[i] != PyNone.NONE ? a[i] : Strings.text(rt, "strict");
    }

    private static String errorName(Runtime rt, PyObject[] a, int i) {
        PyObject e = errors(rt, a, i);
        return e instanceof PyStr s ? s.value() : e instanceof PyBytes b ? Strings.latin1(b.bytes()) : "strict";
    }

    private static byte[] bytesOf(Runtime rt, PyObject o, String fn) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o == null) {
            throw PyError.raise("TypeError", fn + "() takes at least 1 argument (0 given)");
        }
        if (o instanceof PyStr && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("TypeError", "a bytes-like object is required, not 'str'");
        }
        if (o instanceof PyStr s) {
            return ((PyBytes) Ops.callMethod(rt, s, "encode", Strings.text(rt, "ascii"))).bytes(); // 2.7 unicode: its ASCII
        }
        PyObject b = Ops.call(rt, rt.types.bytes, o); // bytearray, memoryview: their bytes
        return ((PyBytes) b).bytes();
    }

    /** strict, ignore, replace, backslashreplace, xmlcharrefreplace (and 3.x namereplace) as the handlers codecs.py looks up. */
    private static void standardErrorHandlers(Runtime rt, Map<String, PyObject> handlers) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        handlers.put("strict", new PyBuiltinFunction("strict_errors", (a, kw) -> {
            if (a.length == 1 && a[0] instanceof org.pyvm.core.objects.PyBaseException) {
                throw PyError.of(a[0]);
            }
            throw PyError.raise("TypeError", "codec must pass exception instance");
        }));
        handlers.put("ignore", new PyBuiltinFunction("ignore_errors", (a, kw) -> PyTuple.of(PyStr.of(""), end(rt, a, "ignore"))));
        handlers.put("replace", new PyBuiltinFunction("replace_errors", (a, kw) -> {
            PyObject end = end(rt, a, "replace");
            int n = (int) (((PyInt) end).small - ((PyInt) Ops.getattr(rt, a[0], "start")).small);
            String one = isA(rt, a[0], "UnicodeEncodeError") ? "?" : "\ufffd";
            return PyTuple.of(PyStr.of(one.repeat(Math.max(0, isA(rt, a[0], "UnicodeDecodeError") ? 1 : n))), end);
        }));
        handlers.put("backslashreplace", new PyBuiltinFunction("backslashreplace_errors", (a, kw) -> {
            PyObject end = end(rt, a, "backslashreplace");
            return PyTuple.of(PyStr.of(escapes(rt, a[0], false)), end);
        }));
        handlers.put("xmlcharrefreplace", new PyBuiltinFunction("xmlcharrefreplace_errors", (a, kw) -> {
            PyObject end = end(rt, a, "xmlcharrefreplace");
            return PyTuple.of(PyStr.of(escapes(rt, a[0], true)), end);
        }));
        if (!py2) {
            handlers.put("namereplace", new PyBuiltinFunction("namereplace_errors", (a, kw) -> {
                PyObject end = end(rt, a, "namereplace");
                int[] cps = ((PyStr) Ops.getattr(rt, a[0], "object")).codePoints();
                int start = (int) ((PyInt) Ops.getattr(rt, a[0], "start")).small;
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < ((PyInt) end).small; i++) {
                    String name = Character.getName(cps[i]);
                    sb.append(name != null ? "\\N{" + name + "}" : cps[i] < 0x100 ? String.format("\\x%02x", cps[i])
                            : cps[i] < 0x10000 ? String.format("\\u%04x", cps[i]) : String.format("\\U%08x", cps[i]));
                }
                return PyTuple.of(PyStr.of(sb.toString()), end);
            }));
        }
    }

    private static boolean isA(Runtime rt, PyObject exc, String type) {
        return rt.types.of(exc).isSubtypeOf(rt.types.exceptions.get(type));
    }

    private static PyObject end(Runtime rt, PyObject[] a, String handler) {
        if (a.length != 1 || !isA(rt, a[0], "UnicodeError")) {
            throw PyError.raise("TypeError", "don't know how to handle " + (a.length == 0 ? "nothing" : Ops.typeName(rt, a[0]))
                    + " in error callback");
        }
        return Ops.getattr(rt, a[0], "end");
    }

    private static String escapes(Runtime rt, PyObject exc, boolean xml) {
        int start = (int) ((PyInt) Ops.getattr(rt, exc, "start")).small;
        int end = (int) ((PyInt) Ops.getattr(rt, exc, "end")).small;
        PyObject obj = Ops.getattr(rt, exc, "object");
        StringBuilder sb = new StringBuilder();
        if (obj instanceof PyBytes b) {
            for (int i = start; i < end; i++) {
                sb.append(String.format("\\x%02x", b.bytes()[i] & 0xff));
            }
            return sb.toString();
        }
        int[] cps = ((PyStr) obj).codePoints();
        for (int i = start; i < end; i++) {
            int c = cps[i];
            if (xml) {
                sb.append("&#").append(c).append(';');
            } else {
                sb.append(c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }
}
