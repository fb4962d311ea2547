package org.pyvm.core.interp;

import java.util.List;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;

/**
 * {@code container[key]} for what programs index most, small enough for the JVM to inline at every subscript
 * (the general path, {@code Sequences.getitem}, is not): an exact list or tuple by a word-sized int within its
 * length, an exact dict by a key it holds; and {@code list[i] = v}. Anything else (a subclass, a slice, a missing
 * key, an index out of range) is left to the general path, which gives the same value or CPython's error.
 */
final class SubscriptFastPaths {
    private SubscriptFastPaths() {
    }

    static PyObject getitem(PyObject container, PyObject key) {
        if (container.getClass() == PyDict.class) {
            return ((PyDict) container).get(key);
        }
        return item(container, key);
    }

    /** {@code container[key]} for an exact list or tuple and a word-sized int within its length; null for anything else. */
    static PyObject item(PyObject container, PyObject key) {
        Class<?> c = container.getClass();
        if (!NumericFastPaths.plainInt(key)) {
            return null;
        }
        if (c == PyList.class) {
            List<PyObject> items = ((PyList) container).items();
            int i = index(((PyInt) key).small, items.size());
            return i >= 0 ? items.get(i) : null;
        }
        if (c == PyTuple.class) {
            PyTuple t = (PyTuple) container;
            int i = index(((PyInt) key).small, t.size());
            return i >= 0 ? t.get(i) : null;
        }
        return null;
    }

    /** {@code container[key] = value} for an exact list and a word-sized int within its length; false for the general path. */
    static boolean setitem(PyObject container, PyObject key, PyObject value) {
        if (container.getClass() == PyList.class && NumericFastPaths.plainInt(key)) {
            List<PyObject> items = ((PyList) container).items();
            int i = index(((PyInt) key).small, items.size());
            if (i >= 0) {
                items.set(i, value);
                return true;
            }
        }
        return false;
    }

    /** The position of index {@code i} (negative: from the end) in a sequence of {@code n} items, or -1 outside it. */
    private static int index(long i, int n) {
        long k = i < 0 ? i + n : i;
        return k >= 0 && k < n ? (int) k : -1;
    }
}
