package org.pyvm.core.objects;

/** STUB (to be completed): text: 3.x {@code str}, 2.7 {@code unicode}. Held as a Java string (lone surrogates allowed). */
public final class PyStr extends PyObject {
    private final String value;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String v) {
        return new PyStr(v);
    }

    public String value() {
        return value;
    }

    @Override
    public String typeName(Language lang) {
        return "str";
    }

    @Override
    public String repr(Language lang) {
        return "'" + value + "'";
    }
}
