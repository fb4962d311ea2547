package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;

/** A list. */
public class PyList extends PyObject {
    private final List<PyObject> items;

    protected PyList(List<PyObject> items) {
        this.items = items;
    }

    public static PyList of(List<PyObject> items) {
        return new PyList(new ArrayList<>(items));
    }

    /** A list whose items are {@code items} itself, not a copy: for a list just made that nothing else holds. */
    public static PyList owning(ArrayList<PyObject> items) {
        return new PyList(items);
    }

    /** The live item list (mutable). */
    public List<PyObject> items() {
        return items;
    }

    @Override
    public String typeName(Language lang) {
        return "list";
    }

    @Override
    public String repr(Language lang) {
        return Containers.join("[", items, "]", lang);
    }

    @Override
    public long hash(Language lang) {
        throw unhashable(this, lang);
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof PyList l) || l.items.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != l.items.get(i) && !items.get(i).eq(l.items.get(i), lang)) {
                return false;
            }
        }
        return true;
    }

    /** An instance of a program's subclass of list: see {@link UserSubclass}. */
    public static final class Sub extends PyList implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, java.util.List<PyObject> items) {
            super(new java.util.ArrayList<>(items));
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return PyList.of(items());
        }
    }
}
