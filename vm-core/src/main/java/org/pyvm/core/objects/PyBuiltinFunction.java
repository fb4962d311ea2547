package org.pyvm.core.objects;

/**
 * A function written in Java: a builtin like {@code len}, or a builtin type's method bound to its
 * object ({@code [].append}).
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable, CustomAttributes {
    private final String name;
    private final PyCallable impl;
    /** The object a method is bound to; null for a plain builtin function. */
    private final PyObject self;
    private final String selfTypeName;
    /** A type slot's wrapper bound to {@link #self} ({@code (1.0).__add__}): CPython's method-wrapper. */
    private final boolean methodWrapper;

    public PyBuiltinFunction(String name, PyCallable impl) {
        this(name, impl, null, null, false);
    }

    private PyBuiltinFunction(String name, PyCallable impl, PyObject self, String selfTypeName, boolean methodWrapper) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.selfTypeName = selfTypeName;
        this.methodWrapper = methodWrapper;
    }

    /** A method bound to {@code self}, e.g. {@code [].append}; {@code impl} receives only the call's own arguments. */
    public static PyBuiltinFunction method(String name, PyObject self, String selfTypeName, PyCallable impl) {
        return new PyBuiltinFunction(name, impl, self, selfTypeName, false);
    }

    /** A type slot's wrapper bound to {@code self}, e.g. {@code (1.0).__add__} (see {@link PyMethodDescriptor#isSlotWrapper}). */
    public static PyBuiltinFunction methodWrapper(String name, PyObject self, String selfTypeName, PyCallable impl) {
        return new PyBuiltinFunction(name, impl, self, selfTypeName, true);
    }

    public boolean isMethodWrapper() {
        return methodWrapper;
    }

    public String name() {
        return name;
    }

    public PyObject self() {
        return self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        try {
            return impl.call(args, kwnames);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException | NullPointerException e) {
            throw BuiltinMisuse.of(name, args, e);
        }
    }

    /**
     * A builtin method bound to an object equals the same method bound to the same object ({@code l.append ==
     * l.append}), as CPython's meth_richcompare compares m_self and the C function; a plain builtin is itself.
     */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (self == null) {
            return this == other;
        }
        return other instanceof PyBuiltinFunction b && b.self == self && b.name.equals(name) && b.methodWrapper == methodWrapper;
    }

    @Override
    public long hash(Language lang) {
        if (self == null) {
            return super.hash(lang);
        }
        long h = System.identityHashCode(self) ^ name.hashCode();
        return h == -1 ? -2 : h;
    }

    /** 2.7: __name__ is a byte string (the type's native str) and there is no __qualname__. */
    @Override
    public PyObject attribute(String attr, Language lang) {
        if (lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && (attr.equals("__name__") || attr.equals("__qualname__"))) {
            return attr.equals("__name__") ? PyBytes.of(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
        }
        return attribute(attr);
    }

    /** The module a function of a module belongs to ({@code len.__module__}: builtins), set once it is in one. */
    private PyObject module;

    /** Records the module this function is found in, unless it already has one (a function shared by two keeps the first). */
    public void inModule(PyObject moduleName) {
        if (module == null && self == null) {
            module = moduleName;
        }
    }

    @Override
    public PyObject attribute(String attr) {
        switch (attr) {
            case "__module__":
                // m_module: the module's name for a module's function, None for a bound method's
                return module != null ? module : PyNone.NONE;
            case "__name__":
            case "__qualname__":
                return PyStr.of(name);
            case "__self__":
                return self == null ? PyNone.NONE : self;
            default:
                return null;
        }
    }

    @Override
    public String typeName(Language lang) {
        return methodWrapper ? "method-wrapper" : "builtin_function_or_method";
    }

    @Override
    public String repr(Language lang) {
        if (self == null) {
            return "<built-in function " + name + ">";
        }
        if (methodWrapper) {
            return "<method-wrapper '" + name + "' of " + selfTypeName + " object at 0x" + Long.toHexString(Ids.address(self)) + ">";
        }
        return "<built-in method " + name + " of " + selfTypeName + " object at 0x" + Long.toHexString(Ids.address(self)) + ">";
    }
}
