package org.pyvm.core.objects;

/** A float. */
public class PyFloat extends PyObject {
    public final double value;

    protected PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public String typeName(Language lang) {
        return "float";
    }

    /** Shortest round-trip repr, the same in 2.7 and 3.x (both use dtoa mode 0): see {@link FloatFormat}. */
    @Override
    public String repr(Language lang) {
        return FloatFormat.repr(value);
    }

    /**
     * Each version's _Py_HashDouble. A NaN hashes to 0 in 2.7 and 3.6; 3.10+ hashes it by the object's identity
     * (_Py_HashPointer), so that two NaNs of a set or dict keys do not all collide.
     */
    @Override
    public long hash(Language lang) {
        return Double.isNaN(value) ? PyHash.nan(this, level(lang)) : PyHash.ofDouble(value, level(lang));
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        return Numbers.eq(this, other);
    }

    /** An instance of a program's subclass of float: see {@link UserSubclass}. */
    public static final class Sub extends PyFloat implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, double value) {
            super(value);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyFloat(value);
        }
    }
}
