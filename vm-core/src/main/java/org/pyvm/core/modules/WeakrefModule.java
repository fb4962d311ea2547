package org.pyvm.core.modules;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code _weakref} (C in CPython, which weakref.py, _weakrefset.py and much of the stdlib import): the
 * {@code ref} type (subclassable: weakref.KeyedRef), {@code proxy}, {@code getweakrefcount}, {@code getweakrefs},
 * {@code _remove_dead_weakref} and the type names.
 *
 * <p><b>Deviation from CPython, on purpose.</b> CPython frees an object the moment its reference count drops to
 * zero, so {@code ref(Foo())()} is None at once and callbacks run at that moment. The JVM has no reference
 * counts: it frees unreachable objects at unpredictable times. To keep every run deterministic, a pyvm weak
 * reference holds its referent <i>strongly</i>: {@code r()} always returns the object, a reference is never
 * dead, and callbacks are accepted (and kept as {@code __callback__}) but never run. A program whose output
 * depends on objects dying before exit therefore differs from CPython; caches built on WeakValueDictionary
 * and WeakSet simply keep their entries. {@code getweakrefcount}/{@code getweakrefs} count the references still
 * held by the program as far as the JVM knows (a reference the program dropped may be counted until the
 * JVM collects it).
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    /** A weak reference ({@code weakref.ref} or an instance of a subclass of it); see the class comment. */
    static final class WeakRef extends PyInstance implements org.pyvm.core.objects.CustomAttributes {
        final PyObject referent;
        final PyObject callback;
        private final Runtime rt;
        private long hash;
        private boolean hashed;

        WeakRef(Runtime rt, PyType type, PyObject referent, PyObject callback) {
            super(type);
            this.rt = rt;
            this.referent = referent;
            this.callback = callback;
        }

        /** 3.4+ {@code __callback__}: the callback given (None without one). */
        @Override
        public PyObject attribute(String name) {
            return name.equals("__callback__") && !rt.lang.has(LanguageFeature.STR_IS_BYTES) ? callback : null;
        }

        /**
         * hash(r) is the referent's hash, computed once (what object's hash gives an instance of a class that
         * defines no __hash__ of its own; a subclass's own __hash__ or __eq__ comes first, as for any class).
         */
        @Override
        public long identityHash() {
            if (!hashed) {
                hash = Ops.hash(rt, referent);
                hashed = true;
            }
            return hash;
        }

        @Override
        public String repr(Language lang) {
            String to = referent instanceof PyInstance i && i.type().classic ? "instance" : Ops.typeName(rt, referent);
            PyObject name = referent instanceof PyType || referent instanceof PyCallable ? Ops.getattrOrNull(rt, referent, "__name__") : null;
            return "<weakref at 0x" + Long.toHexString(Ids.address(this)) + "; to '" + to + "' at 0x"
                    + Long.toHexString(Ids.address(referent)) + (name instanceof PyStr || name instanceof PyBytes ? " (" + Ops.str(rt, name) + ")" : "")
                    + ">";
        }
    }

    /** A weak proxy: attribute access, calls and the common operations go to the referent (held strongly, as refs). */
    static final class Proxy extends PyInstance implements org.pyvm.core.objects.CustomAttributes {
        final PyObject referent;
        private final Runtime rt;

        Proxy(Runtime rt, PyType type, PyObject referent) {
            super(type);
            this.rt = rt;
            this.referent = referent;
        }

        @Override
        public PyObject attribute(String name) {
            if (name.equals("__class__")) {
                return Ops.getattr(rt, referent, name);
            }
            PyObject own = type().dict.get(name);
            if (own instanceof PyMethodDescriptor m) {
                return m.bind(this, rt.lang);
            }
            return Ops.getattr(rt, referent, name);
        }

        @Override
        public boolean setAttribute(String name, PyObject value) {
            Ops.setattr(rt, referent, name, value);
            return true;
        }

        @Override
        public long identityHash() {
            throw PyError.raise("TypeError", "unhashable type: '" + type().name(rt.lang) + "'");
        }

        @Override
        public String repr(Language lang) {
            boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
            String to = referent instanceof PyInstance i && i.type().classic ? "instance" : Ops.typeName(rt, referent);
            String at = "0x" + Long.toHexString(Ids.address(this));
            String target = "0x" + Long.toHexString(Ids.address(referent));
            return py2 ? "<weakproxy at " + at + " to " + to + " at " + target + ">"
                    : "<weakproxy at " + at + "; to '" + to + "' at " + target + ">";
        }
    }

    /** 2.7 compares two refs only when their types are the same; 3.x any two refs. */
    private static boolean comparable(Runtime rt, WeakRef a, WeakRef b) {
        return !rt.lang.has(LanguageFeature.STR_IS_BYTES) || a.type() == b.type();
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean dotted = !py2 && rt.lang.minor() >= 10; // 3.10 named the types after the weakref module
        // the references made to each object, as far as the program still holds them (per VM: this module instance)
        WeakHashMap<PyObject, List<WeakReference<PyObject>>> registry = new WeakHashMap<>();
        ModuleBuilder m = new ModuleBuilder(rt, "_weakref");
        PyType ref = PyType.builtin(dotted ? "weakref.ReferenceType" : "weakref", null, rt.types.object);
        PyType proxyType = PyType.builtin(dotted ? "weakref.ProxyType" : "weakproxy", null, rt.types.object);
        PyType callableProxyType = PyType.builtin(dotted ? "weakref.CallableProxyType" : "weakcallableproxy", null, proxyType);
        PyBuiltinFunction refNew = new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(ref)) {
                throw PyError.raise("TypeError", "weakref.__new__(X): X is not a subtype of weakref");
            }
            return newRef(rt, registry, ref, cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        PyMethodDescriptor refInit = new PyMethodDescriptor("__init__", ref, (self, a, kw) -> PyNone.NONE);
        ref.dict.put("__new__", refNew);
        ref.dict.put("__init__", refInit);
        ref.dict.put("__call__", new PyMethodDescriptor("__call__", ref, (self, a, kw) -> {
            if (a.length > 0) {
                throw PyError.raise("TypeError", "__call__() takes exactly 0 arguments (" + a.length + " given)");
            }
            return ((WeakRef) self).referent;
        }));
        ref.dict.put("__hash__", new PyMethodDescriptor("__hash__", ref, (self, a, kw) -> PyInt.of(Ops.hash(rt, ((WeakRef) self).referent))));
        ref.dict.put("__eq__", new PyMethodDescriptor("__eq__", ref, (self, a, kw) -> compare(rt, self, a[0], true)));
        ref.dict.put("__ne__", new PyMethodDescriptor("__ne__", ref, (self, a, kw) -> compare(rt, self, a[0], false)));
        ref.dict.put("__repr__", new PyMethodDescriptor("__repr__", ref, (self, a, kw) -> PyStr.of(self.repr(rt.lang))));
        ref.withConstructor((type, a, kw) -> {
            if (type == ref) {
                return newRef(rt, registry, ref, type, a, kw);
            }
            // a subclass (weakref.KeyedRef): its own __new__ and __init__ run as for any class
            PyObject instance;
            if (type.lookup("__new__") != refNew) {
                PyObject[] all = prepend(type, a);
                instance = Ops.call(rt, Ops.getattr(rt, type, "__new__"), all, kw);
                if (!rt.types.of(instance).isSubtypeOf(type)) {
                    return instance;
                }
            } else {
                instance = newRef(rt, registry, ref, type, a, kw);
            }
            PyObject init = type.lookup("__init__");
            if (init != refInit && init != null) {
                Ops.call(rt, init, prepend(instance, a), kw);
            }
            return instance;
        });
        for (String op : new String[] {"__str__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__contains__",
            "__add__", "__sub__", "__mul__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__nonzero__", "__int__", "__float__",
            "__index__", "__neg__", "__next__", "next"}) {
            if (op.equals("__bool__") && py2 || (op.equals("__nonzero__") || op.equals("next")) && !py2) {
                continue;
            }
            proxyType.dict.put(op, new PyMethodDescriptor(op, proxyType, (self, a, kw) -> Ops.call(rt,
                    Ops.getattr(rt, ((Proxy) self).referent, op), a, kw)));
        }
        proxyType.dict.put("__repr__", new PyMethodDescriptor("__repr__", proxyType, (self, a, kw) -> PyStr.of(self.repr(rt.lang))));
        proxyType.dict.put("__eq__", new PyMethodDescriptor("__eq__", proxyType, (self, a, kw) ->
                PyBool.of(Ops.eq(rt, ((Proxy) self).referent, a[0] instanceof Proxy p ? p.referent : a[0]))));
        callableProxyType.dict.put("__call__", new PyMethodDescriptor("__call__", callableProxyType, (self, a, kw) ->
                Ops.call(rt, ((Proxy) self).referent, a, kw)));
        m.put("ref", ref);
        m.put("ReferenceType", ref);
        m.put("ProxyType", proxyType);
        m.put("CallableProxyType", callableProxyType);
        m.def("proxy", (a, kw) -> {
            if (a.length < 1 || a.length > 2) {
                throw PyError.raise("TypeError", a.length < 1 ? "proxy expected at least 1 argument" + (py2 || rt.lang.minor() < 11 ? "s" : "")
                        + ", got 0" : "proxy expected at most 2 arguments, got " + a.length);
            }
            checkReferenceable(rt, a[0]);
            boolean callable = a[0] instanceof PyCallable || rt.types.of(a[0]).lookup("__call__") != null;
            Proxy p = new Proxy(rt, callable ? callableProxyType : proxyType, a[0]);
            remember(registry, a[0], p);
            return p;
        });
        m.def("getweakrefcount", (a, kw) -> PyInt.of(live(registry, a[0]).size()));
        m.def("getweakrefs", (a, kw) -> PyList.of(live(registry, a[0])));
        m.def("_remove_dead_weakref", (a, kw) -> {
            if (a.length != 2) {
                throw PyError.raise("TypeError", "_remove_dead_weakref expected 2 arguments, got " + a.length);
            }
            if (!(a[0] instanceof PyDict)) {
                throw PyError.raise("TypeError", "_remove_dead_weakref() argument 1 must be dict, not " + Ops.argumentTypeName(rt, a[0]));
            }
            return PyNone.NONE; // removes the entry only when its reference is dead, which a pyvm reference never is
        });
        return m.build();
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static PyObject compare(Runtime rt, PyObject self, PyObject other, boolean eq) {
        if (!(other instanceof WeakRef w) || !comparable(rt, (WeakRef) self, w)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = ((WeakRef) self).referent;
        return Ops.compare(rt, eq ? org.pyvm.core.code.Comparison.EQ : org.pyvm.core.code.Comparison.NE, a, w.referent);
    }

    /** ref(obj[, callback]) for {@code cls}: a plain ref with no callback is shared, as CPython shares it. */
    private static PyObject newRef(Runtime rt, WeakHashMap<PyObject, List<WeakReference<PyObject>>> registry, PyType ref, PyType cls,
                                   PyObject[] a, String[] kw) {
        int n = a.length - (kw == null ? 0 : kw.length);
        boolean oneArgWord = !rt.lang.has(LanguageFeature.STR_IS_BYTES) && rt.lang.minor() >= 11;
        if (n < 1) {
            throw PyError.raise("TypeError", "__new__ expected at least 1 argument" + (oneArgWord ? "" : "s") + ", got 0");
        }
        if (n > 2) {
            throw PyError.raise("TypeError", "__new__ expected at most 2 arguments, got " + n);
        }
        PyObject obj = a[0];
        PyObject callback = n == 2 ? a[1] : PyNone.NONE;
        checkReferenceable(rt, obj);
        if (cls == ref && callback == PyNone.NONE) {
            for (PyObject r : live(registry, obj)) {
                if (r instanceof WeakRef w && w.type() == ref && w.callback == PyNone.NONE) {
                    return w;
                }
            }
        }
        WeakRef r = new WeakRef(rt, cls, obj, callback);
        remember(registry, obj, r);
        return r;
    }

    private static void remember(WeakHashMap<PyObject, List<WeakReference<PyObject>>> registry, PyObject obj, PyObject r) {
        registry.computeIfAbsent(obj, k -> new ArrayList<>()).add(new WeakReference<>(r));
    }

    private static List<PyObject> live(WeakHashMap<PyObject, List<WeakReference<PyObject>>> registry, PyObject obj) {
        List<PyObject> out = new ArrayList<>();
        List<WeakReference<PyObject>> refs = registry.get(obj);
        if (refs != null) {
            refs.removeIf(w -> w.get() == null);
            for (WeakReference<PyObject> w : refs) {
                out.add(w.get());
            }
        }
        return out;
    }

    /** CPython's rule: values of the types without a weak-reference slot (int, str, tuple, list, dict, None...) refuse. */
    private static void checkReferenceable(Runtime rt, PyObject obj) {
        boolean refused = obj instanceof PyInt || obj instanceof PyStr || obj instanceof PyBytes || obj instanceof PyTuple
                || obj instanceof PyFloat || obj instanceof PyComplex || obj instanceof PyNone || obj instanceof PyBool
                || (obj instanceof PyList || obj instanceof PyDict) && !(obj instanceof UserSubclass)
                || obj instanceof PyBuiltinFunction && rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (refused) {
            throw PyError.raise("TypeError", "cannot create weak reference to '" + Ops.typeName(rt, obj) + "' object");
        }
    }
}
