package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.PyStream;
import org.pyvm.core.runtime.Runtime;

/** 2.7's print statement (PRINT_ITEM, PRINT_NEWLINE and softspace) and the interactive PRINT_EXPR. */
final class Output {
    private final Runtime rt;

    Output(Runtime rt) {
        this.rt = rt;
    }

    /** The stream {@code print} writes to: {@code to}, or sys.stdout. */
    private PyObject stream(PyObject to) {
        if (to != null && to != PyNone.NONE) {
            return to;
        }
        return Sys.stdoutObject(rt);
    }

    void printItem(PyObject v, PyObject to) {
        PyObject s = stream(to);
        if (softspace(s)) {
            write(s, " ");
        }
        writeValue(s, v);
        boolean endsInSpace = false;
        if (v instanceof PyBytes b) {
            byte[] x = b.bytes();
            endsInSpace = x.length > 0 && Character.isWhitespace(x[x.length - 1]) && x[x.length - 1] != ' ';
        } else if (v instanceof PyStr t) {
            String x = t.value();
            endsInSpace = !x.isEmpty() && Character.isWhitespace(x.charAt(x.length() - 1)) && x.charAt(x.length() - 1) != ' ';
        }
        setSoftspace(s, !endsInSpace);
    }

    void printNewline(PyObject to) {
        PyObject s = stream(to);
        write(s, "\n");
        setSoftspace(s, false);
    }

    /**
     * Py_FlushLine: a print statement that ended in a comma left sys.stdout's softspace set; its line ends with
     * "\n" now. 2.7 does this when the main module finishes, before the traceback of an uncaught exception, on
     * SystemExit and after sys.exitfunc, so a program's output never ends inside such a line. What the write
     * raises is dropped, as there.
     */
    void flushLine() {
        try {
            PyObject s = stream(null);
            if (softspace(s)) {
                setSoftspace(s, false);
                write(s, "\n");
            }
        } catch (org.pyvm.core.objects.PyError ignored) {
            // PyErr_Clear
        }
    }

    void printExpr(PyObject v) {
        if (v != PyNone.NONE) {
            write(stream(null), Ops.repr(rt, v) + "\n");
        }
    }

    private void writeValue(PyObject s, PyObject v) {
        // string_print hands a subclass of str to PyObject_Str first: its own __str__ says what is printed
        boolean subclass = v instanceof org.pyvm.core.objects.UserSubclass;
        if (v instanceof PyBytes b && !subclass && s instanceof PyStream ps) {
            ps.writeBytes(b.bytes());
            return;
        }
        if (s instanceof PyStream ps && isPrintedInParts(v)) {
            writeParts(ps, v, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            return;
        }
        if (v instanceof PyStr t) {
            if (s instanceof PyStream ps) {
                ps.writeText(t.value()); // the file's encoding
            } else {
                Ops.call(rt, Ops.getattr(rt, s, "write"), v); // PyFile_WriteObject hands other objects the unicode itself
            }
            return;
        }
        PyObject text = v instanceof PyBytes && !subclass ? v : Ops.str27(rt, v);
        if (text instanceof PyStr u) {
            // a __str__ returning unicode: PyObject_Str encodes it as ASCII
            text = PyBytes.of(org.pyvm.core.builtins.Builtins.encodeAscii27(rt, u.value()));
        }
        if (s instanceof PyStream ps) {
            ps.writeBytes(((PyBytes) text).bytes());
        } else {
            Ops.call(rt, Ops.getattr(rt, s, "write"), text);
        }
    }

    /**
     * 2.7 prints lists, tuples, dicts and sets to a real file piece by piece (their tp_print), so an item whose
     * repr fails leaves what came before it written, as {@code [1, } before the traceback.
     */
    private static boolean isPrintedInParts(PyObject v) {
        Class<?> c = v.getClass();
        return c == org.pyvm.core.objects.PyList.class || c == org.pyvm.core.objects.PyTuple.class
                || c == org.pyvm.core.objects.PyDict.class || c == org.pyvm.core.objects.PySet.class
                || c == org.pyvm.core.objects.PyFrozenSet.class;
    }

    private void writeParts(PyStream ps, PyObject v, java.util.Set<PyObject> inProgress) {
        if (!isPrintedInParts(v)) {
            ps.write(Ops.repr(rt, v));
            return;
        }
        if (!inProgress.add(v)) {
            ps.write(v instanceof org.pyvm.core.objects.PyDict ? "{...}" : v instanceof org.pyvm.core.objects.PyList ? "[...]" : "(...)");
            return;
        }
        try {
            writeItems(ps, v, inProgress);
        } finally {
            inProgress.remove(v);
        }
    }

    private void writeItems(PyStream ps, PyObject v, java.util.Set<PyObject> inProgress) {
        java.util.List<PyObject> items;
        String open;
        String close;
        if (v instanceof org.pyvm.core.objects.PyList l) {
            items = l.items();
            open = "[";
            close = "]";
        } else if (v instanceof org.pyvm.core.objects.PyTuple t) {
            items = java.util.List.of(t.items());
            open = "(";
            close = t.size() == 1 ? ",)" : ")";
        } else if (v instanceof org.pyvm.core.objects.PyDict d) {
            ps.write("{");
            boolean first = true;
            for (PyObject k : d.keys()) {
                ps.write(first ? "" : ", ");
                first = false;
                writeParts(ps, k, inProgress);
                ps.write(": ");
                writeParts(ps, d.get(k), inProgress);
            }
            ps.write("}");
            return;
        } else {
            items = v instanceof org.pyvm.core.objects.PySet s ? s.items() : ((org.pyvm.core.objects.PyFrozenSet) v).items();
            open = (v instanceof org.pyvm.core.objects.PySet ? "set" : "frozenset") + "([";
            close = "])"; // 2.7 shows an empty one as set([]) too
        }
        ps.write(open);
        for (int i = 0; i < items.size(); i++) {
            ps.write(i == 0 ? "" : ", ");
            writeParts(ps, items.get(i), inProgress);
        }
        ps.write(close);
    }

    private void write(PyObject s, String text) {
        if (s instanceof PyStream ps) {
            ps.write(text);
        } else {
            Ops.call(rt, Ops.getattr(rt, s, "write"), org.pyvm.core.runtime.Strings.text(rt, text));
        }
    }

    private boolean softspace(PyObject s) {
        if (s instanceof PyStream ps) {
            return ps.softspace;
        }
        PyObject v = Ops.getattrOrNull(rt, s, "softspace");
        return v != null && Ops.truth(rt, v);
    }

    private void setSoftspace(PyObject s, boolean on) {
        if (s instanceof PyStream ps) {
            ps.softspace = on;
        } else {
            try {
                Ops.setattr(rt, s, "softspace", org.pyvm.core.objects.PyInt.of(on ? 1 : 0));
            } catch (org.pyvm.core.objects.PyError e) {
                // objects without attributes simply have no softspace
            }
        }
    }
}
