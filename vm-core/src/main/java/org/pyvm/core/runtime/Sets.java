package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.SetTable;

/** Set algebra and set comparisons (subset order). */
public final class Sets {
    private Sets() {
    }

    static List<PyObject> items(PyObject s) {
        return s instanceof PySet x ? x.items() : ((PyFrozenSet) s).items();
    }

    static boolean has(PyObject s, PyObject item) {
        item = lookupKey(item);
        return s instanceof PySet x ? x.contains(item) : ((PyFrozenSet) s).contains(item);
    }

    /**
     * A key to look a set up by: a set (unhashable) as the frozenset of its items, which hashes and compares as
     * the frozensets in it do ({@code {1} in {frozenset([1])}}, set.remove/discard: set_contains's retry).
     */
    public static PyObject lookupKey(PyObject item) {
        if (item instanceof PySet set) {
            return PyFrozenSet.ofTable(set.table().copy());
        }
        return item;
    }

    static boolean isSet(PyObject o) {
        return o instanceof PySet || o instanceof PyFrozenSet;
    }

    /** 0 equal, -1 proper subset, 1 proper superset, 3 neither (only == and != are then decided). */
    static int compare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        // set_richcompare: the sizes first, then one set_issubset, which looks keys up by their stored hashes
        SetTable ta = table(a);
        SetTable tb = table(b);
        int na = ta.size();
        int nb = tb.size();
        switch (c) {
            case EQ:
            case NE:
                return na == nb && ta.isSubsetOf(tb) ? 0 : 3;
            case LT:
                return na < nb && ta.isSubsetOf(tb) ? -1 : 1;
            case LE:
                return ta.isSubsetOf(tb) ? -1 : 1;
            case GT:
                return na > nb && tb.isSubsetOf(ta) ? 1 : -1;
            default:
                return tb.isSubsetOf(ta) ? 1 : -1;
        }
    }

    /**
     * set.update / set(iterable) / a set display's SET_UPDATE, as CPython's set_update_internal: another
     * set is merged slot by slot (set_merge), anything else added item by item.
     */
    public static void update(Runtime rt, SetTable target, PyObject iterable) {
        if (isSet(iterable)) {
            target.mergeFrom(table(iterable));
            return;
        }
        if (iterable instanceof org.pyvm.core.objects.PyDict d) {
            target.reserve(d.size()); // a dict: one resize first, then its keys in order
            for (PyObject k : d.keys()) {
                target.add(k);
            }
            return;
        }
        for (PyObject it = Ops.iter(rt, iterable), x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            // one item at a time, as CPython: what came before an exception the iterable raises stays added
            Ops.hashForTable(rt, x);
            target.add(x);
        }
    }

    /** s.intersection(other): over a set, walk the smaller one; over any other iterable, walk it. */
    public static SetTable intersection(Runtime rt, SetTable s, PyObject other) {
        if (isSet(other)) {
            SetTable o = table(other);
            SetTable big = o.size() > s.size() ? o : s;
            SetTable small = big == o ? s : o;
            SetTable r = SetTable.forSet(rt.lang);
            for (PyObject k : small.keys()) {
                if (big.contains(k)) {
                    r.add(k);
                }
            }
            return r;
        }
        SetTable r = SetTable.forSet(rt.lang);
        for (PyObject k : Ops.toList(rt, other)) {
            long h = Ops.hashForTable(rt, k);
            if (s.contains(k)) {
                r.put(k, h, null);
            }
        }
        return r;
    }

    /** s.difference_update(other): discard each item of other, in its own order. */
    public static void differenceUpdate(Runtime rt, SetTable s, PyObject other) {
        if (isSet(other)) {
            for (PyObject k : table(other).keys()) {
                s.discard(k);
            }
            return;
        }
        for (PyObject it = Ops.iter(rt, other), k = Ops.next(rt, it); k != null; k = Ops.next(rt, it)) {
            s.discard(k);
        }
    }

    /** s.symmetric_difference_update(other): another set as it is, any iterable made into a set first. */
    public static void symmetricDifferenceUpdate(Runtime rt, SetTable s, PyObject other) {
        SetTable o;
        if (isSet(other)) {
            o = table(other);
        } else {
            o = SetTable.forSet(rt.lang);
            update(rt, o, other);
        }
        for (PyObject k : o.keys()) {
            if (!s.discard(k)) {
                s.add(k);
            }
        }
    }

    private static SetTable table(PyObject s) {
        return s instanceof PySet x ? x.table() : ((PyFrozenSet) s).table();
    }

    /**
     * A new set of {@code like}'s kind over a table, as CPython makes the results of set algebra and copy():
     * 2.7's make_new_set(Py_TYPE(so)) keeps a subclass's type (without calling its __init__), 3.x's
     * make_new_set_basetype gives the plain set or frozenset.
     */
    public static PyObject wrap(Runtime rt, PyObject like, SetTable t) {
        boolean keepSubclass = rt.lang.major() == 2;
        if (like instanceof PySet) {
            if (keepSubclass && like instanceof PySet.Sub sub) {
                PySet.Sub r = new PySet.Sub(sub.type(), rt.lang);
                r.replaceTable(t);
                return r;
            }
            return PySet.ofTable(t);
        }
        PyFrozenSet f = PyFrozenSet.ofTable(t);
        return keepSubclass && like instanceof PyFrozenSet.Sub sub ? new PyFrozenSet.Sub(sub.type(), f) : f;
    }

    /**
     * {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} and their in-place forms, building the
     * result in the order CPython's set algorithms do, since that decides the iteration order: a copy of
     * one side merged with the other, the intersection by walking the smaller set, the difference by
     * walking a (or copying it when b is small), the symmetric difference from a copy of b.
     */
    static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        SetTable ta = table(a);
        SetTable tb = table(b);
        boolean inplace = op.inplace() && a instanceof PySet;
        switch (op) {
            case OR:
            case INPLACE_OR: {
                if (inplace) {
                    ta.mergeFrom(tb);
                    return a;
                }
                SetTable r = ta.copy();
                r.mergeFrom(tb);
                return wrap(rt, a, r);
            }
            case AND:
            case INPLACE_AND: {
                SetTable big = tb.size() > ta.size() ? tb : ta;
                SetTable small = big == tb ? ta : tb;
                SetTable r = SetTable.forSet(rt.lang);
                for (PyObject k : small.keys()) {
                    if (big.contains(k)) {
                        r.add(k);
                    }
                }
                if (inplace) {
                    ((PySet) a).replaceTable(r);
                    return a;
                }
                return wrap(rt, a, r);
            }
            case SUBTRACT:
            case INPLACE_SUBTRACT: {
                if (inplace) {
                    for (PyObject k : tb.keys()) {
                        ta.discard(k);
                    }
                    return a;
                }
                SetTable r;
                if ((ta.size() >> 2) > tb.size()) {
                    r = ta.copy();
                    for (PyObject k : tb.keys()) {
                        r.discard(k);
                    }
                } else {
                    r = SetTable.forSet(rt.lang);
                    for (PyObject k : ta.keys()) {
                        if (!tb.contains(k)) {
                            r.add(k);
                        }
                    }
                }
                return wrap(rt, a, r);
            }
            case XOR:
            case INPLACE_XOR: {
                SetTable r = inplace ? ta : tb.copy();
                for (PyObject k : (inplace ? tb : ta).keys()) {
                    if (!r.discard(k)) {
                        r.add(k);
                    }
                }
                return inplace ? a : wrap(rt, a, r);
            }
            default:
                return null;
        }
    }
}
