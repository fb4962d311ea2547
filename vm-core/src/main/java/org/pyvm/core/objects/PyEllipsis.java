package org.pyvm.core.objects;

/** The Ellipsis singleton. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public String typeName(Language lang) {
        return "ellipsis";
    }

    @Override
    public String repr(Language lang) {
        return "Ellipsis";
    }
}
