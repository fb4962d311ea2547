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
        def(t, "get", (d, a) -> {
            Ops.hash(rt, a.get(0));
            PyObject v = d.get(a.get(0));
            return v != null ? v : a.get(1) != null ? a.get(1) : PyNone.NONE;
        });
        def(t, "keys", (d, a) -> py2 ? PyList.of(d.keys()) : View.of(rt, "dict_keys", d.keys()));
        def(t, "values", (d, a) -> py2 ? PyList.of(values(d)) : View.of(rt, "dict_values", values(d)));
        def(t, "items", (d, a) -> py2 ? PyList.of(items(d)) : View.of(rt, "dict_items", items(d)));
        if (py2) {
            def(t, "iterkeys", (d, a) -> Iterators.overList("dictionary-keyiterator", d.keys()));
            def(t, "itervalues", (d, a) -> Iterators.overList("dictionary-valueiterator", values(d)));
            def(t, "iteritems", (d, a) -> Iterators.overList("dictionary-itemiterator", items(d)));
            def(t, "has_key", (d, a) -> PyBool.of(d.get(a.get(0)) != null));
        }
        def(t, "setdefault", (d, a) -> {
            PyObject v = d.get(a.get(0));
            if (v == null) {
                v = a.get(1) != null ? a.get(1) : PyNone.NONE;
                Ops.setitem(rt, d, a.get(0), v);
            }
            return v;
        });
        def(t, "pop", (d, a) -> {
            PyObject v = d.get(a.get(0));
            if (v == null) {
                if (a.get(1) != null) {
                    return a.get(1);
                }
                throw PyError.raiseArgs("KeyError", a.get(0));
            }
            d.remove(a.get(0));
            return v;
        });
        def(t, "popitem", (d, a) -> {
            List<PyObject> keys = d.keys();
            if (keys.isEmpty()) {
                throw PyError.raise("KeyError", py2 ? "popitem(): dictionary is empty" : "popitem(): dictionary is empty");
            }
            PyObject k = py2 ? keys.get(0) : keys.get(keys.size() - 1);
            PyObject v = d.get(k);
            d.remove(k);
            return PyTuple.of(k, v);
        });
        def(t, "update", (d, a) -> {
            if (a.get(0) != null) {
                PyDict src = a.get(0) instanceof PyDict m ? m : Constructors.dict(rt, new Args("dict", new PyObject[] {a.get(0)}, null));
                for (PyObject k : src.keys()) {
                    d.put(k, src.get(k));
                }
            }
            return PyNone.NONE;
        });
        def(t, "copy", (d, a) -> {
            PyDict c = PyDict.of(rt.lang, List.of());
            for (PyObject k : d.keys()) {
                c.put(k, d.get(k));
            }
            return c;
        });
        def(t, "clear", (d, a) -> {
            for (PyObject k : d.keys()) {
                d.remove(k);
            }
            return PyNone.NONE;
        });
    }

    private static void def(PyType t, String name, Method m) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> m.call((PyDict) self, new Args(name, args, kw))));
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
