package org.pyvm.core.modules;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Runtime;

/**
 * The argument parsers C functions of CPython's modules use, with each version's error messages, so that a
 * bad call of a Java-written module function fails as CPython's would (a TypeError), never by indexing past
 * the arguments it was given. {@link #unpack} is PyArg_UnpackTuple behind _PyArg_NoKeywords (positional
 * only: {@code cycle}, {@code starmap}); {@link #keywords} is PyArg_ParseTupleAndKeywords (2.7, 3.6) or
 * Argument Clinic's _PyArg_UnpackKeywords (3.7+), which take each parameter by position or by name.
 */
final class CArgs {
    private CArgs() {
    }

    /** 3.7 rewrote getargs.c's messages: functions are named ("missing required argument", "for count()"). */
    private static boolean named(Runtime rt) {
        return rt.lang.major() == 3 && rt.lang.minor() >= 7;
    }

    /** From 3.8 "expected 1 argument" is singular; before, always "arguments". */
    private static String arguments(Runtime rt, int n) {
        return n + (n == 1 && rt.lang.major() == 3 && rt.lang.minor() >= 8 ? " argument" : " arguments");
    }

    /** Fails unless no keyword argument is given (_PyArg_NoKeywords). */
    static void noKeywords(Runtime rt, String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + (named(rt) ? "() takes no keyword arguments" : "() does not take keyword arguments"));
        }
    }

    /** Fails unless {@code min..max} positional arguments and no keywords are given. */
    static void unpack(Runtime rt, String name, PyObject[] a, String[] kw, int min, int max) {
        noKeywords(rt, name, kw);
        int n = a.length;
        if (n < min) {
            throw PyError.raise("TypeError", name + " expected " + (min == max ? "" : "at least ") + arguments(rt, min) + ", got " + n);
        }
        if (n > max) {
            throw PyError.raise("TypeError", name + " expected " + (min == max ? "" : "at most ") + arguments(rt, max) + ", got " + n);
        }
    }

    /**
     * PyArg_ParseTuple's count check before 3.7: "fdopen() takes at most 3 arguments (4 given)", or for a format
     * without a name (2.7's os.fdopen, tee) "function takes at least 1 argument (0 given)" ({@code fname} null).
     */
    static void countBefore37(String fname, PyObject[] a, int min, int max) {
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        int bound = n < min ? min : max;
        throw PyError.raise("TypeError", (fname == null ? "function" : fname + "()") + " takes "
                + (min == max ? "exactly " : n < min ? "at least " : "at most ") + bound + " argument" + (bound == 1 ? "" : "s")
                + " (" + n + " given)");
    }

    /**
     * The values of parameters {@code names}, each given by position or by name (null where absent); the
     * first {@code required} must be given. Errors come in getargs.c's order: too many arguments, a
     * parameter given twice, a required one missing, then an unknown keyword.
     */
    static PyObject[] keywords(Runtime rt, String fname, PyObject[] a, String[] kw, int required, String... names) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (a.length > names.length) {
            boolean keywordOnly = npos == 0 && named(rt) && rt.lang.minor() >= 8; // bpo-31229's "takes at most 1 keyword argument"
            throw PyError.raise("TypeError", fname + "() takes at most " + names.length + " " + (keywordOnly ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        PyObject[] values = new PyObject[names.length];
        boolean[] used = new boolean[nkw];
        for (int i = 0; i < names.length; i++) {
            int k = indexOf(kw, names[i]);
            if (i < npos) {
                if (k >= 0 && !named(rt)) { // 2.7 and 3.6 check this as they go, 3.7+ after the missing ones
                    throw PyError.raise("TypeError", "Argument given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                }
                values[i] = a[i];
            } else if (k >= 0) {
                values[i] = a[npos + k];
                used[k] = true;
            } else if (i < required) {
                throw PyError.raise("TypeError", named(rt)
                        ? fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")"
                        : "Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
            }
        }
        for (int i = 0; i < npos && i < names.length; i++) {
            if (indexOf(kw, names[i]) >= 0) {
                throw PyError.raise("TypeError", "argument for " + fname + "() given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (!used[k]) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                        + (named(rt) ? fname + "()" : "this function"));
            }
        }
        return values;
    }

    private static int indexOf(String[] kw, String name) {
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (kw[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
