package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * operator's itemgetter, attrgetter and methodcaller: C types in 2.7's operator and 3.x's _operator (which
 * operator.py star-imports over its pure-Python classes). Made with their keys, called with one object. 3.x checks
 * the names when made ("attribute name must be a string"), shows them in its repr
 * ({@code operator.itemgetter(1)}) and pickles them by their arguments; 2.7 checks names when called.
 */
final class OperatorGetters {
    private final Runtime rt;
    private final boolean py3;
    /** 3.10+: "expected 1 argument" in singular and "f() takes no keyword arguments" when called. */
    private final boolean modern;

    private OperatorGetters(Runtime rt) {
        this.rt = rt;
        this.py3 = !rt.lang.has(LanguageFeature.STR_IS_BYTES);
        this.modern = rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME);
    }

    /** Puts the three types in {@code m}. */
    static void install(Runtime rt, ModuleBuilder m) {
        OperatorGetters g = new OperatorGetters(rt);
        m.put("itemgetter", g.type("itemgetter", (k, x) -> {
            if (k.args.length == 1) {
                return Ops.getitem(rt, x, k.args[0]);
            }
            PyObject[] out = new PyObject[k.args.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Ops.getitem(rt, x, k.args[i]);
            }
            return PyTuple.of(out);
        }));
        m.put("attrgetter", g.type("attrgetter", (k, x) -> {
            PyObject[] out = new PyObject[k.args.length];
            for (int i = 0; i < out.length; i++) {
                g.checkName(k.args[i], "attribute");
                PyObject v = x;
                for (String part : Ops.str(rt, k.args[i]).split("\\.", -1)) {
                    v = Ops.getattr(rt, v, part);
                }
                out[i] = v;
            }
            return k.args.length == 1 ? out[0] : PyTuple.of(out);
        }));
        m.put("methodcaller", g.type("methodcaller", (k, x) -> {
            if (!g.py3 && !(k.args[0] instanceof PyStr) && !(k.args[0] instanceof PyBytes)) {
                // 2.7 leaves the name to PyObject_GetAttr
                throw PyError.raise("TypeError", "attribute name must be string, not '" + Ops.typeName(rt, k.args[0]) + "'");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(k.args, 1, k.args.length);
            return Ops.call(rt, Ops.getattr(rt, x, Ops.str(rt, k.args[0])), rest, k.kwnames);
        }));
    }

    /** What an itemgetter, attrgetter or methodcaller was made with. */
    static final class Keys extends ModuleSupport.NativeInstance implements org.pyvm.core.objects.CustomAttributes {
        final PyObject[] args;
        final String[] kwnames;

        Keys(PyType type, PyObject[] args, String[] kwnames) {
            super(type);
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyObject attribute(String name) {
            return null;
        }

        /** The C types have no instance dict. */
        @Override
        public boolean setAttribute(String name, PyObject value) {
            return refuseNewAttribute(name);
        }
    }

    private interface Apply {
        PyObject apply(Keys k, PyObject x);
    }

    /** attrgetter's and methodcaller's names are strings (2.7: str or unicode). */
    private void checkName(PyObject name, String what) {
        if (!(name instanceof PyStr) && !(py3 ? false : name instanceof PyBytes)) {
            throw PyError.raise("TypeError", what + " name must be a string");
        }
    }

    private PyType type(String name, Apply apply) {
        PyType t = ModuleSupport.type(rt, "operator", name, rt.types.object);
        boolean caller = name.equals("methodcaller");
        t.withConstructor((type, a, kw) -> make(type, name, a, kw));
        t.dict.put("__call__", new PyMethodDescriptor("__call__", t, (self, a, kw) -> {
            if (!(self instanceof Keys k)) {
                throw PyError.raise("TypeError", "descriptor '__call__' requires a '" + name + "' object");
            }
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", name + (modern ? "() takes no keyword arguments" : " does not take keyword arguments"));
            }
            if (a.length != 1) {
                throw PyError.raise("TypeError", name + " expected 1 argument" + (modern ? "" : "s") + ", got " + a.length);
            }
            return apply.apply(k, a[0]);
        }));
        if (py3) {
            t.dict.put("__repr__", new PyMethodDescriptor("__repr__", t, (self, a, kw) -> PyStr.of(repr((Keys) self, name))));
            t.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", t, (self, a, kw) -> reduce((Keys) self, caller)));
        }
        return t;
    }

    private Keys make(PyType type, String name, PyObject[] a, String[] kw) {
        boolean caller = name.equals("methodcaller");
        int n = ModuleSupport.positional(a, kw);
        if (!caller && kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + (modern ? "() takes no keyword arguments" : "() does not take keyword arguments"));
        }
        if (n == 0) {
            throw PyError.raise("TypeError", caller ? "methodcaller needs at least one argument, the method name"
                    : name + " expected 1 argument" + (modern ? "" : "s") + ", got 0");
        }
        if (py3 && !name.equals("itemgetter")) {
            for (int i = 0; i < (caller ? 1 : n); i++) {
                checkName(a[i], caller ? "method" : "attribute");
            }
        }
        return new Keys(type, a.clone(), kw == null || kw.length == 0 ? null : kw.clone());
    }

    /** 3.x's repr: {@code operator.methodcaller('f', 1, k=2)}. */
    private String repr(Keys k, String name) {
        List<String> parts = new ArrayList<>();
        int positional = k.args.length - (k.kwnames == null ? 0 : k.kwnames.length);
        for (int i = 0; i < positional; i++) {
            parts.add(Ops.repr(rt, k.args[i]));
        }
        for (int i = positional; i < k.args.length; i++) {
            parts.add(k.kwnames[i - positional] + "=" + Ops.repr(rt, k.args[i]));
        }
        return "operator." + name + "(" + String.join(", ", parts) + ")";
    }

    /**
     * 3.x's __reduce__: the type and what it was made with; a methodcaller with keywords as CPython's does it,
     * {@code partial(methodcaller, name, **kwargs)} called with the positional arguments.
     */
    private PyObject reduce(Keys k, boolean caller) {
        if (!caller || k.kwnames == null) {
            return PyTuple.of(k.type(), PyTuple.of(k.args));
        }
        int positional = k.args.length - k.kwnames.length;
        PyObject functools = Ops.call(rt, rt.builtins.get(rt.name("__import__")), PyStr.of("functools"));
        PyObject[] partialArgs = new PyObject[2 + k.kwnames.length];
        partialArgs[0] = k.type();
        partialArgs[1] = k.args[0];
        System.arraycopy(k.args, positional, partialArgs, 2, k.kwnames.length);
        PyObject partial = Ops.call(rt, Ops.getattr(rt, functools, "partial"), partialArgs, k.kwnames);
        return PyTuple.of(partial, PyTuple.of(java.util.Arrays.copyOfRange(k.args, 1, positional)));
    }
}
