package org.pyvm.core.objects;

import java.math.BigInteger;

/** STUB (to be completed): an int (or 2.7 long) with a long fast path. */
public final class PyInt extends PyObject {
    public final long small;
    public final BigInteger big;
    /** 2.7 only: this is a {@code long}, not an {@code int}. */
    public final boolean isLong;

    private PyInt(long small, BigInteger big, boolean isLong) {
        this.small = small;
        this.big = big;
        this.isLong = isLong;
    }

    public static PyInt of(long v) {
        return new PyInt(v, null, false);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? new PyInt(v.longValue(), null, false) : new PyInt(0, v, false);
    }

    /** A 2.7 {@code long} (repr ends in L), whatever its size. */
    public static PyInt longOf(BigInteger v) {
        return v.bitLength() < 64 ? new PyInt(v.longValue(), null, true) : new PyInt(0, v, true);
    }

    @Override
    public String typeName(Language lang) {
        return isLong ? "long" : "int";
    }

    @Override
    public String repr(Language lang) {
        return (big == null ? Long.toString(small) : big.toString()) + (isLong ? "L" : "");
    }
}
