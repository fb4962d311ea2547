package org.pyvm.core.objects;

/**
 * A value only pyvm's own code hands around, never one a program sees: a deleted slot of a hash table, the signal
 * that compiled code goes on or that the interpreter's loop raised. Identity is all it has; its names only help a
 * reader of a debugger or a failed assertion.
 */
public final class Marker extends PyObject {
    private final String typeName;
    private final String repr;

    public Marker(String typeName, String repr) {
        this.typeName = typeName;
        this.repr = repr;
    }

    @Override
    public String typeName(Language lang) {
        return typeName;
    }

    @Override
    public String repr(Language lang) {
        return repr;
    }
}
