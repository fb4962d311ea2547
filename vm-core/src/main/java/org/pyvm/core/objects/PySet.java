package org.pyvm.core.objects;

import java.util.List;

/** STUB (to be completed): a (mutable) set. */
public final class PySet extends PyObject {
    private final List<PyObject> items;

    private PySet(List<PyObject> items) {
        this.items = items;
    }

    /** A set built by adding {@code items} in order, as marshal does. */
    public static PySet of(Language lang, List<PyObject> items) {
        return new PySet(List.copyOf(items));
    }

    @Override
    public String typeName(Language lang) {
        return "set";
    }

    @Override
    public String repr(Language lang) {
        return "set(" + items + ")";
    }
}
