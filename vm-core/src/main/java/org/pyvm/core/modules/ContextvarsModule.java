package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterable;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.GenericAlias;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _contextvars} (3.7+, C in CPython's Python/context.c): {@code ContextVar}, {@code Token},
 * {@code Context} and {@code copy_context}. A context is an immutable mapping from variables to values that
 * {@code ContextVar.set} replaces in the current context (CPython uses a HAMT; here a copied map, in the
 * order the variables were first set). The current context belongs to the VM's one Python thread and lives
 * in this module instance (a VM makes the module once); {@code Context.run} enters a context and leaves it
 * again however the call ends. Messages are CPython 3.11's.
 */
public final class ContextvarsModule {
    private final Runtime rt;
    private final PyType contextType;
    private final PyType varType;
    private final PyType tokenType;
    private final PyObject missing;
    /** The thread's current context; made on first use, as CPython's thread state makes it. */
    private Context current;

    private ContextvarsModule(Runtime rt) {
        this.rt = rt;
        this.contextType = ModuleSupport.type(rt, "_contextvars", "Context", rt.types.object);
        this.varType = ModuleSupport.type(rt, "_contextvars", "ContextVar", rt.types.object);
        this.tokenType = ModuleSupport.type(rt, "_contextvars", "Token", rt.types.object);
        contextType.withoutSubclasses();
        varType.withoutSubclasses();
        tokenType.withoutSubclasses();
        PyType missingType = PyType.builtin("Token.MISSING", null, rt.types.object);
        missingType.dict.put("__module__", PyStr.of("builtins"));
        this.missing = new Missing(missingType);
    }

    public static PyModule create(Runtime rt) {
        return new ContextvarsModule(rt).build();
    }

    /** {@code Token.MISSING}: the old value of a token whose variable had none. */
    private static final class Missing extends PyObject implements Typed {
        private final PyType type;

        Missing(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String typeName(Language lang) {
            return "Token.MISSING";
        }

        @Override
        public String repr(Language lang) {
            return "<Token.MISSING>";
        }
    }

    /** A context: its variables (never changed in place, so copies share it) and whether it is entered. */
    static final class Context extends ModuleSupport.NativeInstance {
        Map<Var, PyObject> vars;
        boolean entered;
        Context prev;

        Context(PyType type, Map<Var, PyObject> vars) {
            super(type);
            this.vars = vars;
        }

        @Override
        public long identityHash() {
            throw PyError.raise("TypeError", "unhashable type: '_contextvars.Context'");
        }

        @Override
        public String repr(Language lang) {
            return "<_contextvars.Context object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    /** A context variable: its name and default (null for none). */
    final class Var extends ModuleSupport.NativeInstance {
        final PyObject name;
        final PyObject dflt;

        Var(PyObject name, PyObject dflt) {
            super(varType);
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public String repr(Language lang) {
            return "<ContextVar name=" + Ops.repr(rt, name) + (dflt == null ? "" : " default=" + Ops.repr(rt, dflt))
                    + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    /** What {@code ContextVar.set} returns: the variable, the context it was set in, its old value (null: none). */
    final class Token extends ModuleSupport.NativeInstance {
        final Var var;
        final Context ctx;
        final PyObject old;
        boolean used;

        Token(Var var, Context ctx, PyObject old) {
            super(tokenType);
            this.var = var;
            this.ctx = ctx;
            this.old = old;
        }

        @Override
        public String repr(Language lang) {
            return "<Token" + (used ? " used" : "") + " var=" + Ops.repr(rt, var) + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    private Context current() {
        if (current == null) {
            current = new Context(contextType, Collections.emptyMap());
        }
        return current;
    }

    private Context copy(Context c) {
        return new Context(contextType, c.vars);
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "_contextvars");
        installContext();
        installVar();
        installToken();
        m.put("Context", contextType).put("ContextVar", varType).put("Token", tokenType);
        m.def("copy_context", (a, kw) -> {
            ModuleSupport.count(rt, "_contextvars.copy_context", a, kw, 0, 0);
            return copy(current());
        });
        return m.build();
    }

    // ------------------------------------------------------------------ Context

    private Var key(PyObject o) {
        if (!(o instanceof Var v)) {
            throw PyError.raise("TypeError", "a ContextVar key was expected, got " + Ops.repr(rt, o));
        }
        return v;
    }

    private void ctxMethod(String name, ModuleSupport.Body<Context> body) {
        ModuleSupport.method(contextType, name, Context.class, body);
    }

    private void noArgs(String name, PyObject[] a, String[] kw) {
        ModuleSupport.count(rt, "Context." + name, a, kw, 0, 0);
    }

    private void installContext() {
        PyType t = contextType;
        t.withConstructor((type, a, kw) -> {
            if (a.length > 0) {
                throw PyError.raise("TypeError", "Context() does not accept any arguments");
            }
            return new Context(t, Collections.emptyMap());
        });
        t.dict.put("__hash__", PyNone.NONE);
        ctxMethod("run", (c, a, kw) -> {
            if (ModuleSupport.positional(a, kw) < 1) {
                throw PyError.raise("TypeError", "run() missing 1 required positional argument");
            }
            enter(c);
            try {
                return Ops.call(rt, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            } finally {
                exit(c);
            }
        });
        ctxMethod("copy", (c, a, kw) -> {
            noArgs("copy", a, kw);
            return copy(c);
        });
        ctxMethod("get", (c, a, kw) -> {
            ModuleSupport.count(rt, "get", a, kw, 1, 2);
            PyObject v = c.vars.get(key(a[0]));
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        ctxMethod("__getitem__", (c, a, kw) -> {
            PyObject v = c.vars.get(key(a[0]));
            if (v == null) {
                throw PyError.raiseArgs("KeyError", a[0]);
            }
            return v;
        });
        ctxMethod("__contains__", (c, a, kw) -> PyBool.of(c.vars.containsKey(key(a[0]))));
        ctxMethod("__len__", (c, a, kw) -> PyInt.of(c.vars.size()));
        ctxMethod("__iter__", (c, a, kw) -> iterator(new ArrayList<>(c.vars.keySet()), "keys"));
        ctxMethod("keys", (c, a, kw) -> {
            noArgs("keys", a, kw);
            return view(c, "keys");
        });
        ctxMethod("values", (c, a, kw) -> {
            noArgs("values", a, kw);
            return view(c, "values");
        });
        ctxMethod("items", (c, a, kw) -> {
            noArgs("items", a, kw);
            return view(c, "items");
        });
        ctxMethod("__eq__", (c, a, kw) -> equal(c, a[0], false));
        ctxMethod("__ne__", (c, a, kw) -> equal(c, a[0], true));
    }

    private PyObject equal(Context c, PyObject other, boolean negate) {
        if (!(other instanceof Context o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean same = c.vars.size() == o.vars.size();
        for (Map.Entry<Var, PyObject> e : c.vars.entrySet()) {
            if (!same) {
                break;
            }
            PyObject v = o.vars.get(e.getKey());
            same = v != null && Ops.eq(rt, e.getValue(), v);
        }
        return PyBool.of(same != negate);
    }

    private void enter(Context c) {
        if (c.entered) {
            throw PyError.raise("RuntimeError", "cannot enter context: " + Ops.repr(rt, c) + " is already entered");
        }
        c.prev = current();
        c.entered = true;
        current = c;
    }

    private void exit(Context c) {
        current = c.prev;
        c.prev = null;
        c.entered = false;
    }

    private static PyIterator iterator(List<PyObject> items, String name) {
        return new PyIterator(name) {
            private int i;

            @Override
            public PyObject next() {
                return i < items.size() ? items.get(i++) : null;
            }
        };
    }

    /** {@code ctx.keys()}, {@code values()}, {@code items()}: views of the context's mapping as it is now. */
    private PyObject view(Context c, String kind) {
        Map<Var, PyObject> vars = c.vars;
        return new View(kind) {
            @Override
            public PyObject iterate() {
                List<PyObject> items = new ArrayList<>();
                for (Map.Entry<Var, PyObject> e : vars.entrySet()) {
                    items.add(kind.equals("keys") ? e.getKey() : kind.equals("values") ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
                }
                return iterator(items, kind);
            }

            @Override
            public int size() {
                return vars.size();
            }
        };
    }

    private abstract static class View extends PyObject implements PyIterable {
        private final String kind;

        View(String kind) {
            this.kind = kind;
        }

        @Override
        public String typeName(Language lang) {
            return kind;
        }

        @Override
        public String repr(Language lang) {
            return "<" + kind + " object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }

    // ------------------------------------------------------------------ ContextVar

    private void varMethod(String name, ModuleSupport.Body<Var> body) {
        ModuleSupport.method(varType, name, Var.class, body);
    }

    private void installVar() {
        PyType t = varType;
        t.withConstructor((type, a, kw) -> {
            int n = ModuleSupport.positional(a, kw);
            if (a.length > 2) {
                throw PyError.raise("TypeError", "ContextVar() takes at most 2 arguments (" + a.length + " given)");
            }
            if (n > 1) {
                throw PyError.raise("TypeError", "ContextVar() takes at most 1 positional argument (" + n + " given)");
            }
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (!kw[k].equals("default") && !(kw[k].equals("name") && n == 0)) {
                    throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for ContextVar()");
                }
            }
            PyObject name = ModuleSupport.arg(a, kw, 0, "name");
            if (name == null) {
                throw PyError.raise("TypeError", "ContextVar() takes exactly 1 positional argument (0 given)");
            }
            if (!(name instanceof PyStr)) {
                throw PyError.raise("TypeError", "context variable name must be a str");
            }
            PyObject dflt = null;
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (kw[k].equals("default")) {
                    dflt = a[n + k];
                }
            }
            return new Var(name, dflt);
        });
        t.dict.put("name", new ReadOnly(o -> ((Var) o).name, "readonly attribute"));
        varMethod("get", (v, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", "ContextVar.get() takes no keyword arguments");
            }
            ModuleSupport.count(rt, "get", a, kw, 0, 1);
            PyObject x = current().vars.get(v);
            if (x != null) {
                return x;
            }
            if (a.length > 0) {
                return a[0];
            }
            if (v.dflt != null) {
                return v.dflt;
            }
            throw PyError.raiseArgs("LookupError", v);
        });
        varMethod("set", (v, a, kw) -> {
            ModuleSupport.count(rt, "ContextVar.set", a, kw, 1, 1);
            Context c = current();
            Token tok = new Token(v, c, c.vars.get(v));
            Map<Var, PyObject> vars = new LinkedHashMap<>(c.vars);
            vars.put(v, a[0]);
            c.vars = Collections.unmodifiableMap(vars);
            return tok;
        });
        varMethod("reset", (v, a, kw) -> {
            ModuleSupport.count(rt, "ContextVar.reset", a, kw, 1, 1);
            if (!(a[0] instanceof Token tok)) {
                throw PyError.raise("TypeError", "expected an instance of Token, got " + Ops.repr(rt, a[0]));
            }
            if (tok.used) {
                throw PyError.raise("RuntimeError", Ops.repr(rt, tok) + " has already been used once");
            }
            if (tok.var != v) {
                throw PyError.raise("ValueError", Ops.repr(rt, tok) + " was created by a different ContextVar");
            }
            Context c = current();
            if (tok.ctx != c) {
                throw PyError.raise("ValueError", Ops.repr(rt, tok) + " was created in a different Context");
            }
            tok.used = true;
            Map<Var, PyObject> vars = new LinkedHashMap<>(c.vars);
            if (tok.old == null) {
                vars.remove(v);
            } else {
                vars.put(v, tok.old);
            }
            c.vars = Collections.unmodifiableMap(vars);
            return PyNone.NONE;
        });
        GenericAlias.addClassGetitem(rt, t);
    }

    /** A read-only attribute: a member (ContextVar.name) or a getset without a setter (Token.var), each refusing in its words. */
    private static final class ReadOnly extends PyObject implements Ops.DataDescriptor {
        private final java.util.function.Function<PyObject, PyObject> get;
        private final String refusal;

        ReadOnly(java.util.function.Function<PyObject, PyObject> get, String refusal) {
            this.get = get;
            this.refusal = refusal;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return obj == null ? this : get.apply(obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw PyError.raise("AttributeError", refusal);
        }

        @Override
        public void delete(PyObject obj) {
            throw PyError.raise("AttributeError", refusal);
        }

        @Override
        public String typeName(Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<attribute>";
        }
    }

    // ------------------------------------------------------------------ Token

    private void installToken() {
        PyType t = tokenType;
        t.withConstructor((type, a, kw) -> {
            throw PyError.raise("RuntimeError", "Tokens can only be created by ContextVars");
        });
        t.dict.put("var", new ReadOnly(o -> ((Token) o).var, "attribute 'var' of '_contextvars.Token' objects is not writable"));
        t.dict.put("old_value", new ReadOnly(o -> ((Token) o).old == null ? missing : ((Token) o).old,
                "attribute 'old_value' of '_contextvars.Token' objects is not writable"));
        t.dict.put("MISSING", missing);
        GenericAlias.addClassGetitem(rt, t);
    }
}
