package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;

/** Reading a builtin's arguments (positional values, then keyword values named by kwnames) with CPython's errors. */
final class Args {
    private final String fname;
    private final PyObject[] args;
    private final String[] kwnames;
    private final int npos;

    Args(String fname, PyObject[] args, String[] kwnames) {
        this.fname = fname;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    }

    int count() {
        return npos;
    }

    /** Positional argument {@code i}, or null when absent. */
    PyObject get(int i) {
        return i < npos ? args[i] : null;
    }

    /** Keyword argument {@code name}, or null. */
    PyObject kw(String name) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return args[npos + k];
                }
            }
        }
        return null;
    }

    /** Positional {@code i} or keyword {@code name}. */
    PyObject get(int i, String name) {
        PyObject v = get(i);
        return v != null ? v : kw(name);
    }

    PyObject[] positional() {
        PyObject[] out = new PyObject[npos];
        System.arraycopy(args, 0, out, 0, npos);
        return out;
    }

    /** Fails unless the positional count is within [min, max] and only the given keywords are used. */
    Args check(int min, int max, String... keywords) {
        if (kwnames != null) {
            for (String k : kwnames) {
                if (!java.util.List.of(keywords).contains(k)) {
                    throw PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
        if (npos < min || npos > max) {
            if (min == max) {
                throw PyError.raise("TypeError", fname + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments")
                        + " (" + npos + " given)");
            }
            if (npos < min) {
                throw PyError.raise("TypeError", fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + npos);
            }
            throw PyError.raise("TypeError", fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + npos);
        }
        return this;
    }
}
