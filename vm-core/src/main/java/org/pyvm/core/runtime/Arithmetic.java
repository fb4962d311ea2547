package org.pyvm.core.runtime;

import java.math.BigInteger;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.LanguageFeature;

/**
 * Numbers: int (a long fast path that overflows into BigInteger; 2.7's int/long split), float and
 * complex, with each version's rules. Returns null when the operands are not numbers it knows,
 * so the caller can try the operands' own methods.
 */
final class Arithmetic {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Arithmetic() {
    }

    static boolean isIntLike(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool;
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat || o instanceof PyComplex;
    }

    static PyInt asInt(PyObject o) {
        if (o instanceof PyBool b) {
            return PyInt.of(b.value ? 1 : 0);
        }
        return (PyInt) o;
    }

    static BigInteger big(PyInt i) {
        return i.big != null ? i.big : BigInteger.valueOf(i.small);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = asInt(o);
        if (i.big == null) {
            return i.small;
        }
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyError.raise("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** A result int: 2.7 gives long when an operand was long or the value left the int range. */
    static PyInt makeInt(Runtime rt, BigInteger v, boolean anyLong) {
        if (rt.lang.has(LanguageFeature.INT_AND_LONG) && (anyLong || v.bitLength() >= 64)) {
            return PyInt.longOf(v);
        }
        return PyInt.of(v);
    }

    static PyInt makeInt(Runtime rt, long v, boolean anyLong) {
        if (anyLong && rt.lang.has(LanguageFeature.INT_AND_LONG)) {
            return PyInt.longOf(BigInteger.valueOf(v));
        }
        return PyInt.of(v);
    }

    /** {@code a op b} for numbers, or null when either is not a number this knows. */
    static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        if (a instanceof PyBool x && b instanceof PyBool y) {
            // bool & | ^ bool stays a bool
            switch (op) {
                case AND:
                case INPLACE_AND:
                    return PyBool.of(x.value & y.value);
                case OR:
                case INPLACE_OR:
                    return PyBool.of(x.value | y.value);
                case XOR:
                case INPLACE_XOR:
                    return PyBool.of(x.value ^ y.value);
                default:
                    break;
            }
        }
        if (isIntLike(a) && isIntLike(b)) {
            return ints(rt, op, asInt(a), asInt(b));
        }
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return complex(rt, op, a, b);
        }
        return floats(rt, op, toDouble(rt, a), toDouble(rt, b));
    }

    private static Operator base(Operator op) {
        return op.base();
    }

    static PyObject ints(Runtime rt, Operator op, PyInt x, PyInt y) {
        boolean anyLong = x.isLong || y.isLong;
        Operator o = base(op);
        if (x.big == null && y.big == null) {
            long a = x.small;
            long b = y.small;
            switch (o) {
                case ADD: {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        return makeInt(rt, r, anyLong);
                    }
                    break;
                }
                case SUBTRACT: {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) >= 0) {
                        return makeInt(rt, r, anyLong);
                    }
                    break;
                }
                case MULTIPLY: {
                    long hi = Math.multiplyHigh(a, b);
                    long r = a * b;
                    if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
                        return makeInt(rt, r, anyLong);
                    }
                    break;
                }
                case FLOOR_DIVIDE:
                case DIVIDE:
                    if (o == Operator.DIVIDE && !rt.lang.has(LanguageFeature.CLASSIC_DIVISION)) {
                        return trueDivide(x, y);
                    }
                    if (b == 0) {
                        throw zeroDivision(rt, anyLong ? "long division or modulo by zero" : "integer division or modulo by zero", "integer division or modulo by zero");
                    }
                    if (!(a == Long.MIN_VALUE && b == -1)) {
                        return makeInt(rt, Math.floorDiv(a, b), anyLong);
                    }
                    break;
                case REMAINDER:
                    if (b == 0) {
                        throw moduloByZero(rt, anyLong);
                    }
                    return makeInt(rt, Math.floorMod(a, b), anyLong);
                case AND:
                    return makeInt(rt, a & b, anyLong);
                case OR:
                    return makeInt(rt, a | b, anyLong);
                case XOR:
                    return makeInt(rt, a ^ b, anyLong);
                case LSHIFT:
                    if (b < 0) {
                        throw PyError.raise("ValueError", "negative shift count");
                    }
                    if (b < 63 && (a == 0 || Long.numberOfLeadingZeros(Math.abs(a)) > b + 1) && a != Long.MIN_VALUE) {
                        return makeInt(rt, a << b, anyLong);
                    }
                    break;
                case RSHIFT:
                    if (b < 0) {
                        throw PyError.raise("ValueError", "negative shift count");
                    }
                    return makeInt(rt, a >> Math.min(b, 63), anyLong);
                case TRUE_DIVIDE:
                    return trueDivide(x, y);
                default:
                    break;
            }
        }
        BigInteger a = big(x);
        BigInteger b = big(y);
        chargeWork(rt, o, a, b);
        switch (o) {
            case ADD:
                return makeInt(rt, a.add(b), anyLong);
            case SUBTRACT:
                return makeInt(rt, a.subtract(b), anyLong);
            case MULTIPLY:
                return makeInt(rt, a.multiply(b), anyLong);
            case DIVIDE:
                if (!rt.lang.has(LanguageFeature.CLASSIC_DIVISION)) {
                    return trueDivide(x, y);
                }
                return floorDiv(rt, a, b, anyLong);
            case FLOOR_DIVIDE:
                return floorDiv(rt, a, b, anyLong);
            case REMAINDER: {
                if (b.signum() == 0) {
                    throw moduloByZero(rt, anyLong);
                }
                BigInteger m = a.mod(b.abs());
                if (b.signum() < 0 && m.signum() != 0) {
                    m = m.add(b);
                }
                return makeInt(rt, m, anyLong);
            }
            case AND:
                return makeInt(rt, a.and(b), anyLong);
            case OR:
                return makeInt(rt, a.or(b), anyLong);
            case XOR:
                return makeInt(rt, a.xor(b), anyLong);
            case LSHIFT:
            case RSHIFT:
                return shift(rt, o == Operator.LSHIFT, a, b, anyLong);
            case POWER:
                return power(rt, x, y, anyLong);
            case TRUE_DIVIDE:
                return trueDivide(x, y);
            default:
                return null;
        }
    }

    /** CPython's MAX_LONG_DIGITS: the most 30-bit digits an int's size can say it has. */
    private static final BigInteger MAX_LONG_DIGITS = BigInteger.valueOf((Long.MAX_VALUE - 24) / 4);

    /**
     * {@code a << b} or {@code a >> b} where an operand is past a machine word. Before 3.8 the count is first
     * made a C long (2.7) or Py_ssize_t (3.6), so a count past 64 bits is an OverflowError whatever its sign or
     * the shifted value; from 3.8 the sign is checked first, 0 shifts to 0, and a left shift is refused with
     * "too many digits in integer" only when the result's size could not be held, else it runs out of memory.
     */
    private static PyObject shift(Runtime rt, boolean left, BigInteger a, BigInteger b, boolean anyLong) {
        boolean countFirst = rt.lang.has(LanguageFeature.STR_IS_BYTES) || rt.lang.minor() < 8;
        if (countFirst && b.bitLength() > 63) {
            throw PyError.raise("OverflowError", rt.lang.has(LanguageFeature.STR_IS_BYTES)
                    ? "long int too large to convert to int" : "Python int too large to convert to C ssize_t");
        }
        if (b.signum() < 0) {
            throw PyError.raise("ValueError", "negative shift count");
        }
        if (a.signum() == 0) {
            return makeInt(rt, a, anyLong);
        }
        if (!left) {
            return makeInt(rt, b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue()), anyLong);
        }
        if (b.bitLength() > 31) {
            BigInteger digits = BigInteger.valueOf((a.abs().bitLength() + 29) / 30).add(b.add(BigInteger.valueOf(29)).divide(BigInteger.valueOf(30)));
            if (!countFirst && digits.compareTo(MAX_LONG_DIGITS) > 0) {
                throw PyError.raise("OverflowError", "too many digits in integer");
            }
            throw PyError.raiseArgs("MemoryError"); // past 256 MiB: more than pyvm builds (as CPython, from 2**35 or so)
        }
        rt.limits().reserve(((long) a.bitLength() + b.intValue()) / 8); // 1 << 2**31 - 1 is 256 MiB
        return makeInt(rt, a.shiftLeft(b.intValue()), anyLong);
    }

    /** Word operations that count as one step of the VM's budget (about what one bytecode instruction costs). */
    private static final long WORK_PER_STEP = 1024;

    /**
     * Arithmetic on huge ints takes time in proportion to their size (a product or a quotient: to both
     * sizes), so it counts toward the step budget and is checked against the clock before it starts,
     * as a loop doing that much work would be: a program could otherwise spend minutes inside single
     * operations on a 64 MiB int, past every limit (found by fuzzing). Ints of a few hundred digits
     * cost nothing.
     */
    private static void chargeWork(Runtime rt, Operator o, BigInteger a, BigInteger b) {
        long wa = words(a);
        long wb = words(b);
        long work;
        switch (o) {
            case MULTIPLY:
                work = wa * wb;
                break;
            case DIVIDE:
            case FLOOR_DIVIDE:
            case REMAINDER:
                work = wb * Math.max(1, wa - wb + 1);
                break;
            case LSHIFT:
                work = wa + (b.bitLength() > 31 ? 0 : b.intValue() / 32);
                break;
            case POWER:
                work = 0; // power() knows the size of its result
                break;
            default:
                work = wa + wb;
                break;
        }
        chargeWork(rt, work);
    }

    private static void chargeWork(Runtime rt, long work) {
        if (work >= WORK_PER_STEP) {
            rt.limits().steps(work / WORK_PER_STEP);
        }
    }

    private static long words(BigInteger v) {
        return v.bitLength() / 32 + 1;
    }

    private static PyObject floorDiv(Runtime rt, BigInteger a, BigInteger b, boolean anyLong) {
        if (b.signum() == 0) {
            throw zeroDivision(rt, anyLong ? "long division or modulo by zero" : "integer division or modulo by zero", "integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return makeInt(rt, q, anyLong);
    }

    private static PyObject power(Runtime rt, PyInt x, PyInt y, boolean anyLong) {
        BigInteger b = big(y);
        if (b.signum() < 0) {
            double base = toDouble(x);
            if (base == 0) {
                throw zeroDivision(rt, "0.0 cannot be raised to a negative power", "0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(org.pyvm.core.libm.LibcPow.pow(base, b.doubleValue()));
        }
        BigInteger a = big(x);
        if (b.bitLength() > 31) {
            if (a.equals(BigInteger.ONE) || a.signum() == 0) {
                return makeInt(rt, a, anyLong);
            }
            if (a.equals(BigInteger.ONE.negate())) {
                return makeInt(rt, b.testBit(0) ? a : BigInteger.ONE, anyLong);
            }
            throw PyError.raiseArgs("MemoryError");
        }
        long bits = (long) a.abs().bitLength() * b.intValue();
        if (bits > 64L * 1024 * 1024 * 8) {
            throw PyError.raiseArgs("MemoryError");
        }
        rt.limits().reserve(bits / 8);
        // by squaring: the last squaring (half the result's words, squared) is about three quarters of the work
        long half = bits / 64 + 1;
        chargeWork(rt, half * half / 3 * 4);
        return makeInt(rt, a.pow(b.intValue()), anyLong);
    }

    static PyObject trueDivide(PyInt x, PyInt y) {
        if (y.big == null && y.small == 0) {
            throw PyError.raise("ZeroDivisionError", "division by zero");
        }
        if (x.big == null && y.big == null && Math.abs(x.small) < (1L << 53) && Math.abs(y.small) < (1L << 53)) {
            return PyFloat.of((double) x.small / (double) y.small);
        }
        if (big(y).signum() == 0) {
            throw PyError.raise("ZeroDivisionError", "division by zero");
        }
        double r = new java.math.BigDecimal(big(x)).divide(new java.math.BigDecimal(big(y)), new java.math.MathContext(60)).doubleValue();
        if (r == 0.0) {
            // BigDecimal has no negative zero; CPython's zero quotient takes the sign the operands' signs give (0 / -2**62 is -0.0)
            r = (big(x).signum() < 0) != (big(y).signum() < 0) ? -0.0 : 0.0;
        }
        if (Double.isInfinite(r)) {
            throw PyError.raise("OverflowError", "integer division result too large for a float");
        }
        return PyFloat.of(r);
    }

    /** int % 0: 3.10 and later say "integer modulo by zero"; 2.7 names a long operand. */
    static PyError moduloByZero(Runtime rt, boolean anyLong) {
        if (anyLong && rt.lang.has(LanguageFeature.INT_AND_LONG)) {
            return PyError.raise("ZeroDivisionError", "long division or modulo by zero");
        }
        return PyError.raise("ZeroDivisionError", rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                ? "integer modulo by zero" : "integer division or modulo by zero");
    }

    private static PyError zeroDivision(Runtime rt, String py2, String py3) {
        return PyError.raise("ZeroDivisionError", rt.lang.has(LanguageFeature.STR_IS_BYTES) ? py2 : py3);
    }

    static PyObject floats(Runtime rt, Operator op, double a, double b) {
        switch (base(op)) {
            case ADD:
                return PyFloat.of(a + b);
            case SUBTRACT:
                return PyFloat.of(a - b);
            case MULTIPLY:
                return PyFloat.of(a * b);
            case TRUE_DIVIDE:
            case DIVIDE:
                if (b == 0) {
                    throw PyError.raise("ZeroDivisionError", "float division by zero");
                }
                return PyFloat.of(a / b);
            case FLOOR_DIVIDE:
                if (b == 0) {
                    throw PyError.raise("ZeroDivisionError", rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                            ? "float floor division by zero" : "float divmod()");
                }
                return PyFloat.of(floorDivide(a, b));
            case REMAINDER:
                if (b == 0) {
                    throw PyError.raise("ZeroDivisionError", "float modulo");
                }
                return PyFloat.of(floatMod(a, b));
            case POWER:
                if (!Double.isFinite(a) || !Double.isFinite(b)) {
                    return PyFloat.of(org.pyvm.core.libm.Libm.powNonFinite(a, b)); // float_pow's IEEE special cases, before its sign checks
                }
                if (a == 0 && b < 0) {
                    throw PyError.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                if (a < 0 && b != Math.rint(b)) {
                    return null; // 3.x gives a complex result; left to the caller
                }
                return PyFloat.of(floatPow(rt, a, b));
            default:
                return null;
        }
    }

    /** float ** float; a finite result that overflows raises as C's pow reports ERANGE. */
    static double floatPow(Runtime rt, double a, double b) {
        double r = org.pyvm.core.libm.LibcPow.pow(a, b); // glibc's method: Math.pow differed in the last place for 1 result in 1,000
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyError.raiseArgs("OverflowError", PyInt.of(34), Ops.name(rt, "Numerical result out of range"));
        }
        return r;
    }

    /** toDouble with 2.7's wording for a long too large for a float. */
    static double toDouble(Runtime rt, PyObject o) {
        try {
            return toDouble(o);
        } catch (PyError e) {
            if (rt.lang.has(LanguageFeature.INT_AND_LONG)) {
                throw PyError.raise("OverflowError", "long int too large to convert to float");
            }
            throw e;
        }
    }

    static double floatMod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDivide(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, a / b);
    }

    private static PyObject complex(Runtime rt, Operator op, PyObject a, PyObject b) {
        double ar = a instanceof PyComplex c ? c.real : toDouble(a);
        double ai = a instanceof PyComplex c ? c.imag : 0;
        double br = b instanceof PyComplex c ? c.real : toDouble(b);
        double bi = b instanceof PyComplex c ? c.imag : 0;
        switch (base(op)) {
            case ADD:
                return PyComplex.of(ar + br, ai + bi);
            case SUBTRACT:
                return PyComplex.of(ar - br, ai - bi);
            case MULTIPLY:
                return PyComplex.of(ar * br - ai * bi, ar * bi + ai * br);
            case TRUE_DIVIDE:
            case DIVIDE: {
                double[] q = Complexes.quot(ar, ai, br, bi);
                if (q == null) {
                    throw PyError.raise("ZeroDivisionError", "complex division by zero");
                }
                return PyComplex.of(q[0], q[1]);
            }
            case POWER:
                return Complexes.complexPower(rt, a, b);
            case FLOOR_DIVIDE:
            case REMAINDER:
                return complexFloorOrMod(rt, base(op), ar, ai, br, bi);
            default:
                return null;
        }
    }

    /**
     * complex {@code //} and {@code %}: 2.7 floors the real part of the quotient (complex_divmod, complex_remainder);
     * 3.0-3.9 refuse in complex's own words; 3.10 removed them (null: unsupported operands).
     */
    private static PyObject complexFloorOrMod(Runtime rt, Operator op, double ar, double ai, double br, double bi) {
        boolean floor = op == Operator.FLOOR_DIVIDE;
        if (rt.lang.major() > 2) {
            if (rt.lang.minor() >= 10) {
                return null;
            }
            throw PyError.raise("TypeError", floor ? "can't take floor of complex number." : "can't mod complex numbers.");
        }
        double[] q = Complexes.quot(ar, ai, br, bi);
        if (q == null) {
            throw PyError.raise("ZeroDivisionError", floor ? "complex divmod()" : "complex remainder");
        }
        double div = Math.floor(q[0]);
        if (floor) {
            return PyComplex.of(div, 0.0);
        }
        // a - b * div, with div = (floor, 0) multiplied as c_prod does
        return PyComplex.of(ar - (br * div - bi * 0.0), ai - (br * 0.0 + bi * div));
    }

    /** Unary minus, plus and invert for numbers, or null. */
    static PyObject unary(Runtime rt, Operator op, PyObject a) {
        if (isIntLike(a)) {
            PyInt i = asInt(a);
            switch (op) {
                case NEGATIVE:
                    return i.big == null && i.small != Long.MIN_VALUE ? makeInt(rt, -i.small, i.isLong) : makeInt(rt, big(i).negate(), i.isLong);
                case POSITIVE:
                    return makeInt(rt, big(i), i.isLong);
                case INVERT:
                    return i.big == null ? makeInt(rt, ~i.small, i.isLong) : makeInt(rt, big(i).not(), i.isLong);
                default:
                    return null;
            }
        }
        if (a instanceof PyFloat f) {
            switch (op) {
                case NEGATIVE:
                    return PyFloat.of(-f.value);
                case POSITIVE:
                    return f;
                default:
                    return null;
            }
        }
        if (a instanceof PyComplex c) {
            switch (op) {
                case NEGATIVE:
                    return PyComplex.of(-c.real, -c.imag);
                case POSITIVE:
                    return c;
                default:
                    return null;
            }
        }
        return null;
    }

    /** Compares two numbers exactly (int against float without rounding): negative, zero or positive; NaN compares as 2 (unordered). */
    static int compare(PyObject a, PyObject b) {
        if (isIntLike(a) && isIntLike(b)) {
            PyInt x = asInt(a);
            PyInt y = asInt(b);
            if (x.big == null && y.big == null) {
                return Long.compare(x.small, y.small);
            }
            return big(x).compareTo(big(y));
        }
        if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
            if (Double.isNaN(fa.value) || Double.isNaN(fb.value)) {
                return 2;
            }
            return Double.compare(fa.value == 0 ? 0.0 : fa.value, fb.value == 0 ? 0.0 : fb.value);
        }
        double d = a instanceof PyFloat fa ? fa.value : ((PyFloat) b).value;
        PyObject other = a instanceof PyFloat ? b : a;
        if (Double.isNaN(d)) {
            return 2;
        }
        int sign = a instanceof PyFloat ? 1 : -1;
        if (Double.isInfinite(d)) {
            return sign * (d > 0 ? 1 : -1);
        }
        return sign * org.pyvm.core.objects.ExactDecimal.compare(d, big(asInt(other)));
    }

    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }
}
