package org.pyvm.core.modules;

import java.util.function.Function;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/**
 * A read-only attribute a C module's type computes from the instance ({@code date.year}, {@code array.typecode}):
 * CPython's getset_descriptor, or with {@link #member} a member_descriptor ({@code Decompress.unused_data}).
 */
public final class Getter extends PyObject implements Descriptor {
    private final Function<PyObject, PyObject> get;
    private final boolean member;

    public Getter(Function<PyObject, PyObject> get) {
        this(get, false);
    }

    private Getter(Function<PyObject, PyObject> get, boolean member) {
        this.get = get;
        this.member = member;
    }

    /** The same attribute shown as a struct member, as CPython's T_OBJECT members are. */
    public static Getter member(Function<PyObject, PyObject> get) {
        return new Getter(get, true);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : get.apply(obj);
    }

    @Override
    public String typeName(Language lang) {
        return member ? "member_descriptor" : "getset_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return member ? "<member>" : "<attribute>";
    }
}
