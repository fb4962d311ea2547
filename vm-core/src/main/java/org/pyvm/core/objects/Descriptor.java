package org.pyvm.core.objects;

/** An attribute found on a class that acts when fetched through an instance: functions bind, properties compute. */
public interface Descriptor {
    /** The attribute's value for {@code obj} (null when fetched from the class itself) of type {@code type}. */
    PyObject get(PyObject obj, PyType type);
}
