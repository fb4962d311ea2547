package org.pyvm.core.objects;

/**
 * 2.x {@code C.f}: a function fetched from its class. Calling it checks that the first argument is an
 * instance of {@code C} (or a subclass), the one check that 3.x dropped with unbound methods.
 */
public final class PyUnboundMethod extends PyObject implements PyCallable, CustomAttributes, Descriptor {
    public final PyObject function;
    private final PyType owner;
    private final Language lang;

    public PyUnboundMethod(PyObject function, PyType owner, Language lang) {
        this.function = function;
        this.owner = owner;
        this.lang = lang;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int positional = args.length - (kwnames == null ? 0 : kwnames.length);
        PyObject first = positional > 0 ? args[0] : null;
        if (!(first instanceof Typed t && t.type().isSubtypeOf(owner))) {
            throw PyError.raise("TypeError", "unbound method " + shortName() + "() must be called with " + owner.name(lang)
                    + " instance as first argument (got " + (first == null ? "nothing" : className(first) + " instance") + " instead)");
        }
        return ((PyCallable) function).call(args, kwnames);
    }

    /**
     * 2.7's instancemethod_descr_get: an unbound method kept as a class attribute binds again when fetched
     * through a class that is a subclass of its own class
     * (as issubclass decides, an ABC's __subclasscheck__ included: the caller asks that and calls {@link #rebind}) ({@code update = MutableMapping.update} in OrderedDict):
     * bound to the instance, or unbound to that class when fetched from the class itself. Fetched through
     * an unrelated class it is returned unchanged.
     */
    @Override
    public PyObject get(PyObject obj, PyType type) {
        return type != null && !type.isSubtypeOf(owner) ? this : rebind(obj, type);
    }

    /** The class this method was fetched through (2.7 {@code im_class}). */
    public PyType owner() {
        return owner;
    }

    /** This method's function bound to {@code obj}, or unbound to {@code type} when {@code obj} is null. */
    public PyObject rebind(PyObject obj, PyType type) {
        if (obj == null) {
            return type == null || type == owner ? this : new PyUnboundMethod(function, type, lang);
        }
        return new PyBoundMethod(function, obj);
    }

    /** What 2.7 calls an object's class in this message: its class (classic or not), else its type's name. */
    private String className(PyObject o) {
        return o instanceof PyInstance i ? i.type().name(lang) : o.typeName(lang);
    }

    private String shortName() {
        String q = function instanceof PyBoundMethod.Named n ? n.qualname() : "?";
        return q.substring(q.lastIndexOf('.') + 1);
    }

    @Override
    public PyObject attribute(String name) {
        switch (name) {
            case "__self__":
            case "im_self":
                return PyNone.NONE;
            case "__func__":
            case "im_func":
                return function;
            case "im_class":
                return owner;
            default:
                return function instanceof CustomAttributes c ? c.attribute(name) : null;
        }
    }

    /** 2.7 compares methods by function and self (None here), not by the class they were fetched through. */
    @Override
    public boolean eq(PyObject other, Language l) {
        return other instanceof PyUnboundMethod u && u.function == function;
    }

    @Override
    public long hash(Language l) {
        return function.hash(l);
    }

    @Override
    public String typeName(Language l) {
        return "instancemethod";
    }

    @Override
    public String repr(Language l) {
        return "<unbound method " + owner.name(lang) + "." + shortName() + ">";
    }
}
