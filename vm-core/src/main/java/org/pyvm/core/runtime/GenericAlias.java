package org.pyvm.core.runtime;

import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/** {@code list[int]}: a builtin class with type arguments (3.9+ types.GenericAlias), printed as written. */
final class GenericAlias extends PyObject implements Typed {
    private final Runtime rt;
    final PyType origin;
    final PyTuple args;

    GenericAlias(Runtime rt, PyType origin, PyTuple args) {
        this.rt = rt;
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType type() {
        return rt.types.genericAlias;
    }

    @Override
    public String typeName(Language lang) {
        return "GenericAlias";
    }

    /** {@code dict[str, list[int]]}: classes by name (module-qualified outside builtins), anything else by repr. */
    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder(origin.name(lang)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            PyObject a = args.get(i);
            if (a instanceof PyType t) {
                String module = t.builtin ? null : t.moduleName();
                sb.append(module == null || module.equals("builtins") ? "" : module + ".").append(t.name(lang));
            } else {
                sb.append(Ops.repr(rt, a));
            }
        }
        return sb.append(']').toString();
    }
}
