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
public class Getter extends PyObject implements Descriptor {
    private final Function<PyObject, PyObject> get;
    private final boolean member;

    public Getter(Function<PyObject, PyObject> get) {
        this(get, false);
    }

    private Getter(Function<PyObject, PyObject> get, boolean member) {
        this.get = get;
        this.member = member;
    }

    /**
     * A getset without a setter that refuses assignment and deletion, as CPython's does (a data descriptor, so an
     * instance's dict cannot hide it either): {@code attribute 'maxlen' of 'collections.deque' objects is not writable},
     * naming the type that defines it ({@code owner}, its tp_name) even for a subclass's instance.
     */
    public static Getter readOnly(String name, String owner, Function<PyObject, PyObject> get) {
        return new ReadOnly(get, false, "AttributeError", "attribute '" + name + "' of '" + owner + "' objects is not writable");
    }

    /**
     * A read-only struct member ({@code T_INT} with {@code READONLY}, 2.7's {@code timedelta.days}): set or deleted,
     * {@code readonly attribute}, an exception of type {@code errorType} (2.7's PyMember_SetOne raised a TypeError).
     */
    public static Getter readOnlyMember(String errorType, Function<PyObject, PyObject> get) {
        return new ReadOnly(get, true, errorType, "readonly attribute");
    }

    /** A getset or member that refuses assignment and deletion with one error. */
    private static final class ReadOnly extends Getter implements org.pyvm.core.runtime.Ops.DataDescriptor {
        private final String errorType;
        private final String refusal;

        ReadOnly(Function<PyObject, PyObject> get, boolean member, String errorType, String refusal) {
            super(get, member);
            this.errorType = errorType;
            this.refusal = refusal;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw org.pyvm.core.objects.PyError.raise(errorType, refusal);
        }

        @Override
        public void delete(PyObject obj) {
            throw org.pyvm.core.objects.PyError.raise(errorType, refusal);
        }
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
