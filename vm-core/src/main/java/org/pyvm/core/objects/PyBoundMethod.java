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
     * CPython's method_richcompare: from 3.8 (bpo-1617161) the object by identity, before that by ==.
     */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof PyBoundMethod m) || !(m.function == function || m.function.eq(function, lang))) {
            return false;
        }
        return m.self == self || !lang.has(org.pyvm.spi.LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY) && self.eq(m.self, lang);
    }

    /** Consistent with {@link #eq}: the object's identity (before 3.8 its hash) and the function's hash. */
    @Override
    public long hash(Language lang) {
        long s = lang.has(org.pyvm.spi.LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY) ? System.identityHashCode(self) : self.hash(lang);
        long h = s ^ function.hash(lang);
        return h == -1 ? -2 : h;
    }

    /**
     * {@code m.__get__}: a method-wrapper that gives the bound method itself back (method_descr_get), as
     * unittest.mock asks for its type.
     */
    @Override
    public PyObject attribute(String name, Language lang) {
        if (name.equals("__get__")) {
            PyBoundMethod m = this;
            return PyBuiltinFunction.methodWrapper("__get__", this, typeName(lang), (a, kw) -> {
                int n = a.length - (kw == null ? 0 : kw.length);
                if (n < 1 || n > 2 || (kw != null && kw.length > 0)) {
                    throw PyError.raise("TypeError", "expected 1 arguments, got " + n);
                }
                if (a[0] instanceof PyNone && (n == 1 || a[1] instanceof PyNone)) {
                    throw PyError.raise("TypeError", "__get__(None, None) is invalid");
                }
                return m;
            });
        }
        if (name.equals("im_class") && lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return self instanceof Typed t ? t.type() : null; // 2.7: the class it was fetched through, the object's
        }
        return attribute(name);
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
        return repr(lang, self.repr(lang));
    }

    /** The repr with {@code selfRepr} for the object it is bound to (what the object's own __repr__ said). */
    public String repr(Language lang, String selfRepr) {
        String fname = function instanceof Named n ? n.qualname() : "?";
        if (lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 2.7's method_repr: the class's name and the function's __name__
            String cls = self instanceof Typed t ? t.type().name(lang) : self.typeName(lang);
            return "<bound method " + cls + "." + (function instanceof Named n ? n.shortName() : "?") + " of " + selfRepr + ">";
        }
        return "<bound method " + fname + " of " + selfRepr + ">";
    }

    /** Something with a (qualified) name, for reprs. */
    public interface Named {
        String qualname();

        /** Its __name__: the last part of its qualified name, unless it was renamed. */
        default String shortName() {
            String q = qualname();
            return q.substring(q.lastIndexOf('.') + 1);
        }
    }
}
