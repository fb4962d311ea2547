package org.pyvm.cli.trace;

import java.util.List;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.interp.PyFunction;
import org.pyvm.core.interp.PyGenerator;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * A short summary of a value for the trace, made without running any Python code: a user's
 * {@code __repr__} could print, mutate state or raise, and the trace must not change what the
 * program does. Numbers, strings, bytes and the builtin containers show their repr (shortened);
 * instances of classes show only their class ({@code <C object>}), as do exceptions with their
 * args; functions, generators, classes, code and modules show their name. No addresses, so two
 * traces of one program are the same text.
 */
public final class SafeRepr {
    /** Containers show at most this many items, then {@code ...}. */
    private static final int MAX_ITEMS = 8;
    /** Nested containers deeper than this show {@code ...}. */
    private static final int MAX_NESTING = 3;

    private final Language lang;
    private final int width;

    /** Summaries for code of {@code lang}, each at most {@code width} characters (at least 8). */
    public SafeRepr(Language lang, int width) {
        this.lang = lang;
        this.width = Math.max(8, width);
    }

    public String of(PyObject v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v, 0);
        if (sb.length() > width) {
            sb.setLength(width - 3);
            sb.append("...");
        }
        return sb.toString();
    }

    private void append(StringBuilder sb, PyObject v, int nesting) {
        if (sb.length() > width) {
            return; // it will be cut anyway: stop early, whatever the value's size
        }
        if (v == null) {
            sb.append("NULL"); // 3.11's PUSH_NULL
        } else if (v instanceof PyNone || v instanceof PyBool || v instanceof PyFloat || v instanceof PyComplex
                || v instanceof PyEllipsis || v instanceof PyNotImplemented) {
            sb.append(v.repr(lang));
        } else if (v instanceof PyInt i) {
            // a huge int's decimal form costs quadratic time: summarise it instead
            sb.append(i.big != null && i.big.bitLength() > 4096 ? "<int of " + i.big.bitLength() + " bits>" : i.repr(lang));
        } else if (v instanceof PyStr s) {
            sb.append(s.length() > width ? s.substring(0, width).repr(lang) + "..." : s.repr(lang));
        } else if (v instanceof PyBytes b) {
            byte[] bytes = b.bytes();
            sb.append(bytes.length > width ? PyBytes.of(java.util.Arrays.copyOf(bytes, width)).repr(lang) + "..." : b.repr(lang));
        } else if (v instanceof PyTuple t) {
            items(sb, "(", java.util.Arrays.asList(t.items()), t.size() == 1 ? ",)" : ")", nesting);
        } else if (v instanceof PyList l) {
            items(sb, "[", l.items(), "]", nesting);
        } else if (v instanceof PySet s) {
            set(sb, "set", s.size(), s.size() <= MAX_ITEMS * 4 ? s.items() : null, nesting);
        } else if (v instanceof PyFrozenSet s) {
            set(sb, "frozenset", s.size(), s.size() <= MAX_ITEMS * 4 ? s.items() : null, nesting);
        } else if (v instanceof PyDict d) {
            dict(sb, d, nesting);
        } else if (v instanceof PyBaseException e) {
            sb.append(e.type().name(lang));
            items(sb, "(", e.args == null ? List.of() : java.util.Arrays.asList(e.args.items()), ")", nesting);
        } else if (v instanceof PyInstance inst) {
            sb.append('<').append(inst.type().name(lang)).append(inst.type().classic ? " instance>" : " object>");
        } else if (v instanceof PyType t) {
            sb.append("<class '").append(t.name(lang)).append("'>");
        } else if (v instanceof PyFunction f) {
            sb.append("<function ").append(f.qualname()).append('>');
        } else if (v instanceof PyGenerator g) {
            sb.append('<').append(g.typeName(lang)).append('>');
        } else if (v instanceof CodeObject c) {
            sb.append("<code object ").append(c.name).append('>');
        } else if (v instanceof PyModule m) {
            sb.append("<module '").append(m.name).append("'>");
        } else if (v instanceof PyBuiltinFunction b) {
            sb.append("<built-in function ").append(b.name()).append('>');
        } else {
            sb.append('<').append(v.typeName(lang)).append(" object>");
        }
    }

    private void items(StringBuilder sb, String open, List<PyObject> items, String close, int nesting) {
        if (nesting >= MAX_NESTING && !items.isEmpty()) {
            sb.append(open).append("...").append(close);
            return;
        }
        sb.append(open);
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            if (k == MAX_ITEMS || sb.length() > width) {
                sb.append("...");
                break;
            }
            append(sb, items.get(k), nesting + 1);
        }
        sb.append(close);
    }

    private void set(StringBuilder sb, String name, int size, List<PyObject> items, int nesting) {
        boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
        if (items == null) {
            sb.append('<').append(name).append(" of ").append(size).append(" items>");
        } else if (py2) {
            items(sb, name + "([", items, "])", nesting);
        } else if (items.isEmpty()) {
            sb.append(name).append("()");
        } else {
            items(sb, name.equals("set") ? "{" : name + "({", items, name.equals("set") ? "}" : "})", nesting);
        }
    }

    /** Keys whose hash and equality are the VM's own, never a class's {@code __hash__}/{@code __eq__}. */
    private static boolean hashesWithoutPythonCode(PyObject key) {
        return key instanceof PyStr || key instanceof PyInt || key instanceof PyBool || key instanceof PyFloat
                || key instanceof PyNone || key instanceof PyBytes;
    }

    private void dict(StringBuilder sb, PyDict d, int nesting) {
        if (d.size() > MAX_ITEMS * 4) {
            sb.append("<dict of ").append(d.size()).append(" items>");
            return;
        }
        if (nesting >= MAX_NESTING && d.size() > 0) {
            sb.append("{...}");
            return;
        }
        sb.append('{');
        int k = 0;
        for (PyObject key : d.keys()) {
            if (k > 0) {
                sb.append(", ");
            }
            if (k == MAX_ITEMS || sb.length() > width) {
                sb.append("...");
                break;
            }
            append(sb, key, nesting + 1);
            sb.append(": ");
            if (hashesWithoutPythonCode(key)) {
                append(sb, d.get(key), nesting + 1);
            } else {
                sb.append("..."); // looking it up would hash the key, which may call the class's __hash__
            }
            k++;
        }
        sb.append('}');
    }
}
