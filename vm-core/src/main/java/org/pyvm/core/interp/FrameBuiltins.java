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
        def(rt, "globals", (a, kw) -> in.current.globals);
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
        def(rt, "staticmethod", (a, kw) -> new Classes.StaticMethod(a[0]));
        def(rt, "classmethod", (a, kw) -> new Classes.ClassMethod(a[0]));
        def(rt, "property", (a, kw) -> {
            PyObject[] parts = new PyObject[3];
            int npos = a.length - (kw == null ? 0 : kw.length);
            for (int i = 0; i < npos && i < 3; i++) {
                parts[i] = a[i];
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    int slot = kw[k].equals("fget") ? 0 : kw[k].equals("fset") ? 1 : kw[k].equals("fdel") ? 2 : -1;
                    if (slot >= 0) {
                        parts[slot] = a[npos + k];
                    }
                }
            }
            return new Property(rt, parts[0], parts[1]);
        });
        def(rt, "super", (a, kw) -> superOf(in, a));
        PyObject objectDir = rt.builtins.get(rt.name("dir"));
        def(rt, "dir", (a, kw) -> {
            // dir() lists the caller's names and dir(module) the module's: both need more than the type
            if (a.length == 0 || a[0] instanceof org.pyvm.core.objects.PyModule) {
                PyDict d = a.length == 0 ? locals(in, in.current) : ((org.pyvm.core.objects.PyModule) a[0]).dict;
                List<PyObject> keys = new java.util.ArrayList<>(d.keys());
                org.pyvm.core.objects.PyList list = org.pyvm.core.objects.PyList.of(keys);
                Ops.callMethod(rt, list, "sort");
                return list;
            }
            return ((org.pyvm.core.objects.PyCallable) objectDir).call(a, kw);
        });
        Executing.install(in);
        rt.types.object.withConstructor((type, args, kwnames) -> Classes.construct(in, type, args, kwnames));
        for (PyType t : rt.types.exceptions.values()) {
            if (t.constructor() == null || t == rt.types.exceptions.get("BaseException")) {
                t.withConstructor((type, args, kwnames) -> Classes.construct(in, type, args, kwnames));
            }
        }
        installGeneratorMethods(in, rt.types.generator);
        installGeneratorMethods(in, rt.types.coroutine);
    }

    /** send/throw/close (and next for generators) on generator and coroutine objects. */
    private static void installGeneratorMethods(Interpreter in, PyType gen) {
        Runtime rt = in.rt;
        gen.dict.put("send", new PyMethodDescriptor("send", gen, (self, a, kw) -> {
            PyObject r = ((PyGenerator) self).send(a[0]);
            if (r == null) {
                throw stopIteration(((PyGenerator) self).returnValue);
            }
            return r;
        }));
        gen.dict.put(rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "next" : "__next__", new PyMethodDescriptor("next", gen, (self, a, kw) -> {
            PyObject r = ((PyGenerator) self).next();
            if (r == null) {
                throw stopIteration(((PyGenerator) self).returnValue);
            }
            return r;
        }));
        gen.dict.put("throw", new PyMethodDescriptor("throw", gen, (self, a, kw) -> {
            PyError e = PyError.of(in.instantiate(a.length > 1 && a[1] != PyNone.NONE ? Ops.call(rt, a[0], a[1]) : a[0]));
            PyObject r = ((PyGenerator) self).throwIn(e);
            if (r == null) {
                throw stopIteration(((PyGenerator) self).returnValue);
            }
            return r;
        }));
        gen.dict.put("close", new PyMethodDescriptor("close", gen, (self, a, kw) -> {
            PyGenerator g = (PyGenerator) self;
            if (g.finished || !g.started) {
                g.finished = true;
                return PyNone.NONE;
            }
            try {
                PyObject r = g.throwIn(PyError.raiseArgs("GeneratorExit"));
                if (r != null) {
                    throw PyError.raise("RuntimeError", "generator ignored GeneratorExit");
                }
            } catch (PyError e) {
                if (!org.pyvm.core.runtime.Exceptions.is(rt, e, "GeneratorExit") && !org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    throw e;
                }
            }
            return PyNone.NONE;
        }));
    }

    private static PyError stopIteration(PyObject value) {
        return value == PyNone.NONE ? PyError.raiseArgs("StopIteration") : PyError.raiseArgs("StopIteration", value);
    }

    private static void def(Runtime rt, String name, org.pyvm.core.objects.PyCallable impl) {
        rt.builtins.put(rt.name(name), new PyBuiltinFunction(name, impl));
    }

    /** locals(): the locals dict of module and class bodies, or a fresh dict of a function's variables. */
    static PyDict locals(Interpreter in, Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = PyDict.of(in.rt.lang, List.of());
        for (int i = 0; i < f.code.varnames.length; i++) {
            if (i < f.fast.length && f.fast[i] != null && !(f.fast[i] instanceof PyCell)) {
                d.put(in.rt.name(f.code.varnames[i]), f.fast[i]);
            }
        }
        return d;
    }

    /** super(type, obj) and 3.x zero-argument super() (the __class__ cell and the first argument). */
    private static PyObject superOf(Interpreter in, PyObject[] a) {
        PyType start;
        PyObject obj;
        if (a.length >= 2) {
            start = (PyType) a[0];
            obj = a[1];
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
        return new Super(in.rt, start, obj);
    }

    /** A super object: attribute lookup starting after {@code start} in the MRO of the object's type. */
    static final class Super extends PyInstance implements org.pyvm.core.objects.CustomAttributes {
        final PyType start;
        final PyObject obj;
        private final Runtime rt;

        Super(Runtime rt, PyType start, PyObject obj) {
            super(superType(rt));
            this.rt = rt;
            this.start = start;
            this.obj = obj;
        }

        private static PyType superType(Runtime rt) {
            PyType t = PyType.builtin("super", null, rt.types.object);
            return t;
        }

        @Override
        public PyObject attribute(String name) {
            return lookup(name);
        }

        PyObject lookup(String name) {
            PyType type = obj instanceof PyType t ? t : rt.types.of(obj);
            PyType[] mro = type.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.get(name);
                if (v != null) {
                    if (v instanceof Descriptor d) {
                        return d.get(obj instanceof PyType ? null : obj, type);
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
            throw PyError.raise("AttributeError", "'super' object has no attribute '" + name + "'");
        }
    }

    /** property(fget, fset). */
    static final class Property extends PyObject implements Ops.DataDescriptor, org.pyvm.core.objects.CustomAttributes {
        private final Runtime rt;
        final PyObject getter;
        final PyObject setter;

        Property(Runtime rt, PyObject getter, PyObject setter) {
            this.rt = rt;
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            if (getter == null || getter == PyNone.NONE) {
                throw PyError.raise("AttributeError", "unreadable attribute");
            }
            return Ops.call(rt, getter, obj);
        }

        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "setter":
                    return new PyBuiltinFunction("setter", (a, kw) -> new Property(rt, getter, a[0]));
                case "getter":
                    return new PyBuiltinFunction("getter", (a, kw) -> new Property(rt, a[0], setter));
                case "fget":
                    return getter;
                default:
                    return null;
            }
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            if (setter == null || setter == PyNone.NONE) {
                throw PyError.raise("AttributeError", "can't set attribute");
            }
            Ops.call(rt, setter, obj, value);
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "property";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<property object at 0x" + Long.toHexString(org.pyvm.core.objects.Ids.address(this)) + ">";
        }
    }



}
