package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * 3.x's {@code types.SimpleNamespace} (CPython's {@code namespaceobject.c}; {@code types} takes it as
 * {@code type(sys.implementation)}): keyword arguments become attributes, the repr lists them
 * ({@code namespace(a=1, b='x')}, sorted by name before 3.9, in insertion order after), two namespaces
 * compare as their dicts do, and it is unhashable.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {
    }

    /** An instance: a plain object whose attributes live in its dict. */
    static final class Instance extends ModuleSupport.NativeInstance {
        boolean inRepr;

        Instance(PyType type) {
            super(type);
        }
    }

    /** Makes the type (once per runtime: sys makes it for {@code sys.implementation}). */
    public static PyType type(Runtime rt) {
        PyType t = ModuleSupport.type(rt, "types", "SimpleNamespace", rt.types.object);
        t.setQualname("SimpleNamespace");
        t.dict.put("__doc__", PyStr.of("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"));
        boolean sortedRepr = rt.lang.major() == 3 && rt.lang.minor() < 9;
        t.withConstructor((type, a, kw) -> {
            Instance ns = new Instance(type);
            if (type.lookup("__init__") instanceof PyMethodDescriptor own && own.owner() == t) {
                init(rt, ns, a, kw);
            } else {
                ModuleSupport.initSubclass(rt, t, type, ns, a, kw);
            }
            return ns;
        });
        ModuleSupport.method(t, "__init__", Instance.class, (ns, a, kw) -> {
            init(rt, ns, a, kw);
            return PyNone.NONE;
        });
        t.dict.put("__hash__", PyNone.NONE);
        ModuleSupport.method(t, "__repr__", Instance.class, (ns, a, kw) -> Strings.text(rt, repr(rt, ns, sortedRepr)));
        for (Comparison c : new Comparison[] {Comparison.EQ, Comparison.NE, Comparison.LT, Comparison.LE, Comparison.GT, Comparison.GE}) {
            String name = switch (c) {
                case EQ -> "__eq__";
                case NE -> "__ne__";
                case LT -> "__lt__";
                case LE -> "__le__";
                case GT -> "__gt__";
                default -> "__ge__";
            };
            ModuleSupport.method(t, name, Instance.class, (ns, a, kw) -> {
                if (!(a[0] instanceof Instance other)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return Ops.compare(rt, c, ns.exposeDict(rt.lang), other.exposeDict(rt.lang));
            });
        }
        ModuleSupport.method(t, "__reduce__", Instance.class, (ns, a, kw) ->
                PyTuple.of(ns.type(), PyTuple.of(), ns.exposeDict(rt.lang)));
        return t;
    }

    /** A namespace of type {@code t} holding the given attributes (sys.implementation). */
    public static PyObject of(PyType t, java.util.Map<String, PyObject> attributes) {
        Instance ns = new Instance(t);
        ns.dict.putAll(attributes);
        return ns;
    }

    private static void init(Runtime rt, Instance ns, PyObject[] a, String[] kw) {
        int n = ModuleSupport.positional(a, kw);
        if (n != 0) {
            throw PyError.raise("TypeError", "no positional arguments expected");
        }
        for (int i = 0; i < (kw == null ? 0 : kw.length); i++) {
            ns.dict.put(kw[i], a[n + i]);
        }
    }

    private static String repr(Runtime rt, Instance ns, boolean sortedKeys) {
        String name = ns.type().builtin ? "namespace" : ns.type().name(rt.lang);
        if (ns.inRepr) {
            return name + "(...)";
        }
        ns.inRepr = true;
        try {
            PyDict d = ns.exposeDict(rt.lang);
            List<PyObject> keys = new ArrayList<>(d.keys());
            if (sortedKeys) {
                PyList sorted = PyList.of(keys);
                Ops.callMethod(rt, sorted, "sort");
                keys = new ArrayList<>();
                for (PyObject k : Ops.toList(rt, sorted)) {
                    keys.add(k);
                }
            }
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (PyObject k : keys) {
                if (!(k instanceof PyStr s) || s.value().isEmpty()) {
                    continue;
                }
                PyObject v = d.get(k);
                if (v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(s.value()).append('=').append(Ops.repr(rt, v));
            }
            return sb.append(')').toString();
        } finally {
            ns.inRepr = false;
        }
    }
}
