package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/** The pattern-matching instructions of {@code match} statements (3.10+). */
final class Matching {
    private Matching() {
    }

    /** MATCH_MAPPING: is the subject a mapping? */
    static PyObject isMapping(Runtime rt, PyObject subject) {
        return PyBool.of(subject instanceof PyDict || rt.types.of(subject).collectionFlag() == PyType.MAPPING);
    }

    /** MATCH_SEQUENCE: is the subject a sequence (never str, bytes or a mapping)? */
    static PyObject isSequence(Runtime rt, PyObject subject) {
        return PyBool.of(subject instanceof PyList || subject instanceof PyTuple || subject instanceof PyRange
                || rt.types.of(subject).collectionFlag() == PyType.SEQUENCE);
    }

    /** MATCH_KEYS: the values of all the keys in the subject, or None when one is missing. */
    static PyObject keys(Runtime rt, PyObject subject, PyTuple keys) {
        PyObject[] values = new PyObject[keys.size()];
        // a dict is read directly; any other mapping through its get(key, dummy), as match_keys asks it
        PyObject get = subject.getClass() == PyDict.class ? null : Ops.getattr(rt, subject, "get");
        PyObject dummy = new org.pyvm.core.objects.PyInstance(rt.types.object);
        for (int i = 0; i < values.length; i++) {
            PyObject v = get == null ? ((PyDict) subject).get(keys.get(i)) : Ops.call(rt, get, keys.get(i), dummy);
            if (v == null || v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** MATCH_CLASS: the attributes a class pattern extracts, or None when the subject is not an instance. */
    static PyObject matchClass(Runtime rt, PyObject subject, PyObject cls, int positional, PyTuple names) {
        if (!(cls instanceof PyType type)) {
            throw PyError.raise("TypeError", "called match pattern must be a class");
        }
        if (!org.pyvm.core.builtins.Builtins.isinstance(rt, subject, type)) {
            return PyNone.NONE; // PyObject_IsInstance: a metaclass's __instancecheck__ decides
        }
        List<PyObject> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (positional > 0) {
            PyObject matchArgs = Ops.getattrOrNull(rt, type, "__match_args__");
            if (matchArgs == null && type.matchesSelf()) {
                if (positional > 1) {
                    throw PyError.raise("TypeError", type.name(rt.lang) + "() accepts 1 positional sub-pattern (" + positional + " given)");
                }
                out.add(subject);
            } else {
                if (matchArgs != null && !(matchArgs instanceof PyTuple)) {
                    throw PyError.raise("TypeError", type.name(rt.lang) + ".__match_args__ must be a tuple (got " + Ops.typeName(rt, matchArgs) + ")");
                }
                PyObject[] args = matchArgs instanceof PyTuple t ? t.items() : new PyObject[0];
                if (positional > args.length) {
                    throw PyError.raise("TypeError", type.name(rt.lang) + "() accepts " + args.length + " positional sub-pattern"
                            + (args.length == 1 ? "" : "s") + " (" + positional + " given)");
                }
                for (int i = 0; i < positional; i++) {
                    if (!(args[i] instanceof PyStr)) {
                        throw PyError.raise("TypeError", "__match_args__ elements must be strings (got " + Ops.typeName(rt, args[i]) + ")");
                    }
                    String name = Ops.str(rt, args[i]);
                    if (seen.contains(name)) {
                        throw PyError.raise("TypeError", type.name(rt.lang) + "() got multiple sub-patterns for attribute '" + name + "'");
                    }
                    seen.add(name);
                    PyObject v = attribute(rt, subject, name);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    out.add(v);
                }
            }
        }
        for (PyObject n : names.items()) {
            String name = ((PyStr) n).value();
            if (seen.contains(name)) {
                throw PyError.raise("TypeError", type.name(rt.lang) + "() got multiple sub-patterns for attribute '" + name + "'");
            }
            PyObject v = attribute(rt, subject, name);
            if (v == null) {
                return PyNone.NONE;
            }
            out.add(v);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    /** A class pattern's attribute of the subject, or null when it has none: an AttributeError (a property's) fails the case. */
    private static PyObject attribute(Runtime rt, PyObject subject, String name) {
        try {
            return Ops.getattrOrNull(rt, subject, name);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "AttributeError")) {
                return null;
            }
            throw e;
        }
    }
}
