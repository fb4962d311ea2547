package org.pyvm.core.objects;

import java.util.List;

/** STUB (to be completed): a dict. */
public final class PyDict extends PyObject {
    private final List<PyObject> keysAndValues;

    private PyDict(List<PyObject> keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    /** A dict built by inserting key0, value0, key1, value1... in order, as marshal does. */
    public static PyDict of(Language lang, List<PyObject> keysAndValues) {
        return new PyDict(List.copyOf(keysAndValues));
    }

    @Override
    public String typeName(Language lang) {
        return "dict";
    }

    @Override
    public String repr(Language lang) {
        return "{" + keysAndValues + "}";
    }
}
