package org.pyvm.core.objects;

import java.util.function.Function;

/**
 * A read-only attribute a builtin type computes from its instances (CPython's getset_descriptor with only a
 * getter): {@code sys.stdout.encoding}, {@code d.keys().mapping}. Through the class it is the descriptor itself.
 */
public final class PyGetSet extends PyObject implements Descriptor {
    private final String name;
    private final PyType owner;
    /** The attribute of an instance; null when the object is none of the owner's (the descriptor is then returned). */
    private final Function<PyObject, PyObject> getter;

    public PyGetSet(String name, PyType owner, Function<PyObject, PyObject> getter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        PyObject v = obj == null ? null : getter.apply(obj);
        return v != null ? v : this;
    }

    @Override
    public String typeName(Language lang) {
        return "getset_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return "<attribute '" + name + "' of '" + owner.name(lang) + "' objects>";
    }
}
