package org.pyvm.core.objects;

/** A function bound to an object: {@code obj.method} for a method defined in a class. */
public final class PyBoundMethod extends PyObject implements PyCallable, CustomAttributes {
    public final PyObject function;
    public final PyObject self;

    public PyBoundMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((PyCallable) function).call(all, kwnames);
    }

    /**
     * Two methods are equal when they bind the same function to the same object ({@code a.m == a.m}), as
     * CPython's method_richcompare; the object by identity, which 3.8+ does and 2.7/3.6 (which compare it
     * with ==) agree with but for distinct equal objects.
     */
    @Override
    public boolean eq(PyObject other, Language lang) {
        return other instanceof PyBoundMethod m && m.self == self && (m.function == function || m.function.eq(function, lang));
    }

    /** Consistent with {@link #eq}: the object's identity and the function's hash. */
    @Override
    public long hash(Language lang) {
        long h = System.identityHashCode(self) ^ function.hash(lang);
        return h == -1 ? -2 : h;
    }

    /** __self__/__func__ (2.7 im_self/im_func); other attributes come from the function. */
    @Override
    public PyObject attribute(String name) {
        switch (name) {
            case "__self__":
            case "im_self":
                return self;
            case "__func__":
            case "im_func":
                return function;
            default:
                return function instanceof CustomAttributes c ? c.attribute(name) : null;
        }
    }

    @Override
    public String typeName(Language lang) {
        return lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "instancemethod" : "method";
    }

    @Override
    public String repr(Language lang) {
        String fname = function instanceof Named n ? n.qualname() : "?";
        if (lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            String cls = self instanceof Typed t ? t.type().name(lang) : self.typeName(lang);
            String shortName = fname.substring(fname.lastIndexOf('.') + 1);
            return "<bound method " + cls + "." + shortName + " of " + self.repr(lang) + ">";
        }
        return "<bound method " + fname + " of " + self.repr(lang) + ">";
    }

    /** Something with a (qualified) name, for reprs. */
    public interface Named {
        String qualname();
    }
}
