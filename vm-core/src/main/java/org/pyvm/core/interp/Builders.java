package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.FormatSpec;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Building containers and strings, and unpacking sequences, for the BUILD_* and UNPACK_* instructions. */
final class Builders {
    private Builders() {
    }

    /** BUILD_SET: each item hashed once as it is added, in order. */
    static PySet set(Runtime rt, PyObject[] items) {
        PySet s = PySet.of(rt.lang, List.of());
        for (PyObject x : items) {
            Ops.hashForTable(rt, x);
            s.add(x);
        }
        return s;
    }

    /** BUILD_MAP: key, value, key, value... in stack order. */
    static PyDict map(Runtime rt, PyObject[] kv) {
        PyDict d = PyDict.of(rt.lang, List.of());
        for (int i = 0; i < kv.length; i += 2) {
            Ops.setitem(rt, d, kv[i], kv[i + 1]);
        }
        return d;
    }

    static PyDict constKeyMap(Runtime rt, PyTuple keys, PyObject[] values) {
        PyDict d = PyDict.of(rt.lang, List.of());
        for (int i = 0; i < values.length; i++) {
            Ops.setitem(rt, d, keys.get(i), values[i]);
        }
        return d;
    }

    static PyStr string(PyObject[] parts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : parts) {
            sb.append(((PyStr) p).value());
        }
        return PyStr.of(sb.toString());
    }

    static PyObject format(Runtime rt, PyObject v, String spec) {
        if (spec.isEmpty() && v instanceof PyStr && !(v instanceof org.pyvm.core.objects.UserSubclass)) {
            return v; // an exact str as it is; a subclass's instance goes through format (its __format__, or str())
        }
        return PyStr.of(FormatSpec.format(rt, v, spec));
    }

    /**
     * LIST_EXTEND's items ({@code [*v]}): a TypeError about a value whose type can neither be iterated nor indexed
     * becomes "Value after * must be an iterable", as 3.9+'s ceval words it.
     */
    static List<PyObject> extending(Runtime rt, PyObject v) {
        try {
            return Ops.toList(rt, v);
        } catch (PyError e) {
            org.pyvm.core.objects.PyType t = rt.types.of(v);
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError") && t.lookup("__iter__") == null
                    && (t.lookup("__getitem__") == null || v instanceof PyDict)) {
                throw PyError.raise("TypeError", "Value after * must be an iterable, not " + Ops.typeName(rt, v));
            }
            throw e;
        }
    }

    /** dict.update for {@code **m} in displays and calls; {@code callee} non-null means duplicate keys are errors. */
    static void update(Runtime rt, PyDict target, PyObject mapping, PyObject callee) {
        List<PyObject[]> pairs = mappingPairs(rt, mapping);
        if (pairs == null) {
            // DICT_MERGE (3.9+) and BUILD_MAP_UNPACK_WITH_CALL (3.6) name the function they call; a display's {**x} does not
            throw PyError.raise("TypeError", callee != null
                    ? Calls.functionLabel(rt, callee) + " argument after ** must be a mapping, not " + Ops.typeName(rt, mapping)
                    : "'" + Ops.typeName(rt, mapping) + "' object is not a mapping");
        }
        for (PyObject[] kv : pairs) {
            PyObject k = kv[0];
            if (callee != null && target.get(k) != null) {
                throw PyError.raise("TypeError", Calls.functionLabel(rt, callee) + " got multiple values for keyword argument '"
                        + Ops.str(rt, k) + "'");
            }
            target.put(k, kv[1]);
        }
    }

    /**
     * The key/value pairs {@code **m} takes, as PyDict_Update reads them: a dict's own items, otherwise
     * {@code m.keys()} and {@code m[key]}; null when {@code m} has no keys() (not a mapping).
     */
    static List<PyObject[]> mappingPairs(Runtime rt, PyObject m) {
        List<PyObject[]> out = new ArrayList<>();
        PyDict d = Ops.plainDict(rt, m);
        if (d != null) {
            for (PyObject k : d.keys()) {
                out.add(new PyObject[] {k, d.get(k)});
            }
            return out;
        }
        PyObject keys;
        try {
            keys = Ops.getattr(rt, m, "keys");
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "AttributeError")) {
                return null;
            }
            throw e;
        }
        for (PyObject k : Ops.toList(rt, Ops.call(rt, keys))) {
            out.add(new PyObject[] {k, Ops.getitem(rt, m, k)});
        }
        return out;
    }

    static List<PyObject> concat(Runtime rt, PyObject[] iterables) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject it : iterables) {
            out.addAll(Ops.toList(rt, it));
        }
        return out;
    }

    static void unpack(Runtime rt, Frame f, int n) {
        PyObject[] items = unpacked(rt, f.pop(), n);
        for (int i = n - 1; i >= 0; i--) {
            f.push(items[i]);
        }
    }

    /** UNPACK_SEQUENCE's items of {@code seq}, exactly {@code n} of them or CPython's ValueError. */
    static PyObject[] unpacked(Runtime rt, PyObject seq, int n) {
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
            return ((PyTuple) seq).items(); // an exact tuple only: a subclass's own __iter__ decides (x, y = T(...))
        }
        List<PyObject> items = iterateAtMost(rt, seq, n + 1);
        if (items.size() != n) {
            throw wrongCount(rt, n, items.size(), seq);
        }
        return items.toArray(new PyObject[0]);
    }

    /** unpack_iterable's iterator of {@code seq}, for a starred target too: 3.7+ says "cannot unpack non-iterable X object". */
    private static PyObject unpackIterator(Runtime rt, PyObject seq) {
        try {
            return Ops.iter(rt, seq);
        } catch (PyError e) {
            if (e.isPending("TypeError")) {
                if (!rt.lang.has(LanguageFeature.CANNOT_UNPACK_MESSAGE)) {
                    throw PyError.raise("TypeError", "'" + Ops.typeName(rt, seq) + "' object is not iterable");
                }
                throw PyError.raise("TypeError", "cannot unpack non-iterable " + Ops.typeName(rt, seq) + " object");
            }
            throw e;
        }
    }

    private static List<PyObject> iterateAtMost(Runtime rt, PyObject seq, int limit) {
        PyObject it = unpackIterator(rt, seq);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            out.add(x);
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private static PyError wrongCount(Runtime rt, int n, int got, PyObject seq) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            if (got > n) {
                return PyError.raise("ValueError", "too many values to unpack");
            }
            return PyError.raise("ValueError", "need more than " + got + " value" + (got == 1 ? "" : "s") + " to unpack");
        }
        if (got > n) {
            return PyError.raise("ValueError", "too many values to unpack (expected " + n + ")");
        }
        return PyError.raise("ValueError", "not enough values to unpack (expected " + n + ", got " + got + ")");
    }

    static void unpackEx(Runtime rt, Frame f, int before, int after) {
        PyObject seq = f.pop();
        List<PyObject> items = Ops.toList(rt, unpackIterator(rt, seq));
        if (items.size() < before + after) {
            throw PyError.raise("ValueError", "not enough values to unpack (expected at least " + (before + after)
                    + ", got " + items.size() + ")");
        }
        for (int i = items.size() - 1; i >= items.size() - after; i--) {
            f.push(items.get(i));
        }
        f.push(org.pyvm.core.objects.PyList.of(items.subList(before, items.size() - after)));
        for (int i = before - 1; i >= 0; i--) {
            f.push(items.get(i));
        }
    }

    static PyObject bytesOrStr(Runtime rt, String s) {
        return rt.lang.has(LanguageFeature.STR_IS_BYTES) ? PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(s);
    }
}
