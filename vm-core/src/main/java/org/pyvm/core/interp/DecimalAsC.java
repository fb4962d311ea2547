package org.pyvm.core.interp;

import java.util.List;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Exceptions;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * Where the pure-Python decimal module (3.x's _pydecimal, which pyvm runs for CPython's C _decimal) shows: a trapped
 * signal is raised with the list of the conditions that raised it, as _decimal raises it
 * ({@code InvalidOperation([<class 'decimal.ConversionSyntax'>])} where _pydecimal says "Invalid literal for Decimal:
 * 'x'", {@code DivisionByZero([<class 'decimal.DivisionByZero'>])} for "x / 0"); a context's repr lists its flags and
 * traps in _decimal's order of the signals; int() of a NaN or an infinity words its error as _decimal does.
 * (_pydecimal raises at the first trapped condition of an operation, so with Inexact or Rounded trapped as well its
 * list holds that one only, where _decimal's holds every trapped signal the operation raised.)
 */
final class DecimalAsC {
    private DecimalAsC() {
    }

    /** The signals as _decimal's context repr prints them (the bits of libmpdec's status, lowest first). */
    private static final List<String> SIGNAL_ORDER = List.of("Clamped", "InvalidOperation", "DivisionByZero", "Inexact",
            "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow");

    static void install(Runtime rt, PyModule m) {
        PyObject conditionMap = m.dict.get(PyStr.of("_condition_map"));
        if (!(m.dict.get(PyStr.of("Context")) instanceof PyType context) || conditionMap == null
                || context.dict.get("_raise_error") == null || !(m.dict.get(PyStr.of("Decimal")) instanceof PyType decimal)) {
            return; // another _pydecimal than 3.6's and 3.11's: left as it is
        }
        context.dict.put("_raise_error", new PyMethodDescriptor("_raise_error", context,
                (self, a, kw) -> raiseError(rt, conditionMap, self, a)));
        context.dict.put("__repr__", new PyMethodDescriptor("__repr__", context, (self, a, kw) -> PyStr.of(repr(rt, self))));
        for (String name : List.of("__int__", "__trunc__")) {
            PyObject own = decimal.dict.get(name);
            if (own != null) {
                decimal.dict.put(name, new PyMethodDescriptor(name, decimal, (self, a, kw) -> toInt(rt, own, self)));
            }
        }
    }

    /**
     * Context._raise_error(condition, explanation=None, *args): _pydecimal's own steps (an ignored signal's default,
     * the flag set, an untrapped condition's default), but a trapped one raised as {@code signal([condition])}.
     */
    private static PyObject raiseError(Runtime rt, PyObject conditionMap, PyObject self, PyObject[] a) {
        PyObject condition = a[0];
        PyObject[] handleArgs = new PyObject[Math.max(1, a.length - 1)];
        handleArgs[0] = self;
        if (a.length > 2) {
            System.arraycopy(a, 2, handleArgs, 1, a.length - 2);
        }
        PyObject error = Ops.call(rt, Ops.getattr(rt, conditionMap, "get"), condition, condition);
        if (Ops.contains(rt, Ops.getattr(rt, self, "_ignored_flags"), error)) {
            return Ops.call(rt, Ops.getattr(rt, Ops.call(rt, error), "handle"), handleArgs);
        }
        Ops.setitem(rt, Ops.getattr(rt, self, "flags"), error, org.pyvm.core.objects.PyInt.of(1));
        if (!Ops.truth(rt, Ops.getitem(rt, Ops.getattr(rt, self, "traps"), error))) {
            return Ops.call(rt, Ops.getattr(rt, Ops.call(rt, condition), "handle"), handleArgs);
        }
        throw PyError.of(Ops.call(rt, error, PyList.of(List.of(condition))));
    }

    /** Context.__repr__ with the flags and traps set, each in _decimal's order. */
    private static String repr(Runtime rt, PyObject self) {
        StringBuilder sb = new StringBuilder("Context(prec=").append(Ops.str(rt, Ops.getattr(rt, self, "prec")))
                .append(", rounding=").append(Ops.str(rt, Ops.getattr(rt, self, "rounding")))
                .append(", Emin=").append(Ops.str(rt, Ops.getattr(rt, self, "Emin")))
                .append(", Emax=").append(Ops.str(rt, Ops.getattr(rt, self, "Emax")))
                .append(", capitals=").append(Ops.str(rt, Ops.getattr(rt, self, "capitals")))
                .append(", clamp=").append(Ops.str(rt, Ops.getattr(rt, self, "clamp")));
        sb.append(", flags=").append(signalsSet(rt, Ops.getattr(rt, self, "flags")));
        sb.append(", traps=").append(signalsSet(rt, Ops.getattr(rt, self, "traps")));
        return sb.append(')').toString();
    }

    private static String signalsSet(Runtime rt, PyObject signals) {
        List<String> set = new java.util.ArrayList<>();
        for (PyObject signal : Ops.toList(rt, signals)) {
            if (Ops.truth(rt, Ops.getitem(rt, signals, signal))) {
                set.add(Ops.str(rt, Ops.getattr(rt, signal, "__name__")));
            }
        }
        set.sort(java.util.Comparator.comparingInt(name -> SIGNAL_ORDER.indexOf(name) < 0 ? SIGNAL_ORDER.size() : SIGNAL_ORDER.indexOf(name)));
        return "[" + String.join(", ", set) + "]";
    }

    /** Decimal.__int__ (and __trunc__): _pydecimal's, its errors for a NaN and an infinity in _decimal's words. */
    private static PyObject toInt(Runtime rt, PyObject own, PyObject self) {
        try {
            return Ops.call(rt, own, self);
        } catch (PyError e) {
            String message = Ops.str(rt, rt.exception(e));
            if (Exceptions.is(rt, e, "ValueError") && message.equals("Cannot convert NaN to integer")) {
                throw PyError.raise("ValueError", "cannot convert NaN to integer");
            }
            if (Exceptions.is(rt, e, "OverflowError") && message.equals("Cannot convert infinity to integer")) {
                throw PyError.raise("OverflowError", "cannot convert Infinity to integer");
            }
            throw e;
        }
    }
}
