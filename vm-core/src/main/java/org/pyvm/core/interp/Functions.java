package org.pyvm.core.interp;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.NeutralOp;

/** MAKE_FUNCTION in its three versions' shapes. */
final class Functions {
    private Functions() {
    }

    static PyFunction make(Interpreter in, Frame f, NeutralOp kind, int arg) {
        if (kind == NeutralOp.MAKE_FUNCTION_DEFAULTS || kind == NeutralOp.MAKE_CLOSURE) {
            CodeObject code = (CodeObject) f.pop();
            PyCell[] closure = kind == NeutralOp.MAKE_CLOSURE ? cells((PyTuple) f.pop()) : null;
            PyObject[] defaults = arg > 0 ? Interpreter.popN(f, arg) : null;
            return new PyFunction(in, code, f.globals, code.name, defaults, null, closure);
        }
        String qualname = null;
        if (kind == NeutralOp.MAKE_FUNCTION_QUALNAME) {
            PyObject q = f.pop();
            qualname = q instanceof PyStr s ? s.value() : null;
        }
        CodeObject code = (CodeObject) f.pop();
        PyCell[] closure = (arg & 8) != 0 ? cells((PyTuple) f.pop()) : null;
        PyObject annotations = (arg & 4) != 0 ? f.pop() : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) f.pop() : null;
        PyObject[] defaults = (arg & 1) != 0 ? ((PyTuple) f.pop()).items() : null;
        PyFunction fn = new PyFunction(in, code, f.globals, qualname != null ? qualname : code.qualname, defaults, kwdefaults, closure);
        if (annotations instanceof PyTuple pairs) {
            // 3.10+: a flat tuple of name, value, name, value...
            PyDict d = PyDict.of(in.rt.lang, java.util.List.of());
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                d.put(pairs.get(i), pairs.get(i + 1));
            }
            annotations = d;
        }
        if (annotations != null) {
            fn.attributes.put("__annotations__", annotations);
        }
        return fn;
    }

    private static PyCell[] cells(PyTuple t) {
        PyCell[] c = new PyCell[t.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (PyCell) t.get(i);
        }
        return c;
    }
}
