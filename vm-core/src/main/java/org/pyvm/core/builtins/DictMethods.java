package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Iterators;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Methods of dict; 2.7's keys()/values()/items() return lists, 3.x's return iterable views (here: snapshots). */
final class DictMethods {
    private DictMethods() {
    }

    private interface Method {
        PyObject call(PyDict d, Args a);
    }

    static void install(Runtime rt) {
        PyType t = rt.types.dict;
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        def(rt, t, "get", (d, a) -> {
            Ops.hashForTable(rt, a.get(0));
            PyObject v = d.get(a.get(0));
            return v != null ? v : a.get(1) != null ? a.get(1) : PyNone.NONE;
        });
        if (!py2 && rt.lang.has(LanguageFeature.SET_GROWS_AT_THREE_FIFTHS)) {
            // 3.8+: reversed(dict)
            def(rt, t, "__reversed__", (d, a) -> {
                List<PyObject> keys = d.keys();
                java.util.Collections.reverse(keys);
                return Iterators.overList("dict_reversekeyiterator", keys);
            });
        }
        if (Level.modern(rt)) {
            // 3.9+: d | other, other | d (dict only), d |= anything update() takes
            def(rt, t, "__or__", (d, a) -> {
                if (!(a.check(1, 1).get(0) instanceof PyDict o)) {
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyDict c = copy(rt, d);
                merge(rt, c, o, "update");
                return c;
            });
            def(rt, t, "__ror__", (d, a) -> {
                if (!(a.check(1, 1).get(0) instanceof PyDict o)) {
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyDict c = copy(rt, o);
                merge(rt, c, d, "update");
                return c;
            });
            def(rt, t, "__ior__", (d, a) -> {
                merge(rt, d, a.check(1, 1).get(0), "update");
                return d;
            });
        }
        View.Types views = new View.Types(rt);
        def(rt, t, "keys", (d, a) -> py2 ? PyList.of(d.keys()) : View.of(rt, views, d, View.Kind.KEYS));
        def(rt, t, "values", (d, a) -> py2 ? PyList.of(values(d)) : View.of(rt, views, d, View.Kind.VALUES));
        def(rt, t, "items", (d, a) -> py2 ? PyList.of(items(d)) : View.of(rt, views, d, View.Kind.ITEMS));
        if (py2) {
            def(rt, t, "iterkeys", (d, a) -> Iterators.overDict(rt, "dictionary-keyiterator", d, Iterators.DictPart.KEYS));
            def(rt, t, "itervalues", (d, a) -> Iterators.overDict(rt, "dictionary-valueiterator", d, Iterators.DictPart.VALUES));
            def(rt, t, "iteritems", (d, a) -> Iterators.overDict(rt, "dictionary-itemiterator", d, Iterators.DictPart.ITEMS));
            def(rt, t, "has_key", (d, a) -> PyBool.of(d.get(a.get(0)) != null));
            def(rt, t, "viewkeys", (d, a) -> View.of(rt, views, d, View.Kind.KEYS));
            def(rt, t, "viewvalues", (d, a) -> View.of(rt, views, d, View.Kind.VALUES));
            def(rt, t, "viewitems", (d, a) -> View.of(rt, views, d, View.Kind.ITEMS));
        }
        // PyDict_SetDefault: a subclass's own __setitem__ is not called
        def(rt, t, "setdefault", (d, a) -> d.setDefault(a.get(0), a.get(1) != null ? a.get(1) : PyNone.NONE));
        def(rt, t, "pop", (d, a) -> {
            // _PyDict_Pop: an empty dict answers before the key is hashed ({}.pop([]) is a KeyError)
            PyObject v = d.size() == 0 ? null : d.pop(a.get(0));
            if (v == null) {
                if (a.get(1) != null) {
                    return a.get(1);
                }
                throw PyError.raiseArgs("KeyError", a.get(0));
            }
            return v;
        });
        def(rt, t, "popitem", (d, a) -> {
            PyObject[] entry = d.popitem();
            if (entry == null) {
                throw PyError.raise("KeyError", "popitem(): dictionary is empty");
            }
            return PyTuple.of(entry[0], entry[1]);
        });
        def(rt, t, "update", (d, a) -> {
            a.positionalCount(0, 1);
            if (a.get(0) != null) {
                merge(rt, d, a.get(0), "update");
            }
            a.putKeywords(rt, d);
            return PyNone.NONE;
        });
        TypeMethod.def(rt, t, "fromkeys", (cls, a) -> {
            a.check(1, 2);
            PyObject value = a.get(1) != null ? a.get(1) : PyNone.NONE;
            PyObject target = cls == rt.types.dict ? PyDict.of(rt.lang, List.of()) : Ops.call(rt, cls);
            PyObject src = a.get(0);
            if (target instanceof PyDict d && cls == rt.types.dict) {
                // 2.7's dict_fromkeys of an exact dict or set: one resize, then the keys in the source's slot order
                if (rt.types.of(src) == rt.types.dict && d.fromKeysOfDict((PyDict) src, value)) {
                    return d;
                }
                if (src instanceof org.pyvm.core.objects.PySet s && rt.types.of(src) == rt.types.set && d.fromKeysOfTable(s.table(), s.table().size(), value)
                        || src instanceof org.pyvm.core.objects.PyFrozenSet s2 && rt.types.of(src) == rt.types.frozenset
                        && d.fromKeysOfTable(s2.table(), s2.table().size(), value)) {
                    return d;
                }
            }
            PyObject it = Ops.iter(rt, a.get(0));
            for (PyObject k = Ops.next(rt, it); k != null; k = Ops.next(rt, it)) {
                Ops.setitem(rt, target, k, value);
            }
            return target;
        });
        def(rt, t, "copy", (d, a) -> {
            PyDict c = PyDict.of(rt.lang, List.of());
            c.putAll(d); // PyDict_Copy: a merge into a new dict
            return c;
        });
        def(rt, t, "clear", (d, a) -> {
            d.clear();
            return PyNone.NONE;
        });
    }

    /** d.update(src): a dict, anything with keys(), or an iterable of pairs, with CPython's errors. */
    static void merge(Runtime rt, PyDict d, PyObject src, String fname) {
        PyDict m = Ops.plainDict(rt, src);
        if (m != null) {
            d.putAll(m); // dict_merge: each key with the hash stored for it, no __hash__ called
            return;
        }
        PyObject keys = Ops.getattrOrNull(rt, src, "keys");
        if (keys != null && !(src instanceof PyList) && !(src instanceof PyTuple)) {
            for (PyObject k : Ops.toList(rt, Ops.call(rt, keys))) {
                Ops.setitem(rt, d, k, Ops.getitem(rt, src, k));
            }
            return;
        }
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        PyObject it;
        try {
            it = Ops.iter(rt, src);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError") && !py2) {
                throw PyError.raise("TypeError", "'" + Ops.typeName(rt, src) + "' object is not iterable");
            }
            // 2.7: PyObject_GetIter's own error ("'int' object is not iterable", a classic instance's
            // "iteration over non-sequence")
            throw e;
        }
        int n = 0;
        for (PyObject pair = Ops.next(rt, it); pair != null; pair = Ops.next(rt, it), n++) {
            List<PyObject> kv;
            try {
                kv = Ops.toList(rt, pair);
            } catch (PyError e) {
                if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                    throw PyError.raise("TypeError", "cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            if (kv.size() != 2) {
                throw PyError.raise("ValueError", "dictionary update sequence element #" + n + " has length " + kv.size() + "; 2 is required");
            }
            Ops.setitem(rt, d, kv.get(0), kv.get(1));
        }
    }

    static PyDict copy(Runtime rt, PyDict d) {
        PyDict c = PyDict.of(rt.lang, List.of());
        for (PyObject k : d.keys()) {
            c.put(k, d.get(k));
        }
        return c;
    }

    private static void def(Runtime rt, PyType t, String name, Method m) {
        ListMethods.Signature sig = SIGNATURES.get(name);
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> {
            Args a = new Args(rt, name, args, kw);
            if (sig != null) {
                a.method("dict", sig.kind(), sig.min(), sig.max());
            }
            return m.call((PyDict) self, a);
        }));
    }

    /** How the dict methods without keywords parse their arguments in CPython (dictobject.c's method table). */
    private static final java.util.Map<String, ListMethods.Signature> SIGNATURES = signatures();

    private static java.util.Map<String, ListMethods.Signature> signatures() {
        java.util.Map<String, ListMethods.Signature> m = new java.util.HashMap<>();
        for (String n : new String[] {"keys", "values", "items", "iterkeys", "itervalues", "iteritems", "viewkeys", "viewvalues",
            "viewitems", "popitem", "copy", "clear"}) {
            m.put(n, new ListMethods.Signature(Args.Kind.NONE, 0, 0));
        }
        m.put("has_key", new ListMethods.Signature(Args.Kind.ONE, 1, 1));
        for (String n : new String[] {"get", "pop", "setdefault"}) {
            m.put(n, new ListMethods.Signature(Args.Kind.UNPACK, 1, 2));
        }
        return java.util.Map.copyOf(m);
    }

    static List<PyObject> values(PyDict d) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject k : d.keys()) {
            out.add(d.get(k));
        }
        return out;
    }

    static List<PyObject> items(PyDict d) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject k : d.keys()) {
            out.add(PyTuple.of(k, d.get(k)));
        }
        return out;
    }
}
