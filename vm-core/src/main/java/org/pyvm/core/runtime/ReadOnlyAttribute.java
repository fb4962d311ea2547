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

    public ReadOnlyAttribute(String name, Function<PyObject, PyObject> get) {
        this.name = name;
        this.get = get;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : get.apply(obj);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        throw PyError.raise("AttributeError", "readonly attribute");
    }

    @Override
    public String typeName(Language lang) {
        return "getset_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return "<attribute '" + name + "'>";
    }
}
