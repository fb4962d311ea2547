package org.pyvm.core.runtime;

import java.util.Arrays;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/**
 * Methods of {@code object} and {@code BaseException} that programs call explicitly:
 * {@code object.__setattr__(self, n, v)} from a class's own {@code __setattr__},
 * {@code Base.__init__(self, msg)} from an exception subclass.
 */
final class BuiltinMethods {
    private BuiltinMethods() {
    }

    /**
     * object.__init__ given arguments (object_init): refused where they cannot have been meant for it, a class's
     * own __init__ handing its arguments on through super() (or object.__new__ not overridden either); 2.7 only
     * warns (silently) when both __init__ and __new__ are a class's own. 3.11 words it "takes exactly one argument".
     */
    private static void excessInitArguments(Runtime rt, PyObject self) {
        PyType type = rt.types.of(self);
        PyObject object = rt.types.object.dict.get("__init__");
        boolean ownInit = type.lookup("__init__") != object;
        boolean objectNew = type.lookup("__new__") == rt.types.object.dict.get("__new__");
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (py2 && ownInit && !objectNew || !ownInit && !objectNew) {
            return;
        }
        boolean modern = rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_GROUPS);
        String owner = modern && !ownInit ? type.name(rt.lang) : "object";
        throw PyError.raise("TypeError", owner + ".__init__() takes " + (modern ? "exactly one argument (the instance to initialize)"
                : "no parameters"));
    }

    /**
     * object.__setattr__ / __delattr__ on an object whose type sets its attributes its own way (a class: type's,
     * 2.7's classic class: classobj's): hackcheck's TypeError, naming that builtin type.
     */
    private static PyError notTheSlot(Runtime rt, PyObject self, String what) {
        PyType t = rt.types.of(self);
        for (PyType m : t.mro()) {
            if (m.builtin) {
                t = m;
                break;
            }
        }
        return PyError.raise("TypeError", "can't apply this " + what + " to " + t.name(rt.lang) + " object");
    }

    static void install(Runtime rt) {
        PyType object = rt.types.object;
        object.dict.put("__setattr__", new PyMethodDescriptor("__setattr__", object, (self, args, kw) -> {
            check(args, 2, "__setattr__");
            String name = name(rt, args[0]);
            if (self instanceof PyInstance inst) {
                Ops.genericSetattr(rt, inst, name, args[1]);
            } else if (self instanceof PyType) {
                throw notTheSlot(rt, self, "__setattr__");
            } else {
                Ops.setattr(rt, self, name, args[1]);
            }
            return PyNone.NONE;
        }));
        // a class's attributes are type's to set and delete (type_setattro): a metaclass's hook reaches them
        // through super(), and object's own refuses a class (hackcheck)
        PyType typeType = rt.types.type;
        typeType.dict.put("__setattr__", new PyMethodDescriptor("__setattr__", typeType, (self, args, kw) -> {
            check(args, 2, "__setattr__");
            Attributes.setClassAttribute(rt, (PyType) self, name(rt, args[0]), args[1]); // not the metaclass's hook: it is calling us
            return PyNone.NONE;
        }));
        typeType.dict.put("__delattr__", new PyMethodDescriptor("__delattr__", typeType, (self, args, kw) -> {
            check(args, 1, "__delattr__");
            Attributes.deleteClassAttribute(rt, self, name(rt, args[0]));
            return PyNone.NONE;
        }));
        object.dict.put("__getattribute__", new PyMethodDescriptor("__getattribute__", object, (self, args, kw) -> {
            check(args, 1, "__getattribute__");
            String name = name(rt, args[0]);
            PyObject v = Attributes.generic(rt, self, name); // not the class's own hook: it is calling us
            if (v == null) {
                throw Attributes.missing(rt, self, name);
            }
            return v;
        }));
        object.dict.put("__delattr__", new PyMethodDescriptor("__delattr__", object, (self, args, kw) -> {
            check(args, 1, "__delattr__");
            if (self instanceof PyInstance inst) {
                Attributes.genericDelete(rt, inst, name(rt, args[0]));
            } else if (self instanceof org.pyvm.core.objects.UserSubclass u) {
                Attributes.genericDelete(rt, u, name(rt, args[0]));
            } else if (self instanceof PyType) {
                throw notTheSlot(rt, self, "__delattr__");
            } else {
                Ops.delattr(rt, self, name(rt, args[0]));
            }
            return PyNone.NONE;
        }));
        object.dict.put("__init__", new PyMethodDescriptor("__init__", object, (self, args, kw) -> {
            if (args.length > 0 && !(self instanceof PyType)) {
                excessInitArguments(rt, self); // a class: type.__init__, which takes (name, bases, dict)
            }
            return PyNone.NONE;
        }));
        // type.mro(cls), type.__subclasses__(cls); cls.mro() binds them (Attributes.typeAttribute)
        PyType type = rt.types.type;
        for (String name : new String[] {"mro", "__subclasses__"}) {
            type.dict.put(name, new PyMethodDescriptor(name, type, (self, args, kw) -> typeMethod(rt, name, (PyType) self, args, "type")));
        }
        // type.__instancecheck__(cls, obj), type.__subclasscheck__(cls, sub): isinstance's and issubclass's own answers
        // without a metaclass's hook, which is how a metaclass's __instancecheck__ reaches them (super(), or type.)
        type.dict.put("__instancecheck__", new PyMethodDescriptor("__instancecheck__", type, (self, args, kw) -> {
            check(args, 1, "__instancecheck__");
            PyType cls = (PyType) self;
            return org.pyvm.core.objects.PyBool.of(cls == rt.types.object || rt.types.typeOf(args[0]).isSubtypeOf(cls));
        }));
        type.dict.put("__subclasscheck__", new PyMethodDescriptor("__subclasscheck__", type, (self, args, kw) -> {
            check(args, 1, "__subclasscheck__");
            if (!(args[0] instanceof PyType sub)) {
                throw PyError.raise("TypeError", "issubclass() arg 1 must be a class");
            }
            return org.pyvm.core.objects.PyBool.of(sub.isSubtypeOf((PyType) self));
        }));
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CLASS_CREATION_HOOKS)) { // 3.6+
            object.dict.put("__init_subclass__", new PyMethodDescriptor("__init_subclass__", object, (self, args, kw) -> {
                if (args.length > 0) {
                    String owner = rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) && self instanceof PyType t
                            ? t.qualname(rt.lang) + "." : ""; // the class it is bound to, by its qualified name
                    throw PyError.raise("TypeError", owner + "__init_subclass__() takes no keyword arguments");
                }
                return PyNone.NONE;
            }));
        }
        object.dict.put("__repr__", new PyMethodDescriptor("__repr__", object, (self, args, kw) -> Strings.text(rt, Ops.objectRepr(rt, self))));
        // object.__str__ calls the type's repr slot directly: what it returns is checked by str(), as __str__'s result
        object.dict.put("__str__", new PyMethodDescriptor("__str__", object, (self, args, kw) -> {
            PyObject r = self instanceof PyInstance ? Ops.callMethod(rt, self, "__repr__") : null;
            return r != null ? r : Strings.text(rt, Ops.repr(rt, self));
        }));
        // object.__hash__: the identity hash, whatever the type's own __hash__ says (super().__hash__() reaches it)
        object.dict.put("__hash__", new PyMethodDescriptor("__hash__", object, (self, args, kw) -> {
            check(args, 0, "__hash__");
            return org.pyvm.core.objects.PyInt.of(self instanceof PyInstance i ? i.identityHash() : System.identityHashCode(self));
        }));
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 3.x object has the six rich comparisons (2.7's has none): identity for ==, NotImplemented otherwise
            object.dict.put("__eq__", new PyMethodDescriptor("__eq__", object,
                    (self, args, kw) -> self == args[0] ? org.pyvm.core.objects.PyBool.TRUE : org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED));
            // object.__ne__ inverts the class's own __eq__ (NotImplemented stays NotImplemented): 5 != m asks m's __eq__
            object.dict.put("__ne__", new PyMethodDescriptor("__ne__", object, (self, args, kw) -> {
                check(args, 1, "__ne__");
                PyObject eq = Ops.callMethod(rt, self, "__eq__", args[0]);
                if (eq == null || eq == org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                return org.pyvm.core.objects.PyBool.of(!Ops.truth(rt, eq));
            }));
            for (String order : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
                object.dict.put(order, new PyMethodDescriptor(order, object, (self, args, kw) -> {
                    check(args, 1, order);
                    return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }));
            }
        }
        object.dict.put("__doc__", Strings.text(rt, rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_GROUPS)
                ? "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n" : "The most base type"));
        // object.__sizeof__: the size of the object itself (CPython's basic size of a plain instance)
        object.dict.put("__sizeof__", new PyMethodDescriptor("__sizeof__", object, (self, args, kw) -> {
            check(args, 0, "__sizeof__");
            return org.pyvm.core.objects.PyInt.of(16);
        }));
        PyType base = rt.types.baseException;
        base.dict.put("__repr__", new PyMethodDescriptor("__repr__", base, (self, args, kw) -> Strings.text(rt, exceptionRepr(rt, self))));
        base.dict.put("__init__", new PyMethodDescriptor("__init__", base, (self, args, kw) -> {
            if (!(self instanceof PyBaseException e)) {
                throw PyError.raise("TypeError", "descriptor '__init__' requires a 'BaseException' object but received a '"
                        + Ops.typeName(rt, self) + "'");
            }
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", e.type().name(rt.lang) + "() takes no keyword arguments");
            }
            e.args = PyTuple.of(Arrays.copyOf(args, args.length));
            return PyNone.NONE;
        }));
        base.dict.put("__str__", new PyMethodDescriptor("__str__", base, (self, args, kw) -> {
            if (!(self instanceof PyBaseException e)) {
                throw PyError.raise("TypeError", "descriptor '__str__' requires a 'BaseException' object but received a '"
                        + Ops.typeName(rt, self) + "'");
            }
            return Strings.text(rt, Exceptions.str(rt, e));
        }));
    }

    /** BaseException.__repr__: the class name and the args, each shown by its own __repr__ (2.7/3.6: one arg gets a comma). */
    private static String exceptionRepr(Runtime rt, PyObject self) {
        if (!(self instanceof PyBaseException e)) {
            return self.repr(rt.lang);
        }
        String name = e.type().name(rt.lang);
        if (e.args.size() == 1) {
            boolean comma = rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA);
            return name + "(" + Ops.repr(rt, e.args.get(0)) + (comma ? ",)" : ")");
        }
        return name + Ops.repr(rt, e.args);
    }

    /** object.__setattr__ itself: setting through it needs no Python call. */
    static boolean isGeneric(Runtime rt, PyObject setter) {
        return setter == rt.types.object.setattrHook();
    }

    private static void check(PyObject[] args, int n, String name) {
        if (args.length != n) {
            throw PyError.raise("TypeError", "expected " + n + " arguments, got " + args.length);
        }
    }

    private static String name(Runtime rt, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", "attribute name must be string, not '" + Ops.typeName(rt, o) + "'");
    }

    /**
     * {@code cls.mro()} or {@code cls.__subclasses__()}; {@code owner} names the method in METH_NOARGS's complaint
     * from 3.10 (the class it is bound to, or type when called through type's descriptor).
     */
    static PyObject typeMethod(Runtime rt, String name, PyType cls, PyObject[] args, String owner) {
        if (args.length > 0) {
            String prefix = rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? owner + "." : "";
            throw PyError.raise("TypeError", prefix + name + "() takes no arguments (" + args.length + " given)");
        }
        java.util.List<PyObject> items = name.equals("mro") ? java.util.List.of(cls.mro()) : new java.util.ArrayList<>(cls.subclasses());
        return org.pyvm.core.objects.PyList.of(new java.util.ArrayList<PyObject>(items));
    }
}
