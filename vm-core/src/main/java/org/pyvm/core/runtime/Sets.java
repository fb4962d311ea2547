package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;

/** Set algebra and set comparisons (subset order). */
final class Sets {
    private Sets() {
    }

    static List<PyObject> items(PyObject s) {
        return s instanceof PySet x ? x.items() : ((PyFrozenSet) s).items();
    }

    static boolean has(PyObject s, PyObject item) {
        return s instanceof PySet x ? x.contains(item) : ((PyFrozenSet) s).contains(item);
    }

    static boolean isSet(PyObject o) {
        return o instanceof PySet || o instanceof PyFrozenSet;
    }

    /** 0 equal, -1 proper subset, 1 proper superset, 3 neither (only == and != are then decided). */
    static int compare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        int na = items(a).size();
        int nb = items(b).size();
        boolean aInB = subset(a, b);
        boolean bInA = subset(b, a);
        switch (c) {
            case EQ:
            case NE:
                return na == nb && aInB ? 0 : 3;
            case LT:
                return na < nb && aInB ? -1 : 1;
            case LE:
                return aInB ? -1 : 1;
            case GT:
                return na > nb && bInA ? 1 : -1;
            default:
                return bInA ? 1 : -1;
        }
    }

    private static boolean subset(PyObject a, PyObject b) {
        for (PyObject x : items(a)) {
            if (!has(b, x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b}; the result has a's type. Null for other operators. */
    static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        List<PyObject> out = new ArrayList<>();
        switch (op) {
            case OR:
            case INPLACE_OR:
                out.addAll(items(a));
                out.addAll(items(b));
                break;
            case AND:
            case INPLACE_AND:
                for (PyObject x : items(a)) {
                    if (has(b, x)) {
                        out.add(x);
                    }
                }
                break;
            case SUBTRACT:
            case INPLACE_SUBTRACT:
                for (PyObject x : items(a)) {
                    if (!has(b, x)) {
                        out.add(x);
                    }
                }
                break;
            case XOR:
            case INPLACE_XOR:
                for (PyObject x : items(a)) {
                    if (!has(b, x)) {
                        out.add(x);
                    }
                }
                for (PyObject x : items(b)) {
                    if (!has(a, x)) {
                        out.add(x);
                    }
                }
                break;
            default:
                return null;
        }
        if (op.inplace() && a instanceof PySet s) {
            for (PyObject x : new ArrayList<>(s.items())) {
                s.discard(x);
            }
            for (PyObject x : out) {
                s.add(x);
            }
            return s;
        }
        return a instanceof PySet ? PySet.of(rt.lang, out) : PyFrozenSet.of(rt.lang, out);
    }
}
