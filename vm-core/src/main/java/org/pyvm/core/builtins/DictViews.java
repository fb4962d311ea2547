package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;

/**
 * Views of a dict subtype whose views are subtypes of dict's (C's OrderedDict: {@code odict_keys} derives
 * from {@code dict_keys}): set-like, sized and shown as dict's are, iterating as the subtype says.
 */
public final class DictViews {
    private DictViews() {
    }

    /** What a view shows. */
    public enum Kind { KEYS, VALUES, ITEMS }

    /** The runtime's dict view type of this kind ({@code dict_keys}...), to derive from. */
    public static PyType baseType(Runtime rt, Kind kind) {
        PyDict empty = PyDict.of(rt.lang, java.util.List.of());
        String m = kind == Kind.KEYS ? "keys" : kind == Kind.VALUES ? "values" : "items";
        return rt.types.of(org.pyvm.core.runtime.Ops.callMethod(rt, empty, m));
    }

    /** A live view of {@code d} of type {@code t} (derived from {@link #baseType}), whose iterators {@code iterator} makes. */
    public static PyObject of(Runtime rt, PyType t, PyDict d, Kind kind, java.util.function.Supplier<PyObject> iterator) {
        View.Kind k = kind == Kind.KEYS ? View.Kind.KEYS : kind == Kind.VALUES ? View.Kind.VALUES : View.Kind.ITEMS;
        return View.ofType(rt, t, d, k, iterator);
    }

    /** The dict a view shows, or null when {@code o} is not a view. */
    public static PyDict mapping(PyObject o) {
        return o instanceof View v ? v.dict() : null;
    }
}
