package org.pyvm.core.interp;

import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.PyBoundMethod;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * Inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR for instances of classes made by programs (CPython 3.11's
 * LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE in spirit). On its first run an
 * instruction works out, for the class of the object it met, what {@code object.__getattribute__} or
 * {@code object.__setattr__} would come down to for its name; while the class and its bases stay unchanged (the
 * class's version, which every change of a dict along its MRO bumps) later runs go straight to the instance
 * dict. Anything unusual (a data descriptor, a user {@code __getattribute__} or {@code __setattr__},
 * {@code __slots__}, classic classes, dunder names, subclasses of builtins) is left to {@code Ops}: a null answer
 * here means "take the general path", which gives the same result more slowly.
 */
final class InstanceAttributes {
    private InstanceAttributes() {
    }

    /** Read: the instance dict, then the class attribute as it is (or nothing). */
    private static final int PLAIN = 1;
    /** Read: the instance dict, then the class's function bound to the instance. */
    private static final int METHOD = 2;
    /** Store: straight into the instance dict. */
    private static final int DICT = 3;
    /** Neither: the general path, every time until the class changes. */
    private static final int GENERAL = 0;

    /** What one instruction learned about one class, valid while the class's version stays. */
    private static final class Entry {
        final PyType type;
        final long version;
        final int kind;
        /** The class attribute the name found (type.lookup), or null. */
        final PyObject found;

        Entry(PyType type, long version, int kind, PyObject found) {
            this.type = type;
            this.version = version;
            this.kind = kind;
            this.found = found;
        }
    }

    /** The object whose attributes these caches may answer: an instance of a program's class, exactly. */
    static PyInstance plainInstance(PyObject o) {
        return o != null && o.getClass() == PyInstance.class ? (PyInstance) o : null;
    }

    private static Entry entry(Object[] cache, int i, PyType type) {
        return cache[i] instanceof Entry e && e.type == type && e.version == type.version() ? e : null;
    }

    /** {@code inst.name} (LOAD_ATTR), or null for the general path. */
    static PyObject load(Runtime rt, Object[] cache, int i, PyInstance inst, String name) {
        PyType type = inst.type();
        Entry e = entry(cache, i, type);
        if (e == null) {
            cache[i] = e = forRead(rt, type, name);
        }
        if (e.kind == GENERAL) {
            return null;
        }
        PyObject own = inst.dict.get(name);
        if (own != null) {
            return own;
        }
        if (e.kind == METHOD) {
            return new PyBoundMethod(e.found, inst);
        }
        // a plain class attribute may have been replaced without a new version (TypeDict.put): looked up again
        return e.found == null ? null : type.lookup(name); // none: the general path raises or calls __getattr__
    }

    /** LOAD_METHOD's shortcut: the class's function when {@code inst.name} would be it bound to inst; else null. */
    static PyObject method(Runtime rt, Object[] cache, int i, PyInstance inst, String name) {
        PyType type = inst.type();
        Entry e = entry(cache, i, type);
        if (e == null) {
            cache[i] = e = forRead(rt, type, name);
        }
        return e.kind == METHOD && !inst.dict.containsKey(name) ? e.found : null;
    }

    /**
     * LOAD_METHOD on an object of a builtin class ({@code s.strip()}, {@code l.append(x)}): the function or method
     * descriptor its class's MRO holds under {@code name}, or null for the general path. Looked up once per
     * instruction and class; a program cannot change a builtin class, and the version covers the interpreter's own.
     */
    static PyObject builtinMethod(Object[] cache, int i, PyType type, String name) {
        Entry e = entry(cache, i, type);
        if (e == null) {
            PyObject found = type.lookup(name);
            boolean method = found instanceof PyFunction || found instanceof org.pyvm.core.objects.PyMethodDescriptor;
            cache[i] = e = new Entry(type, type.version(), method ? METHOD : GENERAL, found);
        }
        return e.kind == METHOD ? e.found : null;
    }

    /**
     * What LOAD_METHOD found last on a builtin value whose Java class alone decides its Python type (a str, list,
     * dict...): the method, for the next value of the same Java class without working out its type again.
     */
    private record ByJavaClass(Class<?> javaClass, PyObject method) {
    }

    /** The Java classes whose values always have the same builtin type (see {@link org.pyvm.core.runtime.Types#of}). */
    private static final java.util.Set<Class<?>> TYPED_BY_CLASS = java.util.Set.of(org.pyvm.core.objects.PyStr.class,
            org.pyvm.core.objects.PyList.class, org.pyvm.core.objects.PyDict.class, org.pyvm.core.objects.PyTuple.class,
            org.pyvm.core.objects.PySet.class, org.pyvm.core.objects.PyFrozenSet.class, org.pyvm.core.objects.PyBytes.class,
            org.pyvm.core.objects.PyFloat.class);

    /** LOAD_METHOD's first look: the method found at this instruction for a value of {@code owner}'s Java class, or null. */
    static PyObject cachedBuiltinMethod(Object[] cache, int i, PyObject owner) {
        return cache[i] instanceof ByJavaClass e && e.javaClass == owner.getClass() ? e.method : null;
    }

    /** LOAD_ATTR ({@code owner.name}), the interpreter's and compiled code's: a plain instance's by {@link #load}, else {@link #loadOther}. */
    static PyObject loadAttribute(Runtime rt, Object[] cache, int i, PyObject owner, String name) {
        PyInstance inst = plainInstance(owner);
        PyObject v = inst != null ? load(rt, cache, i, inst, name) : null;
        return v != null ? v : loadOther(rt, cache, i, owner, name);
    }

    /**
     * LOAD_ATTR ({@code owner.name}) on anything but a plain instance ({@link #load} takes those): a builtin value's
     * method ({@code parts.append}, {@code word.strip}: 2.7 has no LOAD_METHOD, so every call of one binds it) from
     * the descriptor found last here for the same Java class, bound as getattr binds it; anything else by getattr.
     * Compiled code calls it without inlining it (the launcher's {@code dontinline}): inlined at every attribute
     * load, the binding and getattr made one function of nqueens.py a 22 MB compile instead of 5.
     */
    static PyObject loadOther(Runtime rt, Object[] cache, int i, PyObject owner, String name) {
        return loadOther(rt, cache, i, owner, name, true);
    }

    /** {@link #loadAttribute}, or null when {@code owner} has no such attribute (an error a hook raises is thrown). */
    static PyObject loadAttributeOrNull(Runtime rt, Object[] cache, int i, PyObject owner, String name) {
        PyInstance inst = plainInstance(owner);
        PyObject v = inst != null ? load(rt, cache, i, inst, name) : null;
        return v != null ? v : loadOther(rt, cache, i, owner, name, false);
    }

    /** {@link #loadOther}; when {@code owner} has no such attribute, its AttributeError thrown, or null unless {@code orRaise}. */
    private static PyObject loadOther(Runtime rt, Object[] cache, int i, PyObject owner, String name, boolean orRaise) {
        if (cachedBuiltinMethod(cache, i, owner) instanceof PyMethodDescriptor d) {
            return d.bind(owner, rt.lang);
        }
        PyObject v = orRaise ? Ops.getattr(rt, owner, name) : Ops.attributeOrNull(rt, owner, name);
        if (v != null && TYPED_BY_CLASS.contains(owner.getClass()) && rt.types.of(owner).lookup(name) instanceof PyMethodDescriptor d) {
            rememberBuiltinMethod(cache, i, owner, d); // a builtin class has no instance dict and cannot be changed
        }
        return v;
    }

    /** After {@link #builtinMethod} found {@code method} for {@code owner}: remembered by Java class when that decides the type. */
    static void rememberBuiltinMethod(Object[] cache, int i, PyObject owner, PyObject method) {
        if (TYPED_BY_CLASS.contains(owner.getClass())) {
            cache[i] = new ByJavaClass(owner.getClass(), method);
        }
    }

    /** {@code inst.name = value} (STORE_ATTR); false when the general path must do it. */
    static boolean store(Runtime rt, Object[] cache, int i, PyInstance inst, String name, PyObject value) {
        PyType type = inst.type();
        Entry e = entry(cache, i, type);
        if (e == null) {
            cache[i] = e = forStore(rt, type, name);
        }
        if (e.kind != DICT) {
            return false;
        }
        inst.dict.put(name, value);
        return true;
    }

    private static boolean ordinary(PyType type, String name) {
        return !type.builtin && !type.classic && !name.startsWith("__");
    }

    private static Entry forRead(Runtime rt, PyType type, String name) {
        long version = type.version();
        PyObject hook = type.getattributeHook();
        if (!ordinary(type, name) || hook != rt.types.object.getattributeHook() && hook instanceof PyCallable) {
            return new Entry(type, version, GENERAL, null);
        }
        PyObject found = type.lookup(name);
        if (found instanceof PyFunction) {
            return new Entry(type, version, METHOD, found);
        }
        // a plain class attribute (or none): not a descriptor of any kind, not a program's object that may be one
        boolean plain = found == null || !(found instanceof Descriptor || found instanceof PyInstance
                || found instanceof org.pyvm.core.objects.PyMethodDescriptor);
        return new Entry(type, version, plain ? PLAIN : GENERAL, found);
    }

    private static Entry forStore(Runtime rt, PyType type, String name) {
        long version = type.version();
        PyObject setter = type.setattrHook();
        boolean generic = setter == rt.types.object.setattrHook() || !(setter instanceof PyCallable);
        PyObject found = type.lookup(name);
        boolean hasDict = type.dict.get("__slots__") == null; // a class without its own __slots__ gives its instances a dict
        boolean dict = ordinary(type, name) && generic && hasDict
                && !(found instanceof org.pyvm.core.runtime.Ops.DataDescriptor || found instanceof PyInstance);
        return new Entry(type, version, dict ? DICT : GENERAL, found);
    }
}
