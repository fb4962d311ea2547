package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.SetTable;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Sets;
import org.pyvm.spi.LanguageFeature;

/** Methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    static void install(Runtime rt) {
        PyType t = rt.types.set;
        t.dict.put("add", new PyMethodDescriptor("add", t, (self, a, kw) -> {
            new Args(rt, "add", a, kw).method("set", Args.Kind.ONE, 1, 1);
            Ops.hashForTable(rt, a[0]);
            ((PySet) self).add(a[0]);
            return PyNone.NONE;
        }));
        t.dict.put("discard", new PyMethodDescriptor("discard", t, (self, a, kw) -> {
            new Args(rt, "discard", a, kw).method("set", Args.Kind.ONE, 1, 1);
            ((PySet) self).discard(org.pyvm.core.runtime.Sets.lookupKey(a[0]));
            return PyNone.NONE;
        }));
        t.dict.put("remove", new PyMethodDescriptor("remove", t, (self, a, kw) -> {
            new Args(rt, "remove", a, kw).method("set", Args.Kind.ONE, 1, 1);
            if (!((PySet) self).discard(org.pyvm.core.runtime.Sets.lookupKey(a[0]))) {
                throw PyError.raiseArgs("KeyError", a[0]);
            }
            return PyNone.NONE;
        }));
        t.dict.put("pop", new PyMethodDescriptor("pop", t, (self, a, kw) -> {
            new Args(rt, "pop", a, kw).method("set", Args.Kind.NONE, 0, 0);
            PyObject x = ((PySet) self).table().pop();
            if (x == null) {
                throw PyError.raise("KeyError", "pop from an empty set");
            }
            return x;
        }));
        t.dict.put("update", new PyMethodDescriptor("update", t, (self, a, kw) -> {
            for (PyObject it : a) {
                org.pyvm.core.runtime.Sets.update(rt, ((PySet) self).table(), it);
            }
            return PyNone.NONE;
        }));
        t.dict.put("clear", new PyMethodDescriptor("clear", t, (self, a, kw) -> {
            // CPython gives a cleared set a fresh small table: later items land as in a new set
            ((PySet) self).replaceTable(SetTable.forSet(rt.lang));
            return PyNone.NONE;
        }));
        t.dict.put("copy", new PyMethodDescriptor("copy", t, (self, a, kw) -> copy(rt, self)));
        inPlace(rt, t, "intersection_update", Operator.AND);
        inPlace(rt, t, "difference_update", Operator.SUBTRACT);
        inPlace(rt, t, "symmetric_difference_update", Operator.XOR);
        // an exact frozenset is its own copy; a subclass's copy is a new set (Sets.wrap says of which type)
        rt.types.frozenset.dict.put("copy", new PyMethodDescriptor("copy", rt.types.frozenset,
                (self, a, kw) -> self instanceof PyFrozenSet.Sub ? copy(rt, self) : self));
        for (PyType st : new PyType[] {rt.types.set, rt.types.frozenset}) {
            algebra(rt, st, "union", Operator.OR);
            algebra(rt, st, "intersection", Operator.AND);
            algebra(rt, st, "difference", Operator.SUBTRACT);
            algebra(rt, st, "symmetric_difference", Operator.XOR);
            // bound as an attribute by the stdlib: keyword.py's "iskeyword = frozenset(kwlist).__contains__"
            st.dict.put("__contains__", new PyMethodDescriptor("__contains__", st, (self, a, kw) -> PyBool.of(Ops.contains(rt, self, a[0]))));
            st.dict.put("issubset", new PyMethodDescriptor("issubset", st, (self, a, kw) -> {
                PyObject other = asSet(rt, a[0]); // made from any iterable first, even for an empty set
                return PyBool.of(items(self).stream().allMatch(x -> Ops.contains(rt, other, x)));
            }));
            st.dict.put("issuperset", new PyMethodDescriptor("issuperset", st, (self, a, kw) -> PyBool.of(Ops.toList(rt, a[0]).stream()
                    .allMatch(x -> Ops.contains(rt, self, x)))));
            st.dict.put("isdisjoint", new PyMethodDescriptor("isdisjoint", st, (self, a, kw) -> PyBool.of(Ops.toList(rt, a[0]).stream()
                    .noneMatch(x -> Ops.contains(rt, self, x)))));
        }
    }

    private static void algebra(Runtime rt, PyType t, String name, Operator op) {
        boolean skipsEmpty = op == Operator.SUBTRACT && rt.lang.has(LanguageFeature.SET_DIFFERENCE_SKIPS_EMPTY);
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
            PyObject r = self;
            for (PyObject other : a) {
                if (skipsEmpty && size(r) == 0) {
                    continue; // 3.6: nothing to take away, the argument unread (even one that is not iterable)
                }
                r = Ops.binary(rt, op, r, asSet(rt, other));
            }
            return r == self ? copy(rt, self) : r;
        }));
    }

    /** s.intersection_update(*others) and friends, each step as CPython's in-place set method takes it. */
    private static void inPlace(Runtime rt, PyType t, String name, Operator op) {
        boolean skipsEmpty = op == Operator.SUBTRACT && rt.lang.has(LanguageFeature.SET_DIFFERENCE_SKIPS_EMPTY);
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
            PySet s = (PySet) self;
            for (PyObject other : a) {
                if (skipsEmpty && s.size() == 0) {
                    continue; // 3.6, as difference above
                }
                switch (op) {
                    case AND:
                        s.replaceTable(Sets.intersection(rt, s.table(), other));
                        break;
                    case SUBTRACT:
                        Sets.differenceUpdate(rt, s.table(), other);
                        break;
                    default:
                        Sets.symmetricDifferenceUpdate(rt, s.table(), other);
                        break;
                }
            }
            return PyNone.NONE;
        }));
    }

    /** set_copy: a new set of self's kind with the same table (so the same iteration order). */
    private static PyObject copy(Runtime rt, PyObject self) {
        return Sets.wrap(rt, self, self instanceof PySet s ? s.table().copy() : ((PyFrozenSet) self).table().copy());
    }

    private static PyObject asSet(Runtime rt, PyObject o) {
        return o instanceof PySet || o instanceof PyFrozenSet ? o : PyFrozenSet.of(rt.lang, Ops.toList(rt, o));
    }

    /** The number of items (PySet_GET_SIZE: a subclass's __len__ is not asked). */
    private static int size(PyObject s) {
        return s instanceof PySet x ? x.size() : ((PyFrozenSet) s).size();
    }

    private static List<PyObject> items(PyObject s) {
        return s instanceof PySet x ? x.items() : ((PyFrozenSet) s).items();
    }
}
