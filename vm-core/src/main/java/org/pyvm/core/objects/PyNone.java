package org.pyvm.core.objects;

/** The None singleton. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String typeName(Language lang) {
        return "NoneType";
    }

    @Override
    public String repr(Language lang) {
        return "None";
    }
}
