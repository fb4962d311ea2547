package org.pyvm.core.objects;

/** A module: its name and its globals dict. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
    }

    @Override
    public String typeName(Language lang) {
        return "module";
    }

    @Override
    public String repr(Language lang) {
        return "<module '" + name + "' (built-in)>";
    }
}
