package org.pyvm.core.objects;

/** The Ellipsis singleton. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    /** CPython hashes Ellipsis by its address (not reproducible); this fixed value stands in for it. */
    public static final long HASH = 0x7E11F5E5L;

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

    @Override
    public long hash(Language lang) {
        return HASH;
    }
}
