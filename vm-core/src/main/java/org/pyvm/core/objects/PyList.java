package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;

/** STUB (to be completed): a list. */
public final class PyList extends PyObject {
    private final List<PyObject> items;

    private PyList(List<PyObject> items) {
        this.items = items;
    }

    public static PyList of(List<PyObject> items) {
        return new PyList(new ArrayList<>(items));
    }

    @Override
    public String typeName(Language lang) {
        return "list";
    }

    @Override
    public String repr(Language lang) {
        return items.toString();
    }
}
