package org.pyvm.core.interp;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;

/**
 * The loop's shortcut for the commonest arithmetic and comparisons: two exact ints (not bool, not a
 * subclass, not 2.7's long) that fit a Java long. Anything else, and any result that would overflow,
 * returns null and takes the general path in {@code Ops}, which gives the same answers more slowly.
 * Kept tiny so that the JIT inlines it into the dispatch loop.
 */
final class IntFastPaths {
    private IntFastPaths() {
    }

    /** {@code a op b}, or null when the shortcut does not apply. */
    static PyObject binary(Operator op, PyObject a, PyObject b) {
        if (!NumericFastPaths.plainInt(a) || !NumericFastPaths.plainInt(b)) {
            return null;
        }
        long x = ((PyInt) a).small;
        long y = ((PyInt) b).small;
        switch (op) {
            case ADD:
            case INPLACE_ADD:
                return add(x, y);
            case SUBTRACT:
            case INPLACE_SUBTRACT:
                return sub(x, y);
            default:
                return null;
        }
    }

    /** {@code x + y} as an int, or null when it overflows a long. */
    static PyObject add(long x, long y) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
    }

    /** {@code x - y} as an int, or null when it overflows a long. */
    static PyObject sub(long x, long y) {
        long r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
    }

    /** {@code a cmp b} for the six orderings, or null when the shortcut does not apply. */
    static PyObject compare(Comparison c, PyObject a, PyObject b) {
        if (!NumericFastPaths.plainInt(a) || !NumericFastPaths.plainInt(b)) {
            return null;
        }
        long x = ((PyInt) a).small;
        long y = ((PyInt) b).small;
        switch (c) {
            case LT:
                return PyBool.of(x < y);
            case LE:
                return PyBool.of(x <= y);
            case EQ:
                return PyBool.of(x == y);
            case NE:
                return PyBool.of(x != y);
            case GT:
                return PyBool.of(x > y);
            case GE:
                return PyBool.of(x >= y);
            default:
                return null;
        }
    }
}
