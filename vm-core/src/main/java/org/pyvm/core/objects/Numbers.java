package org.pyvm.core.objects;

import java.math.BigInteger;

/** Exact cross-type numeric equality (bool, int, float, complex), as CPython's == compares them. */
final class Numbers {
    private Numbers() {
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyBool || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** True when both are numbers with equal values (NaN equals nothing, 0.0 == -0.0). */
    static boolean eq(PyObject a, PyObject b) {
        if (!isNumber(a) || !isNumber(b)) {
            return false;
        }
        double ai = a instanceof PyComplex c ? c.imag : 0.0;
        double bi = b instanceof PyComplex c ? c.imag : 0.0;
        if (ai != bi) {
            return false;
        }
        PyObject ar = a instanceof PyComplex c ? PyFloat.of(c.real) : a;
        PyObject br = b instanceof PyComplex c ? PyFloat.of(c.real) : b;
        if (ar instanceof PyFloat fa && br instanceof PyFloat fb) {
            return fa.value == fb.value;
        }
        if (ar instanceof PyFloat fa) {
            return floatEqInt(fa.value, toBig(br));
        }
        if (br instanceof PyFloat fb) {
            return floatEqInt(fb.value, toBig(ar));
        }
        return toBig(ar).equals(toBig(br));
    }

    private static boolean floatEqInt(double d, BigInteger i) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return false;
        }
        return ExactDecimal.compare(d, i) == 0;
    }

    static BigInteger toBig(PyObject o) {
        if (o instanceof PyBool b) {
            return b.value ? BigInteger.ONE : BigInteger.ZERO;
        }
        PyInt i = (PyInt) o;
        return i.big != null ? i.big : BigInteger.valueOf(i.small);
    }
}
