package org.pyvm.core.objects;

import java.util.List;

/** A frozenset, iterating in CPython's table order for the language level it was built for. */
public class PyFrozenSet extends PyObject {
    private final SetTable table;
    private long hash;
    private boolean hashed;

    protected PyFrozenSet(SetTable table) {
        this.table = table;
    }

    /** A frozenset built by adding {@code items} in order, as marshal does. */
    public static PyFrozenSet of(Language lang, List<PyObject> items) {
        SetTable t = SetTable.forSet(level(lang));
        for (PyObject item : items) {
            t.add(item);
        }
        return new PyFrozenSet(t);
    }

    /** A frozenset over an existing table (made by set algebra). */
    public static PyFrozenSet ofTable(SetTable table) {
        return new PyFrozenSet(table);
    }

    /** The items in iteration (table slot) order. */
    public List<PyObject> items() {
        return table.keys();
    }

    /** The hash table behind the set (runtime set algebra works on it). */
    public SetTable table() {
        return table;
    }

    public int size() {
        return table.size();
    }

    public boolean contains(PyObject item) {
        return table.contains(item);
    }

    @Override
    public String typeName(Language lang) {
        return "frozenset";
    }

    @Override
    public String repr(Language lang) {
        return Containers.setRepr(this instanceof UserSubclass u ? u.type().name(lang) : "frozenset", false, table.keys(), lang);
    }

    /** frozenset_hash of the version the set was built for; cached as CPython does. */
    @Override
    public long hash(Language lang) {
        if (!hashed) {
            hash = table.frozensetHash();
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PyFrozenSet f) {
            return Containers.setEq(table, f.table);
        }
        if (other instanceof PySet s) {
            return Containers.setEq(table, s.table());
        }
        return false;
    }

    /** An instance of a program's subclass of frozenset: see {@link UserSubclass}. */
    public static final class Sub extends PyFrozenSet implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, PyFrozenSet value) {
            super(value.table);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyFrozenSet(((PyFrozenSet) this).table);
        }
    }
}
