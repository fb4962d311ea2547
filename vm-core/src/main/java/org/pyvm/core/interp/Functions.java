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

    /**
     * {@code function(code, globals, name=None, argdefs=None, closure=None)} ({@code types.FunctionType}): a function of
     * a code object, its defaults and closure checked as CPython checks them. 2.7 takes the arguments by position only.
     */
    /** A required argument left out: getargs.c's words before 3.7, the clinic's (naming function()) after. */
    private static org.pyvm.core.objects.PyError missingArgument(org.pyvm.core.runtime.Runtime rt, String name, int i) {
        boolean clinic = !rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && rt.lang.minor() >= 7;
        return org.pyvm.core.objects.PyError.raise("TypeError", clinic ? "function() missing required argument '" + name + "' (pos " + (i + 1) + ")"
                : "Required argument '" + name + "' (pos " + (i + 1) + ") not found");
    }

    static PyFunction construct(Interpreter in, PyObject[] a, String[] kw) {
        org.pyvm.core.runtime.Runtime rt = in.rt;
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        String[] params = {"code", "globals", "name", "argdefs", "closure"};
        PyObject[] args = new PyObject[params.length];
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > params.length || py2 && kw != null && kw.length > 0) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", py2 && npos <= params.length ? "function() takes no keyword arguments"
                    : "function() takes at most 5 arguments (" + a.length + " given)");
        }
        System.arraycopy(a, 0, args, 0, npos);
        for (int i = 0; kw != null && i < kw.length; i++) {
            int at = java.util.Arrays.asList(params).indexOf(kw[i]);
            if (at < 0 || args[at] != null) {
                throw org.pyvm.core.objects.PyError.raise("TypeError", at < 0 ? "function() got an unexpected keyword argument '" + kw[i] + "'"
                        : "argument for function() given by name ('" + kw[i] + "') and position (" + (at + 1) + ")");
            }
            args[at] = a[npos + i];
        }
        boolean clinic = !py2 && rt.lang.minor() >= 7;
        for (int i = 0; clinic && i < 2; i++) {
            if (args[i] == null) { // 3.7+'s clinic counts the arguments before it converts any
                throw missingArgument(rt, params[i], i);
            }
        }
        for (int i = 0; i < 2; i++) {
            boolean ok = i == 0 ? args[0] instanceof CodeObject : args[1] instanceof PyDict;
            if (!ok) {
                String which = rt.lang.minor() >= 10 && !py2 ? "'" + params[i] + "'" : String.valueOf(i + 1);
                throw args[i] == null ? missingArgument(rt, params[i], i) : org.pyvm.core.objects.PyError.raise("TypeError",
                        "function() argument " + which + " must be " + (i == 0 ? "code" : "dict") + ", not " + org.pyvm.core.runtime.Ops.typeName(rt, args[i]));
            }
        }
        CodeObject code = (CodeObject) args[0];
        PyObject name = args[2] == null ? org.pyvm.core.objects.PyNone.NONE : args[2];
        if (name != org.pyvm.core.objects.PyNone.NONE && !(name instanceof PyStr || py2 && name instanceof org.pyvm.core.objects.PyBytes)) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", "arg 3 (name) must be None or string");
        }
        PyObject defs = args[3] == null ? org.pyvm.core.objects.PyNone.NONE : args[3];
        if (defs != org.pyvm.core.objects.PyNone.NONE && !(defs instanceof PyTuple)) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", "arg 4 (defaults) must be None or tuple");
        }
        PyObject closure = args[4] == null ? org.pyvm.core.objects.PyNone.NONE : args[4];
        if (closure != org.pyvm.core.objects.PyNone.NONE && !(closure instanceof PyTuple)) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", "arg 5 (closure) must be None or tuple");
        }
        int nfree = code.freevars.length;
        if (nfree > 0 && closure == org.pyvm.core.objects.PyNone.NONE) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", "arg 5 (closure) must be tuple");
        }
        int nclosure = closure instanceof PyTuple t ? t.size() : 0;
        if (nfree != nclosure) {
            throw org.pyvm.core.objects.PyError.raise("ValueError", code.name + " requires closure of length " + nfree + ", not " + nclosure);
        }
        for (int i = 0; i < nclosure; i++) {
            PyObject c = ((PyTuple) closure).get(i);
            if (!(c instanceof PyCell)) {
                throw org.pyvm.core.objects.PyError.raise("TypeError", "arg 5 (closure) expected cell, found " + org.pyvm.core.runtime.Ops.typeName(rt, c));
            }
        }
        PyFunction fn = new PyFunction(in, code, (PyDict) args[1], code.qualname,
                defs instanceof PyTuple t ? t.items().clone() : null, null, nclosure > 0 ? cells((PyTuple) closure) : null);
        if (name != org.pyvm.core.objects.PyNone.NONE) {
            fn.name = org.pyvm.core.runtime.Ops.str(rt, name);
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
