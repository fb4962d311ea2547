package org.pyvm.core.modules.array;

import java.math.BigInteger;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * An array's items as Python values: a value checked and turned into an item's bits as each version's
 * {@code *_setitem} functions do (with their argument parser's range checks and words), and an item's bits
 * turned back into an int, float or one-character string.
 */
final class Items {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_LIMIT = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger UINT_MAX = BigInteger.valueOf(0xffffffffL);

    private final Runtime rt;
    private final boolean py2;
    /** 3.10+: integer items come through __index__ only ("'float' object cannot be interpreted as an integer"). */
    private final boolean indexOnly;

    Items(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.indexOnly = !py2 && rt.lang.minor() >= 10;
    }

    // ------------------------------------------------------------------ Python value -> bits

    long bits(TypeCode t, PyObject v) {
        switch (t.kind()) {
            case REAL:
                double d = real(v);
                return t.size() == 4 ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
            case UNICODE:
                if (v instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
                    return s.value().codePointAt(0);
                }
                throw PyError.raise("TypeError", "array item must be unicode character");
            case CHAR:
                if (v instanceof PyBytes b && b.bytes().length == 1) {
                    return b.bytes()[0] & 0xff;
                }
                throw PyError.raise("TypeError", "array item must be char");
            default:
                BigInteger i = integer(t, v);
                check(t, i, v);
                return i.longValue();
        }
    }

    private static PyError overflow(String message) {
        return PyError.raise("OverflowError", message);
    }

    /** The integer of an integer item, or the TypeError of the version's converter. */
    private BigInteger integer(TypeCode t, PyObject v) {
        if (v instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (v instanceof PyBool b) {
            return b.value ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof PyInstance && rt.types.of(v).lookup("__index__") != null) {
            PyObject r = Ops.callMethod(rt, v, "__index__");
            if (r instanceof PyInt i) {
                return i.toBigInteger();
            }
        }
        if (indexOnly) {
            throw PyError.raise("TypeError", "'" + name(v) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof PyFloat) {
            // 3.6's unsigned setters test for an int themselves; the others go through PyArg_Parse
            throw PyError.raise("TypeError", !py2 && t.kind() == TypeCode.Kind.UNSIGNED && t.code() != 'B' && t.code() != 'H'
                    ? "array item must be integer" : "integer argument expected, got float");
        }
        if (v instanceof PyInstance && rt.types.of(v).lookup("__int__") != null) {
            PyObject r = Ops.callMethod(rt, v, "__int__");
            if (r instanceof PyInt i) {
                return i.toBigInteger();
            }
        }
        throw PyError.raise("TypeError", py2 ? "an integer is required" : "an integer is required (got type " + name(v) + ")");
    }

    private String name(PyObject o) {
        return o instanceof ArrayObject a ? a.typeName(rt.lang) : Ops.typeName(rt, o);
    }

    /** PyArg_Parse's conversion to a C long. */
    private static void cLong(BigInteger v) {
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
            throw overflow("Python int too large to convert to C long");
        }
    }

    private static void range(BigInteger v, long min, long max, String what) {
        if (v.compareTo(BigInteger.valueOf(min)) < 0) {
            throw overflow(what + " is less than minimum");
        }
        if (v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw overflow(what + " is greater than maximum");
        }
    }

    private void check(TypeCode t, BigInteger v, PyObject original) {
        switch (t.code()) {
            case 'b':
                cLong(v);
                range(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                range(v, -128, 127, "signed char");
                return;
            case 'B':
                cLong(v);
                range(v, 0, 255, "unsigned byte integer");
                return;
            case 'h':
                cLong(v);
                range(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                return;
            case 'H':
                cLong(v);
                range(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                range(v, 0, 65535, "unsigned short");
                return;
            case 'i':
                cLong(v);
                range(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                return;
            case 'l':
                cLong(v);
                return;
            case 'q':
                if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
                    throw overflow("int too big to convert");
                }
                return;
            case 'Q':
                if (v.signum() < 0) {
                    throw overflow("can't convert negative int to unsigned");
                }
                if (v.compareTo(ULONG_LIMIT) >= 0) {
                    throw overflow("int too big to convert");
                }
                return;
            default:
                unsigned(t, v, original);
        }
    }

    /** 'I' and 'L': 2.7 tells a long from an int; 3.x has PyLong_AsUnsignedLong's words. */
    private void unsigned(TypeCode t, BigInteger v, PyObject original) {
        boolean isInt = t.code() == 'I';
        if (py2) {
            boolean isLong = original instanceof PyInt i && i.isLong(rt.lang);
            if (isLong) {
                if (v.signum() < 0) {
                    throw overflow("can't convert negative value to unsigned long");
                }
                if (v.compareTo(ULONG_LIMIT) >= 0) {
                    throw overflow("long int too large to convert");
                }
            } else if (v.signum() < 0) {
                throw overflow(isInt ? "unsigned int is less than minimum" : "unsigned long is less than minimum");
            }
        } else {
            if (v.signum() < 0) {
                throw overflow("can't convert negative value to unsigned int");
            }
            if (v.compareTo(ULONG_LIMIT) >= 0) {
                throw overflow("Python int too large to convert to C unsigned long");
            }
        }
        if (isInt && v.compareTo(UINT_MAX) > 0) {
            throw overflow("unsigned int is greater than maximum");
        }
    }

    /** A float item's value: a float, an int, or an object with __float__. */
    private double real(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt || v instanceof PyBool) {
            BigInteger i = v instanceof PyInt n ? n.toBigInteger() : ((PyBool) v).value ? BigInteger.ONE : BigInteger.ZERO;
            double d = i.doubleValue();
            if (Double.isInfinite(d)) {
                throw overflow(py2 ? "long int too large to convert to float" : "int too large to convert to float");
            }
            return d;
        }
        if (v instanceof PyInstance && rt.types.of(v).lookup("__float__") != null) {
            PyObject r = Ops.callMethod(rt, v, "__float__");
            if (r instanceof PyFloat f) {
                return f.value;
            }
        }
        throw PyError.raise("TypeError", py2 ? "a float is required" : "must be real number, not " + name(v));
    }

    // ------------------------------------------------------------------ bits -> Python value

    PyObject item(ArrayObject a, int i) {
        return value(a.code, a.bits(i));
    }

    PyObject value(TypeCode t, long bits) {
        switch (t.kind()) {
            case REAL:
                return PyFloat.of(t.size() == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits));
            case UNICODE:
                if (!py2 && (bits < 0 || bits > Character.MAX_CODE_POINT)) {
                    throw PyError.raise("ValueError", "character U+" + Long.toHexString(bits & 0xffffffffL) + " is not in range [U+0000; U+10ffff]");
                }
                return PyStr.of(new String(Character.toChars(validCodePoint(bits))));
            case CHAR:
                return PyBytes.of(new byte[] {(byte) bits});
            case UNSIGNED:
                BigInteger u = bits < 0 ? BigInteger.valueOf(bits).add(ULONG_LIMIT) : BigInteger.valueOf(bits);
                if (py2 && t.size() >= 4) {
                    return PyInt.longOf(u); // 2.7's 'I' and 'L' items are longs
                }
                return bits < 0 ? PyInt.of(u) : PyInt.of(bits);
            default:
                return PyInt.of(bits);
        }
    }

    /** A 'u' item's code point; bytes that are no code point (frombytes can store them) read as U+FFFD. */
    private static int validCodePoint(long bits) {
        return bits >= 0 && bits <= Character.MAX_CODE_POINT ? (int) bits : 0xFFFD;
    }
}
