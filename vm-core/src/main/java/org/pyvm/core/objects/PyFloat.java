package org.pyvm.core.objects;

/** STUB (to be completed): a float. */
public final class PyFloat extends PyObject {
    public final double value;

    private PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public String typeName(Language lang) {
        return "float";
    }

    @Override
    public String repr(Language lang) {
        return Double.toString(value);
    }
}
