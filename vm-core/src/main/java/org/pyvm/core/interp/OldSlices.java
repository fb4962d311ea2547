package org.pyvm.core.interp;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.NeutralOp;

/**
 * 2.7's SLICE+n, STORE_SLICE+n and DELETE_SLICE+n ({@code x[i:j]} without a step). When both bounds are
 * missing or integers and the class has {@code __getslice__} ({@code __setslice__}, {@code __delslice__}),
 * CPython calls it with C integers: a missing lower bound is 0, a missing upper one sys.maxsize, huge
 * values clamp to the C range, and a negative bound has {@code len(x)} added once when the class has
 * {@code __len__}. A classic instance always takes that path and falls back to {@code __getitem__} with
 * a slice of those integers. Everything else indexes with {@code slice(i, j)} as 3.x does; builtin
 * sequences give the same answer either way.
 */
final class OldSlices {
    private static final long MAX = Long.MAX_VALUE;
    private static final BigInteger BIG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger BIG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private OldSlices() {
    }

    /** {@code lower}/{@code upper} are null where the source left the bound out; {@code value} null but for a store. */
    static PyObject apply(Runtime rt, NeutralOp kind, PyObject container, PyObject lower, PyObject upper, PyObject value) {
        String method = kind == NeutralOp.SLICE ? "__getslice__" : kind == NeutralOp.STORE_SLICE ? "__setslice__" : "__delslice__";
        PyType type = rt.types.of(container);
        boolean classic = container instanceof PyInstance && type.classic;
        // of the builtin types only exceptions have a slice slot that is not the slice of a sequence
        boolean sliceSlot = !type.builtin || container instanceof org.pyvm.core.objects.PyBaseException;
        boolean hook = classic || (sliceSlot && type.lookup(method) != null);
        if (hook && isIndex(rt, lower) && isIndex(rt, upper)) {
            long i = lower == null ? 0 : clamped(rt, lower);
            long j = upper == null ? MAX : clamped(rt, upper);
            if ((i < 0 || j < 0) && (classic || type.lookup("__len__") != null)) {
                long n = Ops.len(rt, container);
                i = i < 0 ? i + n : i;
                j = j < 0 ? j + n : j;
            }
            PyObject[] args = value == null ? new PyObject[] {PyInt.of(i), PyInt.of(j)} : new PyObject[] {PyInt.of(i), PyInt.of(j), value};
            PyObject m = classic ? Ops.getattrOrNull(rt, container, method) : Ops.getattr(rt, container, method);
            if (m != null) {
                return Ops.call(rt, m, args, null);
            }
            // a classic instance without the slice method indexes with a slice of the computed integers
            lower = PyInt.of(i);
            upper = PyInt.of(j);
        }
        PySlice s = new PySlice(lower == null ? PyNone.NONE : lower, upper == null ? PyNone.NONE : upper, PyNone.NONE);
        if (kind == NeutralOp.SLICE) {
            return Ops.getitem(rt, container, s);
        }
        if (kind == NeutralOp.STORE_SLICE) {
            Ops.setitem(rt, container, s, value);
        } else {
            Ops.delitem(rt, container, s);
        }
        return null;
    }

    /** CPython's ISINDEX: left out, an int or long, or anything with __index__ (None is not). */
    private static boolean isIndex(Runtime rt, PyObject o) {
        return o == null || o instanceof PyInt || o instanceof PyBool
                || (o instanceof PyInstance && rt.types.of(o).lookup("__index__") != null);
    }

    /** _PyEval_SliceIndex: the integer, a long beyond the C range clamped to it. */
    private static long clamped(Runtime rt, PyObject o) {
        PyObject v = o instanceof PyInt || o instanceof PyBool ? o : Ops.callMethod(rt, o, "__index__");
        if (v instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (v instanceof PyInt n) {
            if (n.big == null) {
                return n.small;
            }
            return n.big.compareTo(BIG_MAX) > 0 ? MAX : n.big.compareTo(BIG_MIN) < 0 ? Long.MIN_VALUE : n.big.longValue();
        }
        throw org.pyvm.core.objects.PyError.raise("TypeError", "__index__ returned non-(int,long) (type " + Ops.typeName(rt, v) + ")");
    }
}
