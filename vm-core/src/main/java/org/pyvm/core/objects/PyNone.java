package org.pyvm.core.objects;

/** The None singleton. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    /**
     * CPython up to 3.11 hashes None by its address, which differs per process, so no value can match.
     * This is the constant 3.12+ uses ({@code 0xFCA86420}), so at least it is stable and documented.
     */
    public static final long HASH = 0xFCA86420L;

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

    @Override
    public long hash(Language lang) {
        return HASH;
    }
}
