package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;

/**
 * Compiled code's shortcuts for arithmetic and comparisons on exact ints that fit a Java long (not bool, not a
 * subclass, not 2.7's long) and exact floats, one method per operator: each call site of the compiled code
 * inlines only its own operator's checks. Anything else, a result that would overflow, and every case that
 * raises (division by zero) return null and take the general path in {@code Ops}, which gives the same answers.
 * An int meets a float only when the int converts to a double exactly, as CPython's own comparison and
 * arithmetic then give the same result as plain double arithmetic.
 */
final class NumericFastPaths {
    private NumericFastPaths() {
    }

    /** Ints up to 2^53 in magnitude convert to a double exactly. */
    private static final long EXACT = 1L << 53;

    static boolean plainInt(PyObject o) {
        return PyInt.isWord(o);
    }

    private static boolean plainFloat(PyObject o) {
        return o.getClass() == PyFloat.class;
    }

    /** An exact float, or a plain int that converts to a double exactly. */
    private static boolean convertible(PyObject o) {
        if (plainFloat(o)) {
            return true;
        }
        if (plainInt(o)) {
            long v = ((PyInt) o).small;
            return v >= -EXACT && v <= EXACT;
        }
        return false;
    }

    /** The double of a {@link #convertible} operand. */
    private static double asDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).small;
    }

    /** A float with a float or an exactly convertible int, either way round. */
    private static boolean floats(PyObject a, PyObject b) {
        return (plainFloat(a) || plainFloat(b)) && convertible(a) && convertible(b);
    }

    static PyObject add(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return IntFastPaths.add(((PyInt) a).small, ((PyInt) b).small);
        }
        return floats(a, b) ? PyFloat.of(asDouble(a) + asDouble(b)) : null;
    }

    static PyObject sub(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return IntFastPaths.sub(((PyInt) a).small, ((PyInt) b).small);
        }
        return floats(a, b) ? PyFloat.of(asDouble(a) - asDouble(b)) : null;
    }

    static PyObject mul(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            long x = ((PyInt) a).small;
            long y = ((PyInt) b).small;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            return hi == 0 && lo >= 0 || hi == -1 && lo < 0 ? PyInt.of(lo) : null;
        }
        return floats(a, b) ? PyFloat.of(asDouble(a) * asDouble(b)) : null;
    }

    /** True division (3.x /, 2.7 under the future import): two exactly convertible ints divide as doubles, as CPython's own fast path does. */
    static PyObject trueDivide(PyObject a, PyObject b) {
        if (!convertible(a) || !convertible(b)) {
            return null;
        }
        double y = asDouble(b);
        return y == 0.0 ? null : PyFloat.of(asDouble(a) / y);
    }

    /** 2.7's classic division: floor division of ints, true division of floats. */
    static PyObject classicDivide(PyObject a, PyObject b) {
        return plainInt(a) && plainInt(b) ? floorDivide(a, b) : floats(a, b) ? trueDivide(a, b) : null;
    }

    static PyObject floorDivide(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            long x = ((PyInt) a).small;
            long y = ((PyInt) b).small;
            return y == 0 || x == Long.MIN_VALUE && y == -1 ? null : PyInt.of(Math.floorDiv(x, y));
        }
        return null;
    }

    static PyObject remainder(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            long y = ((PyInt) b).small;
            return y == 0 ? null : PyInt.of(Math.floorMod(((PyInt) a).small, y));
        }
        return null;
    }

    // ---- comparisons: ints as longs; floats (and ints beside them) as doubles, NaN unordered as in CPython

    static PyObject lt(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small < ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) < asDouble(b)) : null;
    }

    static PyObject le(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small <= ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) <= asDouble(b)) : null;
    }

    static PyObject gt(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small > ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) > asDouble(b)) : null;
    }

    static PyObject ge(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small >= ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) >= asDouble(b)) : null;
    }

    static PyObject eq(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small == ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) == asDouble(b)) : null;
    }

    static PyObject ne(PyObject a, PyObject b) {
        if (plainInt(a) && plainInt(b)) {
            return PyBool.of(((PyInt) a).small != ((PyInt) b).small);
        }
        return floats(a, b) ? PyBool.of(asDouble(a) != asDouble(b)) : null;
    }
}
