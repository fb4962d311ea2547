package org.pyvm.core.runtime;

import java.util.function.Function;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/** A read-only attribute of a type written in Java (CPython's getset and member descriptors): computed from the instance. */
public final class ReadOnlyAttribute extends PyObject implements Ops.DataDescriptor {
    private final String name;
    private final Function<PyObject, PyObject> get;
    /** A READONLY struct member (member_descriptor) rather than a getset; its refusal is 2.7's TypeError. */
    private final boolean member;
    private final String refusal;

    public ReadOnlyAttribute(String name, Function<PyObject, PyObject> get) {
        this(name, get, false, "AttributeError");
    }

    private ReadOnlyAttribute(String name, Function<PyObject, PyObject> get, boolean member, String refusal) {
        this.name = name;
        this.get = get;
        this.member = member;
        this.refusal = refusal;
    }

    /** A READONLY T_OBJECT member ({@code partial.func}): setting it is a TypeError in 2.7 (PyMember_SetOne), AttributeError in 3.x. */
    public static ReadOnlyAttribute member(Runtime rt, String name, Function<PyObject, PyObject> get) {
        return new ReadOnlyAttribute(name, get, true, rt.lang.major() == 2 ? "TypeError" : "AttributeError");
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : get.apply(obj);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        throw PyError.raise(refusal, "readonly attribute");
    }

    @Override
    public void delete(PyObject obj) {
        if (!member) {
            Ops.DataDescriptor.super.delete(obj);
        }
        throw PyError.raise(refusal, "readonly attribute");
    }

    @Override
    public String typeName(Language lang) {
        return member ? "member_descriptor" : "getset_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return (member ? "<member '" : "<attribute '") + name + "'>";
    }
}
