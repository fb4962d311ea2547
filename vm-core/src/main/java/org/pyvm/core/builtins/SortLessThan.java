package org.pyvm.core.builtins;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * The "less than" that list.sort asks of its keys, as each version asks it: plain {@code <};
 * 2.7's {@code cmp(x, y) < 0}; or, from 3.7, the result of the pre-sort type check, whose
 * only observable effect for a program's classes is that a same-typed key's own {@code __lt__}
 * is tried before the whole {@code <} protocol (which tries it again after NotImplemented).
 * Builtin keys compare the same either way, so they take the plain route, or for ints and floats
 * alone a direct comparison of their values.
 */
final class SortLessThan {
    private SortLessThan() {
    }

    static TimSort.LessThan of(Runtime rt, PyObject[] keys, PyObject cmp) {
        if (cmp != null) {
            return (x, y) -> cmpSaysLess(rt, Ops.call(rt, cmp, (PyObject) x, (PyObject) y));
        }
        // builtin numbers, strings and bytes compare without side effects (a subclass's may not: its own __lt__
        // is called), so their values can be compared directly, as CPython's unsafe_*_compare do
        if (all(keys, k -> isWordInt(k))) {
            return (x, y) -> ((PyInt) x).small < ((PyInt) y).small;
        }
        if (all(keys, k -> k.getClass() == PyFloat.class)) {
            return (x, y) -> ((PyFloat) x).value < ((PyFloat) y).value;
        }
        if (all(keys, k -> k.getClass() == PyStr.class)) {
            return (x, y) -> Ops.compareStrings((PyStr) x, (PyStr) y) < 0;
        }
        if (all(keys, k -> k.getClass() == PyBytes.class)) {
            return (x, y) -> java.util.Arrays.compareUnsigned(((PyBytes) x).bytes(), ((PyBytes) y).bytes()) < 0;
        }
        // tuples compare item by item on every version (tuplerichcompare); from 3.7 the first items' own __lt__
        // goes first when they share a program-defined class
        if (keys.length > 1 && all(keys, k -> k.getClass() == PyTuple.class && ((PyTuple) k).items().length > 0)) {
            if (!rt.lang.has(LanguageFeature.SORT_SAME_TYPE_PRECHECK)) {
                // before 3.7 each comparison is the tuples' own <, one level of the recursion limit deeper
                return (x, y) -> {
                    Ops.enterComparison(rt);
                    try {
                        return tupleLt(rt, (PyTuple) x, (PyTuple) y, false);
                    } finally {
                        rt.leave();
                    }
                };
            }
            boolean ownFirst = sameInstanceType(rt, keys, true);
            return (x, y) -> tupleLt(rt, (PyTuple) x, (PyTuple) y, ownFirst);
        }
        if (rt.lang.has(LanguageFeature.SORT_SAME_TYPE_PRECHECK) && keys.length > 1 && sameInstanceType(rt, keys, false)) {
            return (x, y) -> ownLtFirst(rt, (PyObject) x, (PyObject) y);
        }
        return (x, y) -> plainLt(rt, (PyObject) x, (PyObject) y);
    }

    /** An int of the builtin type (not a subclass, whose __lt__ may be its own) held in a long. */
    private static boolean isWordInt(PyObject k) {
        return k.getClass() == PyInt.class && ((PyInt) k).big == null;
    }

    /**
     * Two tuple items of one builtin kind whose order needs no protocol (word-sized ints, strings, bytes):
     * -1, 0 or 1 as the first is less, equal or greater; 2 for any other pair.
     */
    private static int quickOrder(PyObject a, PyObject b) {
        Class<?> kind = a.getClass();
        if (kind != b.getClass()) {
            return 2;
        }
        if (kind == PyInt.class) {
            PyInt i = (PyInt) a;
            PyInt j = (PyInt) b;
            return i.big == null && j.big == null ? Long.compare(i.small, j.small) : 2;
        }
        if (kind == PyStr.class) {
            return Ops.compareStrings((PyStr) a, (PyStr) b);
        }
        if (kind == PyBytes.class) {
            return Integer.signum(java.util.Arrays.compareUnsigned(((PyBytes) a).bytes(), ((PyBytes) b).bytes()));
        }
        return 2;
    }

    private static boolean all(PyObject[] keys, java.util.function.Predicate<PyObject> test) {
        for (PyObject k : keys) {
            if (!test.test(k)) {
                return false;
            }
        }
        return true;
    }

    /** 2.7: the cmp function must return an int (bool is one, long is not); "less" is a negative one. */
    private static boolean cmpSaysLess(Runtime rt, PyObject r) {
        if (r instanceof PyBool) {
            return false;
        }
        if (!(r instanceof PyInt i) || i.isLong(rt.lang)) {
            throw PyError.raise("TypeError", "comparison function must return int, not " + Ops.typeName(rt, r));
        }
        return i.big != null ? i.big.signum() < 0 : i.small < 0;
    }

    private static boolean plainLt(Runtime rt, PyObject x, PyObject y) {
        return Ops.truth(rt, Ops.compare(rt, Comparison.LT, x, y));
    }

    /**
     * Whether every key (or, with inTuples, every key is a non-empty tuple and every first item)
     * is an instance of one and the same program-defined class, as the pre-sort check tests.
     */
    private static boolean sameInstanceType(Runtime rt, PyObject[] keys, boolean inTuples) {
        PyType type = null;
        for (PyObject k : keys) {
            if (inTuples) {
                if (!(k instanceof PyTuple t) || t.items().length == 0) {
                    return false;
                }
                k = t.items()[0];
            }
            if (!(k instanceof PyInstance)) {
                return false;
            }
            PyType kt = rt.types.of(k);
            if (type == null) {
                type = kt;
            } else if (kt != type) {
                return false;
            }
        }
        return true;
    }

    /** The type's own {@code __lt__} first; the whole protocol only when it declines. */
    private static boolean ownLtFirst(Runtime rt, PyObject x, PyObject y) {
        PyObject r = Ops.callMethod(rt, x, "__lt__", y);
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return plainLt(rt, x, y);
        }
        return Ops.truth(rt, r);
    }

    /**
     * Keys all non-empty tuples: items are tested for equality until one differs, which is then
     * ordered by a single {@code <} (by ownLtFirst when it is the first item and the first items
     * share a program-defined class); a common prefix orders by length.
     */
    private static boolean tupleLt(Runtime rt, PyTuple x, PyTuple y, boolean ownFirst) {
        PyObject[] a = x.items();
        PyObject[] b = y.items();
        int i = 0;
        while (i < a.length && i < b.length) {
            int order = quickOrder(a[i], b[i]);
            if (order == 0) {
                i++;
                continue;
            }
            if (order != 2) {
                return order < 0;
            }
            if (!Ops.eq(rt, a[i], b[i])) {
                break;
            }
            i++;
        }
        if (i >= a.length || i >= b.length) {
            return a.length < b.length;
        }
        return i == 0 && ownFirst ? ownLtFirst(rt, a[0], b[0]) : plainLt(rt, a[i], b[i]);
    }
}
