package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.pyvm.core.libm.LibcErf;
import org.pyvm.core.libm.Libm;
import org.pyvm.core.libm.RoundedTrig;
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
        unary(rt, m, "exp", org.pyvm.core.libm.LibcExp::exp); // glibc's method: Math.exp differed in the last place for 0.2% of arguments
        m.def("log10", (a, kw) -> PyFloat.of(logOf(rt, one(rt, "log10", a), Libm::log10)));
        unary(rt, m, "fabs", Math::abs);
        unary(rt, m, "sin", org.pyvm.core.libm.LibcSinCos::sin); // glibc's method: Math.sin and cos differed in the last place for 0.15% of arguments
        unary(rt, m, "cos", org.pyvm.core.libm.LibcSinCos::cos);
        unary(rt, m, "tan", Math::tan);
        unary(rt, m, "asin", x -> x < -1 || x > 1 ? domain() : RoundedTrig.asin(x));
        unary(rt, m, "acos", x -> x < -1 || x > 1 ? domain() : RoundedTrig.acos(x));
        unary(rt, m, "atan", RoundedTrig::atan);
        unary(rt, m, "sinh", Libm::sinh);
        unary(rt, m, "cosh", Libm::cosh);
        unary(rt, m, "tanh", StrictMath::tanh); // fdlibm's, as glibc's: Math.tanh differed in the last place for 15% of arguments
        // plain products without math_1's checks: degrees(1e308) is inf, no range error
        m.def("degrees", (a, kw) -> PyFloat.of(real(rt, one(rt, "degrees", a)) * (180.0 / Math.PI)));
        m.def("radians", (a, kw) -> PyFloat.of(real(rt, one(rt, "radians", a)) * (Math.PI / 180.0)));
        if (!py2) {
            m.def("log2", (a, kw) -> PyFloat.of(logOf(rt, one(rt, "log2", a), MathModule::log2)));
        }
        boolean libcErf = !py2 && rt.lang.minor() >= 7; // 3.7 calls the C library's erf and erfc, 3.6 has its own
        unary(rt, m, "erf", libcErf ? LibcErf::erf : MathSpecial::erf);
        unary(rt, m, "erfc", libcErf ? LibcErf::erfc : MathSpecial::erfc);
        unary(rt, m, "gamma", MathSpecial::gamma);
        unary(rt, m, "lgamma", MathSpecial::lgamma);
        unary(rt, m, "asinh", MathSpecial::asinh);
        unary(rt, m, "acosh", MathSpecial::acosh);
        unary(rt, m, "atanh", MathSpecial::atanh);
        unary(rt, m, "expm1", Math::expm1);
        // 2.7 reports log1p(-1) = -inf as a range error (its errno is ERANGE); 3.x as a domain error
        unary(rt, m, "log1p", x -> x < -1 || x == -1 && !py2 ? domain() : x == -1 ? rangeError() : Math.log1p(x));
        m.def("frexp", (a, kw) -> {
            double x = real(rt, one(rt, "frexp", a));
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return org.pyvm.core.objects.PyTuple.of(PyFloat.of(x), PyInt.of(0));
            }
            int shift = 0;
            if (Math.abs(x) < Double.MIN_NORMAL) {
                x *= 0x1p54;
                shift = -54;
            }
            int e = Math.getExponent(x) + 1;
            return org.pyvm.core.objects.PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e + shift));
        });
        m.def("ldexp", (a, kw) -> {
            arity("ldexp", a, 2, 2);
            double x = real(rt, a[0]);
            if (!(a[1] instanceof PyInt || a[1] instanceof PyBool)) {
                throw PyError.raise("TypeError", py2 ? "Expected an int or long as second argument to ldexp."
                        : "Expected an int as second argument to ldexp.");
            }
            BigInteger e = integer(rt, a[1]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyFloat.of(x);
            }
            int exp = e.compareTo(BigInteger.valueOf(100000)) > 0 ? 100000 : e.compareTo(BigInteger.valueOf(-100000)) < 0 ? -100000 : e.intValue();
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r)) {
                throw PyError.raise("OverflowError", "math range error");
            }
            return PyFloat.of(r);
        });
        if (!py2) {
            m.def("isclose", (a, kw) -> isclose(rt, a, kw));
        }
        if (modern) {
            unary(rt, m, "cbrt", Libm::cbrt);
            unary(rt, m, "exp2", x -> Math.pow(2.0, x));
            m.def("nextafter", (a, kw) -> {
                arity("nextafter", a, 2, 2);
                return PyFloat.of(Math.nextAfter(real(rt, a[0]), real(rt, a[1])));
            });
            m.def("ulp", (a, kw) -> {
                double x = real(rt, one(rt, "ulp", a));
                return PyFloat.of(Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x));
            });
            m.def("remainder", (a, kw) -> {
                arity("remainder", a, 2, 2);
                double x = real(rt, a[0]);
                double y = real(rt, a[1]);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return PyFloat.of(Double.NaN);
                }
                if (Double.isInfinite(x) || y == 0) {
                    domain();
                }
                return PyFloat.of(Double.isInfinite(y) ? x : Math.IEEEremainder(x, y));
            });
            m.def("lcm", (a, kw) -> {
                BigInteger l = BigInteger.ONE;
                if (a.length == 0) {
                    return PyInt.of(1);
                }
                for (PyObject x : a) {
                    BigInteger v = integer(rt, x).abs();
                    l = l.signum() == 0 || v.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v);
                }
                return PyInt.of(l);
            });
            m.def("comb", (a, kw) -> {
                arity("comb", a, 2, 2);
                BigInteger n = integer(rt, a[0]);
                BigInteger k = integer(rt, a[1]);
                if (n.signum() < 0) {
                    throw PyError.raise("ValueError", "n must be a non-negative integer");
                }
                if (k.signum() < 0) {
                    throw PyError.raise("ValueError", "k must be a non-negative integer");
                }
                if (k.compareTo(n) > 0) {
                    return PyInt.of(0);
                }
                if (k.compareTo(n.subtract(k)) > 0) {
                    k = n.subtract(k);
                }
                return PyInt.of(fallingFactorial(n, k).divide(fallingFactorial(k, k)));
            });
            m.def("perm", (a, kw) -> {
                arity("perm", a, 1, 2);
                BigInteger n = integer(rt, a[0]);
                if (a.length == 1 || a[1] == org.pyvm.core.objects.PyNone.NONE) {
                    if (n.signum() < 0) {
                        throw PyError.raise("ValueError", "factorial() not defined for negative values"); // perm(n) is factorial(n)
                    }
                    return PyInt.of(fallingFactorial(n, n));
                }
                BigInteger k = integer(rt, a[1]);
                if (n.signum() < 0) {
                    throw PyError.raise("ValueError", "n must be a non-negative integer");
                }
                if (k.signum() < 0) {
                    throw PyError.raise("ValueError", "k must be a non-negative integer");
                }
                return PyInt.of(k.compareTo(n) > 0 ? BigInteger.ZERO : fallingFactorial(n, k));
            });
            m.def("dist", (a, kw) -> {
                arity("dist", a, 2, 2);
                java.util.List<PyObject> p = Ops.toList(rt, a[0]);
                java.util.List<PyObject> q = Ops.toList(rt, a[1]);
                if (p.size() != q.size()) {
                    throw PyError.raise("ValueError", "both points must have the same number of dimensions");
                }
                double[] d = new double[p.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = Math.abs(real(rt, p.get(i)) - real(rt, q.get(i)));
                }
                return PyFloat.of(vectorNorm(d));
            });
        }
        m.def("log", (a, kw) -> {
            arity("log", a, 1, 2);
            double lx = logOf(rt, a[0], Math::log);
            if (a.length == 1) {
                return PyFloat.of(lx);
            }
            double d = logOf(rt, a[1], Math::log);
            if (d == 0) {
                throw PyError.raise("ZeroDivisionError", "float division by zero");
            }
            return PyFloat.of(lx / d);
        });
        m.def("pow", (a, kw) -> {
            arity("pow", a, 2, 2);
            double x = real(rt, a[0]);
            double y = real(rt, a[1]);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                if (x == 0 && y == Double.NEGATIVE_INFINITY && rt.lang.major() == 3 && rt.lang.minor() < 11) {
                    domain(); // 0 ** -inf: a domain error until 3.11 made it inf
                }
                return PyFloat.of(Libm.powNonFinite(x, y));
            }
            if (x < 0 && y != Math.rint(y)) {
                domain();
            }
            if (x == 0 && y < 0) {
                domain();
            }
            return PyFloat.of(checked(org.pyvm.core.libm.LibcPow.pow(x, y), x, y));
        });
        m.def("atan2", (a, kw) -> {
            arity("atan2", a, 2, 2);
            return PyFloat.of(RoundedTrig.atan2(real(rt, a[0]), real(rt, a[1])));
        });
        m.def("hypot", (a, kw) -> {
            if (py2 || !modern) {
                arity("hypot", a, 2, 2);
            }
            if (!modern) {
                double x = real(rt, a[0]);
                double y = real(rt, a[1]);
                return PyFloat.of(checked(Libm.hypot(x, y), x, y)); // the C library's, with math_2's range error
            }
            double[] coordinates = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                coordinates[i] = Math.abs(real(rt, a[i]));
            }
            return PyFloat.of(vectorNorm(coordinates));
        });
        m.def("copysign", (a, kw) -> {
            arity("copysign", a, 2, 2);
            return PyFloat.of(Math.copySign(real(rt, a[0]), real(rt, a[1])));
        });
        m.def("fmod", (a, kw) -> {
            arity("fmod", a, 2, 2);
            double x = real(rt, a[0]);
            double y = real(rt, a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return PyFloat.of(x); // fmod(x, +-inf) is x
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                domain(); // fmod(inf, y), fmod(x, 0); a NaN argument gives NaN quietly
            }
            return PyFloat.of(r);
        });
        m.def("floor", (a, kw) -> rounding(rt, "floor", a, Math::floor, py2));
        m.def("ceil", (a, kw) -> rounding(rt, "ceil", a, Math::ceil, py2));
        m.def("trunc", (a, kw) -> {
            PyObject x = one(rt, "trunc", a);
            PyObject own = special(rt, x, "__trunc__");
            if (own != null) {
                return own;
            }
            if (rt.types.of(x).lookup("__trunc__") == null) {
                // 2.7 calls the method by name; 3.x looks it up on the type
                throw py2 ? PyError.raise("AttributeError", "'" + Ops.typeName(rt, x) + "' object has no attribute '__trunc__'")
                        : PyError.raise("TypeError", "type " + Ops.typeName(rt, x) + " doesn't define __trunc__ method");
            }
            if (x instanceof PyInt || x instanceof PyBool) {
                return org.pyvm.core.objects.UserSubclass.plainOf(x instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : x);
            }
            return toInt(real(rt, x));
        });
        m.def("isnan", (a, kw) -> PyBool.of(Double.isNaN(real(rt, one(rt, "isnan", a)))));
        m.def("isinf", (a, kw) -> PyBool.of(Double.isInfinite(real(rt, one(rt, "isinf", a)))));
        if (!py2) {
            m.def("isfinite", (a, kw) -> PyBool.of(Double.isFinite(real(rt, one(rt, "isfinite", a)))));
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
            BigInteger r = productRange(2, factorialArgument(rt, one(rt, "factorial", a)));
            return py2 && r.bitLength() >= 64 ? PyInt.longOf(r) : PyInt.of(r); // 2.7: an int until it overflows
        });
        m.def("modf", (a, kw) -> {
            double x = real(rt, one(rt, "modf", a));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            // the fraction keeps the sign of x, as C's modf gives it: modf(-1.0) is (-0.0, -1.0)
            return org.pyvm.core.objects.PyTuple.of(PyFloat.of(Math.copySign(Double.isInfinite(x) ? 0.0 : x - ip, x)), PyFloat.of(ip));
        });
        m.def("fsum", (a, kw) -> PyFloat.of(fsum(rt, one(rt, "fsum", a))));
        if (modern) {
            m.def("isqrt", (a, kw) -> {
                BigInteger n = integer(rt, one(rt, "isqrt", a));
                if (n.signum() < 0) {
                    throw PyError.raise("ValueError", "isqrt() argument must be nonnegative");
                }
                return PyInt.of(n.sqrt());
            });
            m.def("prod", (a, kw) -> {
                // prod(iterable, /, *, start=1), Argument Clinic's checks in its order
                int npos = ModuleSupport.positional(a, kw);
                if (a.length > 2) {
                    throw PyError.raise("TypeError", "prod() takes at most 2 arguments (" + a.length + " given)");
                }
                if (npos != 1) {
                    throw PyError.raise("TypeError", "prod() takes exactly 1 positional argument (" + npos + " given)");
                }
                PyObject start = a.length == 1 ? null : CArgs.keywords(rt, "prod", new PyObject[] {a[1]}, kw, 0, "start")[0];
                PyObject r = start == null ? PyInt.of(1) : start;
                for (PyObject x : Ops.toList(rt, a[0])) {
                    r = Ops.binary(rt, org.pyvm.core.code.Operator.MULTIPLY, r, x);
                }
                return r;
            });
        }
        return m.build();
    }

    /**
     * A logarithm of {@code v} (log, log10, log2): of an int too large for a float, by its top bits and their
     * position (loghelper's frexp), as {@code f(m) + e * f(2)}; a domain error at or below zero.
     */
    private static double logOf(Runtime rt, PyObject v, DoubleUnaryOperator f) {
        if (v instanceof PyInt i && i.big != null && Double.isInfinite(i.big.doubleValue())) {
            if (i.big.signum() <= 0) {
                domain();
            }
            // frexp: x in [0.5, 1) and e with v = x * 2**e, then f(x) + f(2) * e in CPython's order
            int e = i.big.bitLength();
            double x = Math.scalb(i.big.shiftRight(e - 64).doubleValue(), -64);
            return f.applyAsDouble(x) + f.applyAsDouble(2.0) * e;
        }
        double x = real(rt, v);
        if (x <= 0) {
            domain();
        }
        return f.applyAsDouble(x);
    }

    private static void unary(Runtime rt, ModuleBuilder m, String name, DoubleUnaryOperator f) {
        m.def(name, (a, kw) -> {
            double x = real(rt, one(rt, name, a));
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

    private static double rangeError() {
        throw PyError.raise("OverflowError", "math range error");
    }

    private static double domain() {
        throw PyError.raise("ValueError", "math domain error");
    }

    private static double log2(double x) {
        return Libm.log2(x);
    }

    /** math.floor and math.ceil: 2.7 a float; 3.x the value's own __floor__/__ceil__ (any but an exact float), else an int. */
    private static PyObject rounding(Runtime rt, String name, PyObject[] a, java.util.function.DoubleUnaryOperator f, boolean py2) {
        PyObject x = one(rt, name, a);
        if (py2) {
            return PyFloat.of(f.applyAsDouble(real(rt, x)));
        }
        PyObject own = special(rt, x, "__" + name + "__");
        if (own != null) {
            return own;
        }
        if (x instanceof PyInt || x instanceof PyBool) {
            return x instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : org.pyvm.core.objects.UserSubclass.plainOf(x);
        }
        return toInt(f.applyAsDouble(real(rt, x)));
    }

    /**
     * A program's own rounding method of {@code x} (a class's, or a subclass's of a builtin number), called; null
     * for builtin numbers, whose rounding is done here.
     */
    private static PyObject special(Runtime rt, PyObject x, String name) {
        if (!(x instanceof org.pyvm.core.objects.PyInstance || x instanceof org.pyvm.core.objects.UserSubclass)) {
            return null;
        }
        PyObject m = rt.types.of(x).lookup(name);
        if (m == null || m instanceof org.pyvm.core.objects.PyMethodDescriptor) {
            return null; // none, or the builtin's own: computed below
        }
        return org.pyvm.core.runtime.Ops.call(rt, m, x);
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

    /** The one argument of a METH_O function; 3.10+ name it math.f() when the count is wrong. */
    private static PyObject one(Runtime rt, String name, PyObject[] a) {
        boolean qualified = rt.lang.major() == 3 && rt.lang.minor() >= 10;
        arity(qualified ? "math." + name : name, a, 1, 1);
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
        if ((o instanceof PyInstance || o instanceof org.pyvm.core.objects.PyComplex) && Ops.getattrOrNull(rt, o, "__float__") != null) {
            PyObject v = Ops.callMethod(rt, o, "__float__");
            if (v instanceof PyFloat f) {
                return f.value;
            }
            if (o instanceof org.pyvm.core.objects.PyComplex) {
                return real(rt, v); // complex's before 3.10 refuses in its own words
            }
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? "nb_float should return float object"
                    : Ops.typeName(rt, o) + ".__float__ returned non-float (type " + Ops.typeName(rt, v) + ")");
        }
        if (o instanceof PyInstance && rt.lang.minor() >= 8 && rt.lang.major() == 3 && rt.types.of(o).lookup("__index__") != null) {
            return real(rt, Ops.numberIndex(rt, o)); // 3.8's PyFloat_AsDouble falls back to __index__
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

    /**
     * The n of factorial(n) as CPython converts it: an integral float is taken before 3.10, 2.7 reads a
     * C long (too large is its OverflowError, either sign), 3.x a C long with overflow told apart.
     */
    private static long factorialArgument(Runtime rt, PyObject x) {
        boolean py2 = rt.lang.major() == 2;
        BigInteger n;
        if (x instanceof PyFloat f && (py2 || rt.lang.minor() < 10)) {
            if (f.value != Math.floor(f.value) || Double.isInfinite(f.value)) {
                throw PyError.raise("ValueError", "factorial() only accepts integral values");
            }
            n = new java.math.BigDecimal(f.value).toBigInteger();
        } else if (x instanceof PyInt || x instanceof PyBool) {
            n = integer(rt, x);
        } else {
            throw PyError.raise("TypeError", py2 ? "an integer is required" : rt.lang.minor() < 8
                    ? "an integer is required (got type " + Ops.typeName(rt, x) + ")"
                    : "'" + Ops.typeName(rt, x) + "' object cannot be interpreted as an integer");
        }
        if (n.bitLength() > 63) {
            if (py2) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C long");
            }
            if (n.signum() > 0) {
                throw PyError.raise("OverflowError", "factorial() argument should not exceed " + Long.MAX_VALUE);
            }
        }
        if (n.signum() < 0) {
            throw PyError.raise("ValueError", "factorial() not defined for negative values");
        }
        return n.longValue();
    }

    /** lo * (lo+1) * ... * hi (1 when empty), multiplied in halves so that the operands stay balanced. */
    private static BigInteger productRange(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    /** n * (n-1) * ... (k factors). */
    private static BigInteger fallingFactorial(BigInteger n, BigInteger k) {
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
            r = r.multiply(n.subtract(i));
        }
        return r;
    }

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), PEP 485. */
    private static PyObject isclose(Runtime rt, PyObject[] a, String[] kw) {
        int npos = ModuleSupport.positional(a, kw);
        double rel = 1e-9;
        double abs = 0.0;
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[npos + k];
            switch (kw[k]) {
                case "rel_tol" -> rel = real(rt, v);
                case "abs_tol" -> abs = real(rt, v);
                case "a", "b" -> throw PyError.raise("TypeError", "isclose() got multiple values for argument '" + kw[k] + "'");
                default -> throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                        + (rt.lang.minor() >= 8 ? "isclose()" : "this function"));
            }
        }
        if (npos != 2) {
            if (rt.lang.minor() >= 8) {
                throw PyError.raise("TypeError", npos < 2 ? "isclose() missing required argument '" + (npos == 0 ? "a" : "b") + "' (pos " + (npos + 1) + ")"
                        : "isclose() takes exactly 2 positional arguments (" + npos + " given)");
            }
            throw PyError.raise("TypeError", npos < 2 ? "Required argument '" + (npos == 0 ? "a" : "b") + "' (pos " + (npos + 1) + ") not found"
                    : "isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        double x = real(rt, a[0]);
        double y = real(rt, a[1]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyError.raise("ValueError", "tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** Shewchuk's exact summation, as math.fsum computes it. */
    private static double fsum(Runtime rt, PyObject iterable) {
        double[] partials = new double[8];
        int n = 0;
        double special = 0.0; // the sum of the infinities and NaNs among the items (msum's special_sum)
        double infinities = 0.0; // of the infinities alone: NaN when both signs came
        boolean anySpecial = false;
        for (PyObject item : Ops.toList(rt, iterable)) {
            double x = real(rt, item);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) {
                    infinities += x;
                }
                special += x;
                anySpecial = true;
                continue;
            }
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                if (Double.isInfinite(hi)) {
                    throw PyError.raise("OverflowError", "intermediate overflow in fsum");
                }
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
        if (anySpecial) {
            if (Double.isNaN(infinities)) {
                throw PyError.raise("ValueError", "-inf + inf in fsum");
            }
            return special;
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

    /**
     * The length of a vector of non-negative coordinates as 3.10+'s hypot() and dist() work it out (vector_norm),
     * so that the last digit is theirs: each coordinate scaled by a power of two that brings the largest into
     * [0.5, 1), split into halves of 26 bits so that its square is exact as a sum of parts, the squares added to a
     * running sum that starts at 1.0 with each addition's rounding error kept apart (three compensations), then
     * the square root of the total corrected once by the residual of its own square. Infinity wins over NaN; a
     * largest coordinate too small to scale (below 2**-1023) divides by it instead.
     */
    static double vectorNorm(double[] vec) {
        double max = 0;
        boolean nan = false;
        for (double x : vec) {
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || vec.length <= 1) {
            return max;
        }
        final double split = 134217729.0; // 2**27 + 1
        double csum = 1.0;
        double frac1 = 0;
        double frac2 = 0;
        double frac3 = 0;
        int exponent = frexpExponent(max);
        if (exponent < -1023) {
            for (double v : vec) {
                double x = v / max;
                x = x * x;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
            }
            return max * Math.sqrt(csum - 1.0 + frac1);
        }
        double scale = Math.scalb(1.0, -exponent);
        for (double v : vec) {
            double x = v * scale;
            double t = x * split;
            double hi = t - (t - x);
            double lo = x - hi;
            double sq = hi * hi;
            double old = csum;
            csum += sq;
            frac1 += (old - csum) + sq;
            double cross = 2.0 * hi * lo;
            old = csum;
            csum += cross;
            frac2 += (old - csum) + cross;
            frac3 += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        double t = h * split;
        double hi = t - (t - h);
        double lo = h - hi;
        double x = -hi * hi;
        double old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }

    /** C's frexp exponent of a positive finite {@code x}: x = f * 2**e with f in [0.5, 1), subnormals included. */
    private static int frexpExponent(double x) {
        if (x < Double.MIN_NORMAL) {
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return Math.getExponent(x) + 1;
    }
}
