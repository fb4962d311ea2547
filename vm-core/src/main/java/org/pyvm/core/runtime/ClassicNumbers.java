package org.pyvm.core.runtime;

import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;

/**
 * 2.7's classic instances as operands of a binary operator (classobject.c's instance_add and friends): each
 * half asks the instance's {@code __coerce__} first and then finds the method as an attribute of the instance,
 * so its own dict and its class's {@code __getattr__} count (a proxy class delegates operators that way).
 */
public final class ClassicNumbers {
    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    private ClassicNumbers() {
    }

    public static boolean isClassic(PyObject o) {
        return o instanceof PyInstance i && i.type().classic;
    }

    /**
     * {@code a op b} when a or b is a classic instance, as binary_op1 (binary_iop1 for {@code +=}) runs the
     * operands' slots: the classic one's do_binop, a new-style operand's own method; null when all declined.
     */
    static PyObject binary(Runtime rt, Operator op, String iname, String lname, String rname, PyObject a, PyObject b) {
        PyObject x;
        if (op.inplace() && isClassic(a)) {
            x = halfBinop(rt, op, a, b, iname, lname, rname, false); // do_binop_inplace: __iadd__, then __add__/__radd__
            if (x == NI) {
                x = doBinop(rt, op, a, b, lname, rname);
            }
            if (x != NI) {
                return x;
            }
        }
        Operator base = op.base();
        if (isClassic(a)) {
            x = doBinop(rt, base, a, b, lname, rname);
            if (x != NI) {
                return x;
            }
            if (!isClassic(b) && b instanceof PyInstance) {
                x = Ops.callMethod(rt, b, rname, a); // b's slot_nb_*: its reflected method
                if (x != null && x != NI) {
                    return x;
                }
            }
            return null;
        }
        if (a instanceof PyInstance) {
            x = Ops.callMethod(rt, a, lname, b); // a's slot_nb_*: its own method only
            if (x != null && x != NI) {
                return x;
            }
        }
        x = doBinop(rt, base, a, b, lname, rname);
        return x == NI ? null : x;
    }

    /** do_binop: v's half, then w's reflected half; {@code op} is the operator the coerced operands go back to. */
    private static PyObject doBinop(Runtime rt, Operator op, PyObject v, PyObject w, String lname, String rname) {
        PyObject r = halfBinop(rt, op, v, w, lname, lname, rname, false);
        if (r == NI) {
            r = halfBinop(rt, op, w, v, rname, lname, rname, true);
        }
        return r;
    }

    /** half_binop: v's __coerce__ (when it has one) and then v's method {@code name}; NotImplemented when v is no classic instance. */
    private static PyObject halfBinop(Runtime rt, Operator op, PyObject v, PyObject w, String name, String lname, String rname,
            boolean swapped) {
        if (!isClassic(v)) {
            return NI;
        }
        PyObject coerce = attribute(rt, v, "__coerce__");
        if (coerce == null) {
            return generic(rt, v, w, name);
        }
        PyObject coerced = Ops.call(rt, coerce, w);
        if (coerced == PyNone.NONE || coerced == NI) {
            return generic(rt, v, w, name);
        }
        if (!(coerced instanceof PyTuple t) || t.size() != 2) {
            throw PyError.raise("TypeError", "coercion should return None or 2-tuple");
        }
        PyObject v1 = t.get(0);
        PyObject w1 = t.get(1);
        if (isClassic(v1)) {
            return generic(rt, v1, w1, name); // every classic instance has one type: no recursion through the slot
        }
        // other values: the operator itself (PyNumber_Add and friends) on what __coerce__ gave
        return swapped ? Ops.binary(rt, op, w1, v1) : Ops.binary(rt, op, v1, w1);
    }

    /** generic_binary_op: v.name(w), or NotImplemented when v has no such attribute. */
    private static PyObject generic(Runtime rt, PyObject v, PyObject w, String name) {
        PyObject f = attribute(rt, v, name);
        return f == null ? NI : Ops.call(rt, f, w);
    }

    /**
     * A 2.7 classic instance's special method its class lacks, called anyway: instance_neg, instance_abs,
     * instance_float... look it up as an attribute, so its absence is the instance's AttributeError ("E instance
     * has no attribute '__neg__'", or what its __getattr__ raises), never the operation's TypeError.
     */
    private static PyObject callRequired(Runtime rt, PyObject v, String name) {
        return Ops.call(rt, Ops.getattr(rt, v, name));
    }

    /**
     * {@code o.name()} as a number slot calls it: the type's method ({@link Ops#callMethod}), or for a classic
     * instance whose class lacks it, {@link #callRequired}; null when a new-style object's type has none.
     */
    public static PyObject callSlot(Runtime rt, PyObject o, String name) {
        PyObject r = Ops.callMethod(rt, o, name);
        return r != null || !isClassic(o) ? r : callRequired(rt, o, name);
    }

    /** {@code v.name} as a classic instance's getattr finds it, or null on an AttributeError. */
    static PyObject attribute(Runtime rt, PyObject v, String name) {
        try {
            return Ops.getattrOrNull(rt, v, name);
        } catch (PyError e) {
            if (!Exceptions.is(rt, e, "AttributeError")) {
                throw e;
            }
            return null;
        }
    }
}
