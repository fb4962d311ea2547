package org.pyvm.core.objects;

import java.util.List;

/** A (mutable) set, iterating in CPython's table order for the language level it was built for. */
public class PySet extends PyObject {
    private SetTable table;

    protected PySet(SetTable table) {
        this.table = table;
    }

    /** A set built by adding {@code items} in order, as marshal does. */
    public static PySet of(Language lang, List<PyObject> items) {
        SetTable t = SetTable.forSet(level(lang));
        for (PyObject item : items) {
            t.add(item);
        }
        return new PySet(t);
    }

    /** set.add: true when the item was not there yet. */
    public boolean add(PyObject item) {
        return table.add(item);
    }

    /** set.discard: true when the item was there. */
    public boolean discard(PyObject item) {
        return table.discard(item);
    }

    public boolean contains(PyObject item) {
        return table.contains(item);
    }

    public int size() {
        return table.size();
    }

    /** A set over an existing table (made by set algebra). */
    public static PySet ofTable(SetTable table) {
        return new PySet(table);
    }

    /** The items in iteration (table slot) order. */
    public List<PyObject> items() {
        return table.keys();
    }

    /** Takes over another table's contents and layout, as CPython's in-place set operations swap bodies. */
    public void replaceTable(SetTable t) {
        t.takeFingerFrom(table);
        this.table = t;
    }

    /** The hash table behind the set (runtime set algebra works on it). */
    public SetTable table() {
        return table;
    }

    @Override
    public String typeName(Language lang) {
        return "set";
    }

    @Override
    public String repr(Language lang) {
        // a subclass's instance shows its class's name: S({1}), S()
        return this instanceof UserSubclass u ? Containers.setRepr(u.type().name(lang), false, table.keys(), lang)
                : Containers.setRepr("set", true, table.keys(), lang);
    }

    @Override
    public long hash(Language lang) {
        throw unhashable(this, lang);
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PySet s) {
            return Containers.setEq(table, s.table);
        }
        if (other instanceof PyFrozenSet f) {
            return f.eq(this, lang);
        }
        return false;
    }

    /** An instance of a program's subclass of set: see {@link UserSubclass}. */
    public static final class Sub extends PySet implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, Language lang) {
            super(SetTable.forSet(level(lang)));
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return PySet.ofTable(table().copy());
        }
    }
}
