package org.pyvm.core.modules.io;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;

/** A builtin's arguments matched to its parameter names, as CPython's argument clinic does it. */
final class IoArgs {
    private IoArgs() {
    }

    /**
     * The values for {@code names} (null where not given). {@code required} first names must be given;
     * too many, unknown or repeated arguments are TypeErrors naming {@code fname}.
     */
    static PyObject[] parse(String fname, PyObject[] a, String[] kw, int required, String... names) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (npos > names.length) {
            throw PyError.raise("TypeError", fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        System.arraycopy(a, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (at < 0) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[at] != null) {
                throw PyError.raise("TypeError", "argument for " + fname + "() given by name ('" + kw[k] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = a[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyError.raise("TypeError", fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
