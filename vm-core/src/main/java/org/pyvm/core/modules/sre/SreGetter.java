package org.pyvm.core.modules.sre;

import java.util.function.Function;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/** A read-only attribute of the pattern and match types (CPython's getset and member descriptors). */
final class SreGetter extends PyObject implements Ops.DataDescriptor {
    private final String name;
    private final Function<PyObject, PyObject> get;

    SreGetter(String name, Function<PyObject, PyObject> get) {
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
