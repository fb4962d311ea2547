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

    /** How many values MAKE_FUNCTION of this kind and argument takes off the stack (the code object included). */
    static int operands(NeutralOp kind, int arg) {
        if (kind == NeutralOp.MAKE_FUNCTION_DEFAULTS || kind == NeutralOp.MAKE_CLOSURE) {
            return 1 + (kind == NeutralOp.MAKE_CLOSURE ? 1 : 0) + arg;
        }
        return 1 + (kind == NeutralOp.MAKE_FUNCTION_QUALNAME ? 1 : 0) + Integer.bitCount(arg & 15);
    }

    /**
     * The function MAKE_FUNCTION makes from its {@link #operands} values, {@code ops} in stack order (the top
     * last): the interpreter pops them, compiled code passes its locals.
     */
    static PyFunction make(Interpreter in, PyDict globals, NeutralOp kind, int arg, PyObject[] ops) {
        int top = ops.length - 1;
        if (kind == NeutralOp.MAKE_FUNCTION_DEFAULTS || kind == NeutralOp.MAKE_CLOSURE) {
            CodeObject code = (CodeObject) ops[top--];
            PyCell[] closure = kind == NeutralOp.MAKE_CLOSURE ? cells((PyTuple) ops[top]) : null;
            PyObject[] defaults = arg > 0 ? java.util.Arrays.copyOf(ops, arg) : null;
            return new PyFunction(in, code, globals, code.name, defaults, null, closure);
        }
        String qualname = null;
        if (kind == NeutralOp.MAKE_FUNCTION_QUALNAME) {
            PyObject q = ops[top--];
            qualname = q instanceof PyStr s ? s.value() : null;
        }
        CodeObject code = (CodeObject) ops[top--];
        PyCell[] closure = (arg & 8) != 0 ? cells((PyTuple) ops[top--]) : null;
        PyObject annotations = (arg & 4) != 0 ? ops[top--] : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) ops[top--] : null;
        PyObject[] defaults = (arg & 1) != 0 ? ((PyTuple) ops[top]).items() : null;
        PyFunction fn = new PyFunction(in, code, globals, qualname != null ? qualname : code.qualname, defaults, kwdefaults, closure);
        if (annotations instanceof PyTuple pairs) {
            // 3.10+: a flat tuple of name, value, name, value...
            PyDict d = PyDict.of(in.rt.lang, java.util.List.of());
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                d.put(pairs.get(i), pairs.get(i + 1));
            }
            annotations = d;
        }
        if (annotations != null) {
            fn.annotations = annotations;
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
