package org.pyvm.core.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.pyvm.core.objects.ExactDecimal;
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

    static void install(Runtime rt) {
        boolean py2 = Level.py2(rt);
        org.pyvm.core.objects.PyType[] ints = py2 ? new org.pyvm.core.objects.PyType[] {rt.types.int_, rt.types.long_}
                : new org.pyvm.core.objects.PyType[] {rt.types.int_};
        for (org.pyvm.core.objects.PyType t : ints) {
            method(rt, t, "bit_length", (self, a) -> PyInt.of(big(a.check(0, 0) == null ? self : self).abs().bitLength()));
            // int.conjugate (long_long): the plain int, of a bool or a subclass's instance too
            method(rt, t, "conjugate", (self, a) -> self instanceof PyBool b ? PyInt.of(b.value ? 1 : 0)
                    : org.pyvm.core.objects.UserSubclass.plainOf(self));
            if (!py2) {
                method(rt, t, "to_bytes", (self, a) -> toBytes(rt, big(self), a));
                TypeMethod.def(rt, t, "from_bytes", (cls, a) -> fromBytes(rt, cls, a));
                if (Level.modern(rt)) {
                    method(rt, t, "bit_count", (self, a) -> PyInt.of(big(self).abs().bitCount()));
                }
                if (Level.since38(rt)) {
                    method(rt, t, "as_integer_ratio", (self, a) -> org.pyvm.core.objects.PyTuple.of(PyInt.of(big(self)), PyInt.of(1)));
                }
            }
        }
        for (org.pyvm.core.objects.PyType t : ints) {
            dunders(rt, t, true);
        }
        dunders(rt, rt.types.float_, false);
        org.pyvm.core.objects.PyType f = rt.types.float_;
        method(rt, f, "is_integer", (self, a) -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.floor(d));
        });
        method(rt, f, "hex", (self, a) -> org.pyvm.core.runtime.Strings.text(rt, floatHex(((PyFloat) self).value)));
        method(rt, f, "conjugate", (self, a) -> org.pyvm.core.objects.UserSubclass.plainOf(self)); // float_float: a plain float
        method(rt, rt.types.complex, "conjugate", (self, a) -> {
            org.pyvm.core.objects.PyComplex c = (org.pyvm.core.objects.PyComplex) self;
            return org.pyvm.core.objects.PyComplex.of(c.real, -c.imag);
        });
        method(rt, f, "as_integer_ratio", (self, a) -> {
            double d = ((PyFloat) self).value;
            if (Double.isNaN(d)) {
                throw PyError.raise("ValueError", py2 ? "Cannot pass NaN to float.as_integer_ratio." : "cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw PyError.raise("OverflowError", py2 ? "Cannot pass infinity to float.as_integer_ratio."
                        : "cannot convert Infinity to integer ratio");
            }
            BigDecimal v = new BigDecimal(d);
            BigInteger num = v.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (v.scale() > 0) {
                den = BigInteger.TEN.pow(v.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-v.scale()));
            }
            BigInteger g = num.gcd(den);
            return org.pyvm.core.objects.PyTuple.of(intOf(rt, num.divide(g)), intOf(rt, den.divide(g)));
        });
        // the platform's float layout (what struct and pickle ask): IEEE, little-endian on every machine pyvm runs on
        TypeMethod.def(rt, f, "__getformat__", (cls, a) -> {
            PyObject kind = a.check(1, 1).get(0);
            if (!(kind instanceof org.pyvm.core.objects.PyStr || Level.py2(rt) && kind instanceof org.pyvm.core.objects.PyBytes)) {
                throw PyError.raise("TypeError", "__getformat__() argument must be " + (Level.modern(rt) ? "str" : "string") + ", not "
                        + Ops.typeName(rt, kind));
            }
            String k = Ops.str(rt, kind);
            if (!k.equals("double") && !k.equals("float")) {
                throw PyError.raise("ValueError", "__getformat__() argument 1 must be 'double' or 'float'");
            }
            return org.pyvm.core.runtime.Strings.text(rt, "IEEE, little-endian");
        });
        TypeMethod.def(rt, f, "fromhex", (cls, a) -> {
            PyObject text = a.check(1, 1).get(0);
            if (!(text instanceof org.pyvm.core.objects.PyStr || text instanceof org.pyvm.core.objects.PyBytes && Level.py2(rt))) {
                throw PyError.raise("TypeError", Level.py2(rt) ? "expected string or Unicode object, " + org.pyvm.core.runtime.Ops.typeName(rt, text)
                        + " found" : "bad argument type for built-in operation");
            }
            PyFloat value = PyFloat.of(fromHex(rt, org.pyvm.core.runtime.Ops.str(rt, text)));
            return cls == f ? value : org.pyvm.core.runtime.Ops.call(rt, cls, value); // a subclass: cls(value), as float_fromhex
        });
    }

    /** abs() of a builtin number. */
    private static PyObject abs(Runtime rt, PyObject v) {
        return org.pyvm.core.runtime.Ops.truth(rt, org.pyvm.core.runtime.Ops.compare(rt, org.pyvm.core.code.Comparison.LT, v, PyInt.of(0)))
                ? org.pyvm.core.runtime.Ops.unary(rt, org.pyvm.core.code.Operator.NEGATIVE, v) : v;
    }

    /**
     * {@code int.__pow__(x, y, m)}: int's slot answers NotImplemented unless all three are integers (then pow(x, y, m));
     * float's refuses any modulus ("pow() 3rd argument not allowed unless all arguments are integers").
     */
    private static PyObject powerWithModulus(Runtime rt, boolean integer, PyObject base, PyObject exponent, PyObject modulus) {
        boolean ints = isInteger(base) && isInteger(exponent) && isInteger(modulus);
        if (integer && !ints) {
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (!integer) { // float_pow refuses the modulus before looking at the operands
            throw PyError.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        return org.pyvm.core.runtime.Ops.call(rt, rt.builtins.get(rt.name("pow")), org.pyvm.core.objects.UserSubclass.plainOf(base),
                org.pyvm.core.objects.UserSubclass.plainOf(exponent), org.pyvm.core.objects.UserSubclass.plainOf(modulus));
    }

    private static boolean isInteger(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool;
    }

    /**
     * {@code (-7).__floordiv__(2)} and friends: the operator on the value itself; NotImplemented for
     * operands the builtin arithmetic does not take (as CPython's slots answer).
     */
    private static void dunders(Runtime rt, org.pyvm.core.objects.PyType t, boolean integer) {
        String[][] ops = {{"add", "ADD"}, {"sub", "SUBTRACT"}, {"mul", "MULTIPLY"}, {"floordiv", "FLOOR_DIVIDE"},
            {"truediv", "TRUE_DIVIDE"}, {"mod", "REMAINDER"}, {"pow", "POWER"}, {"divmod", null}};
        String[][] intOps = {{"and", "AND"}, {"or", "OR"}, {"xor", "XOR"}, {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"}};
        java.util.List<String[]> all = new java.util.ArrayList<>(java.util.List.of(ops));
        if (Level.py2(rt)) {
            all.add(new String[] {"div", "DIVIDE"}); // 2.7's classic division: nb_divide
        }
        if (integer) {
            all.addAll(java.util.List.of(intOps));
        }
        for (String[] op : all) {
            for (boolean reflected : new boolean[] {false, true}) {
                String name = "__" + (reflected ? "r" : "") + op[0] + "__";
                boolean ternary = op[0].equals("pow");
                method(rt, t, name, (self, a) -> {
                    // __pow__ and __rpow__ wrap a ternary slot: an optional modulus (wrap_ternaryfunc)
                    if (ternary && !a.hasKeywords() && (a.positionalCount() == 0 || a.positionalCount() > 2)) {
                        // PyArg_UnpackTuple(args, "", 1, 2, ...): its message starts with the empty name
                        throw PyError.raise("TypeError", a.positionalCount() == 0 ? " expected at least " + a.arguments(1) + ", got 0"
                                : " expected at most " + a.arguments(2) + ", got " + a.positionalCount());
                    }
                    boolean withModulus = ternary && a.positionalCount() == 2 && !a.hasKeywords() && a.get(1) != org.pyvm.core.objects.PyNone.NONE;
                    PyObject other = ternary && a.positionalCount() == 2 && !a.hasKeywords() ? a.get(0) : a.slotOperand();
                    if (withModulus) {
                        return powerWithModulus(rt, integer, reflected ? other : self, reflected ? self : other, a.get(1));
                    }
                    if (!isNumber(self) || !isNumber(other) || !integer && !(other instanceof PyFloat || other instanceof PyInt
                            || other instanceof PyBool)) {
                        return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (integer && other instanceof PyFloat) {
                        return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    // the builtin's arithmetic on the values: a subclass's own operator (the caller, often) plays no part
                    PyObject l = org.pyvm.core.objects.UserSubclass.plainOf(reflected ? other : self);
                    PyObject r = org.pyvm.core.objects.UserSubclass.plainOf(reflected ? self : other);
                    if (op[1] == null) {
                        return org.pyvm.core.objects.PyTuple.of(
                                org.pyvm.core.runtime.Ops.numberBinary(rt, org.pyvm.core.code.Operator.FLOOR_DIVIDE, l, r),
                                org.pyvm.core.runtime.Ops.numberBinary(rt, org.pyvm.core.code.Operator.REMAINDER, l, r));
                    }
                    PyObject result = org.pyvm.core.runtime.Ops.numberBinary(rt, org.pyvm.core.code.Operator.valueOf(op[1]), l, r);
                    return result == null ? org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED : result;
                });
            }
        }
        if (Level.py2(rt)) {
            coerceAndCmp(rt, t, integer);
        }
        method(rt, t, "__neg__", (self, a) -> isNumber(self)
                ? org.pyvm.core.runtime.Ops.unary(rt, org.pyvm.core.code.Operator.NEGATIVE, org.pyvm.core.objects.UserSubclass.plainOf(self)) : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED);
        method(rt, t, "__pos__", (self, a) -> isNumber(self)
                ? org.pyvm.core.runtime.Ops.unary(rt, org.pyvm.core.code.Operator.POSITIVE, org.pyvm.core.objects.UserSubclass.plainOf(self)) : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED);
        method(rt, t, "__abs__", (self, a) -> isNumber(self)
                ? abs(rt, org.pyvm.core.objects.UserSubclass.plainOf(self))
                : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED);
        if (integer) {
            method(rt, t, "__invert__", (self, a) -> isNumber(self)
                    ? org.pyvm.core.runtime.Ops.unary(rt, org.pyvm.core.code.Operator.INVERT, org.pyvm.core.objects.UserSubclass.plainOf(self)) : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED);
            method(rt, t, "__index__", (self, a) -> self instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : org.pyvm.core.objects.UserSubclass.plainOf(self));
        }
        method(rt, t, "__int__", (self, a) -> self instanceof PyFloat ? Constructors.toInt(rt, new Args(rt, "int", new PyObject[] {self}, null), false)
                : self instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : org.pyvm.core.objects.UserSubclass.plainOf(self));
        method(rt, t, "__float__", (self, a) -> Constructors.toFloat(rt, org.pyvm.core.objects.UserSubclass.plainOf(self)));
        if (Level.py2(rt)) {
            // 2.7's nb_long, nb_hex and nb_oct by name (what long(), hex() and oct() of a classic proxy reach)
            method(rt, t, "__long__", (self, a) -> Constructors.toInt(rt, new Args(rt, "long",
                    new PyObject[] {org.pyvm.core.objects.UserSubclass.plainOf(self)}, null), true));
            if (integer) {
                for (String name : new String[] {"hex", "oct"}) {
                    method(rt, t, "__" + name + "__", (self, a) -> org.pyvm.core.runtime.Ops.call(rt, rt.builtins.get(rt.name(name)),
                            self instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : org.pyvm.core.objects.UserSubclass.plainOf(self)));
                }
            }
        }
        // called by name (x.__trunc__(), math.trunc's protocol); a subclass's value is its builtin's
        method(rt, t, "__trunc__", (self, a) -> {
            a.check(0, 0);
            PyObject v = org.pyvm.core.objects.UserSubclass.plainOf(self);
            return v instanceof PyBool b ? PyInt.of(b.value ? 1 : 0)
                    : integer ? v : Constructors.toInt(rt, new Args(rt, "int", new PyObject[] {v}, null), false);
        });
        if (!Level.py2(rt)) {
            // round(x[, n]) by name; round() itself does numbers natively, and reaches these for subclasses
            method(rt, t, "__round__", (self, a) -> {
                PyObject v = org.pyvm.core.objects.UserSubclass.plainOf(self);
                a.check(0, 1, "ndigits");
                PyObject nd = a.get(0, "ndigits");
                return round(rt, new Args(rt, "round", nd == null ? new PyObject[] {v} : new PyObject[] {v, nd}, null));
            });
            // math.floor/ceil by name: ints from 3.0, floats from 3.9
            if (integer || Level.since39(rt)) {
                for (boolean up : new boolean[] {false, true}) {
                    method(rt, t, up ? "__ceil__" : "__floor__", (self, a) -> {
                        a.check(0, 0);
                        PyObject v = org.pyvm.core.objects.UserSubclass.plainOf(self);
                        if (v instanceof PyBool b) {
                            return PyInt.of(b.value ? 1 : 0);
                        }
                        if (!(v instanceof PyFloat f)) {
                            return v;
                        }
                        double r = up ? Math.ceil(f.value) : Math.floor(f.value);
                        return Constructors.toInt(rt, new Args(rt, "int", new PyObject[] {PyFloat.of(r)}, null), false);
                    });
                }
            }
        }
        method(rt, t, Level.py2(rt) ? "__nonzero__" : "__bool__", (self, a) -> {
            a.check(0, 0);
            return PyBool.of(org.pyvm.core.runtime.Ops.truth(rt, org.pyvm.core.objects.UserSubclass.plainOf(self)));
        });
    }

    /**
     * 2.7's nb_coerce and int/long's tp_compare by name: {@code (1).__coerce__(2L)} is NotImplemented (int coerces
     * only ints), long takes ints as longs, float takes any of them as floats; {@code int.__cmp__} requires its own
     * type ("int.__cmp__(x,y) requires y to be a 'int', not a 'long'"). Compare CPython 2.7 intobject.c int_coerce,
     * longobject.c long_coerce, floatobject.c float_coerce, typeobject.c wrap_cmpfunc.
     */
    private static void coerceAndCmp(Runtime rt, org.pyvm.core.objects.PyType t, boolean integer) {
        boolean isLong = t == rt.types.long_;
        method(rt, t, "__coerce__", (self, a) -> {
            PyObject o = a.check(1, 1).get(0);
            PyObject s = org.pyvm.core.objects.UserSubclass.plainOf(self);
            org.pyvm.core.objects.PyType ot = rt.types.of(o);
            boolean otherInt = ot.isSubtypeOf(rt.types.int_);
            boolean otherLong = ot.isSubtypeOf(rt.types.long_);
            if (!integer) {
                if (o instanceof PyFloat) {
                    return org.pyvm.core.objects.PyTuple.of(self, o);
                }
                return otherInt || otherLong ? org.pyvm.core.objects.PyTuple.of(self, PyFloat.of(big(org.pyvm.core.objects.UserSubclass.plainOf(o)).doubleValue()))
                        : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!isLong) {
                return otherInt ? org.pyvm.core.objects.PyTuple.of(self, o) : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (otherLong) {
                return org.pyvm.core.objects.PyTuple.of(self, o);
            }
            return otherInt ? org.pyvm.core.objects.PyTuple.of(self, PyInt.longOf(big(org.pyvm.core.objects.UserSubclass.plainOf(o))))
                    : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        });
        if (integer) {
            method(rt, t, "__cmp__", (self, a) -> {
                PyObject o = a.check(1, 1).get(0);
                if (!rt.types.of(o).isSubtypeOf(t)) {
                    throw PyError.raise("TypeError", t.name(rt.lang) + ".__cmp__(x,y) requires y to be a '" + t.name(rt.lang)
                            + "', not a '" + Ops.typeName(rt, o) + "'");
                }
                return PyInt.of(big(org.pyvm.core.objects.UserSubclass.plainOf(self)).compareTo(big(org.pyvm.core.objects.UserSubclass.plainOf(o))));
            });
        }
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool;
    }

    private interface NumMethod {
        PyObject call(PyObject self, Args a);
    }

    private static void method(Runtime rt, org.pyvm.core.objects.PyType t, String name, NumMethod m) {
        t.dict.put(name, new org.pyvm.core.objects.PyMethodDescriptor(name, t, (self, args, kw) -> m.call(self, new Args(rt, name, args, kw))));
    }

    private static PyObject intOf(Runtime rt, BigInteger v) {
        return rt.lang.has(LanguageFeature.INT_AND_LONG) && v.bitLength() >= 64 ? PyInt.longOf(v) : PyInt.of(v);
    }

    static BigInteger big(PyObject o) {
        if (o instanceof PyBool b) {
            return BigInteger.valueOf(b.value ? 1 : 0);
        }
        return ((PyInt) o).toBigInteger();
    }

    /** A required to_bytes() argument left out: 3.7's clinic names the method, 3.6's getargs.c does not. */
    private static PyError missingToBytes(Runtime rt, String name, int pos) {
        return PyError.raise("TypeError", Level.since37(rt) ? "to_bytes() missing required argument '" + name + "' (pos " + pos + ")"
                : "Required argument '" + name + "' (pos " + pos + ") not found");
    }

    private static PyObject toBytes(Runtime rt, BigInteger v, Args a) {
        if (a.positionalCount() == 3 && a.keywordNames().length == 0 && !Level.since37(rt)) {
            // 3.6 parses three parameters, then refuses a third positional one itself
            throw PyError.raise("TypeError", "'signed' is a keyword-only argument");
        }
        a.check(0, 2, "length", "byteorder", "signed");
        boolean modern = Level.modern(rt);
        PyObject lenObj = a.get(0, "length");
        PyObject orderObj = a.get(1, "byteorder");
        if (lenObj == null && !modern) {
            throw missingToBytes(rt, "length", 1);
        }
        if (orderObj == null && !modern) {
            throw missingToBytes(rt, "byteorder", 2);
        }
        int length = lenObj == null ? 1 : (int) Math.max(Math.min(Args.ssize(rt, lenObj), Integer.MAX_VALUE), Integer.MIN_VALUE);
        String order = orderObj == null ? "big" : org.pyvm.core.runtime.Ops.str(rt, orderObj);
        boolean signed = a.kw("signed") != null && org.pyvm.core.runtime.Ops.truth(rt, a.kw("signed"));
        if (!order.equals("big") && !order.equals("little")) {
            throw PyError.raise("ValueError", "byteorder must be either 'little' or 'big'");
        }
        if (length < 0) {
            throw PyError.raise("ValueError", "length argument must be non-negative");
        }
        if (v.signum() < 0 && !signed) {
            throw PyError.raise("OverflowError", "can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8L) {
            throw PyError.raise("OverflowError", "int too big to convert");
        }
        byte[] out = new byte[length];
        byte[] raw = v.toByteArray();
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            byte b = src >= 0 ? raw[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            out[order.equals("big") ? length - 1 - i : i] = b;
        }
        return org.pyvm.core.objects.PyBytes.of(out);
    }

    private static PyObject fromBytes(Runtime rt, org.pyvm.core.objects.PyType cls, Args a) {
        if (a.positionalCount() > 2) { // signed is keyword-only
            throw PyError.raise("TypeError", Level.since37(rt) ? "from_bytes() takes at most 2 positional arguments (" + a.positionalCount() + " given)"
                    : "'signed' is a keyword-only argument");
        }
        a.check(0, 2, "bytes", "byteorder", "signed");
        PyObject data = a.get(0, "bytes");
        PyObject orderObj = a.get(1, "byteorder");
        if (data == null) {
            throw PyError.raise("TypeError", Level.since37(rt) ? "from_bytes() missing required argument 'bytes' (pos 1)"
                    : "Required argument 'bytes' (pos 1) not found");
        }
        if (orderObj == null && !Level.modern(rt)) { // optional from 3.11
            throw PyError.raise("TypeError", Level.since37(rt) ? "from_bytes() missing required argument 'byteorder' (pos 2)"
                    : "Required argument 'byteorder' (pos 2) not found");
        }
        String order = orderObj == null ? "big" : org.pyvm.core.runtime.Ops.str(rt, orderObj);
        if (!order.equals("big") && !order.equals("little")) {
            throw PyError.raise("ValueError", "byteorder must be either 'little' or 'big'");
        }
        boolean signed = a.kw("signed") != null && org.pyvm.core.runtime.Ops.truth(rt, a.kw("signed"));
        byte[] b = Constructors.bytesFromObject(rt, data);
        if (order.equals("little")) {
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte x = b[i];
                b[i] = b[j];
                b[j] = x;
            }
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        PyObject r = PyInt.of(v);
        return cls == rt.types.int_ ? r : org.pyvm.core.runtime.Ops.call(rt, cls, r);
    }

    /** float.hex(): CPython's %a-like form, 0x1.8000000000000p+0. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        d = Math.abs(d);
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(Runtime rt, String text) {
        String s = text.strip();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        String body = l.startsWith("-") || l.startsWith("+") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        String h = body.startsWith("0x") ? body.substring(2) : body;
        if (!h.contains("p")) {
            h = h + "p0";
        }
        if (!h.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?[0-9]+")) {
            throw PyError.raise("ValueError", "invalid hexadecimal floating-point string");
        }
        if (h.startsWith(".")) {
            h = "0" + h;
        }
        double v;
        try {
            v = Double.parseDouble("0x" + h);
        } catch (NumberFormatException e) {
            throw PyError.raise("ValueError", "invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(v)) {
            throw PyError.raise("OverflowError", "hexadecimal value too large to represent as a float");
        }
        return neg ? -v : v;
    }

    /** The most digits after the point that can change a double's value (CPython's NDIGITS_MAX): more return x. */
    private static final int ROUND_DIGITS_MAX = 323;
    /** The fewest (CPython's NDIGITS_MIN): fewer round every double to a signed zero. */
    private static final int ROUND_DIGITS_MIN = -308;

    static PyObject round(Runtime rt, Args args) {
        PyObject x = args.get(0, "number");
        PyObject nd = args.get(1, "ndigits");
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean given = nd != null && (py2 || nd != PyNone.NONE); // 2.7 takes None as no number at all
        if (!py2 && x instanceof org.pyvm.core.objects.UserSubclass u && u.type().programLookup("__round__") != null) {
            // 3.x: round() is the type's __round__, a subclass's own one included
            return nd == null ? Ops.callMethod(rt, x, "__round__") : Ops.callMethod(rt, x, "__round__", nd);
        }
        if (x instanceof PyInt || x instanceof PyBool) {
            // int.__round__ answers a plain int, for a bool or a subclass's instance too
            PyInt i = x instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : (PyInt) org.pyvm.core.objects.UserSubclass.plainOf(x);
            if (py2) {
                double d = i.big != null ? i.big.doubleValue() : i.small;
                if (Double.isInfinite(d)) {
                    throw PyError.raise("OverflowError", "long int too large to convert to float");
                }
                return PyFloat.of(given ? roundHalfAway(d, ndigits(rt, nd)) : roundHalfAway(d, 0));
            }
            long n = given ? ndigits(rt, nd) : 0;
            if (n >= 0) {
                return i;
            }
            // x - divmod_near(x, 10**-n)[1]: 0 once 10**-n passes 2|x|, without computing 10**-n
            BigInteger v = i.big != null ? i.big : BigInteger.valueOf(i.small);
            if (-n > (v.bitLength() + 1) * 0.30103 + 1) {
                return PyInt.of(0);
            }
            return PyInt.of(new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (!(x instanceof PyFloat f)) {
            if (py2) {
                PyObject fl = x instanceof org.pyvm.core.objects.PyInstance || x instanceof org.pyvm.core.objects.PyComplex
                        ? Ops.callMethod(rt, x, "__float__") : null; // PyFloat_AsDouble's nb_float (complex's refuses)
                if (!(fl instanceof PyFloat)) {
                    throw PyError.raise("TypeError", "a float is required");
                }
                return round(rt, new Args(rt, "round", nd == null ? new PyObject[] {fl} : new PyObject[] {fl, nd}, null));
            }
            PyObject r = nd == null ? Ops.callMethod(rt, x, "__round__") : Ops.callMethod(rt, x, "__round__", nd);
            if (r != null) {
                return r;
            }
            throw PyError.raise("TypeError", "type " + Ops.typeName(rt, x) + " doesn't define __round__ method");
        }
        double d = f.value;
        if (!given) {
            if (py2) {
                return PyFloat.of(roundHalfAway(d, 0));
            }
            if (Double.isNaN(d)) {
                throw PyError.raise("ValueError", "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyError.raise("OverflowError", "cannot convert float infinity to integer");
            }
            return PyInt.of(ExactDecimal.truncated(Math.rint(d))); // rint: the nearest integer, a tie to the even one
        }
        long digits = ndigits(rt, nd);
        if (py2) {
            return PyFloat.of(roundHalfAway(d, digits));
        }
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0 || digits > ROUND_DIGITS_MAX) {
            return f;
        }
        if (digits < ROUND_DIGITS_MIN) {
            return PyFloat.of(0.0 * d);
        }
        // 3.x: correctly rounded, half to even on the exact decimal value of the double
        if (digits >= 0) {
            return PyFloat.of(rounded(d, Math.copySign(Double.parseDouble(ExactDecimal.fixedPlaces(d, (int) digits)), d)));
        }
        return PyFloat.of(rounded(d, new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue()));
    }

    /**
     * round()'s ndigits: an int (or __index__), one past the range of Py_ssize_t clamped to it (as
     * PyNumber_AsSsize_t(o, NULL) does: only how far it is from 0 matters, and every extreme gives the same result).
     */
    private static long ndigits(Runtime rt, PyObject nd) {
        if (nd instanceof PyInt i && i.big != null) {
            return i.big.signum() < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
        }
        if (nd instanceof PyInt || nd instanceof PyBool || nd instanceof org.pyvm.core.objects.PyInstance) {
            return Args.index(rt, nd);
        }
        throw PyError.raise("TypeError", "'" + Ops.typeName(rt, nd) + "' object cannot be interpreted as "
                + (rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "an index" : "an integer"));
    }

    /** {@code r}, x rounded: an OverflowError past the doubles, a zero with x's sign. */
    private static double rounded(double x, double r) {
        if (Double.isInfinite(r)) {
            throw PyError.raise("OverflowError", "rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** 2.7 round(): scale by 10**n, round half away from zero, scale back, as its float_round did. */
    private static double roundHalfAway(double x, long n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0 || n > ROUND_DIGITS_MAX) {
            return x;
        }
        if (n < ROUND_DIGITS_MIN) {
            return 0.0 * x;
        }
        // 2.7 rounds the exact binary value correctly (dtoa), halves away from zero: round(2.675, 2) == 2.67
        if (n >= 0) {
            return rounded(x, Math.copySign(Double.parseDouble(ExactDecimal.of(x).fixed((int) n, ExactDecimal.Mode.HALF_UP)), x));
        }
        return rounded(x, new BigDecimal(x).setScale((int) n, RoundingMode.HALF_UP).doubleValue());
    }
}
