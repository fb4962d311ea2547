package org.pyvm.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/**
 * The docstrings of the builtins as CPython X.Y has them ({@code len.__doc__}, {@code int.__doc__},
 * {@code str.upper.__doc__}, {@code ValueError.__doc__}): tables read from each interpreter ({@code builtin-docs-X.Y.txt},
 * and {@code exception-docs-py2.txt} or {@code -py3.txt} for the exception classes), loaded the first time a program
 * asks for one, so that starting a program reads neither (the exception table alone was 1-3 ms of every start). What
 * the tables do not name has none (None), as pyvm's other builtins.
 */
final class BuiltinDocs {
    private final Map<String, String> docs = new HashMap<>();

    private BuiltinDocs(Runtime rt) {
        read("/org/pyvm/core/runtime/builtin-docs-" + rt.lang.major() + "." + rt.lang.minor() + ".txt");
        read("/org/pyvm/core/runtime/exception-docs-py" + rt.lang.major() + ".txt");
    }

    /** Adds a table's lines (name or type.method, a tab, the text) to {@link #docs}; a table missing from the jar adds none. */
    private void read(String resource) {
        try (InputStream in = BuiltinDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    docs.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The __doc__ of a builtin function or method, or None (a class of the builtins module has its own in its dict: {@link #load}). */
    static PyObject of(Runtime rt, PyObject o) {
        String key = null;
        if (o instanceof PyBuiltinFunction f) {
            PyObject self = f.self();
            if (self == null) {
                key = rt.builtins.get(rt.name(f.name())) == o ? f.name() : null; // a function of builtins, not of another module
            } else {
                // 'x'.upper: str.upper's; dict.fromkeys, a class method bound to its class: the class's own
                PyType t = self instanceof PyType c && c.builtin ? c : firstBuiltin(rt.types.of(self));
                key = t != null ? t.name(rt.lang) + "." + f.name() : null;
            }
        } else if (o instanceof PyMethodDescriptor m && m.owner() != null) {
            key = m.owner().name(rt.lang) + "." + m.name();
        }
        String doc = key == null ? null : rt.builtinDocs().docs.get(key);
        return doc == null ? PyNone.NONE : Strings.text(rt, doc);
    }

    /** The builtin a class is, or derives from first along its MRO (a str subclass's methods are str's). */
    private static PyType firstBuiltin(PyType t) {
        for (PyType k : t.mro()) {
            if (k.builtin) {
                return k;
            }
        }
        return null;
    }

    /** Made once per runtime, when the first docstring is asked for. */
    /**
     * The tables, read now; and each class of the builtins module gets its docstring (or None) in its own dict, as
     * CPython's types carry theirs (tp_doc): {@code int.__dict__['__doc__']}, and {@code (1).__doc__} found along the
     * instance's MRO at int, not at object.
     */
    static BuiltinDocs load(Runtime rt) {
        BuiltinDocs d = new BuiltinDocs(rt);
        for (PyObject name : rt.builtins.keys()) {
            if (rt.builtins.get(name) instanceof PyType t && t.builtin && !t.classic && t.dict.get("__doc__") == null) {
                String doc = d.docs.get(t.name(rt.lang));
                t.dict.put("__doc__", doc == null ? PyNone.NONE : Strings.text(rt, doc));
            }
        }
        return d;
    }
}
