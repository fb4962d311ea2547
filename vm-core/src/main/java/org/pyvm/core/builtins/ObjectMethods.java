package org.pyvm.core.builtins;

import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
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
import org.pyvm.core.runtime.Strings;

/**
 * The slots of {@code object} and {@code type} that programs call by name: {@code object.__setattr__(self,
 * name, value)} from a class's own {@code __setattr__}, {@code object.__new__(cls)}, and the three-argument
 * {@code type(name, bases, dict)} with {@code type.__new__} for metaclasses.
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static void install(Runtime rt) {
        PyType object = rt.types.object;
        object.dict.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw PyError.raise("TypeError", "object.__new__(X): X is not a type object ("
                        + (a.length == 0 ? "NULL" : Ops.typeName(rt, a[0])) + ")");
            }
            PyObject[] rest = new PyObject[a.length - 1 - (kw == null ? 0 : kw.length)];
            System.arraycopy(a, 1, rest, 0, rest.length);
            PyType base = rt.types.exceptions.get("BaseException");
            if (base != null && cls.isSubtypeOf(base)) {
                return new PyBaseException(cls, PyTuple.of(rest));
            }
            if (cls.builtin) {
                return cls.call(rest, null);
            }
            return new PyInstance(cls);
        }));
        // object.__subclasshook__: a class method saying NotImplemented, which abc's __subclasscheck__ asks first
        object.dict.put("__subclasshook__", new SubclassHook());
        PyType type = rt.types.type;
        // type.__call__: what super().__call__(*args) in a metaclass's __call__ reaches (__new__, then __init__)
        type.dict.put("__call__", new org.pyvm.core.objects.PyMethodDescriptor("__call__", type,
                (self, args, kw) -> ((PyType) self).call(args, kw)));
        type.dict.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw != 4 || !(a[0] instanceof PyType meta)) {
                throw PyError.raise("TypeError", "type.__new__() takes exactly 3 arguments (" + Math.max(0, a.length - nkw - 1) + " given)");
            }
            PyType cls = newClass(rt, a[1], a[2], a[3], meta);
            if (meta != rt.types.type) {
                cls.setMetatype(meta); // type.__new__(Meta, ...) from a metaclass: type(cls) is Meta
            }
            rt.classCreated(cls, kw, java.util.Arrays.copyOfRange(a, 4, a.length));
            return cls;
        }));
    }

    /** {@code object.__subclasshook__}, bound to whatever class it is fetched through. */
    private static final class SubclassHook extends org.pyvm.core.objects.PyObject implements org.pyvm.core.objects.Descriptor {
        @Override
        public PyObject get(PyObject obj, PyType type) {
            return new PyBuiltinFunction("__subclasshook__", (a, kw) -> org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED);
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "classmethod_descriptor";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<method '__subclasshook__' of 'object' objects>";
        }
    }

    private static String attrName(Runtime rt, PyObject name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        if (name instanceof PyBytes b && Level.py2(rt)) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", "attribute name must be string, not '" + Ops.typeName(rt, name) + "'");
    }

    /** object.__setattr__: a data descriptor of the class, else the instance's own dict. */
    static void genericSetattr(Runtime rt, PyObject o, String name, PyObject value) {
        if (o instanceof CustomAttributes c && c.setAttribute(name, value)) {
            return;
        }
        if (o instanceof PyInstance inst) {
            PyObject cls = inst.type().lookup(name);
            if (cls instanceof Ops.DataDescriptor d) {
                d.set(o, value);
                return;
            }
            inst.dict.put(name, value);
            return;
        }
        Ops.setattr(rt, o, name, value);
    }

    /** type(name, bases, dict): a new class whose namespace is a copy of dict, its creation hooks run. */
    static PyType newClass(Runtime rt, PyObject name, PyObject bases, PyObject ns) {
        PyType cls = newClass(rt, name, bases, ns, rt.types.type);
        rt.classCreated(cls, null, new PyObject[0]);
        return cls;
    }

    /** A new class made by {@code meta} (type or a metaclass) from name, bases and a copy of dict. */
    private static PyType newClass(Runtime rt, PyObject name, PyObject bases, PyObject ns, PyType meta) {
        if (!(name instanceof PyStr || name instanceof PyBytes && Level.py2(rt))) {
            throw PyError.raise("TypeError", "type() argument 1 must be str, not " + Ops.typeName(rt, name));
        }
        if (!(bases instanceof PyTuple bt)) {
            throw PyError.raise("TypeError", "type() argument 2 must be tuple, not " + Ops.typeName(rt, bases));
        }
        if (!(ns instanceof PyDict d)) {
            throw PyError.raise("TypeError", "type() argument 3 must be dict, not " + Ops.typeName(rt, ns));
        }
        PyObject[] items = bt.items();
        PyType[] b = new PyType[items.length == 0 ? 1 : items.length];
        if (items.length == 0) {
            b[0] = rt.types.object;
        }
        Metaclasses.winner(rt, meta, items);
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType t)) {
                throw PyError.raise("TypeError", "bases must be types");
            }
            b[i] = t;
        }
        PyType cls = PyType.userClass(attrName(rt, name), b, false).withInstanceProtocol(rt.instances);
        for (PyObject k : d.keys()) {
            cls.dict.put(attrName(rt, k), d.get(k));
        }
        cls.dict.remove("__classcell__");
        org.pyvm.core.runtime.Slots.install(rt, cls);
        org.pyvm.core.builtins.Subclassing.prepare(rt, cls);
        if (!cls.dict.containsKey("__module__")) {
            cls.dict.put("__module__", Strings.text(rt, "__main__"));
        }
        return cls;
    }
}
