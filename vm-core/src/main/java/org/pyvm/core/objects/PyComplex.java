package org.pyvm.core.objects;

/** A complex number. */
public class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    protected PyComplex(double real, double imag) {
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

    /**
     * Compare complex_repr (2.7 and 3.x alike): a +0.0 real part is left out, with no parentheses
     * ({@code 1j}); otherwise {@code (re±imj)}. Parts use repr digits without the ".0".
     */
    @Override
    public String repr(Language lang) {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return FloatFormat.format(imag, false, false) + "j";
        }
        return "(" + FloatFormat.format(real, false, false) + FloatFormat.format(imag, false, true) + "j)";
    }

    /** complex_hash: {@code hash(real) + 1000003 * hash(imag)}, wrapping; -1 becomes -2. */
    @Override
    public long hash(Language lang) {
        Language l = level(lang);
        long h = (Double.isNaN(real) ? PyHash.nan(this, l) : PyHash.ofDouble(real, l))
                + PyHash.IMAG * (Double.isNaN(imag) ? PyHash.nan(this, l) : PyHash.ofDouble(imag, l));
        return PyHash.fix(h);
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        return Numbers.eq(this, other);
    }

    /** An instance of a program's subclass of complex: see {@link UserSubclass}. */
    public static final class Sub extends PyComplex implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        public Sub(PyType type, PyComplex value) {
            super(value.real, value.imag);
            this.state = new SubclassState(type);
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyComplex(real, imag);
        }
    }
}
