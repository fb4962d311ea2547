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
            case AND:
            case INPLACE_AND:
                return PyInt.of(x & y);
            case OR:
            case INPLACE_OR:
                return PyInt.of(x | y);
            case XOR:
            case INPLACE_XOR:
                return PyInt.of(x ^ y);
            case RSHIFT:
            case INPLACE_RSHIFT:
                return y < 0 ? null : PyInt.of(x >> Math.min(y, 63)); // a negative count: the general path's ValueError
            case LSHIFT:
            case INPLACE_LSHIFT:
                return shiftLeft(x, y);
            default:
                return null;
        }
    }

    /** {@code x << y} as an int, or null when the count is negative or the result would not fit a long. */
    private static PyObject shiftLeft(long x, long y) {
        if (y < 0 || y >= 63 || x == Long.MIN_VALUE || x != 0 && Long.numberOfLeadingZeros(Math.abs(x)) <= y + 1) {
            return x == 0 && y >= 0 ? PyInt.of(0) : null;
        }
        return PyInt.of(x << y);
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
