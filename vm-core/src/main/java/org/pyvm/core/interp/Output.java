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

    void printExpr(PyObject v) {
        if (v != PyNone.NONE) {
            write(stream(null), Ops.repr(rt, v) + "\n");
        }
    }

    private void writeValue(PyObject s, PyObject v) {
        if (v instanceof PyBytes b && s instanceof PyStream ps) {
            ps.writeBytes(b.bytes());
            return;
        }
        write(s, Ops.str(rt, v));
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
