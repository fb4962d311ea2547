package org.pyvm.core.modules.datetime27;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/** 2.7's PyArg_ParseTupleAndKeywords as datetime's C functions use it, in its words. */
final class Args {
    private Args() {
    }

    /**
     * The arguments by position: positional first, then keywords by name; null where absent. {@code fname} null means
     * the format had no name ("function takes ..."). The first {@code required} are required.
     */
    static PyObject[] parse(String fname, String[] names, int required, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        String who = fname == null ? "function" : fname + "()";
        if (a.length > names.length) {
            throw PyError.raise("TypeError", who + " takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + a.length + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        boolean[] used = new boolean[nkw];
        for (int i = 0; i < names.length; i++) {
            int k = -1;
            for (int j = 0; j < nkw; j++) {
                if (kw[j].equals(names[i])) {
                    k = j;
                }
            }
            if (i < npos) {
                if (k >= 0) {
                    throw PyError.raise("TypeError", "Argument given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                }
                out[i] = a[i];
            } else if (k >= 0) {
                out[i] = a[npos + k];
                used[k] = true;
            } else if (i < required) {
                throw PyError.raise("TypeError", "Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
        }
        for (int j = 0; j < nkw; j++) {
            if (!used[j]) {
                throw PyError.raise("TypeError", "'" + kw[j] + "' is an invalid keyword argument for this function");
            }
        }
        return out;
    }

    /** No arguments at all: {@code f() takes no arguments (n given)}. */
    static void none(String fname, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        if (a.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no arguments (" + a.length + " given)");
        }
    }

    /** Exactly one positional argument (METH_O). */
    static PyObject one(String fname, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw PyError.raise("TypeError", fname + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** The "i" converter: a C int. */
    static int cint(Runtime rt, PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        BigInteger b;
        if (o instanceof PyInt i) {
            b = i.toBigInteger();
        } else if (o instanceof PyBool x) {
            b = x.value ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof PyFloat) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        } else {
            PyObject m = Ops.getattrOrNull(rt, o, "__int__");
            if (m == null || o instanceof org.pyvm.core.objects.PyBytes || o instanceof org.pyvm.core.objects.PyStr) {
                throw PyError.raise("TypeError", "an integer is required");
            }
            PyObject v = Ops.call(rt, m);
            if (!(v instanceof PyInt i)) {
                throw PyError.raise("TypeError", "an integer is required");
            }
            b = i.toBigInteger();
        }
        if (b.bitLength() > 31) {
            throw PyError.raise("OverflowError", b.signum() < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        return b.intValue();
    }

    /** An int or long argument as a BigInteger, or null for anything else. */
    static BigInteger integer(PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (o instanceof PyBool x) {
            return x.value ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }
}
