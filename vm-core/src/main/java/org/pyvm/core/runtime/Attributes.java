package org.pyvm.core.runtime;

import java.util.List;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.spi.LanguageFeature;

/**
 * Attribute access as CPython's {@code PyObject_GenericGetAttr}/{@code SetAttr} do it, with a class's own hooks:
 * <ol>
 * <li>a class's {@code __getattribute__} (when it is not object's) replaces the whole lookup;</li>
 * <li>otherwise a data descriptor of the class (property, or an object whose type defines {@code __get__}
 * and {@code __set__}/{@code __delete__}) wins over the instance's dict, which wins over a non-data
 * descriptor ({@code __get__} only: functions, staticmethod) or a plain class attribute;</li>
 * <li>{@code __getattr__} runs when that lookup raises AttributeError.</li>
 * </ol>
 * Setting and deleting go through {@code __setattr__}/{@code __delattr__}, then data descriptors
 * ({@code __set__}/{@code __delete__}), then the instance dict.
 */
final class Attributes {
    private Attributes() {
    }

    // ---------------------------------------------------------------- getting

    static PyObject get(Runtime rt, PyObject o, String name) {
        PyObject v = lookup(rt, o, name);
        if (v == null) {
            throw missing(rt, o, name);
        }
        return v;
    }

    /** {@link #getOrNull} as a lookup of {@code o.name} ({@link #get}'s): an AttributeError it throws has its {@link #withLookupContext}. */
    static PyObject lookup(Runtime rt, PyObject o, String name) {
        try {
            return getOrNull(rt, o, name);
        } catch (PyError e) {
            throw withLookupContext(rt, e, o, name);
        }
    }

    /**
     * 3.10+: an AttributeError leaving the lookup of {@code o.name} (an unset slot's, a property's, a __getattr__'s)
     * gets {@code name} and {@code obj} when it has neither yet, as CPython's set_attribute_error_context gives
     * them in PyObject_GetAttr: what {@code e.name} reads and the traceback's suggestion looks for.
     */
    private static PyError withLookupContext(Runtime rt, PyError e, PyObject o, String name) {
        if (!rt.lang.has(LanguageFeature.NAME_SUGGESTIONS) || !Exceptions.is(rt, e, "AttributeError")) {
            return e;
        }
        if (e.exception() == null) {
            java.util.Map<String, PyObject> given = e.pendingAttributes();
            if (!given.containsKey("name") && !given.containsKey("obj")) {
                e.withAttribute("name", PyStr.of(name)).withAttribute("obj", o);
            }
        } else if (e.exception() instanceof org.pyvm.core.objects.PyBaseException x && unset(x.dict.get("name")) && unset(x.dict.get("obj"))) {
            x.dict.put("name", PyStr.of(name));
            x.dict.put("obj", o);
        }
        return e;
    }

    private static boolean unset(PyObject v) {
        return v == null || v == PyNone.NONE;
    }

    static PyObject getOrNull(Runtime rt, PyObject o, String name) {
        if (o instanceof PyType t && t.metatype() != null && !t.metatype().builtin) {
            return classAttributeThroughMetaclass(rt, t, name);
        }
        PyType type = o instanceof PyInstance inst ? inst.type() : o instanceof UserSubclass u ? u.type() : null;
        if (type == null || type.builtin) {
            return generic(rt, o, name);
        }
        PyObject hook = type.getattributeHook();
        PyObject fallback = type.getattrHook();
        if (hook == rt.types.object.getattributeHook() || !(hook instanceof PyCallable)) {
            if (fallback == null) {
                return generic(rt, o, name);
            }
            try {
                PyObject v = generic(rt, o, name);
                if (v != null) {
                    return v;
                }
            } catch (PyError e) {
                if (!Exceptions.is(rt, e, "AttributeError")) {
                    throw e;
                }
            }
            return Ops.callCounted(rt, rt.methodCallLevels(), fallback, new PyObject[] {o, rt.name(name)}, null); // slot_tp_getattr_hook
        }
        try {
            return Ops.callCounted(rt, rt.methodCallLevels(), hook, new PyObject[] {o, rt.name(name)}, null);
        } catch (PyError e) {
            if (fallback == null || !Exceptions.is(rt, e, "AttributeError")) {
                throw e;
            }
            return Ops.callCounted(rt, rt.methodCallLevels(), fallback, new PyObject[] {o, rt.name(name)}, null);
        }
    }

    /**
     * {@code C.name} where C's metaclass is a program's: the metaclass's own __getattribute__ when it has one,
     * else type's lookup; a miss goes to the metaclass's __getattr__ (type_getattro, slot_tp_getattr_hook).
     */
    private static PyObject classAttributeThroughMetaclass(Runtime rt, PyType t, String name) {
        PyObject hook = metaclassHook(t, "__getattribute__");
        PyObject fallback = metaclassHook(t, "__getattr__");
        if (hook == null && fallback == null) {
            return generic(rt, t, name);
        }
        try {
            PyObject v = hook != null ? Ops.call(rt, hook, t, rt.name(name)) : generic(rt, t, name);
            if (v != null || fallback == null) {
                return v;
            }
        } catch (PyError e) {
            if (fallback == null || !Exceptions.is(rt, e, "AttributeError")) {
                throw e;
            }
        }
        return Ops.call(rt, fallback, t, rt.name(name));
    }

    /** The attribute hook {@code name} a program's metaclass of {@code t} defines (type's own aside), or null. */
    static PyObject metaclassHook(PyType t, String name) {
        PyType meta = t.metatype();
        return meta == null ? null : meta.programLookup(name);
    }

    /** Class attribute {@code cls} (found on o's type) as {@code o.name} gives it: through its __get__, bound. */
    private static PyObject boundToInstance(Runtime rt, PyObject cls, PyObject o, PyType type) {
        PyType userDescriptor = cls instanceof PyInstance di && !di.type().builtin ? di.type() : null;
        if (userDescriptor != null && userDescriptor.lookup("__get__") != null) {
            return Ops.call(rt, userDescriptor.lookup("__get__"), cls, o, type);
        }
        if (cls instanceof org.pyvm.core.objects.PyUnboundMethod u) {
            return rebindUnbound(rt, u, o, type);
        }
        if (cls instanceof Descriptor d) {
            return d.get(o, type);
        }
        if (cls instanceof PyMethodDescriptor m) {
            return m.bind(o, rt.lang);
        }
        return cls;
    }

    /**
     * {@code name} as CPython's special lookup finds it (_PyObject_LookupSpecial, for with, round()...): on o's class
     * only, bound to o; an attribute of the instance plays no part. Null when the class has none.
     */
    static PyObject special(Runtime rt, PyObject o, String name) {
        PyType type = rt.types.of(o);
        PyObject cls = type.lookup(name);
        return cls == null ? null : boundToInstance(rt, cls, o, type);
    }

    /** object.__getattribute__: descriptors, the instance dict and the class, without the class's hooks. */
    static PyObject generic(Runtime rt, PyObject o, String name) {
        if (o instanceof org.pyvm.core.objects.PyBuiltinFunction f && rt.lang.has(LanguageFeature.STR_IS_BYTES)
                && (name.equals("__name__") || name.equals("__qualname__"))) {
            return name.equals("__name__") ? rt.name(f.name()) : null; // 2.7: a byte string, and no __qualname__
        }
        if (o instanceof CustomAttributes c) {
            PyObject v = c.attribute(name, rt.lang);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyModule m) {
            return moduleAttribute(rt, m, name);
        }
        if (o instanceof PyType t) {
            return classAttribute(rt, t, name);
        }
        PyType type = rt.types.of(o);
        if (name.equals("__doc__")) {
            rt.builtinDocs(); // (1).__doc__ is found in int's dict, not object's, once the builtins' docstrings are there
        }
        PyObject cls = type.lookup(name);
        // a 2.7 classic instance knows no data descriptors: its own dict comes first, a property only reads
        boolean dataFirst = !type.classic;
        if (dataFirst && cls instanceof Ops.DataDescriptor d) {
            return d.get(o, type);
        }
        PyType userDescriptor = cls instanceof PyInstance di && !di.type().builtin ? di.type() : null;
        if (dataFirst && userDescriptor != null && isDataDescriptor(userDescriptor) && userDescriptor.lookup("__get__") != null) {
            return Ops.call(rt, userDescriptor.lookup("__get__"), cls, o, type);
        }
        if (o instanceof UserSubclass u) {
            PyObject own = u.attributes().get(name);
            if (own != null) {
                return own;
            }
            if (name.equals("__dict__") && slotsOnly(rt, u.type()) == null) {
                return u.exposeDict(rt.lang); // live: writes through it are attributes (none with __slots__ only)
            }
        }
        if (o instanceof PyInstance inst) {
            PyObject own = inst.dict.get(name);
            if (own != null) {
                return own;
            }
            if (name.equals("__class__")) {
                return type;
            }
            if (name.equals("__dict__") && type != rt.types.object
                    && !(inst.type().dict.containsKey("__slots__") && slotsOnly(rt, inst.type()) != null)) {
                return inst.exposeDict(rt.lang); // live: writes through it are attributes
            }
        }
        if (name.equals("__doc__") && (o instanceof PyMethodDescriptor || o instanceof org.pyvm.core.objects.PyBuiltinFunction)) {
            return BuiltinDocs.of(rt, o); // the function's own docstring, not object's found along its type's MRO
        }
        if (cls != null) {
            return boundToInstance(rt, cls, o, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__doc__") && o == PyNone.NONE) {
            return PyNone.NONE; // NoneType has no docstring
        }
        if (name.equals("__get__") && o instanceof Descriptor d) {
            // functions, classmethod, staticmethod, property: descriptors written in Java answer __get__(obj, type=None)
            return org.pyvm.core.objects.PyBuiltinFunction.method("__get__", o, type.name(rt.lang), (a, kw) -> {
                if (a.length < 1 || a.length > 2) {
                    throw PyError.raise("TypeError", "expected 1 or 2 arguments, got " + a.length);
                }
                PyObject obj = a[0] == PyNone.NONE ? null : a[0];
                PyObject owner = a.length > 1 && a[1] != PyNone.NONE ? a[1] : obj == null ? null : rt.types.of(obj);
                if (obj == null && owner == null) {
                    throw PyError.raise("TypeError", "__get__(None, None) is invalid");
                }
                return d.get(obj, owner instanceof PyType t ? t : rt.types.of(obj));
            });
        }
        if (name.equals("__set__") && o instanceof Ops.DataDescriptor d) {
            return org.pyvm.core.objects.PyBuiltinFunction.method("__set__", o, type.name(rt.lang), (a, kw) -> {
                d.set(a[0], a[1]);
                return PyNone.NONE;
            });
        }
        if (name.equals("__call__") && o instanceof PyCallable c) {
            // functions, builtins and bound methods are called from Java; __call__ is that call (copy_reg checks for it)
            return org.pyvm.core.objects.PyBuiltinFunction.method("__call__", o, type.name(rt.lang), c::call);
        }
        return BuiltinData.get(rt, o, name);
    }

    /**
     * 2.7's instancemethod_descr_get for an unbound method found on {@code type}: it binds again (to {@code obj},
     * or unbound to {@code type} when fetched from the class) when {@code type} is a subclass of the method's
     * class as issubclass says, so a registered virtual subclass of an ABC counts ({@code OrderedDict}'s
     * {@code update = MutableMapping.update}); otherwise the method is returned unchanged.
     */
    private static PyObject rebindUnbound(Runtime rt, org.pyvm.core.objects.PyUnboundMethod u, PyObject obj, PyType type) {
        PyType owner = u.owner();
        boolean sub = type.isSubtypeOf(owner);
        if (!sub) {
            PyObject hook = subclassCheck(owner);
            sub = hook != null && Ops.truth(rt, Ops.call(rt, hook, owner, type));
        }
        return sub ? u.rebind(obj, type) : u;
    }

    /** The __subclasscheck__ of a class's metaclass when a program defines it (abc.ABCMeta's); else null. */
    private static PyObject subclassCheck(PyType cls) {
        PyType meta = cls.metatype();
        if (meta == null || meta.builtin) {
            return null;
        }
        for (PyType m : meta.mro()) {
            if (m.builtin) {
                return null;
            }
            PyObject v = m.dict.get("__subclasscheck__");
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A class whose instances, as class attributes, control assignment or deletion too. */
    private static boolean isDataDescriptor(PyType descriptorType) {
        return descriptorType.lookup("__set__") != null || descriptorType.lookup("__delete__") != null;
    }

    private static PyObject moduleAttribute(Runtime rt, PyModule m, String name) {
        if (m.name.equals("__main__")) {
            // the main module's names may alone hold a generator (interp/Ownership): read from outside, it may be kept
            org.pyvm.core.objects.OwnedByName.exposed(m.dict);
        }
        PyObject v = m.dict.get(PyStr.of(name));
        if (v == null && name.equals("__name__")) {
            return rt.name(m.name);
        }
        if (v == null && name.equals("__dict__")) {
            return m.dict;
        }
        if (v == null && rt.lang.major() == 3 && rt.lang.minor() >= 7) {
            PyObject hook = m.dict.get(PyStr.of("__getattr__")); // PEP 562: a module's own __getattr__(name)
            if (hook != null) {
                return Ops.call(rt, hook, rt.name(name));
            }
        }
        return v;
    }

    /** {@code C.name}: the class's attribute through its MRO; descriptors see no instance. */
    private static PyObject classAttribute(Runtime rt, PyType t, String name) {
        if (name.equals("__dict__")) {
            return typeAttribute(rt, t, name); // type's own data descriptor, before the instances' __dict__ in the class
        }
        PyObject metaEntry = metaclassEntry(t, name);
        if (isDataDescriptorObject(metaEntry)) {
            return boundToClass(rt, t, metaEntry); // type_getattro: the metaclass's data descriptor before the class's dict
        }
        if (name.equals("__doc__") && !t.classic) {
            return classDoc(rt, t);
        }
        PyObject v = t.lookup(name);
        if (v != null && rt.lang.has(LanguageFeature.UNBOUND_METHODS) && rt.types.of(v) == rt.types.function) {
            return new org.pyvm.core.objects.PyUnboundMethod(v, t, rt.lang);
        }
        if (v instanceof org.pyvm.core.objects.PyUnboundMethod u) {
            return rebindUnbound(rt, u, null, t);
        }
        if (v instanceof Descriptor d && !(v instanceof PyCallable)) {
            return d.get(null, t);
        }
        if (v instanceof PyInstance di && !di.type().builtin && di.type().lookup("__get__") != null) {
            return Ops.call(rt, di.type().lookup("__get__"), v, PyNone.NONE, t);
        }
        if (v != null) {
            return v;
        }
        PyObject meta = metaclassAttribute(rt, t, name);
        PyObject v2 = meta != null ? meta : typeAttribute(rt, t, name);
        return v2 != null ? v2 : builtinDataDescriptor(rt, t, name);
    }

    /**
     * {@code int.real}, {@code slice.start}...: a builtin's data attribute that pyvm answers from the value itself,
     * shown through the class (or a subclass) as CPython's getset or member descriptor of the builtin; null if none.
     */
    private static PyObject builtinDataDescriptor(Runtime rt, PyType t, String name) {
        for (PyType b : t.mro()) {
            if (b.builtin && BuiltinData.names(rt, b).contains(name) && (b == rt.types.int_ || b == rt.types.long_
                    || b == rt.types.bool || b == rt.types.float_ || b == rt.types.complex || b == rt.types.slice || b == rt.types.range)) {
                PyType owner = b == rt.types.bool ? rt.types.int_ : b;
                boolean member = owner == rt.types.complex || owner == rt.types.slice || owner == rt.types.range;
                return new org.pyvm.core.objects.PyAttributeDescriptor(name, owner.name(rt.lang), member);
            }
        }
        return null;
    }

    /**
     * A class's special method from its metaclass ({@code Color['RED']}, {@code len(Color)}, {@code iter(Color)}
     * for an enum): null unless {@code o} is a class whose metaclass (a program's) defines it.
     */
    static PyObject metaclassMethod(Runtime rt, PyObject o, String name) {
        return o instanceof PyType t && t.metatype() != null && !t.metatype().builtin ? metaclassAttribute(rt, t, name) : null;
    }

    /**
     * {@code C.name} found on C's metaclass (a program's subclass of type), bound to the class as CPython's
     * type_getattro binds it: {@code ABC.register}, a metaclass's own methods and properties.
     */
    private static PyObject metaclassAttribute(Runtime rt, PyType t, String name) {
        PyObject v = metaclassEntry(t, name);
        return v == null ? null : boundToClass(rt, t, v);
    }

    /** An entry of {@code t}'s metaclass as {@code t.name} shows it: a function bound to the class, a descriptor asked. */
    private static PyObject boundToClass(Runtime rt, PyType t, PyObject v) {
        if (rt.types.of(v) == rt.types.function) {
            return new org.pyvm.core.objects.PyBoundMethod(v, t);
        }
        if (v instanceof Descriptor d) {
            return d.get(t, t.metatype());
        }
        if (v instanceof PyMethodDescriptor md) {
            return md.bind(t, rt.lang);
        }
        if (v instanceof PyInstance di && !di.type().builtin && di.type().lookup("__get__") != null) {
            return Ops.call(rt, di.type().lookup("__get__"), v, t, t.metatype());
        }
        return v;
    }

    /**
     * {@code name} in the dict of the first class along the MRO of {@code t}'s metaclass that has it, when that is a
     * program's class (type's own attributes are typeAttribute's); null otherwise, and for a class whose metaclass is type.
     */
    private static PyObject metaclassEntry(PyType t, String name) {
        PyType meta = t.metatype();
        if (meta == null || meta.builtin) {
            return null;
        }
        for (PyType m : meta.mro()) {
            if (m.builtin) {
                return null;
            }
            PyObject v = m.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * type's {@code __doc__} getset: the class's own docstring, never a base's (so int.__doc__ is not object's);
     * a descriptor there (a property named __doc__) is asked with no instance. The builtins' classes get theirs
     * in their dicts when the first docstring is asked for ({@link BuiltinDocs#load}); other builtin types have none.
     */
    private static PyObject classDoc(Runtime rt, PyType t) {
        if (t.builtin) {
            rt.builtinDocs();
        }
        PyObject doc = t.dict.get("__doc__");
        if (doc == null) {
            return PyNone.NONE;
        }
        if (doc instanceof Descriptor d && !(doc instanceof PyCallable)) {
            return d.get(null, t);
        }
        if (doc instanceof PyInstance di && !di.type().builtin && di.type().lookup("__get__") != null) {
            return Ops.call(rt, di.type().lookup("__get__"), doc, PyNone.NONE, t);
        }
        return doc;
    }

    private static PyObject typeAttribute(Runtime rt, PyType t, String name) {
        switch (name) {
            case "__name__":
                return rt.name(t.name(rt.lang));
            case "__qualname__":
                return rt.lang.has(LanguageFeature.STR_IS_BYTES) ? null : PyStr.of(t.qualname(rt.lang)); // 3.3+
            case "__module__":
                // a builtin type's module: 2.7 calls it __builtin__
                return Strings.text(rt, t.builtin && t.moduleName().equals("builtins") && rt.lang.has(LanguageFeature.STR_IS_BYTES)
                        ? "__builtin__" : t.moduleName());
            case "__doc__":
                return PyNone.NONE;
            case "__dict__":
                // a read-only proxy, live on the class's namespace (3.x mappingproxy, 2.7 dictproxy); a classic class's is a dict
                return t.classic ? Containers.dictOf(rt, t.dict) : MappingProxy.ofClass(rt, t);
            case "__mro__":
                if (t.classic) {
                    return null; // classic classes have no __mro__
                }
                return PyTuple.of(t.mro());
            case "__bases__":
                return PyTuple.of(t.bases());
            case "__base__":
                return t.classic ? null : t == rt.types.object ? PyNone.NONE : bestBase(rt, t);
            case "__flags__":
                return t.classic ? null : org.pyvm.core.objects.PyInt.of(TypeFlags.of(rt, t));
            case "__class__":
                return t.classic ? rt.types.type : rt.types.of(t); // a class's metaclass (type unless it names another)
            case "mro":
            case "__subclasses__":
                // type's own method descriptors (BuiltinMethods) on type itself; on a class, bound to it
                return t.classic || t == rt.types.type ? null : org.pyvm.core.objects.PyBuiltinFunction.method(name, t, "type",
                        (a, kw) -> BuiltinMethods.typeMethod(rt, name, t, a, t.name(rt.lang)));
            case "__call__":
                return t.classic ? null : org.pyvm.core.objects.PyBuiltinFunction.method("__call__", t, "type", t::call);
            default:
                return null;
        }
    }

    /**
     * {@code cls.__base__}: the base whose instance layout the class extends (typeobject.c's best_base): the first
     * base whose solid base is the most derived (a builtin, or a class adding slots); object's subclasses' first.
     */
    private static PyObject bestBase(Runtime rt, PyType t) {
        PyType winner = null;
        PyType winnerSolid = null;
        for (PyType b : t.bases()) {
            PyType solid = solidBase(rt, b);
            if (winner == null || solid != winnerSolid && solid.isSubtypeOf(winnerSolid)) {
                winner = b;
                winnerSolid = solid;
            }
        }
        return winner == null ? rt.types.object : winner;
    }

    /**
     * {@code C.__bases__ = value}, with type_set_bases' checks in its order: a non-empty tuple of classes, no
     * inheritance cycle, and a new best base whose instances are laid out as the old one's (compatible_for_assignment:
     * a builtin type and a program's class never are; 2.7's classic classes skip that).
     */
    private static void setBases(Runtime rt, PyType t, PyObject value) {
        String who = t.name(rt.lang) + ".__bases__";
        if (!(value instanceof org.pyvm.core.objects.PyTuple tuple)) {
            throw PyError.raise("TypeError", "can only assign tuple to " + who + ", not " + Ops.typeName(rt, value));
        }
        if (tuple.size() == 0) {
            throw PyError.raise("TypeError", "can only assign non-empty tuple to " + who + ", not ()");
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.items()[i] instanceof PyType b)) {
                throw PyError.raise("TypeError", who + " must be tuple of " + (rt.lang.has(LanguageFeature.STR_IS_BYTES)
                        ? "old- or new-style classes" : "classes") + ", not '" + Ops.typeName(rt, tuple.items()[i]) + "'");
            }
            if (b.isSubtypeOf(t)) {
                throw PyError.raise("TypeError", "a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        if (!t.classic) {
            PyObject oldBest = bestBase(rt, t);
            PyType oldBase = oldBest instanceof PyType o ? o : rt.types.object;
            PyType newBase = null;
            PyType newSolid = null;
            for (PyType b : bases) {
                PyType solid = solidBase(rt, b);
                if (newBase == null || solid != newSolid && solid.isSubtypeOf(newSolid)) {
                    newBase = b;
                    newSolid = solid;
                }
            }
            // tp_free: a program's classes share subtype_dealloc, each builtin type has its own
            boolean sameFree = oldBase.builtin == newBase.builtin && (!oldBase.builtin || oldBase == newBase);
            if (!sameFree) {
                throw PyError.raise("TypeError", "__bases__ assignment: '" + newBase.name(rt.lang) + "' deallocator differs from '"
                        + oldBase.name(rt.lang) + "'");
            }
            if (solidBase(rt, oldBase) != solidBase(rt, newBase)) {
                throw PyError.raise("TypeError", "__bases__ assignment: '" + newBase.name(rt.lang) + "' object layout differs from '"
                        + oldBase.name(rt.lang) + "'");
            }
        }
        t.setBases(bases);
    }

    /**
     * type_new's best_base: the bases of a new class must lay their instances out along one line, each base's solid
     * base a subclass of the others' (int and str, or two classes with their own __slots__, cannot be mixed). The
     * builtin exceptions are left out: pyvm does not know which of them add fields to their instances.
     */
    static void checkLayouts(Runtime rt, PyType[] bases) {
        PyType winner = null;
        PyType baseException = rt.types.baseException;
        for (PyType b : bases) {
            if (b.classic) {
                continue;
            }
            PyType candidate = solidBase(rt, b);
            if (candidate.builtin && baseException != null && candidate.isSubtypeOf(baseException)) {
                continue;
            }
            if (winner == null || candidate.isSubtypeOf(winner)) {
                winner = candidate;
            } else if (!winner.isSubtypeOf(candidate)) {
                throw PyError.raise("TypeError", "multiple bases have instance lay-out conflict");
            }
        }
    }

    /** The most derived class in {@code t}'s ancestry that changes the instance layout. */
    private static PyType solidBase(Runtime rt, PyType t) {
        if (t.builtin || t.bases().length == 0) {
            return t;
        }
        PyObject slots = t.dict.get("__slots__");
        if (slots != null && Ops.truth(rt, slots)) {
            return t;
        }
        PyObject base = bestBase(rt, t);
        return base instanceof PyType b ? solidBase(rt, b) : rt.types.object;
    }

    static PyError missing(Runtime rt, PyObject o, String name) {
        if (o instanceof org.pyvm.core.objects.PyBoundMethod m) {
            return missing(rt, m.function, name); // method_getattro asks the function last: its error is the one raised
        }
        if (o instanceof org.pyvm.core.objects.PyUnboundMethod u) {
            return missing(rt, u.function, name); // 2.7's unbound method is an instancemethod too
        }
        PyError e = missingMessage(rt, o, name);
        if (rt.lang.has(LanguageFeature.NAME_SUGGESTIONS)) {
            e.withAttribute("name", PyStr.of(name)).withAttribute("obj", o); // what the traceback's suggestion reads
        }
        return e;
    }

    /**
     * A deletion's missing attribute: the same words, but 3.11 attaches no name nor obj (only lookups pass
     * through set_attribute_error_context), so its traceback suggests nothing.
     */
    private static PyError missingOnDelete(Runtime rt, PyObject o, String name) {
        return missingMessage(rt, o, name);
    }

    static PyError missingMessage(Runtime rt, PyObject o, String name) {
        if (o instanceof PyModule m && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            // 3.5+ names the module; 2.7 falls through to "'module' object has no attribute"
            return PyError.raise("AttributeError", "module '" + m.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyType t) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                return PyError.raise("AttributeError", (t.classic ? "class " + t.name(rt.lang) : "type object '" + t.name(rt.lang) + "'")
                        + " has no attribute '" + name + "'");
            }
            // tp_name: a C module's type names its module ('datetime.date')
            String tpName = t.messageName() != null ? t.messageName() : t.name(rt.lang);
            return PyError.raise("AttributeError", "type object '" + tpName + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyInstance i && i.type().classic) {
            return PyError.raise("AttributeError", i.type().name(rt.lang) + " instance has no attribute '" + name + "'");
        }
        // CPython names the type by its tp_name: a C module's type module-qualified ('collections.deque')
        return PyError.raise("AttributeError", "'" + Ops.typeName(rt, o) + "' object has no attribute '" + name + "'");
    }

    // ---------------------------------------------------------------- setting

    static void set(Runtime rt, PyObject o, String name, PyObject value) {
        if (o instanceof org.pyvm.core.objects.PyTraceback tb && name.equals("tb_next")
                && rt.lang.major() == 3 && rt.lang.minor() >= 7) {
            tb.setNext(value); // 3.7 made tb_next writable
            return;
        }
        if (o instanceof CustomAttributes c && c.setAttribute(name, value)) {
            return;
        }
        if (o instanceof PyInstance inst) {
            PyType type = inst.type();
            PyObject setter = type.setattrHook();
            if (setter instanceof PyCallable && !type.builtin && !BuiltinMethods.isGeneric(rt, setter)) {
                Ops.callCounted(rt, rt.methodCallLevels(), setter, new PyObject[] {o, rt.name(name), value}, null); // slot_tp_setattro
                return;
            }
            genericSet(rt, inst, name, value);
            return;
        }
        if (o instanceof UserSubclass u) {
            PyObject setter = u.type().lookup("__setattr__");
            if (setter instanceof PyCallable c && !BuiltinMethods.isGeneric(rt, setter)) {
                c.call(new PyObject[] {o, rt.name(name), value}, null);
                return;
            }
            PyObject cls = u.type().lookup(name);
            if (cls instanceof Ops.DataDescriptor d) {
                d.set(o, value);
            } else if (cls instanceof PyInstance di && !di.type().builtin && di.type().lookup("__set__") != null) {
                Ops.call(rt, di.type().lookup("__set__"), cls, o, value);
            } else if (name.equals("__class__")) {
                u.changeType(classAssigned(rt, u.type(), value));
            } else if (name.equals("__dict__") && slotsOnly(rt, u.type()) == null) {
                u.assignDict(newDict(rt, value), rt.lang);
            } else if (slotsOnly(rt, u.type()) != null) {
                // every class above the builtin has __slots__ (no __dict__): only the slots may be set
                throw PyError.raise("AttributeError", "'" + Ops.typeName(rt, o) + "' object " + (cls != null
                        ? "attribute '" + name + "' is read-only" : "has no attribute '" + name + "'"));
            } else {
                u.attributes().put(name, value);
            }
            return;
        }
        PyObject setHook = o instanceof PyType t ? metaclassHook(t, "__setattr__") : null;
        if (setHook != null) {
            Ops.call(rt, setHook, o, rt.name(name), value); // EnumMeta's: members cannot be reassigned
            return;
        }
        PyObject metaData = o instanceof PyType t ? metaclassEntry(t, name) : null;
        metaData = isDataDescriptorObject(metaData) ? metaData : null;
        if (metaData instanceof Ops.DataDescriptor d) {
            d.set(o, value); // a metaclass's property setter, not the class's dict
            return;
        }
        PyObject metaSet = metaData != null ? rt.types.of(metaData).lookup("__set__") : null;
        if (metaSet != null) {
            Ops.call(rt, metaSet, metaData, o, value);
            return;
        }
        setNonInstance(rt, o, name, value);
    }

    /** type.__setattr__ itself (what a metaclass's own __setattr__ reaches through super()). */
    static void setClassAttribute(Runtime rt, PyType t, String name, PyObject value) {
        setNonInstance(rt, t, name, value);
    }

    /**
     * Whether {@code v} (a metaclass's entry) is a data descriptor: a property, an object whose class has __set__ or
     * __delete__. type's own getattr and setattr (PyObject_GenericGetAttr/SetAttr on the class as an instance of its
     * metaclass) go through such an entry before the class's dict.
     */
    private static boolean isDataDescriptorObject(PyObject v) {
        return v instanceof Ops.DataDescriptor || v instanceof PyInstance di && !di.type().builtin && isDataDescriptor(di.type());
    }

    /** What {@code obj.__dict__ = value} may take: a dict (a subclass's instance too). */
    private static org.pyvm.core.objects.PyDict newDict(Runtime rt, PyObject value) {
        if (!(value instanceof org.pyvm.core.objects.PyDict d)) {
            throw PyError.raise("TypeError", "__dict__ must be set to a dictionary, not a '" + Ops.typeName(rt, value) + "'");
        }
        return d;
    }

    /** object.__setattr__: a data descriptor of the class, else the instance dict. */
    static void genericSet(Runtime rt, PyInstance inst, String name, PyObject value) {
        PyType type = inst.type();
        PyObject cls = type.classic ? null : type.lookup(name); // a classic instance stores every attribute itself
        if (cls instanceof Ops.DataDescriptor d) {
            d.set(inst, value);
            return;
        }
        if (cls instanceof PyInstance di && !di.type().builtin && di.type().lookup("__set__") != null) {
            Ops.call(rt, di.type().lookup("__set__"), cls, inst, value);
            return;
        }
        if (name.equals("__class__")) {
            inst.setType(classAssigned(rt, inst.type(), value));
            return;
        }
        if (inst instanceof org.pyvm.core.objects.PyBaseException e && name.equals("args")) {
            e.args = PyTuple.of(Ops.toList(rt, value).toArray(new PyObject[0]));
            return;
        }
        if (type == rt.types.object) {
            // object() itself has no instance dict
            throw PyError.raise("AttributeError", "'object' object has no attribute '" + name + "'");
        }
        java.util.Set<String> slots = slotsOnly(rt, type);
        if (name.equals("__dict__") && slots == null) {
            inst.assignDict(newDict(rt, value), rt.lang);
            return;
        }
        if (slots != null && !slots.contains(name)) {
            if (cls != null) {
                throw PyError.raise("AttributeError", "'" + Ops.typeName(rt, inst) + "' object attribute '" + name + "' is read-only");
            }
            throw PyError.raise("AttributeError", "'" + Ops.typeName(rt, inst) + "' object has no attribute '" + name + "'");
        }
        inst.dict.put(name, value);
    }

    /**
     * The attribute names instances of {@code type} may hold when every class of its own defines
     * {@code __slots__} without {@code __dict__}; null when instances have a dict.
     */
    static java.util.Set<String> slotsOnly(Runtime rt, PyType type) {
        if (!type.builtin && type.dict.get("__slots__") == null) {
            return null; // the usual class: its own instances have a dict (checked on every attribute store)
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        boolean any = false;
        for (PyType t : type.mro()) {
            if (t.builtin) {
                continue;
            }
            PyObject slots = t.dict.get("__slots__");
            if (slots == null || t.classic) {
                return null;
            }
            any = true;
            List<PyObject> items = slots instanceof PyStr || slots instanceof PyBytes ? List.of(slots) : Ops.toList(rt, slots);
            for (PyObject x : items) {
                String n = Slots.mangled(rt, t, Ops.str(rt, x));
                if (n.equals("__dict__")) {
                    return null;
                }
                names.add(n);
            }
        }
        return any ? names : null;
    }

    /**
     * object.__class__'s setter (object_set_class), in its order: no deletion, a class, the old and the new class
     * both a program's (a builtin lays its instances out itself), and the new one laying instances out as the old
     * one does (compatible_for_assignment). The class to set; {@code value} null is a deletion. 2.7's classic
     * instances take any class.
     */
    static PyType classAssigned(Runtime rt, PyType old, PyObject value) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (value == null) {
            throw PyError.raise("TypeError", old.classic ? "__class__ must be set to a class" : "can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw PyError.raise("TypeError", "__class__ must be set to " + (py2 ? "new-style class" : "a class") + ", not '"
                    + Ops.typeName(rt, value) + "' object");
        }
        if (old.classic) {
            return newType;
        }
        if (newType.builtin || old.builtin) {
            throw PyError.raise("TypeError", py2 ? "__class__ assignment: only for heap types"
                    : "__class__ assignment only supported for " + (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                    ? "mutable" : "heap") + " types or ModuleType subclasses");
        }
        if (rt.lang.major() == 2 || rt.lang.minor() < 8) {
            // before 3.8 a class whose instances hold no object references is not GC-tracked: its tp_free differs
            if (gcTracked(rt, old) != gcTracked(rt, newType)) {
                String o = old.name(rt.lang);
                String n = newType.name(rt.lang);
                throw PyError.raise("TypeError", "__class__ assignment: '" + (py2 ? o : n) + "' deallocator differs from '"
                        + (py2 ? n : o) + "'");
            }
        }
        if (!sameLayout(rt, old, newType)) {
            String o = old.name(rt.lang);
            String n = newType.name(rt.lang);
            throw PyError.raise("TypeError", "__class__ assignment: '" + (py2 ? o : n) + "' object layout differs from '"
                    + (py2 ? n : o) + "'");
        }
        return newType;
    }

    /**
     * Whether instances of a and b are laid out alike: both with a __dict__ or neither, and the same solid base, or
     * two solid bases adding the same slots to the same base (same_slots_added).
     */
    private static boolean sameLayout(Runtime rt, PyType a, PyType b) {
        if ((slotsOnly(rt, a) == null) != (slotsOnly(rt, b) == null)) {
            return false;
        }
        PyType sa = solidBase(rt, a);
        PyType sb = solidBase(rt, b);
        if (sa == sb) {
            return varSizedDictOwner(rt, a) == varSizedDictOwner(rt, b);
        }
        return !sa.builtin && !sb.builtin && bestBase(rt, sa) == bestBase(rt, sb) && slotNames(rt, sa).equals(slotNames(rt, sb));
    }

    /**
     * type_new before 3.8: GC-tracked when its base is, or when it adds a __dict__ or slots to its instances; 2.7
     * unless its instances are a bare object header (object's subclass adding nothing).
     */
    private static boolean gcTracked(Runtime rt, PyType t) {
        PyType solid = solidBase(rt, t);
        Types ty = rt.types;
        if (rt.lang.major() == 2) {
            return slotsOnly(rt, t) == null || solid != ty.object;
        }
        return slotsOnly(rt, t) == null || !solid.builtin || solid == ty.list || solid == ty.dict || solid == ty.set
                || solid == ty.frozenset || solid == ty.tuple;
    }

    /**
     * The class that gave the instances of t their __dict__, when they have one and the builtin they extend is
     * variable-sized (3.x int, tuple, bytes; 2.7 long, tuple, str): such a dict sits at a negative offset, so no
     * class extending that one lays its instances out as another's (same_slots_added fails); null otherwise.
     */
    private static PyType varSizedDictOwner(Runtime rt, PyType t) {
        PyType solid = solidBase(rt, t);
        Types ty = rt.types;
        boolean varSized = solid == ty.tuple || (rt.lang.major() == 2 ? solid == ty.long_ || solid == ty.bytes
                : solid == ty.int_ || solid == ty.bytes);
        if (!varSized || slotsOnly(rt, t) != null) {
            return null;
        }
        PyType owner = t;
        for (PyObject b = bestBase(rt, t); b instanceof PyType bt && !bt.builtin; b = bestBase(rt, bt)) {
            if (!bt.dict.containsKey("__slots__")) {
                owner = bt;
            }
        }
        return owner;
    }

    /** A class's own __slots__ names, sorted as type_new keeps them. */
    private static java.util.List<String> slotNames(Runtime rt, PyType t) {
        PyObject slots = t.dict.get("__slots__");
        java.util.List<String> names = new java.util.ArrayList<>();
        if (slots instanceof PyStr || slots instanceof PyBytes) {
            names.add(Ops.str(rt, slots));
        } else if (slots != null) {
            for (PyObject n : Ops.toList(rt, slots)) {
                names.add(Ops.str(rt, n));
            }
        }
        java.util.Collections.sort(names);
        return names;
    }

    private static void setNonInstance(Runtime rt, PyObject o, String name, PyObject value) {
        if (o instanceof PyType t && !t.builtin) {
            if (name.equals("__qualname__") && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                if (!(value instanceof PyStr q)) {
                    throw PyError.raise("TypeError", "can only assign string to " + t.name(rt.lang) + ".__qualname__, not '"
                            + Ops.typeName(rt, value) + "'");
                }
                t.setQualname(q.value());
                return;
            }
            if (name.equals("__bases__")) {
                setBases(rt, t, value);
                return;
            }
            if (name.equals("__name__")) {
                // the type's own name (type_set_name), not an entry of its dict; __qualname__ keeps the old one
                if (!(value instanceof PyStr || value instanceof PyBytes && rt.lang.has(LanguageFeature.STR_IS_BYTES))) {
                    throw PyError.raise("TypeError", "can only assign string to " + t.name(rt.lang) + ".__name__, not '"
                            + Ops.typeName(rt, value) + "'");
                }
                t.setQualname(t.qualname(rt.lang));
                t.setName(Ops.str(rt, value));
                return;
            }
            t.dict.put(name, value);
            return;
        }
        if (o instanceof PyModule m) {
            m.dict.put(rt.name(name), value); // the level's native str: in 2.7 a module's keys are bytes, not unicode
            return;
        }
        if (name.equals("__class__") && !(o instanceof PyType)) {
            classAssigned(rt, rt.types.of(o), value); // a builtin's value: refused
        }
        if (!(o instanceof PyType) && !(o instanceof PyModule) && rt.types.of(o).lookup(name) instanceof Ops.DataDescriptor d) {
            d.set(o, value); // a data descriptor of the value's type decides (property.fget: "readonly attribute")
            return;
        }
        if (!(o instanceof PyType) && BuiltinData.get(rt, o, name) != null) {
            throw readOnlyData(rt, o, name); // int.real, slice.start...: data of builtin values
        }
        if (getOrNull(rt, o, name) != null || o instanceof PyType) {
            String what = o instanceof PyType t ? "type object '" + t.name(rt.lang) + "'" : "'" + Ops.typeName(rt, o) + "' object";
            throw PyError.raise(o instanceof PyType ? "TypeError" : "AttributeError",
                    o instanceof PyType t ? immutableType(rt, t, name) : what + " attribute '" + name + "' is read-only");
        }
        throw PyError.raise("AttributeError", "'" + Ops.typeName(rt, o) + "' object has no attribute '" + name + "'");
    }

    // ---------------------------------------------------------------- deleting

    static void delete(Runtime rt, PyObject o, String name) {
        if (o instanceof PyInstance inst) {
            PyType type = inst.type();
            PyObject hook = type.lookup("__delattr__");
            if (!type.builtin && hook instanceof PyCallable c && hook != rt.types.object.dict.get("__delattr__")) {
                c.call(new PyObject[] {o, rt.name(name)}, null);
                return;
            }
            genericDelete(rt, inst, name);
            return;
        }
        if (o instanceof UserSubclass u) {
            PyObject hook = u.type().lookup("__delattr__");
            if (hook instanceof PyCallable c && hook != rt.types.object.dict.get("__delattr__")) {
                c.call(new PyObject[] {o, rt.name(name)}, null);
                return;
            }
            genericDelete(rt, u, name);
            return;
        }
        if (o instanceof CustomAttributes c && !(o instanceof PyType) && c.deleteAttribute(name)) {
            return;
        }
        PyObject deleteHook = o instanceof PyType t ? metaclassHook(t, "__delattr__") : null;
        if (deleteHook != null) {
            Ops.call(rt, deleteHook, o, rt.name(name));
            return;
        }
        deleteClassAttribute(rt, o, name);
    }

    /** type.__delattr__ itself, and what other objects' deletion comes to: the class's, the module's entry. */
    static void deleteClassAttribute(Runtime rt, PyObject o, String name) {
        if (o instanceof PyType t && !t.builtin && !t.classic && name.equals("__doc__") && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            // 2.7's type.__doc__ is a read-only member
            throw PyError.raise("AttributeError", "attribute '__doc__' of 'type' objects is not writable");
        }
        if (o instanceof PyType t && !t.builtin && !t.classic && isTypeGetset(rt, name)) {
            // type's own getsets, whose setters refuse a deletion (check_set_special_type_attr), dict entry or not
            throw PyError.raise("TypeError", rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                    ? "cannot delete '" + name + "' attribute of immutable type '" + t.name(rt.lang) + "'"
                    : "can't delete " + t.name(rt.lang) + "." + name);
        }
        if (o instanceof PyType t && !t.builtin && t.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyModule m && m.dict.remove(rt.name(name))) {
            return;
        }
        if (o instanceof PyType t && t.builtin) {
            throw PyError.raise("TypeError", immutableType(rt, t, name));
        }
        if (!(o instanceof PyType) && rt.types.of(o).lookup(name) instanceof Ops.DataDescriptor d) {
            d.delete(o); // a builtin object's getset (its deleter, or the refusal in its words)
            return;
        }
        if (name.equals("__class__") && !(o instanceof PyType) && !(o instanceof PyModule)) {
            classAssigned(rt, rt.types.of(o), null);
        }
        if (o instanceof PyType t && !t.classic) {
            // type's generic delete: 3.10+ names the class, before it the bare name is the message
            throw PyError.raise("AttributeError", rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                    ? "type object '" + t.name(rt.lang) + "' has no attribute '" + name + "'" : name);
        }
        if (o instanceof PyModule) {
            // the generic delete's missing key in the module's dict: the bare name before 3.11
            throw PyError.raise("AttributeError", rt.lang.has(LanguageFeature.DESCRIPTOR_ERRORS_NAME_OWNER)
                    ? "'module' object has no attribute '" + name + "'" : name);
        }
        if (!(o instanceof PyType) && BuiltinData.get(rt, o, name) != null) {
            throw readOnlyData(rt, o, name); // int.real, slice.start...: data of builtin values, as setting them says
        }
        if (!(o instanceof PyType) && !(o instanceof CustomAttributes) && rt.types.of(o).lookup(name) != null) {
            // an object without a dict whose class has the name (a method): the generic delete's refusal
            throw PyError.raise("AttributeError", "'" + Ops.typeName(rt, o) + "' object attribute '" + name + "' is read-only");
        }
        throw missingOnDelete(rt, o, name);
    }

    /** The attributes of a class that type's getsets hold: __name__, __bases__, __module__, and 3.x's __qualname__, __doc__. */
    private static boolean isTypeGetset(Runtime rt, String name) {
        boolean py3 = !rt.lang.has(LanguageFeature.STR_IS_BYTES);
        return name.equals("__name__") || name.equals("__bases__") || name.equals("__module__")
                || py3 && (name.equals("__qualname__") || name.equals("__doc__"));
    }

    /**
     * Setting or deleting a builtin value's data: complex's, slice's and range's are read-only members ("readonly
     * attribute", a TypeError in 2.7), int's and float's getsets without a setter.
     */
    private static PyError readOnlyData(Runtime rt, PyObject o, String name) {
        if (o instanceof org.pyvm.core.objects.PyComplex || o instanceof org.pyvm.core.objects.PySlice || o instanceof org.pyvm.core.objects.PyRange) {
            return PyError.raise(rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "TypeError" : "AttributeError", "readonly attribute");
        }
        return PyError.raise("AttributeError", "attribute '" + name + "' of '" + Ops.typeName(rt, o) + "' objects is not writable");
    }

    /** Setting or deleting an attribute of a builtin type, refused in each version's words. */
    private static String immutableType(Runtime rt, PyType t, String name) {
        return rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "cannot set '" + name + "' attribute of immutable type '"
                + t.name(rt.lang) + "'" : "can't set attributes of built-in/extension type '" + t.name(rt.lang) + "'";
    }

    /** object.__delattr__ on a builtin's subclass: a data descriptor of its class (a property, a slot), else its own attributes. */
    static void genericDelete(Runtime rt, UserSubclass u, String name) {
        PyObject o = (PyObject) u;
        PyObject cls = u.type().lookup(name);
        if (cls instanceof Ops.DataDescriptor d) {
            d.delete(o);
            return;
        }
        if (cls instanceof PyInstance di && !di.type().builtin && isDataDescriptor(di.type())) {
            PyObject deleter = di.type().lookup("__delete__");
            if (deleter == null) {
                throw PyError.raise("AttributeError", "__delete__");
            }
            Ops.call(rt, deleter, cls, o);
            return;
        }
        if (name.equals("__class__")) {
            classAssigned(rt, u.type(), null);
        }
        if (u.attributes().remove(name) != null) {
            return;
        }
        throw missingOnDelete(rt, o, name);
    }

    /** object.__delattr__: a data descriptor's deleter, else the instance dict. */
    static void genericDelete(Runtime rt, PyInstance inst, String name) {
        PyObject cls = inst.type().classic ? null : inst.type().lookup(name); // classic: only its own dict
        if (cls instanceof Ops.DataDescriptor d) {
            d.delete(inst);
            return;
        }
        if (cls instanceof PyInstance di && !di.type().builtin && isDataDescriptor(di.type())) {
            PyObject deleter = di.type().lookup("__delete__");
            if (deleter == null) {
                throw PyError.raise("AttributeError", "__delete__");
            }
            Ops.call(rt, deleter, cls, inst);
            return;
        }
        if (name.equals("__class__") && !inst.type().classic) {
            classAssigned(rt, inst.type(), null);
        }
        if (rt.lang.has(LanguageFeature.DICT_HASH_ORDER) && inst.dict instanceof org.pyvm.core.objects.AttributeMap m && m.containsKey(name)) {
            // 2.7: the order of its dict is its hash table's, which a deletion shapes (a dummy slot, the fill that makes
            // it grow): from the first one on, the attributes live in the dict object itself, its keys inserted so far
            // in their order, so that __dict__ and vars() list them as CPython's would
            inst.exposeDict(rt.lang);
        }
        if (inst.dict.remove(name) != null) {
            return;
        }
        boolean hasDict = !inst.type().builtin && slotsOnly(rt, inst.type()) == null;
        // the dict's missing key is the bare name: on 3.x before 3.11 always, on 2.7 once the instance's dict was made
        // (an attribute set, even if deleted since, or __dict__ asked for); a 2.7 instance with no dict yet, and 3.11,
        // name the object
        boolean dictMade = !rt.lang.has(LanguageFeature.STR_IS_BYTES)
                || !(inst.dict instanceof org.pyvm.core.objects.AttributeMap m) || m.everHeld();
        if (!rt.lang.has(LanguageFeature.DESCRIPTOR_ERRORS_NAME_OWNER) && !inst.type().classic && hasDict && dictMade) {
            throw PyError.raise("AttributeError", name);
        }
        throw missingOnDelete(rt, inst, name);
    }
}
