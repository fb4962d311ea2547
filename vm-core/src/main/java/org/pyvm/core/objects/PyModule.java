package org.pyvm.core.objects;

/** A module: its name and its globals dict. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;
    /** The file it was loaded from ({@code __file__}), for its repr; null for a module made in Java. */
    public String file;
    /** A 3.x namespace package (a folder without {@code __init__}). */
    public boolean namespace;
    /** 3.x: made by calling the module type, without a loader: its repr is {@code <module 'name'>}. */
    public boolean madeByCall;

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
        if (file != null) {
            return "<module '" + name + "' from '" + file + "'>";
        }
        if (madeByCall) {
            return "<module '" + name + "'>";
        }
        return "<module '" + name + "' " + (namespace ? "(namespace)" : "(built-in)") + ">";
    }
}
