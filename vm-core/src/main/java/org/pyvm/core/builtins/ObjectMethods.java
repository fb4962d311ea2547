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
public final class ObjectMethods {
    private ObjectMethods() {
    }

    static void install(Runtime rt) {
        PyType object = rt.types.object;
        PyMethodDescriptor reduce = new PyMethodDescriptor("__reduce__", object, (self, a, kw) -> commonReduce(rt, self, 0));
        object.dict.put("__reduce__", reduce);
        object.dict.put("__reduce_ex__", new PyMethodDescriptor("__reduce_ex__", object, (self, a, kw) -> {
            int proto = a.length > 0 && a[0] instanceof org.pyvm.core.objects.PyInt p ? (int) p.small : 0;
            if (rt.types.of(self).lookup("__reduce__") != reduce) {
                return Ops.callMethod(rt, self, "__reduce__"); // a class's own __reduce__ wins
            }
            return commonReduce(rt, self, proto);
        }));
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_GROUPS)) {
            // 3.11's object.__getstate__ (the release of exception groups), which OrderedDict.__reduce__ calls by name
            object.dict.put("__getstate__", new PyMethodDescriptor("__getstate__", object, (self, a, kw) -> defaultState(rt, self)));
        }
        for (PyType unhashable : new PyType[] {rt.types.list, rt.types.dict, rt.types.set}) {
            unhashable.dict.put("__hash__", PyNone.NONE); // as in CPython: collections.abc.Hashable looks for it
        }
        object.dict.put("__format__", new PyMethodDescriptor("__format__", object, (self, a, kw) -> {
            String spec = a.length > 0 && a[0] instanceof PyStr sp ? sp.value() : a.length > 0 && a[0] instanceof PyBytes b
                    ? Strings.latin1(b.bytes()) : "";
            if (Level.py2(rt) && a.length > 0 && a[0] instanceof PyStr) {
                // 2.7's object_format: a unicode spec formats unicode(self) (its __unicode__), a byte string str(self)
                PyObject text = Ops.call(rt, rt.types.str, self);
                return PyStr.of(org.pyvm.core.runtime.FormatSpec.format(rt, text, spec));
            }
            if (spec.isEmpty()) {
                return Strings.text(rt, Ops.str(rt, self));
            }
            if (!Level.py2(rt)) {
                throw PyError.raise("TypeError", "unsupported format string passed to " + Ops.typeName(rt, self) + ".__format__");
            }
            // 2.7 formats str(self) with the spec
            return Strings.text(rt, org.pyvm.core.runtime.FormatSpec.format(rt, PyStr.of(Ops.str(rt, self)), spec));
        }));
        // the builtin values' own __format__ (what format() does for them), not object's: value.__format__(spec)
        // is how a class's own __format__ often hands on to a number or string it holds
        java.util.List<PyType> formatted = new java.util.ArrayList<>(java.util.List.of(rt.types.int_, rt.types.float_,
                rt.types.complex, rt.types.str));
        if (Level.py2(rt)) {
            formatted.add(rt.types.long_);
            formatted.add(rt.types.bytes);
        }
        for (PyType t : formatted) {
            t.dict.put("__format__", new PyMethodDescriptor("__format__", t, (self, a, kw) -> {
                PyObject spec = a.length == 1 && (kw == null || kw.length == 0) ? a[0] : null;
                if (!(spec instanceof PyStr || Level.py2(rt) && spec instanceof PyBytes)) {
                    throw formatSpecError(rt, t, a, kw);
                }
                PyObject value = org.pyvm.core.objects.UserSubclass.plainOf(self);
                return Strings.text(rt, org.pyvm.core.runtime.FormatSpec.format(rt, value, Ops.str(rt, spec)));
            }));
        }
        for (PyType setType : new PyType[] {rt.types.set, rt.types.frozenset}) {
            // set.__reduce__: (type, (list of the items,), instance dict or None), what copy and pickle rebuild it from
            setType.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", setType, (self, a, kw) -> {
                PyObject items = Ops.call(rt, rt.types.list, self);
                PyObject d = self instanceof org.pyvm.core.objects.UserSubclass ? Ops.getattrOrNull(rt, self, "__dict__") : null;
                return PyTuple.of(rt.types.of(self), PyTuple.of(items), d == null ? PyNone.NONE : d);
            }));
        }
        if (!Level.py2(rt)) {
            // meth_reduce / wrapper_reduce (3.x): a module's function pickles by its name (pickle saves it as a global),
            // a method bound to an object as getattr(object, name); 2.7's pickle saves builtins as globals itself
            for (PyType fnType : new PyType[] {rt.types.builtinFunction, rt.types.methodWrapper}) {
                fnType.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", fnType, (self, a, kw) -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    if (f.self() == null || f.self() instanceof org.pyvm.core.objects.PyModule) {
                        return PyStr.of(f.name());
                    }
                    return PyTuple.of(rt.builtins.get(rt.name("getattr")), PyTuple.of(f.self(), PyStr.of(f.name())));
                }));
            }
        }
        object.dict.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0) {
                throw PyError.raise("TypeError", "object.__new__(): not enough arguments"); // tp_new_wrapper's first check
            }
            if (!(a[0] instanceof PyType cls)) {
                throw PyError.raise("TypeError", "object.__new__(X): X is not a type object (" + Ops.typeName(rt, a[0]) + ")");
            }
            PyObject[] rest = new PyObject[a.length - 1 - (kw == null ? 0 : kw.length)];
            System.arraycopy(a, 1, rest, 0, rest.length);
            checkAbstract(rt, cls);
            PyType base = rt.types.baseException;
            if (base != null && cls.isSubtypeOf(base)) {
                return new PyBaseException(cls, PyTuple.of(rest));
            }
            if (cls.builtin && cls != object && cls.dict.containsKey("__new__")) {
                // tp_new_wrapper: a builtin type with a constructor of its own is not object's to make
                String name = cls.name(rt.lang);
                throw PyError.raise("TypeError", "object.__new__(" + name + ") is not safe, use " + name + ".__new__()");
            }
            if (cls.builtin) {
                return cls.call(rest, null);
            }
            if (a.length > 1) {
                excessNewArguments(rt, cls);
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
            if (a.length - nkw == 0) { // tp_new_wrapper's own checks of its first argument come first
                throw PyError.raise("TypeError", "type.__new__(): not enough arguments");
            }
            if (!(a[0] instanceof PyType)) {
                throw PyError.raise("TypeError", "type.__new__(X): X is not a type object (" + Ops.typeName(rt, a[0]) + ")");
            }
            if (a[0] == rt.types.type && !Level.modern(rt) && a.length - nkw != 4) {
                // before 3.10 type_new itself answered type's one-argument form and named the call type()
                if (a.length - nkw == 2 && nkw == 0) {
                    return rt.types.of(a[1]);
                }
                throw PyError.raise("TypeError", "type() takes 1 or 3 arguments");
            }
            if (a.length - nkw != 4 || !(a[0] instanceof PyType meta)) {
                throw PyError.raise("TypeError", "type.__new__() takes exactly 3 arguments (" + Math.max(0, a.length - nkw - 1) + " given)");
            }
            PyType cls = newClass(rt, a[1], a[2], a[3], meta);
            if (meta != rt.types.type) {
                cls.setMetatype(meta); // type.__new__(Meta, ...) from a metaclass: type(cls) is Meta
                abcCollectionFlag(cls, meta);
            }
            rt.classCreated(cls, kw, java.util.Arrays.copyOfRange(a, 4, a.length));
            return cls;
        }));
    }

    /**
     * object.__new__(cls, ...) given arguments (object_new): refused when the class overrides __new__ (its arguments
     * were not meant for object) or has no __init__ of its own to take them; 2.7 only warns (silently) when both
     * are the class's own.
     */
    private static void excessNewArguments(Runtime rt, PyType cls) {
        boolean ownNew = cls.lookup("__new__") != rt.types.object.dict.get("__new__");
        boolean objectInit = cls.lookup("__init__") == rt.types.object.dict.get("__init__");
        if (Level.py2(rt)) {
            if (ownNew && !objectInit || !ownNew && !objectInit) {
                return;
            }
            throw PyError.raise("TypeError", "object() takes no parameters");
        }
        if (!Level.modern(rt)) {
            if (objectInit || ownNew) {
                throw PyError.raise("TypeError", "object() takes no parameters");
            }
            return;
        }
        if (ownNew) {
            throw PyError.raise("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (objectInit) {
            throw PyError.raise("TypeError", cls.name(rt.lang) + "() takes no arguments");
        }
    }

    /**
     * object's pickling protocol, as copy.copy/deepcopy and pickle use it: protocol 2 and up give
     * {@code (copyreg.__newobj__, (cls,) + __getnewargs__(), state, list items, dict items)} where the state is
     * {@code __getstate__()} or the instance dict (with the slots' values beside it); older protocols go to
     * {@code copyreg._reduce_ex}, as CPython's object.__reduce_ex__ does.
     */
    private static PyObject commonReduce(Runtime rt, PyObject self, int proto) {
        boolean py2 = Level.py2(rt);
        PyType cls = rt.types.of(self);
        if (!(self instanceof PyInstance) && !(self instanceof org.pyvm.core.objects.UserSubclass) && cls.builtin) {
            throw PyError.raise("TypeError", rt.lang.minor() >= 11 && !py2 ? "cannot pickle '" + cls.name(rt.lang) + "' object"
                    : "can't pickle " + cls.name(rt.lang) + " objects");
        }
        PyObject importer = rt.builtins.get(rt.name("__import__"));
        PyObject copyreg = Ops.call(rt, importer, Strings.text(rt, py2 ? "copy_reg" : "copyreg"));
        if (proto < 2) {
            return Ops.call(rt, Ops.getattr(rt, copyreg, "_reduce_ex"), self, org.pyvm.core.objects.PyInt.of(proto));
        }
        PyObject newargs = Ops.getattrOrNull(rt, self, "__getnewargs__");
        PyObject[] args = newargs == null ? new PyObject[0] : ((PyTuple) Ops.call(rt, newargs)).items();
        PyObject[] clsArgs = new PyObject[args.length + 1];
        clsArgs[0] = cls;
        System.arraycopy(args, 0, clsArgs, 1, args.length);
        PyObject getstate = cls.lookup("__getstate__") != null ? Ops.getattrOrNull(rt, self, "__getstate__") : null;
        PyObject state = getstate != null ? Ops.call(rt, getstate) : defaultState(rt, self);
        PyObject listItems = self instanceof org.pyvm.core.objects.PyList ? Ops.iter(rt, self) : PyNone.NONE;
        PyObject dictItems = self instanceof PyDict ? Ops.iter(rt, Ops.callMethod(rt, self, py2 ? "iteritems" : "items")) : PyNone.NONE;
        return PyTuple.of(Ops.getattr(rt, copyreg, "__newobj__"), PyTuple.of(clsArgs), state, listItems, dictItems);
    }

    /** The state object's pickling protocol saves: the instance dict (None when empty in 3.x), the slots' values beside it. */
    private static PyObject defaultState(Runtime rt, PyObject self) {
        PyObject d = Ops.getattrOrNull(rt, self, "__dict__");
        PyObject state = d == null || !Level.py2(rt) && d instanceof PyDict dd && dd.keys().isEmpty() ? PyNone.NONE : d;
        if (self instanceof PyInstance inst && inst.slotValues != null && !inst.slotValues.isEmpty()) {
            PyDict slots = PyDict.of(rt.lang, java.util.List.of());
            for (java.util.Map.Entry<String, PyObject> e : inst.slotValues.entrySet()) {
                slots.put(rt.name(e.getKey()), e.getValue());
            }
            state = PyTuple.of(state, slots);
        }
        return state;
    }

    /**
     * object.__new__ refuses a class whose {@code __abstractmethods__} (set by abc.ABCMeta) is not empty, with the
     * sorted names as CPython lists them (3.9+ says "method" for one).
     */
    public static void checkAbstract(Runtime rt, PyType cls) {
        PyObject abstracts = cls.dict.get("__abstractmethods__");
        if (abstracts == null || !Ops.truth(rt, abstracts)) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject it = Ops.iter(rt, abstracts), n = Ops.next(rt, it); n != null; n = Ops.next(rt, it)) {
            names.add(Ops.str(rt, n));
        }
        java.util.Collections.sort(names);
        boolean singular = names.size() == 1 && !Level.py2(rt) && rt.lang.minor() >= 9;
        throw PyError.raise("TypeError", "Can't instantiate abstract class " + cls.name(rt.lang) + " with abstract method"
                + (singular ? "" : "s") + " " + String.join(", ", names));
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
        return newClass(rt, name, bases, ns, null, new PyObject[0]);
    }

    /**
     * type.__new__(meta, name, bases, dict) on behalf of a metaclass called as a function ({@code M('X', (A,), {})},
     * 2.7's {@code __metaclass__ = M}): as {@link #newClass(Runtime, PyObject, PyObject, PyObject)}, but a base whose
     * metaclass is neither meta's subclass nor its base is a metaclass conflict (_PyType_CalculateMetaclass).
     */
    static PyType newClassOf(Runtime rt, PyType meta, PyObject name, PyObject bases, PyObject ns) {
        PyType cls = newClass(rt, name, bases, ns, meta);
        rt.classCreated(cls, null, new PyObject[0]);
        return cls;
    }

    /** type(name, bases, dict, **kw) (3.x): as {@link #newClass(Runtime, PyObject, PyObject, PyObject)}, kw going to __init_subclass__. */
    static PyType newClass(Runtime rt, PyObject name, PyObject bases, PyObject ns, String[] kwnames, PyObject[] kwvalues) {
        PyType cls = newClass(rt, name, bases, ns, rt.types.type);
        rt.classCreated(cls, kwnames, kwvalues);
        return cls;
    }

    /**
     * What type.__new__ does with the namespace's {@code __qualname__} (keeps it as the class's own, outside its dict)
     * and {@code __doc__} (None when the body has no docstring, so a class never shows its base's). The
     * {@code __doc__} comes last, after the slots' members, as CPython's type_ready adds it: {@code __slots__} may
     * name {@code __doc__} itself.
     */
    public static void takeQualnameSlotsAndDoc(Runtime rt, PyType cls) {
        takeQualname(rt, cls);
        org.pyvm.core.runtime.Slots.install(rt, cls);
        cls.dict.putIfAbsent("__doc__", org.pyvm.core.objects.PyNone.NONE);
        // 3.x type_ready, after the dict's __dict__, __weakref__ and __doc__ (type_ready_set_hash): a class that defines
        // __eq__ but not __hash__ inherits no hash; its dict gets __hash__ = None (what hash() then refuses, and what
        // C.__hash__ and dataclasses see)
        if (!cls.classic && !Level.py2(rt) && cls.dict.containsKey("__eq__") && !cls.dict.containsKey("__hash__")) {
            cls.dict.put("__hash__", PyNone.NONE);
        }
    }

    private static void takeQualname(Runtime rt, PyType cls) {
        PyObject qualname = cls.dict.remove("__qualname__");
        if (qualname != null && !Level.py2(rt)) {
            if (!(qualname instanceof PyStr q)) {
                throw PyError.raise("TypeError", "type __qualname__ must be a str, not " + Ops.typeName(rt, qualname));
            }
            cls.setQualname(q.value());
        }
    }

    /**
     * What CPython's ABCMeta.__new__ has its C helper _abc_init do with a class body's {@code __abc_tpflags__}
     * (collections.abc.Sequence's and Mapping's): set the class's collection flag, which match statements read, and
     * take the name out of its dict. pyvm's abc module is the pure-Python one (_py_abc), which has no such step.
     */
    private static void abcCollectionFlag(PyType cls, PyType meta) {
        if (!(cls.dict.get("__abc_tpflags__") instanceof org.pyvm.core.objects.PyInt flags)) {
            return;
        }
        for (PyType m : meta.mro()) {
            if (m.name(null).equals("ABCMeta")) {
                cls.withCollectionFlag((int) (flags.small & (PyType.SEQUENCE | PyType.MAPPING)));
                cls.dict.remove("__abc_tpflags__");
                return;
            }
        }
    }

    /** A new class made by {@code meta} (type or a metaclass) from name, bases and a copy of dict. */
    private static PyType newClass(Runtime rt, PyObject name, PyObject bases, PyObject ns, PyType meta) {
        if (!(name instanceof PyStr || name instanceof PyBytes && Level.py2(rt))) {
            throw PyError.raise("TypeError", typeArgument(rt, 1, Level.py2(rt) ? "string" : "str") + Ops.argumentTypeName(rt, name));
        }
        if (!(bases instanceof PyTuple bt)) {
            throw PyError.raise("TypeError", typeArgument(rt, 2, "tuple") + Ops.argumentTypeName(rt, bases));
        }
        if (!(ns instanceof PyDict d)) {
            throw PyError.raise("TypeError", typeArgument(rt, 3, "dict") + Ops.argumentTypeName(rt, ns));
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
            PyError refused = t.refusedAsBase(rt.lang);
            if (refused != null) {
                throw refused;
            }
            b[i] = t;
        }
        Ops.checkLayouts(rt, b);
        PyType cls = rt.newUserClass(attrName(rt, name), b, false);
        for (PyObject k : d.keys()) {
            cls.dict.put(attrName(rt, k), d.get(k));
        }
        cls.dict.remove("__classcell__");
        if (!cls.dict.containsKey("__module__")) {
            // the module of the code calling type() (abc for ABCMeta(...)), before the dict's descriptors and __doc__
            cls.dict.put("__module__", rt.currentModuleName());
        }
        takeQualnameSlotsAndDoc(rt, cls);
        org.pyvm.core.builtins.Subclassing.prepare(rt, cls);
        return cls;
    }

    /** The start of type()'s complaint about argument n: 3.x checks them in type.__new__ and says so. */
    private static String typeArgument(Runtime rt, int n, String expected) {
        return (Level.py2(rt) ? "type()" : "type.__new__()") + " argument " + n + " must be " + expected + ", not ";
    }

    /** The TypeError of a builtin value's __format__ given something other than one format string. */
    private static PyError formatSpecError(Runtime rt, PyType t, PyObject[] a, String[] kw) {
        // 3.10+ names the method with its class (Argument Clinic); before, __format__() alone
        String fname = Level.modern(rt) ? t.name(rt.lang) + ".__format__()" : "__format__()";
        if (kw != null && kw.length > 0) {
            return PyError.raise("TypeError", fname + " takes no keyword arguments");
        }
        if (a.length != 1) {
            return PyError.raise("TypeError", fname + " takes exactly " + (Level.modern(rt) ? "one argument" : "1 argument")
                    + " (" + a.length + " given)");
        }
        String got = a[0] == PyNone.NONE ? "None" : Ops.typeName(rt, a[0]);
        if (Level.py2(rt)) {
            return PyError.raise("TypeError", t == rt.types.str || t == rt.types.bytes ? "__format__ arg must be str or unicode, not " + got
                    : "__format__ requires str or unicode");
        }
        return PyError.raise("TypeError", Level.modern(rt) ? "__format__() argument must be str, not " + got
                : "__format__() argument 1 must be str, not " + got);
    }
}
