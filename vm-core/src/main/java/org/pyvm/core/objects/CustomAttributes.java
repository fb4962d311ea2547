package org.pyvm.core.objects;

/** A Java-written object that resolves its own attributes (super objects, properties' setter...). */
public interface CustomAttributes {
    /** The attribute, or null when there is none. */
    PyObject attribute(String name);

    /** Sets an attribute; false when this object does not take it (AttributeError follows). */
    default boolean setAttribute(String name, PyObject value) {
        return false;
    }
}
