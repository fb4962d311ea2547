package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code dir(obj)}: the object's own {@code __dir__} when its class has one, else the default listing (a module's
 * namespace; a class's attributes merged with its bases'; an instance's dict with its class's), sorted.
 */
public final class Dir {
    private Dir() {
    }

    static void install(Runtime rt) {
        if (!Level.py2(rt)) {
            // 3.x object.__dir__ (what a class's own __dir__ often extends through super())
            PyType object = rt.types.object;
            object.dict.put("__dir__", new PyMethodDescriptor("__dir__", object, (self, a, kw) -> PyList.of(defaultNames(rt, self))));
        }
    }

    public static PyObject of(Runtime rt, PyObject o) {
        PyObject own = ownDir(rt, o);
        List<PyObject> names;
        if (own == null) {
            names = defaultNames(rt, o);
        } else {
            PyObject r = Ops.call(rt, own);
            if (Level.py2(rt) && !(r instanceof PyList)) {
                throw PyError.raise("TypeError", "__dir__() must return a list, not " + Ops.typeName(rt, r));
            }
            names = Ops.toList(rt, r);
        }
        PyList list = PyList.of(new ArrayList<>(names));
        Ops.callMethod(rt, list, "sort");
        return list;
    }

    /** The class's own __dir__ bound to o (a module's __dir__ function from 3.7); null for the default listing. */
    private static PyObject ownDir(Runtime rt, PyObject o) {
        if (o instanceof PyModule m) {
            PyObject f = rt.lang.minor() >= 7 && !Level.py2(rt) ? m.dict.get(PyStr.of("__dir__")) : null;
            return f;
        }
        PyType type = rt.types.of(o);
        if (type.classic) {
            return o instanceof PyType ? null : Ops.getattrOrNull(rt, o, "__dir__"); // 2.7 asks a classic instance itself
        }
        PyObject found = type.lookup("__dir__");
        if (found == null || found == rt.types.object.dict.get("__dir__")) {
            return null;
        }
        if (o instanceof PyType && Ops.hasProgramMetaclass(o)) {
            return new org.pyvm.core.objects.PyBoundMethod(found, o); // type(cls).__dir__(cls), not the class's own attribute
        }
        return Ops.getattr(rt, o, "__dir__");
    }

    private static List<PyObject> defaultNames(Runtime rt, PyObject o) {
        Set<String> keys = new LinkedHashSet<>();
        if (o instanceof PyModule m) {
            for (PyObject k : m.dict.keys()) {
                keys.add(Ops.str(rt, k));
            }
        } else if (o instanceof PyType t) {
            mergeClass(rt, t, keys);
        } else {
            PyObject d = Ops.getattrOrNull(rt, o, "__dict__");
            if (d instanceof PyDict dict) {
                for (PyObject k : dict.keys()) {
                    if (k instanceof PyStr || k instanceof PyBytes) {
                        keys.add(Ops.str(rt, k));
                    }
                }
            }
            PyObject cls = Ops.getattrOrNull(rt, o, "__class__");
            if (cls instanceof PyType t) {
                mergeClass(rt, t, keys);
            }
        }
        List<PyObject> names = new ArrayList<>();
        for (String k : keys) {
            names.add(Strings.text(rt, k));
        }
        return names;
    }

    /** A class's own attribute names, then its bases' (CPython's merge_class_dict). */
    private static void mergeClass(Runtime rt, PyType t, Set<String> keys) {
        keys.addAll(t.dict.keySet());
        if (t.builtin && Level.py2(rt) && rt.types.exceptions.get(t.name(rt.lang)) == t) {
            // 2.7's builtin exceptions hold their module in their name ('exceptions.ValueError'), not their dict
            keys.remove("__module__");
        }
        if (t.builtin) {
            keys.addAll(Ops.builtinDataNames(rt, t)); // answered by the value itself, not held in pyvm's type dict
        }
        if (t == rt.types.object) {
            keys.add("__class__"); // object's getset in CPython; pyvm answers it without a descriptor
        }
        for (PyType b : t.bases()) {
            mergeClass(rt, b, keys);
        }
    }
}
