package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Reading a builtin's arguments (positional values, then keyword values named by kwnames) with CPython's errors. */
final class Args {
    private final Runtime rt;
    private final String fname;
    private final PyObject[] args;
    private final String[] kwnames;
    private final int npos;

    Args(Runtime rt, String fname, PyObject[] args, String[] kwnames) {
        this.rt = rt;
        this.fname = fname;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    }

    int count() {
        return npos;
    }

    String name() {
        return fname;
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

    boolean hasKeywords() {
        return kwnames != null && kwnames.length > 0;
    }

    /** Positional {@code i} or keyword {@code name}. */
    PyObject get(int i, String name) {
        PyObject v = get(i);
        return v != null ? v : kw(name);
    }

    /** Every keyword argument into {@code d}, keyed by the level's native str. */
    void putKeywords(Runtime rt, org.pyvm.core.objects.PyDict d) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                d.put(org.pyvm.core.runtime.Strings.text(rt, kwnames[k]), args[npos + k]);
            }
        }
    }

    PyObject[] positional() {
        PyObject[] out = new PyObject[npos];
        System.arraycopy(args, 0, out, 0, npos);
        return out;
    }

    /** "N arguments": 3.11 says "1 argument", older versions always "arguments". */
    String arguments(int n) {
        boolean singular = n == 1 && rt != null && Level.modern(rt);
        return n + (singular ? " argument" : " arguments");
    }

    /** Fails unless no keyword is given (the "X() takes no keyword arguments" of CPython). */
    Args noKeywords() {
        if (hasKeywords()) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        return this;
    }

    /** Fails unless the positional count is within [min, max]; any keyword is accepted. */
    Args positionalCount(int min, int max) {
        if (npos < min || npos > max) {
            if (min == max && min == 1) {
                throw PyError.raise("TypeError", fname + "() takes exactly one argument (" + npos + " given)");
            }
            if (min == max) {
                throw PyError.raise("TypeError", fname + " expected " + arguments(min) + ", got " + npos);
            }
            if (npos < min) {
                throw PyError.raise("TypeError", fname + " expected at least " + arguments(min) + ", got " + npos);
            }
            throw PyError.raise("TypeError", fname + " expected at most " + arguments(max) + ", got " + npos);
        }
        return this;
    }

    /** Fails unless the positional count is within [min, max] and only the given keywords are used. */
    Args check(int min, int max, String... keywords) {
        if (kwnames != null) {
            for (String k : kwnames) {
                if (!java.util.List.of(keywords).contains(k)) {
                    if (keywords.length == 0) {
                        throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
                    }
                    throw PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for "
                            + (rt != null && !Level.modern(rt) && fname.equals("print") ? "this function" : fname + "()"));
                }
            }
        }
        return positionalCount(min, max);
    }
}
