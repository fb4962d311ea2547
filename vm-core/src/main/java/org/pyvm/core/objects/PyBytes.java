package org.pyvm.core.objects;

/** STUB (to be completed): a byte string: 3.x {@code bytes}, 2.7 {@code str}. */
public final class PyBytes extends PyObject {
    private final byte[] value;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** Wraps (does not copy) the array; the caller gives up ownership. */
    public static PyBytes of(byte[] v) {
        return new PyBytes(v);
    }

    /** The contents; callers must not modify the array. */
    public byte[] bytes() {
        return value;
    }

    @Override
    public String typeName(Language lang) {
        return "bytes";
    }

    @Override
    public String repr(Language lang) {
        return "b'" + new String(value, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
    }
}
