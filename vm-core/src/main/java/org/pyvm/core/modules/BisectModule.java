package org.pyvm.core.modules;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _bisect}, the C accelerator bisect.py imports over its own definitions: the same binary search
 * (so the same comparisons, {@code x < a[mid]} to the right, {@code a[mid] < x} to the left), and, being
 * C in CPython, no frame of its own in a traceback. 3.10+ takes a keyword-only {@code key} applied to
 * the items; 2.7's and 3.6's module also have the aliases {@code bisect} and {@code insort}.
 */
public final class BisectModule {
    private BisectModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_bisect");
        for (boolean right : new boolean[] {true, false}) {
            String side = right ? "right" : "left";
            m.def("bisect_" + side, (a, kw) -> PyInt.of(bisect(rt, "bisect_" + side, a, kw, right)));
            m.def("insort_" + side, (a, kw) -> insort(rt, "insort_" + side, a, kw, right));
        }
        if (rt.lang.major() == 2 || rt.lang.minor() < 7) { // 3.7 left the aliases to bisect.py
            m.def("bisect", (a, kw) -> PyInt.of(bisect(rt, "bisect", a, kw, true)));
            m.def("insort", (a, kw) -> insort(rt, "insort", a, kw, true));
        }
        return m.build();
    }

    /** The parameters (a, x, lo, hi[, key]) given by position or by name. */
    private static PyObject[] parameters(Runtime rt, String fname, PyObject[] a, String[] kw) {
        boolean keyed = rt.lang.major() == 3 && rt.lang.minor() >= 10;
        return keyed ? CArgs.keywords(rt, fname, a, kw, 2, "a", "x", "lo", "hi", "key")
                : CArgs.keywords(rt, fname, a, kw, 2, "a", "x", "lo", "hi");
    }

    private static long bisect(Runtime rt, String fname, PyObject[] a, String[] kw, boolean right) {
        PyObject[] p = parameters(rt, fname, a, kw);
        return search(rt, p, p[1], right);
    }

    /** insort: the item goes where bisect puts its key, by the sequence's insert method. */
    private static PyObject insort(Runtime rt, String fname, PyObject[] a, String[] kw, boolean right) {
        PyObject[] p = parameters(rt, fname, a, kw);
        PyObject item = p[1];
        PyObject key = key(p);
        long at = search(rt, p, key == null ? item : Ops.call(rt, key, item), right);
        // a list's own insert is what PyList_Insert does; anything else's insert method, which it must have
        Ops.call(rt, Ops.getattr(rt, p[0], "insert"), PyInt.of(at), item);
        return PyNone.NONE;
    }

    private static PyObject key(PyObject[] p) {
        return p.length > 4 && p[4] != null && p[4] != PyNone.NONE ? p[4] : null;
    }

    /**
     * hi as given: 3.9+ takes None for len(a) (its converter: "argument should be integer or None, not 'float'");
     * before, an index as getargs "n" reads it (None: "'NoneType' object cannot be interpreted as an integer").
     */
    private static long hi(Runtime rt, PyObject hi) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT)) { // 3.9's release line
            if (hi == PyNone.NONE) {
                return -1;
            }
            if (ModuleSupport.integer(rt, hi) == null) {
                throw PyError.raise("TypeError", "argument should be integer or None, not '" + Ops.typeName(rt, hi) + "'");
            }
        }
        return ItertoolsModule.ssize(rt, hi);
    }

    /** internal_bisect_right/left: lo must not be negative; hi absent, None or -1 means len(a). */
    private static long search(Runtime rt, PyObject[] p, PyObject x, boolean right) {
        PyObject seq = p[0];
        long lo = p[2] == null ? 0 : ItertoolsModule.ssize(rt, p[2]);
        if (lo < 0) {
            throw PyError.raise("ValueError", "lo must be non-negative");
        }
        long hi = p[3] == null ? -1 : hi(rt, p[3]);
        if (hi == -1) {
            hi = Ops.len(rt, seq);
        }
        PyObject key = key(p);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Ops.getitem(rt, seq, PyInt.of(mid));
            if (key != null) {
                item = Ops.call(rt, key, item);
            }
            if (right) {
                if (Ops.truth(rt, Ops.compare(rt, Comparison.LT, x, item))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else if (Ops.truth(rt, Ops.compare(rt, Comparison.LT, item, x))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
