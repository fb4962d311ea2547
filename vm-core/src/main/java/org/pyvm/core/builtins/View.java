package org.pyvm.core.builtins;

import java.util.List;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Iterators;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x dict views (keys(), values(), items()): live (they see later changes of their dict), sized,
 * iterable, printable as {@code dict_keys([...])}; keys and items views are set-like ({@code &, |, -, ^},
 * {@code in}, comparisons with sets). They are instances of builtin types whose dicts hold these
 * operations, so the operator protocols find them as they find a class's dunders.
 */
final class View extends PyInstance implements org.pyvm.core.objects.PyIterable {
    enum Kind { KEYS, VALUES, ITEMS }

    /** The three view types of one runtime. */
    static final class Types {
        final PyType keys;
        final PyType values;
        final PyType items;

        Types(Runtime rt) {
            keys = type(rt, "dict_keys", Kind.KEYS);
            values = type(rt, "dict_values", Kind.VALUES);
            items = type(rt, "dict_items", Kind.ITEMS);
        }
    }

    private final Runtime rt;
    private final PyDict dict;
    private final Kind kind;
    /** How a view of a dict subtype iterates (OrderedDict's odict_iterator), or null for dict's own iterators. */
    private java.util.function.Supplier<PyObject> iterator;

    private View(Runtime rt, PyType type, PyDict dict, Kind kind) {
        super(type);
        this.rt = rt;
        this.dict = dict;
        this.kind = kind;
    }

    /** A view of type {@code t} (a subtype of a view type: odict_keys) iterating through {@code iterator}. */
    static View ofType(Runtime rt, PyType t, PyDict d, Kind kind, java.util.function.Supplier<PyObject> iterator) {
        View v = new View(rt, t, d, kind);
        v.iterator = iterator;
        return v;
    }

    PyDict dict() {
        return dict;
    }

    Kind kind() {
        return kind;
    }

    static View of(Runtime rt, Types types, PyDict d, Kind kind) {
        PyType t = kind == Kind.KEYS ? types.keys : kind == Kind.VALUES ? types.values : types.items;
        return new View(rt, t, d, kind);
    }

    List<PyObject> items() {
        switch (kind) {
            case KEYS:
                return dict.keys();
            case VALUES:
                return DictMethods.values(dict);
            default:
                return DictMethods.items(dict);
        }
    }

    @Override
    public PyObject iterate() {
        if (iterator != null) {
            return iterator.get();
        }
        boolean py2 = rt.lang.major() == 2;
        String name = kind == Kind.KEYS ? (py2 ? "dictionary-keyiterator" : "dict_keyiterator")
                : kind == Kind.VALUES ? (py2 ? "dictionary-valueiterator" : "dict_valueiterator")
                : (py2 ? "dictionary-itemiterator" : "dict_itemiterator");
        return Iterators.overDict(rt, name, dict, kind == Kind.KEYS ? Iterators.DictPart.KEYS
                : kind == Kind.VALUES ? Iterators.DictPart.VALUES : Iterators.DictPart.ITEMS);
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder(type().name(lang)).append("([");
        List<PyObject> items = items();
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(Ops.repr(rt, items.get(k)));
        }
        return sb.append("])").toString();
    }

    private boolean has(PyObject x) {
        switch (kind) {
            case KEYS:
                Ops.hashForTable(rt, x);
                return dict.get(x) != null;
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                Ops.hashForTable(rt, t.get(0));
                PyObject v = dict.get(t.get(0));
                return v != null && Ops.eq(rt, v, t.get(1));
            }
            default:
                for (PyObject v : items()) {
                    if (Ops.eq(rt, v, x)) {
                        return true;
                    }
                }
                return false;
        }
    }

    private PySet asSet() {
        return PySet.of(rt.lang, items());
    }

    private static PySet setOf(Runtime rt, PyObject o) {
        if (o instanceof View v) {
            return v.asSet();
        }
        return PySet.of(rt.lang, Ops.toList(rt, o));
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(View self, Args a);
    }

    private static void def(Runtime rt, PyType t, String name, Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> body.call((View) self, new Args(rt, name, args, kw))));
    }

    private static PyType type(Runtime rt, String name, Kind kind) {
        PyType t = PyType.builtin(name, null, rt.types.object);
        def(rt, t, "__len__", (v, a) -> PyInt.of(v.size()));
        if (rt.lang.major() == 3 && rt.lang.minor() >= 10) {
            // 3.10: the dict a view looks at, read-only
            t.dict.put("mapping", new org.pyvm.core.objects.PyGetSet("mapping", t,
                    o -> o instanceof View v && v.dict != null ? org.pyvm.core.runtime.MappingProxy.of(rt, v.dict) : null));
        }
        def(rt, t, "__iter__", (v, a) -> v.iterate());
        def(rt, t, "__contains__", (v, a) -> PyBool.of(v.has(a.check(1, 1).get(0))));
        def(rt, t, "__repr__", (v, a) -> org.pyvm.core.runtime.Strings.text(rt, v.repr(rt.lang)));
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.SET_GROWS_AT_THREE_FIFTHS)) {
            // 3.8+: reversed(d.keys()), reversed(d.values()), reversed(d.items())
            String reverseName = kind == Kind.KEYS ? "dict_reversekeyiterator" : kind == Kind.VALUES ? "dict_reversevalueiterator" : "dict_reverseitemiterator";
            def(rt, t, "__reversed__", (v, a) -> {
                a.check(0, 0);
                List<PyObject> items = v.items();
                java.util.Collections.reverse(items);
                return Iterators.overList(reverseName, items);
            });
        }
        if (kind == Kind.VALUES) {
            return t;
        }
        String[][] ops = {{"and", "AND"}, {"or", "OR"}, {"sub", "SUBTRACT"}, {"xor", "XOR"}};
        for (String[] op : ops) {
            Operator o = Operator.valueOf(op[1]);
            def(rt, t, "__" + op[0] + "__", (v, a) -> setOp(rt, o, v, a.check(1, 1).get(0)));
            def(rt, t, "__r" + op[0] + "__", (v, a) -> setOp(rt, o, a.check(1, 1).get(0), v));
        }
        def(rt, t, "__eq__", (v, a) -> compareAsSets(rt, v, a.check(1, 1).get(0), false));
        t.dict.put("__hash__", org.pyvm.core.objects.PyNone.NONE); // set-like views compare by value: unhashable
        def(rt, t, "__ne__", (v, a) -> compareAsSets(rt, v, a.check(1, 1).get(0), true));
        // subset and superset tests against sets and other views (dictview_richcompare)
        for (org.pyvm.core.code.Comparison c : java.util.List.of(org.pyvm.core.code.Comparison.LT, org.pyvm.core.code.Comparison.LE,
                org.pyvm.core.code.Comparison.GT, org.pyvm.core.code.Comparison.GE)) {
            def(rt, t, "__" + c.name().toLowerCase(java.util.Locale.ROOT) + "__", (v, a) -> orderAsSets(rt, v, a.check(1, 1).get(0), c));
        }
        if (!Level.py2(rt)) { // 2.7's views have the set operators but no isdisjoint
            def(rt, t, "isdisjoint", (v, a) -> {
                for (PyObject x : Ops.toList(rt, a.check(1, 1).get(0))) {
                    if (v.has(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
        return t;
    }

    /**
     * View set algebra in CPython's order of work: a new set from the left operand, then the set
     * method for the operator with the right one (3.8+ intersects by walking the bigger operand).
     */
    private static PyObject setOp(Runtime rt, Operator op, PyObject left, PyObject right) {
        // no NotImplemented: CPython's dictviews_and and the others iterate the other operand and let its error out
        if (op == Operator.AND && Level.modern(rt)) {
            PyObject self = left instanceof View ? left : right; // _PyDictView_Intersect: the view is self
            PyObject other = left instanceof View ? right : left;
            if (other instanceof PySet s && Ops.len(rt, self) <= s.size()) {
                return PySet.ofTable(org.pyvm.core.runtime.Sets.intersection(rt, s.table(), self));
            }
            if (other instanceof View && Ops.len(rt, other) > Ops.len(rt, self)) {
                PyObject t = self;
                self = other;
                other = t;
            }
            PySet result = PySet.of(rt.lang, java.util.List.of());
            for (PyObject k : Ops.toList(rt, other)) {
                if (Ops.contains(rt, self, k)) {
                    result.add(k);
                }
            }
            return result;
        }
        PySet result = PySet.of(rt.lang, java.util.List.of());
        // 3.10+ builds the set from a keys view's dict itself (dictviews_to_set), with the dict's one resize
        PyObject source = Level.modern(rt) && left instanceof View lv && lv.kind == Kind.KEYS ? lv.dict : left;
        org.pyvm.core.runtime.Sets.update(rt, result.table(), source);
        switch (op) {
            case OR:
                org.pyvm.core.runtime.Sets.update(rt, result.table(), right);
                break;
            case SUBTRACT:
                org.pyvm.core.runtime.Sets.differenceUpdate(rt, result.table(), right);
                break;
            case XOR:
                org.pyvm.core.runtime.Sets.symmetricDifferenceUpdate(rt, result.table(), right);
                break;
            default:
                result.replaceTable(org.pyvm.core.runtime.Sets.intersection(rt, result.table(), right));
                break;
        }
        return result;
    }

    private static PyObject orderAsSets(Runtime rt, View v, PyObject other, org.pyvm.core.code.Comparison c) {
        if (!(other instanceof View || other instanceof PySet || other instanceof org.pyvm.core.objects.PyFrozenSet)) {
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet mine = v.asSet();
        PySet theirs = setOf(rt, other);
        boolean subset = c == org.pyvm.core.code.Comparison.LT || c == org.pyvm.core.code.Comparison.LE;
        PySet small = subset ? mine : theirs;
        PySet big = subset ? theirs : mine;
        boolean strict = c == org.pyvm.core.code.Comparison.LT || c == org.pyvm.core.code.Comparison.GT;
        if (strict ? small.size() >= big.size() : small.size() > big.size()) {
            return PyBool.FALSE;
        }
        for (PyObject x : small.items()) {
            if (!big.contains(x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject compareAsSets(Runtime rt, View v, PyObject other, boolean negate) {
        if (!(other instanceof View || other instanceof PySet || other instanceof org.pyvm.core.objects.PyFrozenSet)) {
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet mine = v.asSet();
        PySet theirs = setOf(rt, other);
        boolean same = mine.items().size() == theirs.items().size();
        if (same) {
            for (PyObject x : theirs.items()) {
                if (!v.has(x)) {
                    same = false;
                    break;
                }
            }
        }
        return PyBool.of(same != negate);
    }
}
