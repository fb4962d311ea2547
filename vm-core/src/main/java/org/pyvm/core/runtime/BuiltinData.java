package org.pyvm.core.runtime;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * Attributes of builtin values that are data, not methods: {@code int.real}, {@code complex.imag},
 * {@code slice.step}, {@code range.start}, an exception's {@code args}, {@code SystemExit.code}...
 */
final class BuiltinData {
    private BuiltinData() {
    }

    /** The data attributes {@link #get} answers for values of builtin type {@code t}, as its class lists them (dir). */
    static java.util.List<String> names(Runtime rt, PyType t) {
        Types types = rt.types;
        if (t == types.int_ || t == types.long_ || t == types.bool) {
            return java.util.List.of("real", "imag", "numerator", "denominator");
        }
        if (t == types.float_ || t == types.complex) {
            return java.util.List.of("real", "imag");
        }
        if (t == types.slice || t == types.range && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return java.util.List.of("start", "stop", "step");
        }
        return DescriptorNames.of(rt, t);
    }

    /** The attribute, or null when {@code o} has no such data attribute. */
    static PyObject get(Runtime rt, PyObject o, String name) {
        if (o instanceof PyInt i) {
            switch (name) {
                case "real":
                case "numerator":
                    return plainInt(rt, i);
                case "imag":
                    return i.isLong(rt.lang) ? PyInt.longOf(BigInteger.ZERO) : PyInt.of(0);
                case "denominator":
                    return i.isLong(rt.lang) ? PyInt.longOf(BigInteger.ONE) : PyInt.of(1);
                default:
                    return null;
            }
        }
        if (o instanceof PyBool b) {
            return get(rt, PyInt.of(b == PyBool.TRUE ? 1 : 0), name);
        }
        if (o instanceof PyFloat f) {
            switch (name) {
                case "real":
                    return PyFloat.of(f.value);
                case "imag":
                    return PyFloat.of(0.0);
                default:
                    return null;
            }
        }
        if (o instanceof PyComplex c) {
            switch (name) {
                case "real":
                    return PyFloat.of(c.real);
                case "imag":
                    return PyFloat.of(c.imag);
                default:
                    return null;
            }
        }
        if (o instanceof PySlice s) {
            switch (name) {
                case "start":
                    return s.start;
                case "stop":
                    return s.stop;
                case "step":
                    return s.step;
                default:
                    return null;
            }
        }
        if (o instanceof PyRange r && r.isBig()) {
            switch (name) {
                case "start":
                    return PyInt.of(r.bigStart);
                case "stop":
                    return PyInt.of(r.bigStop);
                case "step":
                    return PyInt.of(r.bigStep);
                default:
                    return null;
            }
        }
        if (o instanceof PyRange r && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            switch (name) {
                case "start":
                    return PyInt.of(r.start);
                case "stop":
                    return PyInt.of(r.stop);
                case "step":
                    return PyInt.of(r.step);
                default:
                    return null;
            }
        }
        if (o instanceof PyBaseException e) {
            return exception(rt, e, name);
        }
        return null;
    }

    /** 2.7 longs stay longs. */
    /** int.real and int.numerator (long_long): the plain int, of a subclass's instance too. */
    private static PyObject plainInt(Runtime rt, PyInt i) {
        return org.pyvm.core.objects.UserSubclass.plainOf(i);
    }

    private static PyObject exception(Runtime rt, PyBaseException e, String name) {
        boolean py3 = !rt.lang.has(LanguageFeature.STR_IS_BYTES);
        // args, message, __cause__, __context__, code, value... are data descriptors in the classes (ExceptionAttributes)
        if (e.args.size() == 5 && (isA(rt, e, "UnicodeEncodeError") || isA(rt, e, "UnicodeDecodeError"))) {
            int i = java.util.List.of("encoding", "object", "start", "end", "reason").indexOf(name);
            if (i >= 0) {
                return e.args.get(i);
            }
        }
        if ((name.equals("errno") || name.equals("strerror") || name.equals("filename"))
                && (isA(rt, e, "EnvironmentError") || isA(rt, e, "OSError"))) {
            PyTuple a = e.args;
            if (a.size() >= 2 && a.size() <= 3) {
                return name.equals("errno") ? a.get(0) : name.equals("strerror") ? a.get(1)
                        : a.size() == 3 ? a.get(2) : PyNone.NONE;
            }
            return PyNone.NONE;
        }
        if (py3 && (name.equals("filename2") || name.equals("characters_written")) && isA(rt, e, "OSError")) {
            // 3.x OSError's members: filename2 is None unless given (its fifth argument sets it in the instance's
            // dict), characters_written a getset failing with its own name unless a BlockingIOError wrote some
            if (name.equals("characters_written")) {
                throw org.pyvm.core.objects.PyError.raise("AttributeError", "characters_written");
            }
            return PyNone.NONE;
        }
        return null;
    }

    private static boolean isA(Runtime rt, PyBaseException e, String name) {
        PyType t = rt.types.exceptions.get(name);
        return t != null && e.type().isSubtypeOf(t);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
