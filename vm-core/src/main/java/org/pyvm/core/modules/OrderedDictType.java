package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.pyvm.core.builtins.DictViews;
import org.pyvm.core.builtins.Subclassing;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * 3.x's C {@code OrderedDict} ({@code Objects/odictobject.c}), which {@code collections} imports from
 * {@code _collections} in place of its pure-Python class: a dict subclass whose order is the dict's own
 * insertion order (3.x dicts keep it) plus {@code move_to_end}; {@code popitem(last=False)}; equality that
 * minds the order between two OrderedDicts; views {@code odict_keys}/{@code odict_values}/{@code odict_items}
 * (subclasses of dict's, shown as {@code odict_keys(['a'])}); iterators that fail once a key comes, goes or
 * moves ("OrderedDict mutated during iteration"); {@code __init__}/{@code update} storing each pair through
 * {@code self[k] = v}, so a subclass's {@code __setitem__} sees them; the repr {@code OrderedDict([('a', 1)])}.
 * Messages name the type {@code collections.OrderedDict}, as its tp_name does. Methods written in C leave no
 * frame in a traceback, as the pure-Python class would.
 */
final class OrderedDictType {
    private final Runtime rt;
    private final PyType type;
    private final PyType keysType;
    private final PyType valuesType;
    private final PyType itemsType;
    /** The OrderedDicts whose repr is being made (Py_ReprEnter): one met again inside shows as {@code ...}. */
    private final Set<PyObject> inRepr = Collections.newSetFromMap(new IdentityHashMap<>());

    private OrderedDictType(Runtime rt) {
        this.rt = rt;
        this.type = PyType.userClass("OrderedDict", new PyType[] {rt.types.dict}, false).withInstanceProtocol(rt.instances)
                .asStaticInCPython(); // C's odict type: no Py_TPFLAGS_HEAPTYPE in its __flags__
        this.keysType = view("odict_keys", DictViews.Kind.KEYS);
        this.valuesType = view("odict_values", DictViews.Kind.VALUES);
        this.itemsType = view("odict_items", DictViews.Kind.ITEMS);
    }

    static PyType create(Runtime rt) {
        return new OrderedDictType(rt).build();
    }

    private PyType view(String name, DictViews.Kind kind) {
        PyType t = PyType.builtin(name, null, DictViews.baseType(rt, kind));
        t.dict.put("__reversed__", new PyMethodDescriptor("__reversed__", t, (self, a, kw) -> {
            ModuleSupport.count(rt, "__reversed__", a, kw, 0, 0);
            PyDict d = DictViews.mapping(self);
            return iterator(d, kind, true);
        }));
        return t;
    }

    private boolean isOrderedDict(PyObject o) {
        return o instanceof PyDict && rt.types.of(o).isSubtypeOf(type);
    }

    private PyDict self(PyObject o, String method) {
        if (!isOrderedDict(o)) {
            throw PyError.raise("TypeError", "descriptor '" + method + "' requires a 'collections.OrderedDict' object but received a '"
                    + Ops.typeName(rt, o) + "'");
        }
        return (PyDict) o;
    }

    private void def(String name, ModuleSupport.Body<PyDict> body) {
        type.dict.put(name, new PyMethodDescriptor(name, type, (o, a, kw) -> body.call(self(o, name), a, kw)));
    }

    private PyType build() {
        PyType t = type;
        t.dict.put("__module__", Strings.text(rt, "collections"));
        t.dict.put("__doc__", PyStr.of("Dictionary that remembers insertion order"));
        t.setMessageName("collections.OrderedDict");
        Subclassing.prepare(rt, t);
        def("__init__", (d, a, kw) -> {
            int n = ModuleSupport.positional(a, kw);
            if (n > 1) {
                throw PyError.raise("TypeError", "expected at most 1 arguments, got " + n);
            }
            update(d, a, kw);
            return PyNone.NONE;
        });
        def("update", (d, a, kw) -> {
            int n = ModuleSupport.positional(a, kw);
            if (n > 1) {
                throw PyError.raise("TypeError", "update() takes at most 1 positional argument (" + n + " given)");
            }
            update(d, a, kw);
            return PyNone.NONE;
        });
        def("__repr__", (d, a, kw) -> Strings.text(rt, repr(d)));
        def("__eq__", (d, a, kw) -> compare(d, a[0], false));
        def("__ne__", (d, a, kw) -> compare(d, a[0], true));
        def("__iter__", (d, a, kw) -> iterator(d, DictViews.Kind.KEYS, false));
        def("__reversed__", (d, a, kw) -> iterator(d, DictViews.Kind.KEYS, true));
        def("keys", (d, a, kw) -> {
            ModuleSupport.count(rt, "keys", a, kw, 0, 0);
            return DictViews.of(rt, keysType, d, DictViews.Kind.KEYS, () -> iterator(d, DictViews.Kind.KEYS, false));
        });
        def("values", (d, a, kw) -> {
            ModuleSupport.count(rt, "values", a, kw, 0, 0);
            return DictViews.of(rt, valuesType, d, DictViews.Kind.VALUES, () -> iterator(d, DictViews.Kind.VALUES, false));
        });
        def("items", (d, a, kw) -> {
            ModuleSupport.count(rt, "items", a, kw, 0, 0);
            return DictViews.of(rt, itemsType, d, DictViews.Kind.ITEMS, () -> iterator(d, DictViews.Kind.ITEMS, false));
        });
        def("move_to_end", (d, a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "move_to_end", a, kw, 1, "key", "last");
            boolean last = v[1] == null || Ops.truth(rt, v[1]);
            Ops.hash(rt, v[0]);
            if (!d.moveTo(v[0], last)) {
                throw PyError.raiseArgs("KeyError", v[0]);
            }
            return PyNone.NONE;
        });
        def("popitem", (d, a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "popitem", a, kw, 0, "last");
            boolean last = v[0] == null || Ops.truth(rt, v[0]);
            if (d.size() == 0) {
                throw PyError.raiseArgs("KeyError", PyStr.of("dictionary is empty"));
            }
            List<PyObject> keys = d.keys();
            PyObject key = keys.get(last ? keys.size() - 1 : 0);
            return PyTuple.of(key, popKey(d, key));
        });
        def("pop", (d, a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "pop", a, kw, 1, "key", "default");
            Ops.hash(rt, v[0]);
            if (d.get(v[0]) != null) {
                return popKey(d, v[0]);
            }
            if (v[1] != null) {
                return v[1];
            }
            throw PyError.raiseArgs("KeyError", v[0]);
        });
        def("setdefault", (d, a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "setdefault", a, kw, 1, "key", "default");
            PyObject dflt = v[1] == null ? PyNone.NONE : v[1];
            Ops.hash(rt, v[0]);
            PyObject have = d.get(v[0]);
            if (have != null) {
                return exact(d) ? have : Ops.getitem(rt, d, v[0]);
            }
            if (exact(d)) {
                d.put(v[0], dflt);
            } else {
                Ops.setitem(rt, d, v[0], dflt);
            }
            return dflt;
        });
        PyMethodDescriptor copy = new PyMethodDescriptor("copy", t, (o, a, kw) -> {
            PyDict d = self(o, "copy");
            ModuleSupport.count(rt, "copy", a, kw, 0, 0);
            if (exact(d)) {
                PyDict c = (PyDict) Ops.call(rt, type);
                for (PyObject k : d.keys()) {
                    c.put(k, d.get(k));
                }
                return c;
            }
            PyObject c = Ops.call(rt, rt.types.of(d));
            for (PyObject k : d.keys()) {
                Ops.setitem(rt, c, k, Ops.getitem(rt, d, k));
            }
            return c;
        });
        t.dict.put("copy", copy);
        def("__reduce__", (d, a, kw) -> {
            PyObject state = Ops.getattrOrNull(rt, d, "__dict__");
            if (state == null || Ops.len(rt, state) == 0) {
                state = PyNone.NONE;
            }
            return PyTuple.of(rt.types.of(d), PyTuple.of(), state, PyNone.NONE, iterator(d, DictViews.Kind.ITEMS, false));
        });
        if (rt.lang.minor() >= 9) {
            def("__or__", (d, a, kw) -> {
                if (!(a[0] instanceof PyDict)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject c = Ops.call(rt, rt.types.of(d), d);
                updateArg(c, a[0]);
                return c;
            });
            def("__ror__", (d, a, kw) -> {
                if (!(a[0] instanceof PyDict)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject c = Ops.call(rt, rt.types.of(d), a[0]);
                updateArg(c, d);
                return c;
            });
            def("__ior__", (d, a, kw) -> {
                updateArg(d, a[0]);
                return d;
            });
        }
        return t;
    }

    private boolean exact(PyDict d) {
        return rt.types.of(d) == type;
    }

    /** Removes a present key and gives its value: a subclass's own __getitem__ and __delitem__ do it (_odict_popkey_hash). */
    private PyObject popKey(PyDict d, PyObject key) {
        if (exact(d)) {
            PyObject v = d.get(key);
            d.remove(key);
            return v;
        }
        PyObject v = Ops.getitem(rt, d, key);
        Ops.delitem(rt, d, key);
        return v;
    }

    /** mutablemapping_update: the one positional argument, then the keywords, each stored by {@code self[k] = v}. */
    private void update(PyDict d, PyObject[] a, String[] kw) {
        int n = ModuleSupport.positional(a, kw);
        if (n == 1) {
            updateArg(d, a[0]);
        }
        for (int i = 0; kw != null && i < kw.length; i++) {
            Ops.setitem(rt, d, PyStr.of(kw[i]), a[n + i]);
        }
    }

    private void updateArg(PyObject self, PyObject arg) {
        if (arg instanceof PyDict src && rt.types.of(arg) == rt.types.dict) {
            List<PyObject> pairs = new ArrayList<>();
            for (PyObject k : src.keys()) {
                pairs.add(PyTuple.of(k, src.get(k)));
            }
            addPairs(self, PyList.of(pairs));
            return;
        }
        PyObject keys = Ops.getattrOrNull(rt, arg, "keys");
        if (keys != null) {
            PyObject it = Ops.iter(rt, Ops.call(rt, keys));
            for (PyObject k = Ops.next(rt, it); k != null; k = Ops.next(rt, it)) {
                Ops.setitem(rt, self, k, Ops.getitem(rt, arg, k));
            }
            return;
        }
        PyObject items = Ops.getattrOrNull(rt, arg, "items");
        addPairs(self, items != null ? Ops.call(rt, items) : arg);
    }

    private void addPairs(PyObject self, PyObject pairs) {
        PyObject it = Ops.iter(rt, pairs);
        for (PyObject pair = Ops.next(rt, it); pair != null; pair = Ops.next(rt, it)) {
            PyObject p = Ops.iter(rt, pair);
            PyObject key = Ops.next(rt, p);
            if (key == null) {
                throw PyError.raise("ValueError", "need more than 0 values to unpack");
            }
            PyObject value = Ops.next(rt, p);
            if (value == null) {
                throw PyError.raise("ValueError", "need more than 1 value to unpack");
            }
            if (Ops.next(rt, p) != null) {
                throw PyError.raise("ValueError", "too many values to unpack (expected 2)");
            }
            Ops.setitem(rt, self, key, value);
        }
    }

    private String repr(PyDict d) {
        String name = rt.types.of(d).name(rt.lang);
        if (inRepr.contains(d)) {
            return "...";
        }
        if (d.size() == 0) {
            return name + "()";
        }
        inRepr.add(d);
        try {
            PyObject pairs;
            if (exact(d)) {
                List<PyObject> items = new ArrayList<>();
                for (PyObject k : d.keys()) {
                    PyObject v = d.get(k);
                    if (v != null) {
                        items.add(PyTuple.of(k, v));
                    }
                }
                pairs = PyList.of(items);
            } else {
                pairs = PyList.of(new ArrayList<>(Ops.toList(rt, Ops.callMethod(rt, d, "items"))));
            }
            return name + "(" + Ops.repr(rt, pairs) + ")";
        } finally {
            inRepr.remove(d);
        }
    }

    /** odict_richcompare: == and != as dict's, and between two OrderedDicts the keys in the same order too. */
    private PyObject compare(PyDict d, PyObject other, boolean negate) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean equal = d.size() == o.size();
        if (equal) {
            for (PyObject k : d.keys()) {
                PyObject v = o.get(k);
                if (v == null || !Ops.eq(rt, d.get(k), v)) {
                    equal = false;
                    break;
                }
            }
        }
        if (equal && isOrderedDict(o)) {
            List<PyObject> mine = d.keys();
            List<PyObject> theirs = o.keys();
            for (int i = 0; i < mine.size() && equal; i++) {
                equal = mine.get(i) == theirs.get(i) || Ops.eq(rt, mine.get(i), theirs.get(i));
            }
        }
        return PyBool.of(equal != negate);
    }

    /**
     * odict_iterator: the keys, values or items in order; it fails once a key comes, goes or moves, unless the last
     * key had already been given.
     */
    private PyIterator iterator(PyDict d, DictViews.Kind kind, boolean reversed) {
        List<PyObject> keys = d.keys();
        if (reversed) {
            Collections.reverse(keys);
        }
        int layout = d.layout();
        int size = d.size();
        return new PyIterator("odict_iterator") {
            private int next;
            private boolean over;

            @Override
            public PyObject next() {
                if (over || next >= keys.size()) {
                    // the last key had no successor when it was given: done, whatever changed since (odictiter_nextkey)
                    over = true;
                    return null;
                }
                if (d.layout() != layout) {
                    over = true;
                    throw PyError.raise("RuntimeError", "OrderedDict mutated during iteration");
                }
                if (d.size() != size) {
                    over = true;
                    throw PyError.raise("RuntimeError", "OrderedDict changed size during iteration");
                }
                PyObject k = keys.get(next++);
                if (kind == DictViews.Kind.KEYS) {
                    return k;
                }
                PyObject v = d.get(k);
                if (v == null) {
                    over = true;
                    throw PyError.raiseArgs("KeyError", k);
                }
                return kind == DictViews.Kind.VALUES ? v : PyTuple.of(k, v);
            }
        };
    }
}
