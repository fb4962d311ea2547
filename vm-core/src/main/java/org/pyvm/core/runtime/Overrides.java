package org.pyvm.core.runtime;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;

/**
 * The methods a program's subclass of a builtin defines ({@code MyList.__len__}, {@code Money.__add__}): each
 * protocol asks here first for such values, and when the class defines nothing of its own the builtin's
 * behaviour applies (its Java fast path), as CPython's inherited slots do.
 */
final class Overrides {
    private Overrides() {
    }

    /** The method {@code name} of {@code o}'s class when a program's class defines it; null otherwise. */
    static PyObject find(PyObject o, String name) {
        return o instanceof UserSubclass u ? u.type().programLookup(name) : null;
    }

    /** Calls the class's own {@code name} on {@code o}; null when the class has none. */
    static PyObject call(Runtime rt, PyObject o, String name, PyObject... args) {
        PyObject m = find(o, name);
        if (m == null) {
            return null;
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(rt, m, all, null);
    }

    /** {@code a op b} by the operands' own methods (reflected first when b's class is a subclass of a's); null to fall back. */
    static PyObject binary(Runtime rt, org.pyvm.core.code.Operator op, String name, boolean inplace, PyObject a, PyObject b) {
        if (inplace) {
            PyObject r = call(rt, a, "__i" + name + "__", b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyType ta = rt.types.of(a);
        PyType tb = rt.types.of(b);
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && find(b, "__r" + name + "__") != null;
        if (reflectedFirst) {
            PyObject r = call(rt, b, "__r" + name + "__", a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = call(rt, a, "__" + name + "__", b);
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (r == null && !reflectedFirst && slotTakes(rt, a, b)) {
            // a's class defines nothing: its builtin number slot goes first, as binary_op1 calls slotv before
            // slotw (1.0 + an int subclass's instance is float_add's 3.0; b's __radd__ only if that cannot)
            r = Arithmetic.binary(rt, op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (!reflectedFirst && ta != tb) {
            r = call(rt, b, "__r" + name + "__", a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a's builtin number slot takes b rather than answering NotImplemented: each of CPython's number
     * types converts the kinds below it (float_add takes ints, int_add no floats; 2.7's int_add no longs).
     */
    private static boolean slotTakes(Runtime rt, PyObject a, PyObject b) {
        int ra = numberRank(rt, a);
        int rb = numberRank(rt, b);
        return ra >= 0 && rb >= 0 && rb <= ra;
    }

    private static int numberRank(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyBool) {
            return 0;
        }
        if (o instanceof org.pyvm.core.objects.PyInt i) {
            return i.isLong && rt.lang.has(org.pyvm.spi.LanguageFeature.INT_AND_LONG) ? 1 : 0;
        }
        if (o instanceof org.pyvm.core.objects.PyFloat) {
            return 2;
        }
        return o instanceof org.pyvm.core.objects.PyComplex ? 3 : -1;
    }

    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {4, 5, 2, 3, 0, 1};

    /** {@code a < b} etc. by the operands' own methods; null to compare them as builtin values. */
    static PyObject compare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        int k = c.ordinal();
        if (k >= COMPARE.length) {
            return null;
        }
        PyObject r = call(rt, a, COMPARE[k], b);
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        r = call(rt, b, COMPARE[SWAPPED[k]], a);
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return null;
    }
}
