package org.pyvm.core.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every instance of a program's subclass of a builtin carries besides the builtin value itself: its class
 * (which {@code obj.__class__ = C} may change) and its own attributes. Each builtin's {@code Sub} holds one, and
 * {@link UserSubclass} answers from it, so the ten {@code Sub} classes differ only in the value they wrap.
 */
public final class SubclassState {
    PyType type;
    Map<String, PyObject> attributes = new LinkedHashMap<>();

    public SubclassState(PyType type) {
        this.type = type;
    }
}
