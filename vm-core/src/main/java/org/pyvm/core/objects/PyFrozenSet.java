package org.pyvm.core.objects;

import java.util.List;

/** STUB (to be completed): a frozenset, iterating in CPython's table order for the language level. */
public final class PyFrozenSet extends PyObject {
    private final List<PyObject> items;

    private PyFrozenSet(List<PyObject> items) {
        this.items = items;
    }

    /** A frozenset built by adding {@code items} in order, as marshal does. */
    public static PyFrozenSet of(Language lang, List<PyObject> items) {
        return new PyFrozenSet(List.copyOf(items));
    }

    @Override
    public String typeName(Language lang) {
        return "frozenset";
    }

    @Override
    public String repr(Language lang) {
        return "frozenset(" + items + ")";
    }
}
