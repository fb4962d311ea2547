package org.pyvm.core.runtime;

import java.math.BigInteger;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code slice.indices(length)}: the start, stop and step a slice means for a sequence of that length. Unlike
 * slicing a real sequence, the length is any int, so this is not {@link Sequences#indices}: 3.x computes with
 * unbounded ints (sliceobject.c's _PySlice_GetLongIndices), 2.7 with C's Py_ssize_t, clamping big indices and
 * wrapping where its arithmetic overflows (PySlice_Unpack and PySlice_AdjustIndices).
 */
public final class SliceIndices {
    private static final String NOT_AN_INDEX = "slice indices must be integers or None or have an __index__ method";

    private SliceIndices() {
    }

    public static PyTuple of(Runtime rt, PySlice s, PyObject length) {
        return rt.lang.has(LanguageFeature.STR_IS_BYTES) ? py2(rt, s, length) : unbounded(rt, s, length);
    }

    /**
     * 3.x: every bound is an int object. The values keep their identity where CPython returns them unchanged, so
     * 3.6 (whose PyNumber_Index gives a bool back as it is) answers {@code slice(None).indices(True)} with
     * {@code (0, True, 1)}.
     */
    private static PyTuple unbounded(Runtime rt, PySlice s, PyObject lengthArg) {
        PyObject length = Ops.numberIndex(rt, lengthArg);
        if (big(length).signum() < 0) {
            throw PyError.raise("ValueError", "length should not be negative");
        }
        PyObject step = s.step instanceof PyNone ? PyInt.of(1) : index(rt, s.step);
        if (big(step).signum() == 0) {
            throw PyError.raise("ValueError", "slice step cannot be zero");
        }
        boolean backwards = big(step).signum() < 0;
        PyObject lower = PyInt.of(backwards ? -1 : 0);
        PyObject upper = backwards ? PyInt.of(big(length).subtract(BigInteger.ONE)) : length;
        PyObject start = s.start instanceof PyNone ? (backwards ? upper : lower) : clamp(rt, s.start, length, lower, upper);
        PyObject stop = s.stop instanceof PyNone ? (backwards ? lower : upper) : clamp(rt, s.stop, length, lower, upper);
        return PyTuple.of(start, stop, step);
    }

    /** A given start or stop: counted from the end when negative, then kept within [lower, upper]. */
    private static PyObject clamp(Runtime rt, PyObject bound, PyObject length, PyObject lower, PyObject upper) {
        PyObject v = index(rt, bound);
        if (big(v).signum() < 0) {
            v = PyInt.of(big(v).add(big(length)));
            return big(v).compareTo(big(lower)) < 0 ? lower : v;
        }
        return big(v).compareTo(big(upper)) > 0 ? upper : v;
    }

    /** sliceobject.c's evaluate_slice_index: an int or an object with __index__, else its own TypeError. */
    private static PyObject index(Runtime rt, PyObject v) {
        if (!(v instanceof PyInt || v instanceof PyBool) && rt.types.of(v).lookup("__index__") == null) {
            throw PyError.raise("TypeError", NOT_AN_INDEX);
        }
        return Ops.numberIndex(rt, v);
    }

    private static BigInteger big(PyObject i) {
        return Arithmetic.asInt(i).toBigInteger();
    }

    /**
     * 2.7: the length must fit a Py_ssize_t and may be negative; missing bounds are the extremes of that type, and
     * the adjustment's sums wrap as C's do (slice(None, None, -1).indices(-3) is (-4, 9223372036854775805, -1)).
     */
    private static PyTuple py2(Runtime rt, PySlice s, PyObject lengthArg) {
        long length = ssize(rt, lengthArg);
        long step = 1;
        if (!(s.step instanceof PyNone)) {
            step = clampedIndex(rt, s.step);
            if (step == 0) {
                throw PyError.raise("ValueError", "slice step cannot be zero");
            }
            step = Math.max(step, -Long.MAX_VALUE); // so that negating a step never overflows
        }
        long start = s.start instanceof PyNone ? (step < 0 ? Long.MAX_VALUE : 0) : clampedIndex(rt, s.start);
        long stop = s.stop instanceof PyNone ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clampedIndex(rt, s.stop);
        return PyTuple.of(PyInt.of(adjust(start, length, step)), PyInt.of(adjust(stop, length, step)), PyInt.of(step));
    }

    /** One bound as PySlice_AdjustIndices moves it (Java's long arithmetic wraps as the C compiler's does). */
    private static long adjust(long v, long length, long step) {
        if (v < 0) {
            v += length;
            return v < 0 ? (step < 0 ? -1 : 0) : v;
        }
        return v >= length ? (step < 0 ? length - 1 : length) : v;
    }

    /** PyNumber_AsSsize_t(length, OverflowError): an index that must fit. */
    private static long ssize(Runtime rt, PyObject v) {
        BigInteger b = big(Ops.numberIndex(rt, v));
        if (b.bitLength() > 63) {
            throw PyError.raise("OverflowError", "cannot fit 'long' into an index-sized integer");
        }
        return b.longValue();
    }

    /** _PyEval_SliceIndex: an index, silently clamped to the range of a Py_ssize_t. */
    private static long clampedIndex(Runtime rt, PyObject v) {
        BigInteger b = big(index(rt, v));
        return b.bitLength() > 63 ? (b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : b.longValue();
    }
}
