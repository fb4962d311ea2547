package org.pyvm.core.interp;

import java.util.List;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.PyBoundMethod;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * Builtins that need the interpreter: globals(), locals(), vars(), super(), the descriptors
 * staticmethod/classmethod/property, making instances of classes, and generator methods.
 */
final class FrameBuiltins {
    private FrameBuiltins() {
    }

    static void install(Interpreter in) {
        Runtime rt = in.rt;
        def(rt, "globals", (a, kw) -> {
            org.pyvm.core.objects.OwnedByName.exposed(in.current.globals); // the program may keep what it reads there
            return in.current.globals;
        });
        def(rt, "locals", (a, kw) -> locals(in, in.current));
        def(rt, "vars", (a, kw) -> {
            if (a.length == 0) {
                return locals(in, in.current);
            }
            PyObject d = Ops.getattrOrNull(rt, a[0], "__dict__");
            if (d == null) {
                throw PyError.raise("TypeError", "vars() argument must have __dict__ attribute");
            }
            return d;
        });
        // staticmethod, classmethod and property are types: isinstance() and subclasses (abc's) need them so
        kind(rt, "staticmethod", (a, kw) -> new Classes.StaticMethod(one(rt, "staticmethod", a, kw), rt.lang));
        kind(rt, "classmethod", (a, kw) -> new Classes.ClassMethod(one(rt, "classmethod", a, kw), rt.lang));
        if (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            // 3.10+: a staticmethod object is callable itself, as the function it wraps
            PyType staticType = rt.types.kind("staticmethod");
            staticType.dict.put("__call__", new PyMethodDescriptor("__call__", staticType,
                    (self, args, kw) -> Ops.call(rt, ((Classes.StaticMethod) self).function, args, kw)));
        }
        PyType property = rt.types.kind("property");
        property.withConstructor((type, a, kw) -> type == property ? Property.make(rt, a, kw) : Property.makeSub(in, type, a, kw));
        rt.builtins.put(rt.name("property"), property);
        Property.describe(rt, property);
        Property.describeSlots(rt, property);
        // super is a type (isinstance(x, super) works); calling it makes the proxy
        PyType superType = rt.types.kind("super");
        superType.withConstructor((t, a, kw) -> superOf(in, superType, a));
        rt.builtins.put(rt.name("super"), superType);
        PyObject objectDir = rt.builtins.get(rt.name("dir"));
        def(rt, "dir", (a, kw) -> {
            // dir() lists the caller's names: that needs the frame
            if (a.length == 0) {
                PyDict d = locals(in, in.current);
                List<PyObject> keys = new java.util.ArrayList<>(d.keys());
                org.pyvm.core.objects.PyList list = org.pyvm.core.objects.PyList.of(keys);
                Ops.callMethod(rt, list, "sort");
                return list;
            }
            return ((org.pyvm.core.objects.PyCallable) objectDir).call(a, kw);
        });
        Executing.install(in);
        for (PyType t : new PyType[] {rt.types.function, rt.types.builtinFunction, rt.types.method, rt.types.methodDescriptor,
            rt.types.wrapperDescriptor, rt.types.methodWrapper}) {
            // their tp_call as a slot wrapper: collections.abc.Callable finds __call__ in the type's dict
            t.dict.putIfAbsent("__call__", new PyMethodDescriptor("__call__", t, (self, args, kw) -> Ops.call(rt, self, args, kw)));
        }
        if (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            // 3.8+'s cell_new: types.CellType(contents), empty without one; before, cells could not be made
            rt.types.cell.withConstructor((type, args, kwnames) -> newCell(rt, args, kwnames));
        }
        rt.types.code.withConstructor((type, args, kwnames) -> CodeConstructor.make(in, args, kwnames));
        rt.types.function.withConstructor((type, args, kwnames) -> Functions.construct(in, args, kwnames));
        functionAttributes(rt);
        rt.types.object.withConstructor((type, args, kwnames) -> Classes.construct(in, type, args, kwnames));
        for (PyType t : rt.types.exceptions.values()) {
            if (t.constructor() == null || t == rt.types.baseException) {
                t.withConstructor((type, args, kwnames) -> Classes.construct(in, type, args, kwnames));
            }
        }
        org.pyvm.core.runtime.ExceptionAttributes.installKeywordConstructors(rt);
        Classes.installCreationHooks(in);
        installGeneratorMethods(in, rt.types.generator);
        installGeneratorMethods(in, rt.types.coroutine);
        if (!rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            AsyncGenerators.install(in);
            if (rt.lang.minor() >= 7) {
                def(rt, "breakpoint", (a, kw) -> breakpoint(rt, a, kw));
            }
        }
    }

    /**
     * The function type's getset and member descriptors as its class shows them (types.py takes
     * GetSetDescriptorType and MemberDescriptorType from them); __name__, __doc__ and __module__ stay the type's own.
     */
    private static void functionAttributes(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        java.util.Map<String, PyObject> d = rt.types.function.dict;
        for (String n : py2 ? new String[] {"__code__", "__defaults__", "func_code", "func_defaults", "func_dict", "func_name"}
                : new String[] {"__code__", "__defaults__", "__kwdefaults__", "__annotations__"}) {
            d.putIfAbsent(n, new org.pyvm.core.objects.PyAttributeDescriptor(n, "function", false));
        }
        for (String n : py2 ? new String[] {"__closure__", "__globals__", "func_closure", "func_doc", "func_globals"}
                : new String[] {"__closure__", "__globals__"}) {
            d.putIfAbsent(n, new org.pyvm.core.objects.PyAttributeDescriptor(n, "function", true));
        }
    }

    /** breakpoint(*args, **kws) (3.7+, PEP 553): whatever sys.breakpointhook is now, called with the same arguments. */
    private static PyObject breakpoint(Runtime rt, PyObject[] a, String[] kw) {
        PyObject sys = rt.modules.get(rt.name("sys"));
        PyObject hook = sys == null ? null : Ops.getattrOrNull(rt, sys, "breakpointhook");
        if (hook == null) {
            throw PyError.raise("RuntimeError", "lost sys.breakpointhook");
        }
        return Ops.call(rt, hook, a, kw);
    }

    /** send/throw/close (and __iter__ and next for generators, not coroutines) on generator and coroutine objects. */
    private static void installGeneratorMethods(Interpreter in, PyType gen) {
        Runtime rt = in.rt;
        boolean iterator = gen != rt.types.coroutine;
        if (iterator) {
            gen.dict.put("__iter__", new PyMethodDescriptor("__iter__", gen, (self, a, kw) -> self)); // iter(g) is g
        }
        gen.dict.put("send", new PyMethodDescriptor("send", gen, (self, a, kw) -> {
            boolean wasFinished = ((PyGenerator) self).finished; // an exhausted one raises a bare StopIteration
            PyObject r = ((PyGenerator) self).send(a[0]);
            if (r == null) {
                throw stopIteration(wasFinished ? PyNone.NONE : ((PyGenerator) self).returnValue);
            }
            return r;
        }));
        if (iterator) {
            gen.dict.put(rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "next" : "__next__", new PyMethodDescriptor("next", gen, (self, a, kw) -> {
                PyObject r = ((PyGenerator) self).nextExplicit();
                if (r == null) {
                    throw stopIteration(PyNone.NONE);
                }
                return r;
            }));
        }
        gen.dict.put("throw", new PyMethodDescriptor("throw", gen, (self, a, kw) -> {
            PyObject r = ((PyGenerator) self).throwIn(thrown(in, a), a);
            if (r == null) {
                throw stopIteration(((PyGenerator) self).returnValue);
            }
            return r;
        }));
        gen.dict.put("close", new PyMethodDescriptor("close", gen, (self, a, kw) -> {
            ((PyGenerator) self).close();
            return PyNone.NONE;
        }));
    }

    /**
     * {@code gen.throw(type[, value[, tb]])} normalised as CPython does: a value that already is an instance of
     * the type is thrown itself, None makes {@code type()}, a tuple {@code type(*value)}, anything else
     * {@code type(value)}; an instance thrown takes no separate value; a traceback given is kept.
     */
    private static boolean isClassic(PyObject o) {
        return o instanceof PyType t && t.classic
                || o instanceof org.pyvm.core.objects.PyInstance i && !(o instanceof org.pyvm.core.objects.PyBaseException) && i.type().classic;
    }

    static PyError thrown(Interpreter in, PyObject[] a) {
        Runtime rt = in.rt;
        PyObject type = a[0];
        PyObject value = a.length > 1 ? a[1] : PyNone.NONE;
        PyObject tb = a.length > 2 ? a[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof org.pyvm.core.objects.PyTraceback)) {
            throw PyError.raise("TypeError", "throw() third argument must be a traceback object");
        }
        org.pyvm.core.objects.PyBaseException exc;
        if (type instanceof PyType t && t.isSubtypeOf(rt.types.baseException)) {
            if (value instanceof org.pyvm.core.objects.PyBaseException v && v.type().isSubtypeOf(t)) {
                exc = v;
            } else if (value == PyNone.NONE) {
                exc = in.instantiate(t);
            } else if (value instanceof org.pyvm.core.objects.PyTuple args) {
                exc = in.instantiate(Ops.call(rt, t, args.items(), null));
            } else {
                exc = in.instantiate(Ops.call(rt, t, value));
            }
        } else if (type instanceof org.pyvm.core.objects.PyBaseException instance) {
            if (value != PyNone.NONE) {
                throw PyError.raise("TypeError", "instance exception may not have a separate value");
            }
            exc = instance;
        } else if (isClassic(type)) {
            exc = in.instantiate(type); // 2.7: a classic class or instance is thrown as its raise would be
        } else {
            throw PyError.raise("TypeError", (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                    ? "exceptions must be classes, or instances, not " : "exceptions must be classes or instances deriving from BaseException, not ")
                    + Ops.typeName(rt, type)); // _gen_throw's own words, not the raise statement's
        }
        if (type == exc && tb == PyNone.NONE && rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_CHAINING)) {
            // _gen_throw of an instance alone: its __traceback__ goes on, the frames it passes now added to it (an
            // exception asyncio hands back from an awaited task keeps the frame that raised it)
            return PyError.continuing(exc);
        }
        PyError e = PyError.of(exc);
        if (tb instanceof org.pyvm.core.objects.PyTraceback t) {
            e.traceback().addAll(t.chain());
        }
        return e;
    }

    private static PyError stopIteration(PyObject value) {
        return value == PyNone.NONE ? PyError.raiseArgs("StopIteration") : PyError.raiseArgs("StopIteration", value);
    }

    /** A builtin type whose instances are Java values: the same type object {@code type(value)} gives. */
    private static void kind(Runtime rt, String name, org.pyvm.core.objects.PyCallable make) {
        PyType t = rt.types.kind(name);
        t.withConstructor((type, a, kw) -> make.call(a, kw));
        rt.builtins.put(rt.name(name), t);
    }

    /**
     * sm_init / cm_init: one positional argument and no keywords. 3.10+ refuses keywords first
     * ("staticmethod() takes no keyword arguments"); 2.7 and 3.6 count the positionals first, in
     * PyArg_UnpackTuple's plural "expected 1 arguments, got 0", then say "does not take keyword arguments".
     */
    private static PyObject one(Runtime rt, String name, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        boolean modern = rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME);
        if (modern && nkw > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        int npos = a.length - nkw;
        if (npos != 1) {
            throw PyError.raise("TypeError", name + " expected 1 argument" + (modern ? "" : "s") + ", got " + npos);
        }
        if (nkw > 0) {
            throw PyError.raise("TypeError", name + " does not take keyword arguments");
        }
        return a[0];
    }

    private static PyCell newCell(Runtime rt, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", "cell() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw PyError.raise("TypeError", "cell expected at most 1 argument, got " + a.length);
        }
        return new PyCell(a.length == 1 ? a[0] : null);
    }

    private static void def(Runtime rt, String name, org.pyvm.core.objects.PyCallable impl) {
        rt.builtins.put(rt.name(name), new PyBuiltinFunction(name, impl));
    }

    /** locals(): the locals dict of module and class bodies, or a fresh dict of a function's variables. */
    static PyDict locals(Interpreter in, Frame f) {
        Ownership.escapeAll(f); // the program may keep what it reads there
        if (f.locals != null) {
            org.pyvm.core.objects.OwnedByName.exposed(f.locals);
        }
        if (f.locals != null && !PyFrame.unoptimizedFunction(f)) {
            return f.locals;
        }
        // a function's locals() is its frame's f_locals: one dict, refreshed at each call (PyFrame_FastToLocals)
        return f.frameObject().locals();
    }

    /** super(type, obj) and 3.x zero-argument super() (the __class__ cell and the first argument). */
    private static PyObject superOf(Interpreter in, PyType superType, PyObject[] a) {
        Runtime rt = in.rt;
        PyType start;
        PyObject obj;
        boolean py2 = rt.lang.major() == 2;
        if (a.length > 2 || py2 && a.length == 0) {
            // super_init's PyArg_ParseTuple("|O!O:super"); 3.9+ parse in super_vectorcall, in _PyArg_CheckPositional's words
            boolean vectorcall = rt.lang.major() == 3 && rt.lang.minor() >= 9;
            throw PyError.raise("TypeError", vectorcall ? "super() expected at most 2 arguments, got " + a.length
                    : "super() takes " + (a.length == 0 ? "at least 1 argument (" : "at most 2 arguments (") + a.length + " given)");
        }
        if (a.length >= 1) {
            if (!(a[0] instanceof PyType t) || t.classic) {
                // 3.9's super_vectorcall words it "must be a type"; super_init's O! "must be type" (2.7: not classobj)
                boolean article = rt.lang.major() == 3 && rt.lang.minor() >= 9;
                throw PyError.raise("TypeError", "super() argument 1 must be " + (article ? "a type" : "type") + ", not "
                        + (article ? Ops.typeName(rt, a[0]) : Ops.argumentTypeName(rt, a[0])));
            }
            start = t;
            obj = a.length == 2 && a[1] != PyNone.NONE ? a[1] : null; // super(C, None) is unbound too
        } else {
            Frame f = in.current;
            if (f == null || f.code.argcount == 0) {
                throw PyError.raise("RuntimeError", "super(): no arguments");
            }
            obj = f.fast[0] instanceof PyCell c ? c.value : f.fast[0];
            PyCell classCell = null;
            for (int i = 0; i < f.code.localsplusNames.length; i++) {
                if (f.code.localsplusNames[i].equals("__class__")) {
                    classCell = f.cells != null ? null : (PyCell) f.fast[i];
                }
            }
            if (f.cells != null) {
                for (int i = 0; i < f.code.freevars.length; i++) {
                    if (f.code.freevars[i].equals("__class__")) {
                        classCell = f.cells[f.code.cellvars.length + i];
                    }
                }
            }
            if (classCell == null || classCell.value == null) {
                throw PyError.raise("RuntimeError", "super(): __class__ cell not found");
            }
            start = (PyType) classCell.value;
        }
        return new Super(rt, superType, start, obj);
    }

    /**
     * The type whose MRO a bound super walks (CPython's supercheck): obj itself when it is a subclass of
     * {@code start} (super in a class method), else obj's type, else the class obj claims through {@code __class__}.
     */
    static PyType superStartType(Runtime rt, PyType start, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(start)) {
            return t;
        }
        PyType type = rt.types.of(obj);
        if (type.isSubtypeOf(start)) {
            return type;
        }
        PyObject claimed = Ops.getattrOrNull(rt, obj, "__class__");
        if (claimed instanceof PyType c && c != type && c.isSubtypeOf(start)) {
            return c;
        }
        throw PyError.raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * A super object: attribute lookup starting after {@code start} in the MRO of the object's type. Unbound
     * ({@code super(C)}, obj null) it only has its own attributes, and its {@code __get__} binds it.
     */
    static final class Super extends PyInstance implements org.pyvm.core.objects.CustomAttributes, Descriptor {
        final PyType start;
        final PyObject obj;
        /** The type whose MRO is walked; null when unbound. */
        private final PyType objType;
        private final Runtime rt;

        Super(Runtime rt, PyType superType, PyType start, PyObject obj) {
            super(superType);
            this.rt = rt;
            this.start = start;
            this.obj = obj;
            this.objType = obj == null ? null : superStartType(rt, start, obj);
        }

        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "__thisclass__":
                    return start;
                case "__self__":
                    return obj == null ? PyNone.NONE : obj;
                case "__self_class__":
                    return objType == null ? PyNone.NONE : objType;
                case "__class__":
                    return null; // the super object's own class, not the next one's attribute
                default:
                    return objType == null ? null : lookup(name);
            }
        }

        @Override
        public PyObject get(PyObject instance, PyType owner) {
            if (instance == null || obj != null) {
                return this;
            }
            return new Super(rt, type(), start, instance);
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<super: <class '" + start.name(lang) + "'>, " + (objType == null ? "NULL" : "<" + objType.name(lang) + " object>") + ">";
        }

        PyObject lookup(String name) {
            // super(C, cls) in a class method walks cls's own MRO; otherwise (also cls as an instance of a
            // metaclass C) it walks the MRO of the object's type, as CPython's supercheck decides
            boolean classLevel = obj == objType;
            PyType type = objType;
            PyType[] mro = type.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.get(name);
                if (v != null) {
                    if (v instanceof Descriptor d) {
                        return d.get(classLevel ? null : obj, type);
                    }
                    if (v instanceof PyMethodDescriptor m) {
                        return m.bind(obj, rt.lang);
                    }
                    return v;
                }
            }
            if (name.equals("__init__")) {
                return new PyBuiltinFunction("__init__", (x, k) -> PyNone.NONE);
            }
            return null; // the super object's own attributes, then AttributeError
        }
    }
}
