package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/**
 * 3.10+ {@code int | str}: a {@code types.UnionType} of classes (None stands for NoneType), flattened and without
 * repeats, one member alone being itself; isinstance() and issubclass() accept it.
 */
public final class UnionType extends PyObject implements Typed, CustomAttributes {
    private final Runtime rt;
    private final PyTuple args;

    private UnionType(Runtime rt, PyTuple args) {
        this.rt = rt;
        this.args = args;
    }

    /** The classes, in order. */
    public PyTuple args() {
        return args;
    }

    /** What {@code |} joins into a union (3.10+): classes, None, parameterised generics and unions. */
    static boolean unionable(Runtime rt, PyObject o) {
        return o == PyNone.NONE || o instanceof PyType t && !t.classic || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** {@code a | b} for two unionable operands. */
    static PyObject or(Runtime rt, PyObject a, PyObject b) {
        List<PyObject> members = new ArrayList<>();
        add(rt, members, a);
        add(rt, members, b);
        return members.size() == 1 ? members.get(0) : new UnionType(rt, PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static void add(Runtime rt, List<PyObject> members, PyObject o) {
        if (o instanceof UnionType u) {
            for (PyObject m : u.args.items()) {
                add(rt, members, m);
            }
            return;
        }
        PyObject m = o == PyNone.NONE ? rt.types.of(PyNone.NONE) : o;
        for (PyObject seen : members) {
            if (seen == m || Ops.eq(rt, seen, m)) {
                return;
            }
        }
        members.add(m);
    }

    @Override
    public PyType type() {
        return rt.types.kind("types.UnionType");
    }

    @Override
    public PyObject attribute(String name) {
        switch (name) {
            case "__args__":
                return args;
            case "__parameters__":
                return PyTuple.of();
            default:
                return null;
        }
    }

    @Override
    public String typeName(Language lang) {
        return "types.UnionType";
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder();
        for (PyObject m : args.items()) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            if (m == rt.types.of(PyNone.NONE)) {
                sb.append("None");
            } else if (m instanceof PyType t) {
                String module = t.moduleName();
                sb.append(t.builtin || module.equals("builtins") ? "" : module + ".").append(t.name(lang));
            } else {
                sb.append(Ops.repr(rt, m));
            }
        }
        return sb.toString();
    }

    /** Two unions are equal when they have the same members, in any order. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof UnionType u) || u.args.items().length != args.items().length) {
            return other == this;
        }
        for (PyObject m : args.items()) {
            boolean found = false;
            for (PyObject n : u.args.items()) {
                found |= m == n || Ops.eq(rt, m, n);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long hash(Language lang) {
        long h = 0;
        for (PyObject m : args.items()) {
            h ^= Ops.hash(rt, m);
        }
        return h == -1 ? -2 : h;
    }
}
