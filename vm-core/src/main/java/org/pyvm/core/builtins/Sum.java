package org.pyvm.core.builtins;

import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code sum(iterable, start=0)} as CPython's builtin_sum: while the total is an int that fits a machine word and
 * the items are such ints, it adds in a long; while it is a float, float and word-sized int items are added to a
 * double; anything else (an overflow, another type) hands the running total to the {@code +} operator, which
 * gives the same result. The fast paths make no object per item and call no method, as CPython's make none.
 */
final class Sum {
    private Sum() {
    }

    static PyObject sum(Runtime rt, Args args) {
        PyObject total = args.get(1, "start");
        if (total == null) {
            total = PyInt.of(0);
        }
        if (total instanceof PyStr || total instanceof PyBytes && Level.py2(rt)) {
            throw PyError.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (total instanceof PyBytes) {
            throw PyError.raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        Items it = new Items(rt, args.get(0));
        PyObject x = null;
        if (PyInt.isWord(total)) {
            long acc = ((PyInt) total).small;
            while ((x = it.next()) != null) {
                long y;
                if (PyInt.isWord(x)) {
                    y = ((PyInt) x).small;
                } else if (x instanceof PyBool b) {
                    y = b.value ? 1 : 0;
                } else {
                    break;
                }
                long s = acc + y;
                if (((acc ^ s) & (y ^ s)) < 0) {
                    break; // past a long: the operator makes the big int (2.7: the long)
                }
                acc = s;
            }
            total = PyInt.of(acc);
            if (x == null) {
                return total;
            }
            total = Ops.binary(rt, Operator.ADD, total, x);
        }
        if (total.getClass() == PyFloat.class) {
            double f = ((PyFloat) total).value;
            while ((x = it.next()) != null) {
                if (x.getClass() == PyFloat.class) {
                    f += ((PyFloat) x).value;
                } else if (x instanceof PyInt i && i.big == null) {
                    f += (double) i.small; // int subclasses too: float_add takes them by value
                } else if (x instanceof PyBool b) {
                    f += b.value ? 1 : 0;
                } else {
                    break;
                }
            }
            total = PyFloat.of(f);
            if (x == null) {
                return total;
            }
            total = Ops.binary(rt, Operator.ADD, total, x);
        }
        for (x = it.next(); x != null; x = it.next()) {
            total = Ops.binary(rt, Operator.ADD, total, x);
        }
        return total;
    }

    /**
     * The items sum() adds: an exact list's or tuple's read by index, with no iterator object and no call per item
     * (a list read live, as its iterator reads it: one that an item's __add__ grows is summed to its new end);
     * anything else's through its iterator.
     */
    private static final class Items {
        private final Runtime rt;
        private final PyObject iterator;
        private final java.util.List<PyObject> list;
        private final PyObject[] array;
        private int i;

        Items(Runtime rt, PyObject seq) {
            this.rt = rt;
            this.list = seq.getClass() == PyList.class ? ((PyList) seq).items() : null;
            this.array = seq.getClass() == PyTuple.class ? ((PyTuple) seq).items() : null;
            this.iterator = list == null && array == null ? Ops.iter(rt, seq) : null;
        }

        /** The next item, or null at the end. */
        PyObject next() {
            if (array != null) {
                return i < array.length ? array[i++] : null;
            }
            if (list != null) {
                return i < list.size() ? list.get(i++) : null;
            }
            return Ops.next(rt, iterator);
        }
    }
}
