package org.pyvm.core.objects;

/** STUB (to be completed): a complex number. */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    private PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(double real, double imag) {
        return new PyComplex(real, imag);
    }

    @Override
    public String typeName(Language lang) {
        return "complex";
    }

    @Override
    public String repr(Language lang) {
        return "(" + real + "+" + imag + "j)";
    }
}
