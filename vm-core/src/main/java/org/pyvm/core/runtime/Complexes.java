package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.LanguageFeature;

/**
 * Complex division and powers as CPython computes them (complexobject.c): division scales by the
 * larger component of the divisor, small integral exponents multiply by repeated squaring, others go
 * through polar form; 3.x gives a complex result for a negative float to a fractional power, 2.7 raises.
 */
final class Complexes {
    private Complexes() {
    }

    /** A float base and exponent whose real result does not exist (negative base, fractional exponent). */
    static PyObject power(Runtime rt, PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return complexPower(rt, a, b);
        }
        double x = Arithmetic.toDouble(a);
        double y = Arithmetic.toDouble(b);
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("ValueError", "negative number cannot be raised to a fractional power");
        }
        double[] r = pow(x, 0, y, 0);
        return PyComplex.of(r[0], r[1]);
    }

    static double re(PyObject o) {
        return o instanceof PyComplex c ? c.real : Arithmetic.toDouble(o);
    }

    static double im(PyObject o) {
        return o instanceof PyComplex c ? c.imag : 0.0;
    }

    static PyObject complexPower(Runtime rt, PyObject a, PyObject b) {
        double ar = re(a);
        double ai = im(a);
        double br = re(b);
        double bi = im(b);
        double[] r;
        if (bi == 0 && br == (int) br && Math.abs(br) <= 100) {
            int n = (int) br;
            if (n >= 0) {
                r = powu(ar, ai, n);
            } else {
                double[] p = powu(ar, ai, -n);
                r = quot(1, 0, p[0], p[1]);
                if (r == null) {
                    throw PyError.raise("ZeroDivisionError", "0.0 to a negative or complex power");
                }
            }
        } else {
            r = pow(ar, ai, br, bi);
        }
        if ((Double.isInfinite(r[0]) || Double.isInfinite(r[1]))
                && !Double.isInfinite(ar) && !Double.isInfinite(ai) && !Double.isInfinite(br) && !Double.isInfinite(bi)) {
            throw PyError.raise("OverflowError", "complex exponentiation");
        }
        return PyComplex.of(r[0], r[1]);
    }

    private static double[] powu(double xr, double xi, int n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static double[] pow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new double[] {1, 0};
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PyError.raise("ZeroDivisionError", "0.0 to a negative or complex power");
            }
            return new double[] {0, 0};
        }
        double vabs = org.pyvm.core.libm.Libm.hypot(ar, ai); // the C library's hypot and atan2, as _Py_c_pow
        double len = org.pyvm.core.libm.LibcPow.pow(vabs, br);
        double at = org.pyvm.core.libm.RoundedTrig.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= org.pyvm.core.libm.LibcExp.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new double[] {len * org.pyvm.core.libm.LibcSinCos.cos(phase), len * org.pyvm.core.libm.LibcSinCos.sin(phase)};
    }

    /** a / b, or null for division by zero. */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    static PyObject real(double d) {
        return PyFloat.of(d);
    }
}
