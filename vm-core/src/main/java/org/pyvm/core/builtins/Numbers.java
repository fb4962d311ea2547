package org.pyvm.core.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** round() with each version's rule: 2.7 rounds half away from zero and returns a float; 3.x rounds half to even. */
final class Numbers {
    private Numbers() {
    }

    static PyObject round(Runtime rt, Args args) {
        PyObject x = args.get(0);
        PyObject nd = args.get(1, "ndigits");
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (x instanceof PyInt || x instanceof PyBool) {
            PyInt i = x instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : (PyInt) x;
            if (py2) {
                return PyFloat.of(i.big != null ? i.big.doubleValue() : i.small);
            }
            if (nd == null || nd == PyNone.NONE || ((PyInt) nd).small >= 0) {
                return i;
            }
            BigInteger v = i.big != null ? i.big : BigInteger.valueOf(i.small);
            BigDecimal r = new BigDecimal(v).setScale((int) ((PyInt) nd).small, RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (!(x instanceof PyFloat f)) {
            PyObject r = Ops.callMethod(rt, x, "__round__");
            if (r != null) {
                return r;
            }
            throw PyError.raise("TypeError", "type " + Ops.typeName(rt, x) + " doesn't define __round__ method");
        }
        double d = f.value;
        if (nd == null || nd == PyNone.NONE) {
            if (py2) {
                return PyFloat.of(roundHalfAway(d, 0));
            }
            if (Double.isNaN(d)) {
                throw PyError.raise("ValueError", "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyError.raise("OverflowError", "cannot convert float infinity to integer");
            }
            return PyInt.of(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        int digits = (int) ((PyInt) nd).small;
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return f;
        }
        if (py2) {
            return PyFloat.of(roundHalfAway(d, digits));
        }
        // 3.x: correctly rounded, half to even on the exact decimal value of the double
        return PyFloat.of(new BigDecimal(d).setScale(digits, RoundingMode.HALF_EVEN).doubleValue());
    }

    /** 2.7 round(): scale by 10**n, round half away from zero, scale back, as its float_round did. */
    private static double roundHalfAway(double x, int n) {
        double pow = Math.pow(10.0, Math.abs(n));
        double y = n >= 0 ? x * pow : x / pow;
        double z = Math.rint(y);
        if (Math.abs(y - z) == 0.5) {
            z = y + Math.copySign(0.5, y);
        }
        return n >= 0 ? z / pow : z * pow;
    }
}
