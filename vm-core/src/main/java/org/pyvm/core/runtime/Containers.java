package org.pyvm.core.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;

/** Reprs of containers whose items may be instances with their own {@code __repr__}, and recursive ones ({@code [[...]]}). */
final class Containers {
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    private Containers() {
    }

    static String repr(Runtime rt, PyObject o) {
        IdentityHashMap<PyObject, Boolean> seen = IN_PROGRESS.get();
        if (seen.containsKey(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : o instanceof PyTuple ? "(...)"
                    : Ops.typeName(rt, o) + "(...)";
        }
        seen.put(o, Boolean.TRUE);
        try {
            if (o instanceof org.pyvm.core.objects.PySet || o instanceof org.pyvm.core.objects.PyFrozenSet) {
                return setRepr(rt, o);
            }
            if (o instanceof PyList l) {
                return join(rt, "[", l.items(), "]");
            }
            if (o instanceof PyTuple t) {
                return t.size() == 1 ? "(" + Ops.repr(rt, t.get(0)) + ",)" : join(rt, "(", List.of(t.items()), ")");
            }
            PyDict d = (PyDict) o;
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (PyObject k : d.keys()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(rt, k)).append(": ").append(Ops.repr(rt, d.get(k)));
            }
            return sb.append('}').toString();
        } finally {
            seen.remove(o);
        }
    }

    /** A set's repr with each item's own repr: {a, b} (a subclass S({a})), 2.7's set([a, b]); empty: set(). */
    private static String setRepr(Runtime rt, PyObject o) {
        boolean plain = o instanceof org.pyvm.core.objects.PySet;
        List<PyObject> items = plain ? ((org.pyvm.core.objects.PySet) o).items() : ((org.pyvm.core.objects.PyFrozenSet) o).items();
        String name = o instanceof org.pyvm.core.objects.UserSubclass u ? u.type().name(rt.lang) : plain ? "set" : "frozenset";
        boolean exact = plain && !(o instanceof org.pyvm.core.objects.UserSubclass);
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return join(rt, name + "([", items, "])");
        }
        if (items.isEmpty()) {
            return name + "()";
        }
        return exact ? join(rt, "{", items, "}") : join(rt, name + "({", items, "})");
    }

    private static String join(Runtime rt, String open, List<PyObject> items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Ops.repr(rt, items.get(i)));
        }
        return sb.append(close).toString();
    }

    /** A dict holding an instance's attributes (a snapshot). */
    static PyDict dictOf(Runtime rt, Map<String, PyObject> attrs) {
        PyDict d = PyDict.of(rt.lang, List.of());
        for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
            d.put(Ops.name(rt, e.getKey()), e.getValue());
        }
        return d;
    }
}
