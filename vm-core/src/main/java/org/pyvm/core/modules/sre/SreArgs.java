package org.pyvm.core.modules.sre;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/** Argument binding for the _sre methods: positional then keyword, by the parameter names CPython uses. */
final class SreArgs {
    private SreArgs() {
    }

    /** The arguments in parameter order; null where one was not given. */
    static PyObject[] bind(String fname, PyObject[] a, String[] kw, int required, String... names) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > names.length) {
            throw PyError.raise("TypeError", fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, npos);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int at = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (r[at] != null) {
                throw PyError.raise("TypeError", "Argument given by name ('" + kw[k] + "') and position (" + (at + 1) + ")");
            }
            r[at] = a[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (r[i] == null) {
                throw PyError.raise("TypeError", "Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
        }
        return r;
    }

    /** An index-like argument as a Java int, clamped to int range; {@code dflt} when absent. */
    static int index(Runtime rt, PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (o instanceof PyInt i) {
            if (i.big != null) {
                return i.big.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.small));
        }
        PyObject m = rt.types.of(o).lookup("__index__");
        if (m != null) {
            return index(rt, Ops.callMethod(rt, o, "__index__"), dflt);
        }
        throw PyError.raise("TypeError", rt.lang.major() == 2 ? "an integer is required"
                : "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer");
    }
}
