package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.LanguageFeature;

/** Powers that leave the reals: 3.x gives a complex result for a negative base and a fractional exponent; 2.7 raises. */
final class Complexes {
    private Complexes() {
    }

    static PyObject power(Runtime rt, PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            throw PyError.raise("TypeError", "complex powers are not supported yet");
        }
        double x = Arithmetic.toDouble(a);
        double y = Arithmetic.toDouble(b);
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("ValueError", "negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(-x, y);
        double angle = Math.PI * y;
        return PyComplex.of(r * Math.cos(angle), r * Math.sin(angle));
    }

    static PyObject real(double d) {
        return PyFloat.of(d);
    }
}
