package org.pyvm.core.builtins;

import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/**
 * A classmethod of a builtin type ({@code dict.fromkeys}, {@code float.fromhex}): fetched through the
 * type or an instance, it is bound to the type, as CPython's classmethod_descriptor is.
 */
final class TypeMethod extends PyObject implements Descriptor {
    @FunctionalInterface
    interface Body {
        PyObject call(PyType cls, Args args);
    }

    private final org.pyvm.core.runtime.Runtime rt;
    private final String name;
    private final PyType owner;
    private final Body body;

    TypeMethod(org.pyvm.core.runtime.Runtime rt, String name, PyType owner, Body body) {
        this.rt = rt;
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    static void def(org.pyvm.core.runtime.Runtime rt, PyType t, String name, Body body) {
        t.dict.put(name, new TypeMethod(rt, name, t, body));
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        PyType cls = type != null ? type : owner;
        return PyBuiltinFunction.method(name, cls, "type", (args, kw) -> body.call(cls, new Args(rt, name, args, kw).ownedBy(owner.name(rt.lang))));
    }

    @Override
    public String typeName(Language lang) {
        return "classmethod_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return "<method '" + name + "' of '" + owner.name(lang) + "' objects>";
    }
}
