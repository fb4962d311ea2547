package org.pyvm.core.builtins;

import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Methods of list and tuple. */
final class ListMethods {
    private ListMethods() {
    }

    private interface Method {
        PyObject call(List<PyObject> items, Args a);
    }

    static void install(Runtime rt) {
        PyType t = rt.types.list;
        def(rt, t, "append", (l, a) -> {
            l.add(a.get(0));
            org.pyvm.core.runtime.Sequences.grew(rt, l, l.size());
            return PyNone.NONE;
        });
        def(rt, t, "extend", (l, a) -> {
            org.pyvm.core.runtime.Sequences.extend(rt, l, a.get(0));
            return PyNone.NONE;
        });
        def(rt, t, "insert", (l, a) -> {
            long i = Args.ssize(rt, a.get(0));
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.add((int) Math.min(i, l.size()), a.get(1));
            return PyNone.NONE;
        });
        def(rt, t, "pop", (l, a) -> {
            long i = a.get(0) == null ? l.size() - 1 : Args.ssize(rt, a.get(0)); // the argument is parsed first
            if (l.isEmpty()) {
                throw PyError.raise("IndexError", "pop from empty list");
            }
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyError.raise("IndexError", "pop index out of range");
            }
            return l.remove((int) i);
        });
        def(rt, t, "remove", (l, a) -> {
            for (int i = 0; i < l.size(); i++) {
                if (Ops.eq(rt, l.get(i), a.get(0))) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyError.raise("ValueError", rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "list.remove(x): x not in list" : "list.remove(x): x not in list");
        });
        def(rt, t, "index", (l, a) -> index(rt, l, a, "list"));
        def(rt, t, "count", (l, a) -> count(rt, l, a));
        def(rt, t, "reverse", (l, a) -> {
            java.util.Collections.reverse(l);
            return PyNone.NONE;
        });
        if (!Level.py2(rt)) { // 3.3
            def(rt, t, "clear", (l, a) -> {
                l.clear();
                return PyNone.NONE;
            });
            def(rt, t, "copy", (l, a) -> PyList.of(l));
        }
        t.dict.put("sort", new PyMethodDescriptor("sort", t, (self, args, kw) -> {
            Args a = new Args(rt, "sort", args, kw);
            if (a.count() > 0 && !Level.py2(rt)) {
                throw PyError.raise("TypeError", Level.modern(rt) ? "sort() takes no positional arguments"
                        : "must use keyword argument for key function");
            }
            SortArgs.checkKeywords(rt, a);
            // 2.7: sort(cmp, key, reverse), positionally too; 3.x takes keywords only (checked above)
            sort(rt, (PyList) self, a.get(1, "key"), a.get(2, "reverse"), a.get(0, "cmp"));
            return PyNone.NONE;
        }));
        PyType tu = rt.types.tuple;
        tu.dict.put("index", new PyMethodDescriptor("index", tu, (self, args, kw) -> index(rt, List.of(((PyTuple) self).items()),
                new Args(rt, "index", args, kw).method("tuple", Args.Kind.PARSE, 1, 3), "tuple")));
        tu.dict.put("count", new PyMethodDescriptor("count", tu, (self, args, kw) -> count(rt, List.of(((PyTuple) self).items()),
                new Args(rt, "count", args, kw).method("tuple", Args.Kind.ONE, 1, 1))));
        PyType sl = rt.types.slice;
        sl.dict.put("indices", new PyMethodDescriptor("indices", sl, (self, args, kw) -> {
            Args a = new Args(rt, "indices", args, kw).noKeywords();
            if (a.count() != 1) {
                throw PyError.raise("TypeError", "indices() takes exactly one argument (" + a.count() + " given)");
            }
            return org.pyvm.core.runtime.SliceIndices.of(rt, (org.pyvm.core.objects.PySlice) self, a.get(0));
        }));
        // range.__reduce__ (pickle, copy): the type and its arguments; 2.7 gives xrange's normalised stop
        rt.types.range.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", rt.types.range, (self, args, kw) -> {
            new Args(rt, "__reduce__", args, kw).check(0, 0);
            org.pyvm.core.objects.PyRange r = (org.pyvm.core.objects.PyRange) self;
            PyObject bounds = r.isBig() ? PyTuple.of(PyInt.of(r.bigStart), PyInt.of(r.bigStop), PyInt.of(r.bigStep))
                    : PyTuple.of(PyInt.of(r.start), PyInt.of(Level.py2(rt) ? r.start + r.length() * r.step : r.stop), PyInt.of(r.step));
            return PyTuple.of(rt.types.range, bounds);
        }));
        if (!Level.py2(rt)) { // 2.7's xrange has neither
            PyType rg = rt.types.range;
            rg.dict.put("index", new PyMethodDescriptor("index", rg, (self, args, kw) -> rangeSearch(rt, (org.pyvm.core.objects.PyRange) self,
                    new Args(rt, "index", args, kw).check(1, 1).get(0), true)));
            rg.dict.put("count", new PyMethodDescriptor("count", rg, (self, args, kw) -> rangeSearch(rt, (org.pyvm.core.objects.PyRange) self,
                    new Args(rt, "count", args, kw).check(1, 1).get(0), false)));
        }
    }

    /**
     * range.index and range.count: an int (or bool) is found by arithmetic ("%R is not in range" when
     * absent); anything else by comparing it with every item, as CPython's _PySequence_IterSearch does.
     */
    private static PyObject rangeSearch(Runtime rt, org.pyvm.core.objects.PyRange r, PyObject x, boolean index) {
        java.math.BigInteger start = r.isBig() ? r.bigStart : java.math.BigInteger.valueOf(r.start);
        java.math.BigInteger step = r.isBig() ? r.bigStep : java.math.BigInteger.valueOf(r.step);
        java.math.BigInteger len = r.isBig() ? r.bigLength() : java.math.BigInteger.valueOf(r.length());
        if (x instanceof PyInt || x instanceof org.pyvm.core.objects.PyBool) {
            java.math.BigInteger v = x instanceof PyInt i ? i.toBigInteger()
                    : java.math.BigInteger.valueOf(((org.pyvm.core.objects.PyBool) x).value ? 1 : 0);
            java.math.BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
            boolean in = qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(len) < 0;
            if (!index) {
                return PyInt.of(in ? 1 : 0);
            }
            if (!in) {
                throw PyError.raise("ValueError", Ops.repr(rt, x) + " is not in range");
            }
            return PyInt.of(qr[0]);
        }
        long n = 0;
        java.math.BigInteger item = start;
        for (java.math.BigInteger i = java.math.BigInteger.ZERO; i.compareTo(len) < 0; i = i.add(java.math.BigInteger.ONE)) {
            if (Ops.eq(rt, PyInt.of(item), x)) {
                if (index) {
                    return PyInt.of(i);
                }
                n++;
            }
            item = item.add(step);
        }
        if (index) {
            throw PyError.raise("ValueError", "sequence.index(x): x not in sequence");
        }
        return PyInt.of(n);
    }

    private static void def(Runtime rt, PyType t, String name, Method m) {
        Signature sig = SIGNATURES.get(name);
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> {
            Args a = new Args(rt, name, args, kw);
            if (sig != null) {
                a.method("list", sig.kind(), sig.min(), sig.max());
            }
            return m.call(((PyList) self).items(), a);
        }));
    }

    /** How each list method parses its arguments in CPython (listobject.c's method table). */
    record Signature(Args.Kind kind, int min, int max) {
    }

    private static final java.util.Map<String, Signature> SIGNATURES = java.util.Map.of(
            "append", new Signature(Args.Kind.ONE, 1, 1), "extend", new Signature(Args.Kind.ONE, 1, 1),
            "remove", new Signature(Args.Kind.ONE, 1, 1), "count", new Signature(Args.Kind.ONE, 1, 1),
            "reverse", new Signature(Args.Kind.NONE, 0, 0), "clear", new Signature(Args.Kind.NONE, 0, 0),
            "copy", new Signature(Args.Kind.NONE, 0, 0), "insert", new Signature(Args.Kind.PARSE, 2, 2),
            "pop", new Signature(Args.Kind.PARSE, 0, 1), "index", new Signature(Args.Kind.PARSE, 1, 3));

    private static PyObject index(Runtime rt, List<PyObject> l, Args a, String what) {
        int n = l.size();
        long start = position(rt, a.get(1), 0, n);
        long stop = position(rt, a.get(2), n, n);
        for (int i = (int) start; i < Math.min(stop, l.size()); i++) {
            if (Ops.eq(rt, l.get(i), a.get(0))) {
                return PyInt.of(i);
            }
        }
        if (what.equals("tuple")) {
            throw PyError.raise("ValueError", "tuple.index(x): x not in tuple");
        }
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("ValueError", Ops.repr(rt, a.get(0)) + " is not in list");
        }
        throw PyError.raise("ValueError", Ops.repr(rt, a.get(0)) + " is not in list");
    }

    /**
     * index's start or stop (absent: {@code absent}) as a position in [0, n]: counted from the end when negative,
     * huge values clamped; None is refused (_PyEval_SliceIndexNotNone, 2.7.18 too).
     */
    private static long position(Runtime rt, PyObject o, int absent, int n) {
        if (o == null) {
            return absent;
        }
        long v;
        if (o instanceof PyInt i && i.big != null) {
            v = i.big.signum() < 0 ? -Long.MAX_VALUE / 2 : Long.MAX_VALUE / 2;
        } else if (o instanceof PyInt || o instanceof org.pyvm.core.objects.PyBool
                || o instanceof org.pyvm.core.objects.PyInstance && rt.types.of(o).lookup("__index__") != null) {
            v = Args.index(rt, o);
        } else {
            throw PyError.raise("TypeError", "slice indices must be integers or have an __index__ method");
        }
        if (v < 0) {
            v = Math.max(0, v + n);
        }
        return Math.min(v, n);
    }

    private static PyObject count(Runtime rt, List<PyObject> l, Args a) {
        int n = 0;
        for (PyObject x : l) {
            if (Ops.eq(rt, x, a.get(0))) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    /**
     * list.sort (and sorted) as CPython runs it: the list looks empty while it is sorted (so a
     * comparison that mutates it cannot corrupt the sort, and is reported afterwards); keys are
     * computed once per item, before any comparison; reverse=True reverses, sorts stably and
     * reverses back, so equal items keep their order; if a key function or comparison raises,
     * the list keeps all its items in the order the sort had reached.
     */
    static void sort(Runtime rt, PyList list, PyObject key, PyObject reverse, PyObject cmp) {
        boolean rev = SortArgs.reverse(rt, reverse);
        key = key == PyNone.NONE ? null : key;
        cmp = cmp == PyNone.NONE ? null : cmp;
        List<PyObject> items = list.items();
        PyObject[] saved = items.toArray(new PyObject[0]);
        items.clear();
        try {
            PyObject[] keys = saved;
            PyObject[] values = null;
            if (key != null) {
                keys = new PyObject[saved.length];
                for (int i = 0; i < saved.length; i++) {
                    keys[i] = Ops.call(rt, key, saved[i]);
                }
                values = saved;
            }
            TimSort.LessThan lt = SortLessThan.of(rt, keys, cmp);
            boolean reversed = rev && saved.length > 1;
            if (reversed) {
                java.util.Collections.reverse(java.util.Arrays.asList(keys));
                if (values != null) {
                    java.util.Collections.reverse(java.util.Arrays.asList(values));
                }
            }
            try {
                TimSort.sort(keys, values, lt, rt.lang.has(LanguageFeature.SORT_POWERSORT_MERGES)
                        ? TimSort.MergePolicy.POWERSORT : TimSort.MergePolicy.CLASSIC_STACK);
                // CPython notices any resize of the emptied list; PyList keeps no modification count, so
                // only one that leaves items behind is seen here (append-then-pop goes unnoticed).
                // Whatever the list grew to is discarded below, as CPython does.
                if (!items.isEmpty()) {
                    throw PyError.raise("ValueError", "list modified during sort");
                }
            } finally {
                if (reversed) {
                    java.util.Collections.reverse(java.util.Arrays.asList(saved));
                }
            }
        } finally {
            items.clear();
            items.addAll(java.util.Arrays.asList(saved));
        }
    }

}
