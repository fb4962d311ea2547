package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.spi.LanguageFeature;

/** CPython's wording of common errors, per version. */
final class Errors {
    private Errors() {
    }

    static PyError unsupportedOperands(Runtime rt, String symbol, PyObject a, PyObject b) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (symbol.equals("+") || symbol.equals("+=")) {
            if (py2 && a instanceof PyStr && !(b instanceof PyBytes || b instanceof PyStr)) {
                // unicode + x: PyUnicode_Concat coerces x first (PyUnicode_FromObject)
                return PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, b) + " found");
            }
            if (py2 && (a instanceof PyBytes || a instanceof PyStr) && !(b instanceof PyBytes || b instanceof PyStr)) {
                return PyError.raise("TypeError", "cannot concatenate '" + Ops.typeName(rt, a) + "' and '" + Ops.typeName(rt, b) + "' objects");
            }
            if (!py2 && a instanceof PyStr) {
                if (rt.lang.has(LanguageFeature.TUPLE_HASH_XXHASH)) {
                    return PyError.raise("TypeError", "can only concatenate str (not \"" + Ops.typeName(rt, b) + "\") to str");
                }
                return PyError.raise("TypeError", "must be str, not " + Ops.typeName(rt, b));
            }
            if (!py2 && a instanceof PyBytes && !(b instanceof PyBytes)) {
                return PyError.raise("TypeError", "can't concat " + Ops.typeName(rt, b) + " to bytes");
            }
            if (a instanceof org.pyvm.core.objects.PyList && !py2) {
                return PyError.raise("TypeError", "can only concatenate list (not \"" + Ops.typeName(rt, b) + "\") to list");
            }
            if (a instanceof org.pyvm.core.objects.PyList) {
                return PyError.raise("TypeError", "can only concatenate list (not \"" + Ops.typeName(rt, b) + "\") to list");
            }
            if (a instanceof org.pyvm.core.objects.PyTuple) {
                return PyError.raise("TypeError", "can only concatenate tuple (not \"" + Ops.typeName(rt, b) + "\") to tuple");
            }
        }
        // PyNumber_Multiply: with no number slot taking it, a sequence on either side repeats by the other;
        // PyNumber_InPlaceMultiply tries the right one's only when the left's type has no sequence methods at all
        boolean inPlace = symbol.equals("*=");
        if ((symbol.equals("*") || inPlace) && isSequence(a) && !(b instanceof PyInt)) {
            return PyError.raise("TypeError", "can't multiply sequence by non-int of type '" + Ops.typeName(rt, b) + "'");
        }
        if ((symbol.equals("*") || inPlace && !hasSequenceMethods(a)) && isSequence(b) && !(a instanceof PyInt)) {
            return PyError.raise("TypeError", "can't multiply sequence by non-int of type '" + Ops.typeName(rt, a) + "'");
        }
        return PyError.raise("TypeError", "unsupported operand type(s) for " + symbol + ": '" + Ops.typeName(rt, a)
                + "' and '" + Ops.typeName(rt, b) + "'");
    }

    /** Whether CPython's type of {@code o} has a tp_as_sequence: a container's (dict, set, range) or any class's own. */
    private static boolean hasSequenceMethods(PyObject o) {
        return isSequence(o) || o instanceof org.pyvm.core.objects.PyDict || o instanceof org.pyvm.core.objects.PySet
                || o instanceof org.pyvm.core.objects.PyFrozenSet || o instanceof org.pyvm.core.objects.PyRange
                || o instanceof org.pyvm.core.objects.PyInstance;
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof org.pyvm.core.objects.PyList || o instanceof org.pyvm.core.objects.PyTuple
                || o instanceof org.pyvm.core.objects.PyInstance i && i.type().builtin && i.type().name(null).equals("bytearray");
    }

    /**
     * 3.0-3.9: complex's nb_floor_divide and nb_remainder refuse whatever the other operand is, so an operation that
     * reaches a complex operand's slot fails in its words, not as unsupported operands.
     */
    static void complexFloorOrMod(Runtime rt, org.pyvm.core.code.Operator op, PyObject a, PyObject b) {
        org.pyvm.core.code.Operator base = op.base();
        if (rt.lang.major() == 2 || rt.lang.minor() >= 10 || !(a instanceof org.pyvm.core.objects.PyComplex
                || b instanceof org.pyvm.core.objects.PyComplex)) {
            return;
        }
        if (base == org.pyvm.core.code.Operator.FLOOR_DIVIDE) {
            throw PyError.raise("TypeError", "can't take floor of complex number.");
        }
        if (base == org.pyvm.core.code.Operator.REMAINDER) {
            throw PyError.raise("TypeError", "can't mod complex numbers.");
        }
    }
}
