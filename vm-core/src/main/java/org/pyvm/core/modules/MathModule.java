package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The {@code math} module (a C module in CPython), with each version's differences: 2.7's floor and
 * ceil return floats and it has no gcd, isfinite's 3.x siblings, tau, inf or nan; 3.x's return
 * ints. Errors use CPython's words: "math domain error" (ValueError) and "math range error"
 * (OverflowError). Functions CPython added after 3.6 ({@code prod}, {@code isqrt}, {@code comb},
 * {@code perm}) exist only for 3.11 programs.
 */
public final class MathModule {
    private MathModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        boolean modern = !py2 && rt.lang.minor() >= 8;
        ModuleBuilder m = new ModuleBuilder(rt, "math");
        m.put("pi", PyFloat.of(Math.PI)).put("e", PyFloat.of(Math.E));
        if (!py2) {
            m.put("tau", PyFloat.of(2 * Math.PI)).put("inf", PyFloat.of(Double.POSITIVE_INFINITY)).put("nan", PyFloat.of(Double.NaN));
        }
        unary(rt, m, "sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        unary(rt, m, "exp", Math::exp);
        unary(rt, m, "log10", x -> x <= 0 ? domain() : Math.log10(x));
        unary(rt, m, "fabs", Math::abs);
        unary(rt, m, "sin", Math::sin);
        unary(rt, m, "cos", Math::cos);
        unary(rt, m, "tan", Math::tan);
        unary(rt, m, "asin", x -> x < -1 || x > 1 ? domain() : Math.asin(x));
        unary(rt, m, "acos", x -> x < -1 || x > 1 ? domain() : Math.acos(x));
        unary(rt, m, "atan", Math::atan);
        unary(rt, m, "sinh", Math::sinh);
        unary(rt, m, "cosh", Math::cosh);
        unary(rt, m, "tanh", Math::tanh);
        unary(rt, m, "degrees", Math::toDegrees);
        unary(rt, m, "radians", Math::toRadians);
        if (!py2) {
            unary(rt, m, "log2", x -> x <= 0 ? domain() : log2(x));
        }
        m.def("log", (a, kw) -> {
            arity("log", a, 1, 2);
            double x = real(rt, a[0]);
            if (x <= 0) {
                domain();
            }
            if (a.length == 1) {
                return PyFloat.of(Math.log(x));
            }
            double base = real(rt, a[1]);
            if (base <= 0) {
                domain();
            }
            double d = Math.log(base);
            if (d == 0) {
                throw PyError.raise("ZeroDivisionError", "float division by zero");
            }
            return PyFloat.of(Math.log(x) / d);
        });
        m.def("pow", (a, kw) -> {
            arity("pow", a, 2, 2);
            double x = real(rt, a[0]);
            double y = real(rt, a[1]);
            if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
                domain();
            }
            if (x == 0 && y < 0) {
                domain();
            }
            return PyFloat.of(checked(Math.pow(x, y), x, y));
        });
        m.def("atan2", (a, kw) -> {
            arity("atan2", a, 2, 2);
            return PyFloat.of(Math.atan2(real(rt, a[0]), real(rt, a[1])));
        });
        m.def("hypot", (a, kw) -> {
            if (py2 || !modern) {
                arity("hypot", a, 2, 2);
            }
            double sum = 0;
            for (PyObject x : a) {
                double v = real(rt, x);
                sum = a.length == 2 ? sum : sum + v * v;
            }
            return PyFloat.of(a.length == 2 ? Math.hypot(real(rt, a[0]), real(rt, a[1])) : Math.sqrt(sum));
        });
        m.def("copysign", (a, kw) -> {
            arity("copysign", a, 2, 2);
            return PyFloat.of(Math.copySign(real(rt, a[0]), real(rt, a[1])));
        });
        m.def("fmod", (a, kw) -> {
            arity("fmod", a, 2, 2);
            double x = real(rt, a[0]);
            double y = real(rt, a[1]);
            if (y == 0 || Double.isInfinite(x)) {
                domain();
            }
            return PyFloat.of(x % y);
        });
        m.def("floor", (a, kw) -> rounding(rt, "floor", a, Math.floor(real(rt, one("floor", a))), py2, a[0]));
        m.def("ceil", (a, kw) -> rounding(rt, "ceil", a, Math.ceil(real(rt, one("ceil", a))), py2, a[0]));
        m.def("trunc", (a, kw) -> {
            PyObject x = one("trunc", a);
            if (x instanceof PyInt || x instanceof PyBool) {
                return x;
            }
            return toInt(real(rt, x));
        });
        m.def("isnan", (a, kw) -> PyBool.of(Double.isNaN(real(rt, one("isnan", a)))));
        m.def("isinf", (a, kw) -> PyBool.of(Double.isInfinite(real(rt, one("isinf", a)))));
        if (!py2) {
            m.def("isfinite", (a, kw) -> PyBool.of(Double.isFinite(real(rt, one("isfinite", a)))));
            m.def("gcd", (a, kw) -> {
                BigInteger g = BigInteger.ZERO;
                if (!modern) {
                    arity("gcd", a, 2, 2);
                }
                for (PyObject x : a) {
                    g = g.gcd(integer(rt, x));
                }
                return PyInt.of(g);
            });
        }
        m.def("factorial", (a, kw) -> {
            PyObject x = one("factorial", a);
            BigInteger n;
            if (x instanceof PyFloat f && !modern) {
                if (f.value != Math.rint(f.value) || Double.isInfinite(f.value)) {
                    throw PyError.raise("ValueError", "factorial() only accepts integral values");
                }
                n = BigInteger.valueOf((long) f.value);
            } else {
                n = integer(rt, x);
            }
            if (n.signum() < 0) {
                throw PyError.raise("ValueError", "factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return py2 && r.bitLength() >= 64 ? PyInt.longOf(r) : PyInt.of(r);
        });
        m.def("modf", (a, kw) -> {
            double x = real(rt, one("modf", a));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return org.pyvm.core.objects.PyTuple.of(PyFloat.of(Double.isInfinite(x) ? Math.copySign(0.0, x) : x - ip), PyFloat.of(ip));
        });
        m.def("fsum", (a, kw) -> PyFloat.of(fsum(rt, one("fsum", a))));
        if (modern) {
            m.def("isqrt", (a, kw) -> {
                BigInteger n = integer(rt, one("isqrt", a));
                if (n.signum() < 0) {
                    throw PyError.raise("ValueError", "isqrt() argument must be nonnegative");
                }
                return PyInt.of(n.sqrt());
            });
            m.def("prod", (a, kw) -> {
                PyObject r = PyInt.of(1);
                for (PyObject x : Ops.toList(rt, one("prod", a))) {
                    r = Ops.binary(rt, org.pyvm.core.code.Operator.MULTIPLY, r, x);
                }
                return r;
            });
        }
        return m.build();
    }

    private static void unary(Runtime rt, ModuleBuilder m, String name, DoubleUnaryOperator f) {
        m.def(name, (a, kw) -> {
            double x = real(rt, one(name, a));
            double r = f.applyAsDouble(x);
            return PyFloat.of(checked(r, x, x));
        });
    }

    /** CPython's rule: a finite input giving an infinite result overflowed; NaN from non-NaN is a domain error. */
    private static double checked(double r, double x, double y) {
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PyError.raise("OverflowError", "math range error");
        }
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            domain();
        }
        return r;
    }

    private static double domain() {
        throw PyError.raise("ValueError", "math domain error");
    }

    private static double log2(double x) {
        int exp = Math.getExponent(x);
        double mant = x / Math.scalb(1.0, exp);
        return mant == 1.0 ? exp : Math.log(x) / Math.log(2);
    }

    private static PyObject rounding(Runtime rt, String name, PyObject[] a, double v, boolean py2, PyObject x) {
        if (py2) {
            return PyFloat.of(v);
        }
        if (x instanceof PyInt || x instanceof PyBool) {
            return x instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : x;
        }
        return toInt(v);
    }

    private static PyInt toInt(double v) {
        if (Double.isNaN(v)) {
            throw PyError.raise("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyError.raise("OverflowError", "cannot convert float infinity to integer");
        }
        double t = v < 0 ? Math.ceil(v) : Math.floor(v);
        return Math.abs(t) < 9.0e18 ? PyInt.of((long) t) : PyInt.of(new java.math.BigDecimal(t).toBigInteger());
    }

    private static PyObject one(String name, PyObject[] a) {
        arity(name, a, 1, 1);
        return a[0];
    }

    private static void arity(String name, PyObject[] a, int min, int max) {
        if (a.length < min || a.length > max) {
            if (min == max && min == 1) {
                throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
            }
            throw PyError.raise("TypeError", name + " expected " + (min == max ? String.valueOf(min) : "at most " + max)
                    + " argument" + (max == 1 ? "" : "s") + ", got " + a.length);
        }
    }

    /** A float argument: float, int, bool, or an object with __float__. */
    static double real(Runtime rt, PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (o instanceof PyInt i) {
            if (i.big == null) {
                return i.small;
            }
            double d = i.big.doubleValue();
            if (Double.isInfinite(d)) {
                throw PyError.raise("OverflowError", (rt.lang.major() == 2 ? "long int" : "int") + " too large to convert to float");
            }
            return d;
        }
        if (o instanceof PyInstance && Ops.getattrOrNull(rt, o, "__float__") != null) {
            return real(rt, Ops.callMethod(rt, o, "__float__"));
        }
        throw PyError.raise("TypeError", rt.lang.major() == 2 ? "a float is required"
                : "must be real number, not " + Ops.typeName(rt, o));
    }

    private static BigInteger integer(Runtime rt, PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (o instanceof PyBool b) {
            return BigInteger.valueOf(b.value ? 1 : 0);
        }
        throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer");
    }

    /** Shewchuk's exact summation, as math.fsum computes it. */
    private static double fsum(Runtime rt, PyObject iterable) {
        double[] partials = new double[8];
        int n = 0;
        for (PyObject item : Ops.toList(rt, iterable)) {
            double x = real(rt, item);
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            if (i == partials.length) {
                partials = java.util.Arrays.copyOf(partials, i * 2);
            }
            partials[i++] = x;
            n = i;
        }
        double sum = 0.0;
        if (n > 0) {
            sum = partials[--n];
            while (n > 0) {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
                        y = lo * 2;
                        x = sum + y;
                        yr = x - sum;
                        if (y == yr) {
                            sum = x;
                        }
                    }
                    break;
                }
            }
        }
        return sum;
    }
}
