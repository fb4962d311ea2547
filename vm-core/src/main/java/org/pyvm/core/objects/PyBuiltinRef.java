package org.pyvm.core.objects;

/** STUB (to be completed): a constant naming a builtin, as marshal's 'S' (StopIteration) does. */
public final class PyBuiltinRef extends PyObject {
    public static final PyBuiltinRef STOP_ITERATION = new PyBuiltinRef("StopIteration");

    public final String name;

    private PyBuiltinRef(String name) {
        this.name = name;
    }

    @Override
    public String typeName(Language lang) {
        return "type";
    }

    @Override
    public String repr(Language lang) {
        return "<class '" + name + "'>";
    }
}
