package org.pyvm.core.objects;

/** True and False. */
public final class PyBool extends PyObject {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    public final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String typeName(Language lang) {
        return "bool";
    }

    @Override
    public String repr(Language lang) {
        return value ? "True" : "False";
    }
}
