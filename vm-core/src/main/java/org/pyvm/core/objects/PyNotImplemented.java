package org.pyvm.core.objects;

/** {@code NotImplemented}: what a binary dunder method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public String typeName(Language lang) {
        return "NotImplementedType";
    }

    @Override
    public String repr(Language lang) {
        return "NotImplemented";
    }
}
