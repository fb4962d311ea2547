package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/**
 * {@code list[int]}: a class with type arguments (3.9+ {@code types.GenericAlias}), printed as written. Classes
 * get one from their {@code __class_getitem__}, which {@link #addClassGetitem} gives to the builtin and
 * Java-module types that have it in CPython (list, dict, collections.deque, contextvars.ContextVar...), as
 * CPython's {@code Py_GenericAlias} classmethods do; {@code type[int]} is made directly, as CPython's
 * {@code PyObject_GetItem} does for {@code type} itself.
 */
public final class GenericAlias extends PyObject implements Typed, CustomAttributes, PyCallable {
    private final Runtime rt;
    final PyObject origin;
    final PyTuple args;

    GenericAlias(Runtime rt, PyObject origin, PyTuple args) {
        this.rt = rt;
        this.origin = origin;
        this.args = args;
    }

    /** {@code types.GenericAlias(origin, key)}: a tuple key gives the arguments, anything else one argument. */
    public static PyObject of(Runtime rt, PyObject origin, PyObject key) {
        return new GenericAlias(rt, origin, key instanceof PyTuple tu ? tu : PyTuple.of(key));
    }

    /**
     * Makes {@code types.GenericAlias} (named so, and callable: {@code GenericAlias(origin, args)}, which library
     * classes' {@code __class_getitem__ = classmethod(GenericAlias)} call) and gives the builtin containers their
     * {@code __class_getitem__}; once per runtime, for 3.9+.
     */
    public static void install(Runtime rt, List<PyType> containers) {
        PyType t = rt.types.genericAlias;
        t.dict.put("__module__", Strings.text(rt, "types"));
        t.withConstructor((type, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", "GenericAlias() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PyError.raise("TypeError", "GenericAlias expected 2 arguments, got " + a.length);
            }
            return of(rt, a[0], a[1]);
        });
        for (PyType c : containers) {
            addClassGetitem(rt, c);
        }
    }

    /**
     * Puts CPython's {@code __class_getitem__} into the type's dict: a classmethod_descriptor whose call
     * {@code C[item]} (or {@code C.__class_getitem__(item)}) is {@code types.GenericAlias(C, item)}.
     */
    public static void addClassGetitem(Runtime rt, PyType t) {
        t.dict.put("__class_getitem__", new ClassGetitem(rt, t));
    }

    /** The classmethod_descriptor {@code __class_getitem__} of a type (bound to the class it is fetched through). */
    private static final class ClassGetitem extends PyObject implements Descriptor {
        private final Runtime rt;
        private final PyType owner;

        ClassGetitem(Runtime rt, PyType owner) {
            this.rt = rt;
            this.owner = owner;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            PyType cls = type != null ? type : owner;
            return PyBuiltinFunction.method("__class_getitem__", cls, "type", (a, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw PyError.raise("TypeError", "__class_getitem__() takes no keyword arguments");
                }
                if (a.length != 1) {
                    throw PyError.raise("TypeError", "__class_getitem__() takes exactly one argument (" + a.length + " given)");
                }
                return of(rt, cls, a[0]);
            });
        }

        @Override
        public String typeName(Language lang) {
            return "classmethod_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<method '__class_getitem__' of '" + owner.name(lang) + "' objects>";
        }
    }

    @Override
    public PyType type() {
        return rt.types.genericAlias;
    }

    @Override
    public String typeName(Language lang) {
        return "types.GenericAlias";
    }

    /** {@code collections.deque[int]}: origin and classes by qualified name (module-qualified outside builtins), anything else by repr. */
    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder(item(origin, lang)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(item(args.get(i), lang));
        }
        return sb.append(']').toString();
    }

    /** CPython's ga_repr_item: {@code ...} for Ellipsis, a class by {@code module.qualname}, anything else by repr. */
    private String item(PyObject a, Language lang) {
        if (a == org.pyvm.core.objects.PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (a instanceof PyType t) {
            String module = t.moduleName();
            String name = t.qualname(lang);
            return module.equals("builtins") ? name : module + "." + name;
        }
        return Ops.repr(rt, a);
    }

    /** {@code __origin__}, {@code __args__}, {@code __parameters__}; any other name is the origin's attribute. */
    @Override
    public PyObject attribute(String name) {
        switch (name) {
            case "__origin__":
                return origin;
            case "__args__":
                return args;
            case "__parameters__":
                return parameters();
            case "__class__":
                return rt.types.genericAlias;
            case "__unpacked__":
                // 3.11 (PEP 646): False but for *tuple[...]; typing._eval_type reads it of every alias in a hint
                return rt.lang.minor() >= 11 ? org.pyvm.core.objects.PyBool.FALSE : null;
            case "__mro_entries__":
                return new PyBuiltinFunction("__mro_entries__", (a, kw) -> PyTuple.of(origin));
            case "__reduce__":
                return new PyBuiltinFunction("__reduce__", (a, kw) -> PyTuple.of(rt.types.genericAlias, PyTuple.of(origin, args)));
            default:
                if (name.startsWith("__") && name.endsWith("__") && !name.equals("__doc__") && !name.equals("__name__")
                        && !name.equals("__qualname__") && !name.equals("__module__")) {
                    return null;
                }
                return Ops.getattr(rt, origin, name);
        }
    }

    /** The type variables among the arguments (what has {@code __typing_subst__}, and the parameters of nested aliases). */
    private PyObject parameters() {
        List<PyObject> ps = new ArrayList<>();
        for (PyObject a : args.items()) {
            if (a instanceof PyType) {
                continue;
            }
            if (a instanceof GenericAlias g) {
                for (PyObject p : ((PyTuple) g.parameters()).items()) {
                    if (!ps.contains(p)) {
                        ps.add(p);
                    }
                }
            } else if (Ops.getattrOrNull(rt, a, "__typing_subst__") != null && !ps.contains(a)) {
                ps.add(a);
            }
        }
        return PyTuple.of(ps.toArray(new PyObject[0]));
    }

    /** {@code list[int]('ab')}: the origin's instance, whose {@code __orig_class__} is set when it takes attributes. */
    @Override
    public PyObject call(PyObject[] a, String[] kw) {
        PyObject r = Ops.call(rt, origin, a, kw);
        try {
            Ops.setattr(rt, r, "__orig_class__", this);
        } catch (PyError e) {
            // CPython ignores AttributeError and TypeError here (a builtin instance takes no attributes)
        }
        return r;
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        return other instanceof GenericAlias g && Ops.eq(rt, origin, g.origin) && Ops.eq(rt, args, g.args);
    }

    @Override
    public long hash(Language lang) {
        return origin.hash(lang) ^ args.hash(lang);
    }
}
