package org.pyvm.core.modules;

import java.util.function.UnaryOperator;
import org.pyvm.core.libm.Libm;
import org.pyvm.core.libm.RoundedTrig;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The {@code cmath} module (a C module in CPython). Finite arguments follow the formulas of CPython's
 * Modules/cmathmodule.c (the same scalings near overflow and underflow, the same branch cuts, the sign of
 * zero on the cut choosing the side), so ordinary results agree with CPython to the last bit wherever the
 * underlying libm calls do. Errors as CPython reports its errno: EDOM is ValueError("math domain error"),
 * ERANGE is OverflowError("math range error"); a finite argument giving an infinite part overflowed.
 * Non-finite arguments are not looked up in CPython's special-value tables: the formulas are applied and no
 * error is raised, which agrees with the tables for the common cases (sqrt, exp, log of infinities and NaN
 * may differ in the sign or NaN-ness of a part).
 */
public final class CmathModule {
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;

    private CmathModule() {
    }

    /** A complex value during computation. */
    private record C(double re, double im) {
        boolean finite() {
            return Double.isFinite(re) && Double.isFinite(im);
        }
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        ModuleBuilder m = new ModuleBuilder(rt, "cmath");
        m.put("pi", PyFloat.of(Math.PI)).put("e", PyFloat.of(Math.E));
        if (!py2) {
            double inf = Double.POSITIVE_INFINITY;
            m.put("tau", PyFloat.of(2 * Math.PI)).put("inf", PyFloat.of(inf)).put("nan", PyFloat.of(Double.NaN));
            m.put("infj", PyComplex.of(0.0, inf)).put("nanj", PyComplex.of(0.0, Double.NaN));
        }
        unary(rt, m, "sqrt", CmathModule::sqrt);
        unary(rt, m, "exp", CmathModule::exp);
        m.def("log10", (a, kw) -> {
            C r = log(arg(rt, one(rt, "log10", a, kw)));
            if (r.re == Double.NEGATIVE_INFINITY && Double.isFinite(r.im)) {
                throw domain();
            }
            return PyComplex.of(r.re / LN10, r.im / LN10);
        });
        unary(rt, m, "acos", CmathModule::acos);
        unary(rt, m, "acosh", CmathModule::acosh);
        unary(rt, m, "asin", z -> {
            C s = asinh(new C(-z.im, z.re));
            return new C(s.im, -s.re);
        });
        unary(rt, m, "asinh", CmathModule::asinh);
        unary(rt, m, "atan", z -> {
            C s = atanh(new C(-z.im, z.re));
            return new C(s.im, -s.re);
        });
        unary(rt, m, "atanh", CmathModule::atanh);
        unary(rt, m, "cos", z -> cosh(new C(-z.im, z.re)));
        unary(rt, m, "cosh", CmathModule::cosh);
        unary(rt, m, "sin", z -> {
            C s = sinh(new C(-z.im, z.re));
            return new C(s.im, -s.re);
        });
        unary(rt, m, "sinh", CmathModule::sinh);
        unary(rt, m, "tan", z -> {
            C s = tanh(new C(-z.im, z.re));
            return new C(s.im, -s.re);
        });
        unary(rt, m, "tanh", CmathModule::tanh);
        m.def("log", (a, kw) -> {
            noKeywords(kw, "log");
            if (a.length < 1 || a.length > 2) {
                throw PyError.raise("TypeError", arityMessage(rt, "log", a.length, 1, 2));
            }
            // CPython keeps only the last errno: log(0j, 10) is (-inf, nan) since c_log(10) clears log(0j)'s EDOM
            C r = log(arg(rt, a[0]));
            if (a.length == 1) {
                if (r.re == Double.NEGATIVE_INFINITY && Double.isFinite(r.im)) {
                    throw domain();
                }
                return box(r);
            }
            C lb = log(arg(rt, a[1]));
            if (lb.re == Double.NEGATIVE_INFINITY && Double.isFinite(lb.im) || lb.re == 0 && lb.im == 0) {
                throw domain();
            }
            return box(quot(r, lb));
        });
        m.def("phase", (a, kw) -> {
            C z = arg(rt, one(rt, "phase", a, kw));
            return PyFloat.of(RoundedTrig.atan2(z.im, z.re));
        });
        m.def("polar", (a, kw) -> {
            C z = arg(rt, one(rt, "polar", a, kw));
            double r = Libm.hypot(z.re, z.im);
            if (Double.isInfinite(r) && z.finite()) {
                throw range();
            }
            return PyTuple.of(PyFloat.of(r), PyFloat.of(RoundedTrig.atan2(z.im, z.re)));
        });
        m.def("rect", (a, kw) -> {
            noKeywords(kw, "rect");
            if (a.length != 2) {
                throw PyError.raise("TypeError", arityMessage(rt, "rect", a.length, 2, 2));
            }
            double r = MathModule.real(rt, floatArg(rt, a[0]));
            double phi = MathModule.real(rt, floatArg(rt, a[1]));
            if (Double.isInfinite(phi) && Double.isFinite(r) && r != 0) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, org.pyvm.core.libm.LibcSinCos.cos(phi));
                double im = Math.copySign(Double.POSITIVE_INFINITY, org.pyvm.core.libm.LibcSinCos.sin(phi));
                return r > 0 ? PyComplex.of(re, im) : PyComplex.of(-re, -im);
            }
            if (phi == 0) {
                return PyComplex.of(r, Double.isNaN(r) ? 0.0 : r * phi);
            }
            return PyComplex.of(r * org.pyvm.core.libm.LibcSinCos.cos(phi), r * org.pyvm.core.libm.LibcSinCos.sin(phi));
        });
        m.def("isnan", (a, kw) -> {
            C z = arg(rt, one(rt, "isnan", a, kw));
            return PyBool.of(Double.isNaN(z.re) || Double.isNaN(z.im));
        });
        m.def("isinf", (a, kw) -> {
            C z = arg(rt, one(rt, "isinf", a, kw));
            return PyBool.of(Double.isInfinite(z.re) || Double.isInfinite(z.im));
        });
        if (!py2) {
            m.def("isfinite", (a, kw) -> PyBool.of(arg(rt, one(rt, "isfinite", a, kw)).finite()));
            m.def("isclose", (a, kw) -> isclose(rt, a, kw));
        }
        return m.build();
    }

    private static void unary(Runtime rt, ModuleBuilder m, String name, UnaryOperator<C> f) {
        m.def(name, (a, kw) -> {
            C z = arg(rt, one(rt, name, a, kw));
            return box(check(f.apply(z), z.finite(), z, z));
        });
    }

    private static PyComplex box(C z) {
        return PyComplex.of(z.re, z.im);
    }

    /** CPython's errno after a function of finite arguments: an infinite part is ERANGE, a NaN part EDOM. */
    private static C check(C r, boolean finiteArgs, C x, C y) {
        if (finiteArgs) {
            if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
                throw range();
            }
            if (Double.isNaN(r.re) || Double.isNaN(r.im)) {
                throw domain();
            }
        }
        return r;
    }

    private static PyError range() {
        return PyError.raise("OverflowError", "math range error");
    }

    private static PyError domain() {
        return PyError.raise("ValueError", "math domain error");
    }

    private static void noKeywords(String[] kw, String name) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
    }

    private static String arityMessage(Runtime rt, String name, int n, int min, int max) {
        String count = min == max ? "exactly " + min : n < min ? "at least " + min : "at most " + max;
        int shown = min == max ? min : n < min ? min : max;
        String s = shown == 1 ? "" : "s";
        if (rt.lang.major() == 2) {
            return (min == max ? name + "()" : "function") + " takes " + count + " argument" + s + " (" + n + " given)";
        }
        if (rt.lang.minor() >= 7) {
            return name + " expected " + (min == max ? "" : n < min ? "at least " : "at most ") + shown + " argument" + s + ", got " + n;
        }
        return name + "() takes " + count + " argument" + s + " (" + n + " given)";
    }

    /** The single argument of a one-argument function, with each version's arity message. */
    private static PyObject one(Runtime rt, String name, PyObject[] a, String[] kw) {
        noKeywords(kw, name);
        if (a.length != 1) {
            String who = rt.lang.major() == 2 ? "function" : rt.lang.minor() >= 10 ? "cmath." + name + "()" : name + "()";
            throw PyError.raise("TypeError", who + (rt.lang.major() == 2 ? " takes exactly 1 argument (" : " takes exactly one argument (")
                    + a.length + " given)");
        }
        return a[0];
    }

    /** PyComplex_AsCComplex: a complex, an object with __complex__, or anything float() of the C API accepts. */
    private static C arg(Runtime rt, PyObject o) {
        if (o instanceof PyComplex c) {
            return new C(c.real, c.imag);
        }
        if (o instanceof PyInstance && Ops.getattrOrNull(rt, o, "__complex__") != null) {
            PyObject r = Ops.callMethod(rt, o, "__complex__");
            if (r instanceof PyComplex c) {
                return new C(c.real, c.imag);
            }
            throw PyError.raise("TypeError", "__complex__ should return a complex object"
                    + (rt.lang.major() == 2 ? "" : ", not '" + Ops.typeName(rt, r) + "'"));
        }
        return new C(MathModule.real(rt, floatArg(rt, o)), 0.0);
    }

    /** What MathModule.real accepts, with CPython's message for anything else. */
    private static PyObject floatArg(Runtime rt, PyObject o) {
        if (o instanceof PyFloat || o instanceof PyInt || o instanceof PyBool
                || o instanceof PyInstance && Ops.getattrOrNull(rt, o, "__float__") != null) {
            return o;
        }
        throw PyError.raise("TypeError", rt.lang.major() == 2 ? "a float is required" : "must be real number, not " + Ops.typeName(rt, o));
    }

    static C sqrt(C z) {
        if (!z.finite()) {
            if (Double.isInfinite(z.im)) {
                return new C(Double.POSITIVE_INFINITY, z.im);
            }
            if (Double.isNaN(z.re)) {
                return new C(Double.NaN, Double.NaN);
            }
            if (z.re == Double.POSITIVE_INFINITY) {
                return new C(z.re, Double.isNaN(z.im) ? z.im : Math.copySign(0.0, z.im));
            }
            if (z.re == Double.NEGATIVE_INFINITY) {
                return new C(Double.isNaN(z.im) ? Double.NaN : 0.0, Double.isNaN(z.im) ? Double.POSITIVE_INFINITY : Math.copySign(Double.POSITIVE_INFINITY, z.im));
            }
            return new C(Double.NaN, Double.NaN);
        }
        if (z.re == 0 && z.im == 0) {
            return new C(0.0, z.im);
        }
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Libm.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.re >= 0 ? new C(s, Math.copySign(d, z.im)) : new C(d, Math.copySign(s, z.im));
    }

    static C exp(C z) {
        if (!z.finite()) {
            if (z.re == Double.NEGATIVE_INFINITY && !Double.isNaN(z.im)) {
                double c = Double.isInfinite(z.im) ? 1.0 : org.pyvm.core.libm.LibcSinCos.cos(z.im);
                double s = Double.isInfinite(z.im) ? 1.0 : org.pyvm.core.libm.LibcSinCos.sin(z.im);
                return new C(Math.copySign(0.0, c), Math.copySign(0.0, s));
            }
            if (z.re == Double.POSITIVE_INFINITY && Double.isFinite(z.im)) {
                if (z.im == 0) {
                    return new C(z.re, z.im);
                }
                return new C(Math.copySign(z.re, org.pyvm.core.libm.LibcSinCos.cos(z.im)), Math.copySign(z.re, org.pyvm.core.libm.LibcSinCos.sin(z.im)));
            }
            if (z.re == Double.POSITIVE_INFINITY) {
                return new C(z.re, Double.NaN);
            }
            if (Double.isNaN(z.re) && z.im == 0) {
                return new C(Double.NaN, z.im);
            }
            return new C(Double.NaN, Double.NaN);
        }
        double l;
        if (z.re > LOG_LARGE) {
            l = org.pyvm.core.libm.LibcExp.exp(z.re - 1.0);
            return new C(l * org.pyvm.core.libm.LibcSinCos.cos(z.im) * Math.E, l * org.pyvm.core.libm.LibcSinCos.sin(z.im) * Math.E);
        }
        l = org.pyvm.core.libm.LibcExp.exp(z.re);
        return new C(l * org.pyvm.core.libm.LibcSinCos.cos(z.im), l * org.pyvm.core.libm.LibcSinCos.sin(z.im));
    }

    static C log(C z) {
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double re;
        if (!z.finite()) {
            re = Double.isInfinite(z.re) || Double.isInfinite(z.im) ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (ax > LARGE || ay > LARGE) {
            re = Math.log(Libm.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0 || ay > 0) {
                re = Math.log(Libm.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                re = Double.NEGATIVE_INFINITY; // EDOM, reported by the caller
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, RoundedTrig.atan2(z.im, z.re));
    }

    static C acos(C z) {
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double re = RoundedTrig.atan2(Math.abs(z.im), z.re);
            double big = Math.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            return new C(re, z.re < 0 ? -Math.copySign(big, z.im) : Math.copySign(big, -z.im));
        }
        C s1 = sqrt(new C(1.0 - z.re, -z.im));
        C s2 = sqrt(new C(1.0 + z.re, z.im));
        return new C(2.0 * RoundedTrig.atan2(s1.re, s2.re), MathSpecial.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(C z) {
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new C(Math.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0, RoundedTrig.atan2(z.im, z.re));
        }
        C s1 = sqrt(new C(z.re - 1.0, z.im));
        C s2 = sqrt(new C(z.re + 1.0, z.im));
        return new C(MathSpecial.asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * RoundedTrig.atan2(s1.im, s2.re));
    }

    static C asinh(C z) {
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double big = Math.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            double re = z.im >= 0 ? Math.copySign(big, z.re) : -Math.copySign(big, -z.re);
            return new C(re, RoundedTrig.atan2(z.im, Math.abs(z.re)));
        }
        C s1 = sqrt(new C(1.0 + z.im, -z.re));
        C s2 = sqrt(new C(1.0 - z.im, z.re));
        return new C(MathSpecial.asinh(s1.re * s2.im - s2.re * s1.im), RoundedTrig.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static C atanh(C z) {
        if (z.re < 0) {
            C r = atanh(new C(-z.re, -z.im));
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Libm.hypot(z.re / 2.0, z.im / 2.0);
            return new C(z.re / 4.0 / h / h, -Math.copySign(Math.PI / 2, -z.im));
        }
        if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0) {
                throw domain();
            }
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(Libm.hypot(ay, 2.0))), Math.copySign(RoundedTrig.atan2(2.0, -ay) / 2, z.im));
        }
        return new C(Math.log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
                -RoundedTrig.atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0);
    }

    static C cosh(C z) {
        if (Math.abs(z.re) > LOG_LARGE) {
            double x1 = z.re - Math.copySign(1.0, z.re);
            return new C(org.pyvm.core.libm.LibcSinCos.cos(z.im) * Libm.cosh(x1) * Math.E, org.pyvm.core.libm.LibcSinCos.sin(z.im) * Libm.sinh(x1) * Math.E);
        }
        return new C(org.pyvm.core.libm.LibcSinCos.cos(z.im) * Libm.cosh(z.re), org.pyvm.core.libm.LibcSinCos.sin(z.im) * Libm.sinh(z.re));
    }

    static C sinh(C z) {
        if (Math.abs(z.re) > LOG_LARGE) {
            double x1 = z.re - Math.copySign(1.0, z.re);
            return new C(org.pyvm.core.libm.LibcSinCos.cos(z.im) * Libm.sinh(x1) * Math.E, org.pyvm.core.libm.LibcSinCos.sin(z.im) * Libm.cosh(x1) * Math.E);
        }
        return new C(org.pyvm.core.libm.LibcSinCos.cos(z.im) * Libm.sinh(z.re), org.pyvm.core.libm.LibcSinCos.sin(z.im) * Libm.cosh(z.re));
    }

    static C tanh(C z) {
        if (Math.abs(z.re) > LOG_LARGE) {
            return new C(Math.copySign(1.0, z.re), 4.0 * org.pyvm.core.libm.LibcSinCos.sin(z.im) * org.pyvm.core.libm.LibcSinCos.cos(z.im) * org.pyvm.core.libm.LibcExp.exp(-2.0 * Math.abs(z.re)));
        }
        double tx = StrictMath.tanh(z.re);
        double ty = Math.tan(z.im);
        double cx = 1.0 / Libm.cosh(z.re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new C(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** Complex division as CPython's _Py_c_quot does it (Smith's method). */
    private static C quot(C a, C b) {
        double abr = Math.abs(b.re);
        double abi = Math.abs(b.im);
        if (abr >= abi) {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new C(Double.NaN, Double.NaN);
    }

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) for complex numbers. */
    private static PyObject isclose(Runtime rt, PyObject[] a, String[] kw) {
        int npos = ModuleSupport.positional(a, kw);
        double rel = 1e-9;
        double abs = 0.0;
        PyObject[] ab = new PyObject[2];
        for (int i = 0; i < Math.min(npos, 2); i++) {
            ab[i] = a[i];
        }
        if (npos > 2) {
            throw PyError.raise("TypeError", "isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = a[npos + k];
            switch (kw[k]) {
                case "rel_tol" -> rel = MathModule.real(rt, floatArg(rt, v));
                case "abs_tol" -> abs = MathModule.real(rt, floatArg(rt, v));
                case "a", "b" -> {
                    int i = kw[k].equals("a") ? 0 : 1;
                    if (ab[i] != null) {
                        throw PyError.raise("TypeError", "isclose() got multiple values for argument '" + kw[k] + "'");
                    }
                    ab[i] = v;
                }
                default -> throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                        + (rt.lang.minor() >= 7 ? "isclose()" : "this function"));
            }
        }
        for (int i = 0; i < 2; i++) {
            if (ab[i] == null) {
                String n = i == 0 ? "a" : "b";
                throw PyError.raise("TypeError", rt.lang.minor() >= 7 ? "isclose() missing required argument '" + n + "' (pos " + (i + 1) + ")"
                        : "Required argument '" + n + "' (pos " + (i + 1) + ") not found");
            }
        }
        C x = arg(rt, ab[0]);
        C y = arg(rt, ab[1]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyError.raise("ValueError", "tolerances must be non-negative");
        }
        if (x.re == y.re && x.im == y.im) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) {
            return PyBool.FALSE;
        }
        double diff = Libm.hypot(y.re - x.re, y.im - x.im);
        return PyBool.of(diff <= rel * Libm.hypot(y.re, y.im) || diff <= rel * Libm.hypot(x.re, x.im) || diff <= abs);
    }
}
