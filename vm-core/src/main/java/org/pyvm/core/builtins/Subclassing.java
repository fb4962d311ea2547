package org.pyvm.core.builtins;

import java.util.List;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.core.runtime.Runtime;

/**
 * Programs' subclasses of builtin types ({@code class MyList(list)}, {@code class Money(int)}): the builtin's
 * {@code __new__} makes the value (an immutable one from the constructor's arguments, a container empty) as
 * an instance of the subclass, and the containers' {@code __init__} fills it, as CPython splits the work.
 */
public final class Subclassing {
    private Subclassing() {
    }

    static void install(Runtime rt) {
        installBoolNew(rt);
        for (PyType base : bases(rt)) {
            // int(x), str(x), tuple(x)... of a subclass instance give the builtin's own value, not x itself
            PyType.Constructor own = base.constructor();
            base.withConstructor((t, a, kw) -> {
                PyObject made = own.construct(t, a, kw);
                return made instanceof UserSubclass u && u.type() != t ? u.plain() : made;
            });
            base.dict.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
                // tp_new_wrapper's three complaints
                String baseName = base.name(rt.lang);
                if (a.length == 0) {
                    throw PyError.raise("TypeError", baseName + ".__new__(): not enough arguments");
                }
                if (!(a[0] instanceof PyType cls)) {
                    throw PyError.raise("TypeError", baseName + ".__new__(X): X is not a type object (" + org.pyvm.core.runtime.Ops.typeName(rt, a[0]) + ")");
                }
                if (!cls.isSubtypeOf(base)) {
                    String sub = cls.name(rt.lang);
                    throw PyError.raise("TypeError", baseName + ".__new__(" + sub + "): " + sub + " is not a subtype of " + baseName);
                }
                return make(rt, base, cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            }));
            if (isContainer(rt, base)) {
                base.dict.put("__init__", new PyMethodDescriptor("__init__", base, (self, args, kw) -> {
                    init(rt, base, self, args, kw);
                    return PyNone.NONE;
                }));
            }
        }
    }

    /** bool.__new__(bool, x): bool's own tp_new (bool_new), not int's, which it would otherwise inherit. */
    static void installBoolNew(Runtime rt) {
        PyType bool = rt.types.bool;
        bool.dict.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0) {
                throw PyError.raise("TypeError", "bool.__new__(): not enough arguments");
            }
            if (!(a[0] instanceof PyType cls)) {
                throw PyError.raise("TypeError", "bool.__new__(X): X is not a type object (" + org.pyvm.core.runtime.Ops.typeName(rt, a[0]) + ")");
            }
            if (cls != bool) {
                String sub = cls.name(rt.lang);
                throw PyError.raise("TypeError", "bool.__new__(" + sub + "): " + sub + " is not a subtype of bool");
            }
            return bool.call(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }));
    }

    private static List<PyType> bases(Runtime rt) {
        List<PyType> b = List.of(rt.types.int_, rt.types.str, rt.types.bytes, rt.types.float_, rt.types.complex, rt.types.tuple,
                rt.types.frozenset, rt.types.list, rt.types.dict, rt.types.set);
        if (rt.types.long_ != null && rt.types.long_ != rt.types.int_) {
            b = new java.util.ArrayList<>(b);
            b.add(rt.types.long_); // 2.7's long: a PyInt that stays long
        }
        return b;
    }

    private static boolean isContainer(Runtime rt, PyType base) {
        return base == rt.types.list || base == rt.types.dict || base == rt.types.set;
    }

    /**
     * A new class whose instances are builtin values: it is made by the path every class takes (its __new__,
     * then __init__), not by the builtin's own constructor, which knows nothing of subclasses.
     */
    public static void prepare(Runtime rt, PyType cls) {
        if (!cls.builtin && builtinBase(rt, cls) != null) {
            cls.withConstructor(rt.types.object.constructor());
        }
    }

    /** The builtin a class's instances are made of (int for {@code class Money(int)}), or null when there is none. */
    public static PyType builtinBase(Runtime rt, PyType cls) {
        for (PyType t : cls.mro()) {
            if (t.builtin) {
                return bases(rt).contains(t) ? t : null;
            }
        }
        return null;
    }

    /** {@code base.__new__(cls, *args)}: a value of the builtin made as an instance of {@code cls}. */
    public static PyObject make(Runtime rt, PyType base, PyType cls, PyObject[] args, String[] kw) {
        if (cls == base) {
            return base.call(args, kw);
        }
        if (base == rt.types.list) {
            return new PyList.Sub(cls, List.of());
        }
        if (base == rt.types.dict) {
            return new PyDict.Sub(cls, rt.lang);
        }
        if (base == rt.types.set) {
            return new PySet.Sub(cls, rt.lang);
        }
        PyObject v = base.call(args, kw); // the builtin's own conversions and error messages
        if (v instanceof PyInt i) {
            return new PyInt.Sub(cls, i);
        }
        if (v instanceof PyStr s) {
            return new PyStr.Sub(cls, s);
        }
        if (v instanceof PyBytes b) {
            return new PyBytes.Sub(cls, b);
        }
        if (v instanceof PyFloat f) {
            return new PyFloat.Sub(cls, f.value);
        }
        if (v instanceof org.pyvm.core.objects.PyComplex c) {
            return new org.pyvm.core.objects.PyComplex.Sub(cls, c);
        }
        if (v instanceof PyTuple t) {
            return new PyTuple.Sub(cls, t.items());
        }
        if (v instanceof PyFrozenSet f) {
            return new PyFrozenSet.Sub(cls, f);
        }
        throw PyError.raise("SystemError", "cannot subclass " + base.name(rt.lang) + " yet");
    }

    /** list/dict/set {@code __init__}: (re)fills the container from the constructor's arguments. */
    public static void init(Runtime rt, PyType base, PyObject self, PyObject[] args, String[] kw) {
        if (self instanceof PyList l) {
            PyList made = (PyList) base.call(args, kw);
            l.items().clear();
            l.items().addAll(made.items());
        } else if (self instanceof PyDict d) {
            PyDict made = (PyDict) base.call(args, kw);
            for (PyObject k : made.keys()) {
                d.put(k, made.get(k));
            }
        } else if (self instanceof PySet s) {
            PySet made = (PySet) base.call(args, kw);
            for (PyObject x : made.items()) {
                s.add(x);
            }
        } else {
            throw PyError.raise("TypeError", "descriptor '__init__' requires a '" + base.name(rt.lang) + "' object");
        }
    }

    /** Whether {@code base} fills its instances in {@code __init__} (list, dict, set). */
    public static boolean fillsInInit(Runtime rt, PyType base) {
        return isContainer(rt, base);
    }
}
