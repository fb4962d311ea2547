package org.pyvm.core.builtins;

import java.util.List;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x dict views (keys(), values(), items()), taken as a snapshot: iterable, sized and printable
 * as {@code dict_keys([...])}. (A live view that sees later changes is still to come.)
 */
final class View extends PyObject implements org.pyvm.core.objects.PyIterable {
    private final String name;
    private final List<PyObject> items;
    private final Runtime rt;

    private View(Runtime rt, String name, List<PyObject> items) {
        this.rt = rt;
        this.name = name;
        this.items = items;
    }

    static View of(Runtime rt, String name, List<PyObject> items) {
        return new View(rt, name, items);
    }

    @Override
    public PyObject iterate() {
        return org.pyvm.core.runtime.Iterators.overList(name.replace("dict_", "dict_") + "iterator", items);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public String typeName(Language lang) {
        return name;
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder(name).append("([");
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(org.pyvm.core.runtime.Ops.repr(rt, items.get(k)));
        }
        return sb.append("])").toString();
    }
}
