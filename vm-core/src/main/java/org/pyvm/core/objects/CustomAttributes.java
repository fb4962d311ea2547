package org.pyvm.core.objects;

/** A Java-written object that resolves its own attributes (super objects, properties' setter...). */
public interface CustomAttributes {
    /** The attribute, or null when there is none. */
    PyObject attribute(String name);

    /**
     * The attribute as the running language shows it: an object whose attribute values differ by version
     * (2.7's byte-string {@code __name__}) overrides this; the rest answer as {@link #attribute(String)}.
     */
    default PyObject attribute(String name, Language lang) {
        return attribute(name);
    }

    /** Sets an attribute; false when this object does not take it (AttributeError follows). */
    default boolean setAttribute(String name, PyObject value) {
        return false;
    }

    /** Deletes an attribute; false when this object has no such attribute to delete (AttributeError follows). */
    default boolean deleteAttribute(String name) {
        return false;
    }
}
