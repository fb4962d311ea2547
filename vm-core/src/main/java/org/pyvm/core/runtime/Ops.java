package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * The object protocols every operation goes through: truth, str/repr, attributes, items,
 * arithmetic, comparison, iteration and calls. Builtin values take fast Java paths; instances of
 * classes go through their dunder methods.
 */
public final class Ops {
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private Ops() {
    }

    // ---------------------------------------------------------------- type and identity

    /**
     * object.__repr__ of any object, whatever its type's own repr: {@code <int object at 0x...>}, and for a class
     * outside builtins its module and qualified name, {@code <__main__.C object at 0x...>}.
     */
    public static String objectRepr(Runtime rt, PyObject o) {
        if (o instanceof PyInstance) {
            return o.repr(rt.lang); // 2.7 classic instances say "instance"
        }
        PyType t = rt.types.of(o);
        String module = t.moduleName();
        String name = t.builtin ? tpName(rt, t)
                : (module.equals("builtins") || module.equals("__builtin__") ? "" : module + ".") + t.qualname(rt.lang);
        return "<" + name + " object at 0x" + Long.toHexString(org.pyvm.core.objects.Ids.address(o)) + ">";
    }

    /** The data attributes (int.real, slice.start...) of builtin type {@code t} that its dict does not hold. */
    public static java.util.List<String> builtinDataNames(Runtime rt, PyType t) {
        return BuiltinData.names(rt, t);
    }

    public static String typeName(Runtime rt, PyObject o) {
        return tpName(rt, rt.types.typeOf(o));
    }

    /**
     * How CPython's argument parsers name a wrong argument's type in "f() argument 1 must be str, not X"
     * (getargs.c converterr, Argument Clinic's _PyArg_BadArgument, in every version): "None" for None,
     * else the type's name. Messages a function writes itself use {@link #typeName} ('NoneType').
     */
    public static String argumentTypeName(Runtime rt, PyObject o) {
        return o == org.pyvm.core.objects.PyNone.NONE ? "None" : typeName(rt, o);
    }

    /**
     * CPython's tp_name, which its messages quote: a class statement's type has its bare name, while a type
     * implemented in C by a module other than builtins has "module.name" ('collections.deque' object has no
     * attribute...). CPython derives such a type's __module__ from that dotted name; pyvm goes the other way.
     * 2.7's builtin exceptions are such types too ('exceptions.ValueError' object has no attribute 'x'), though
     * their repr and a traceback's last line show the bare name.
     */
    public static String tpName(Runtime rt, PyType t) {
        String name = t.name(rt.lang);
        if (!t.builtin) {
            return t.messageName() != null ? t.messageName() : name;
        }
        PyObject m = t.dict.get("__module__");
        String module = m instanceof PyStr s ? s.value() : m instanceof org.pyvm.core.objects.PyBytes b ? Strings.latin1(b.bytes()) : null;
        if (module == null || module.equals("builtins") || module.equals("__builtin__")) {
            return name;
        }
        return module + "." + name;
    }

    // ---------------------------------------------------------------- truth

    public static boolean truth(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.UserSubclass && (Overrides.find(o, "__bool__") != null
                || Overrides.find(o, "__nonzero__") != null || Overrides.find(o, "__len__") != null)) {
            return instanceTruth(rt, o);
        }
        if (o instanceof PyBool b) {
            return b.value;
        }
        if (o instanceof PyNone) {
            return false;
        }
        if (o instanceof PyInt i) {
            return i.big != null || i.small != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l) {
            return !l.items().isEmpty();
        }
        if (o instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0;
        }
        if (o instanceof PyBytes b) {
            return b.bytes().length != 0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof PyFrozenSet s) {
            return s.size() != 0;
        }
        if (o instanceof PyRange r) {
            return r.isBig() ? r.bigLength().signum() != 0 : r.length() != 0;
        }
        if (o instanceof PyComplex c) {
            return c.real != 0 || c.imag != 0;
        }
        if (o instanceof PyInstance || hasProgramMetaclass(o)) {
            return instanceTruth(rt, o); // also a class whose metaclass defines __bool__ or __len__
        }
        return true;
    }

    /** Truth by the class's {@code __bool__} (2.7 {@code __nonzero__}), else its {@code __len__}, else true. */
    private static boolean instanceTruth(Runtime rt, PyObject o) {
        {
            boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
            PyType type = rt.types.of(o);
            String hook = py2 ? "__nonzero__" : "__bool__";
            if (type.lookup(hook) == null && type.lookup("__len__") == null && !classicByAttribute(o)) {
                return true; // most instances (`if node:`): two cached lookups, no argument arrays made for nothing
            }
            PyObject r = callMethod(rt, o, hook);
            if (r != null) {
                if (r instanceof PyBool b) {
                    return b.value;
                }
                if (py2 && r instanceof PyInt i) {
                    return i.big != null || i.small != 0;
                }
                if (py2 && type.classic) {
                    throw PyError.raise("TypeError", "__nonzero__ should return an int"); // instance_nonzero's words
                }
                throw PyError.raise("TypeError", (py2 ? "__nonzero__ should return bool or int" : "__bool__ should return bool")
                        + ", returned " + typeName(rt, r));
            }
            r = callMethod(rt, o, "__len__");
            if (r != null) {
                if (!Arithmetic.isIntLike(r)) {
                    throw PyError.raise("TypeError", py2 && type.classic ? "__len__() should return an int" : py2 ? "an integer is required"
                            : "'" + typeName(rt, r) + "' object cannot be interpreted as an integer");
                }
                return Sequences.checkedLength(rt, Arithmetic.asInt(r)) != 0;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- str and repr

    public static String repr(Runtime rt, PyObject o) {
        rt.enterNested(" while getting the repr of an object"); // PyObject_Repr's Py_EnterRecursiveCall
        try {
            return reprCounted(rt, o);
        } finally {
            rt.leave();
        }
    }

    private static String reprCounted(Runtime rt, PyObject o) {
        if (o instanceof PyInstance || o instanceof PyType t && t.metatype() != null && !t.metatype().builtin
                || Overrides.find(o, "__repr__") != null) {
            PyObject r = callMethod(rt, o, "__repr__");
            if (r != null) {
                return text(rt, r, "__repr__");
            }
        }
        return reprBuiltin(rt, o);
    }

    /** The builtin repr of a value, whatever a subclass defines ({@code list.__repr__(self)}). */
    public static String reprBuiltin(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyBoundMethod m && m.self != null) {
            return m.repr(rt.lang, repr(rt, m.self)); // the object shown by its own __repr__
        }
        if (o instanceof StructSequence) {
            return o.repr(rt.lang);
        }
        if (o instanceof PyInt i && i.big != null) {
            return i.repr(rt.lang, rt.intMaxStrDigits()); // within this VM's sys.set_int_max_str_digits()
        }
        if (o instanceof org.pyvm.core.objects.PySlice s) {
            return "slice(" + repr(rt, s.start) + ", " + repr(rt, s.stop) + ", " + repr(rt, s.step) + ")"; // each part's own repr
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof org.pyvm.core.objects.PySet
                || o instanceof org.pyvm.core.objects.PyFrozenSet) {
            return Containers.repr(rt, o);
        }
        return o.repr(rt.lang);
    }

    /** An identifier or builtin message as a Python str: 2.7 byte strings, 3.x text. */
    public static PyObject name(Runtime rt, String s) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return PyStr.of(s);
    }

    /** {@code str(o)} as text. */
    public static String str(Runtime rt, PyObject o) {
        Object r = strRaw(rt, o);
        return r instanceof String t ? t : text(rt, (PyObject) r, "__str__");
    }

    /**
     * 2.7's _PyObject_Str: a unicode object when o's __str__ returned one (which str() then encodes, and which
     * makes {@code '%s' % o} unicode), else the byte string of {@link #str}.
     */
    public static PyObject str27(Runtime rt, PyObject o) {
        Object r = strRaw(rt, o);
        if (r instanceof PyStr u) {
            return u;
        }
        return Strings.text(rt, r instanceof String t ? t : text(rt, (PyObject) r, "__str__"));
    }

    /**
     * A class whose metaclass is a program's: its special methods (__str__, __bool__, __eq__, __format__, __dir__...)
     * are the metaclass's, found as CPython finds them on type(cls).
     */
    public static boolean hasProgramMetaclass(PyObject o) {
        return o instanceof PyType t && t.metatype() != null && !t.metatype().builtin;
    }

    /**
     * The dict whose items dict(m), d.update(m), {**m} and f(**m) may read directly, or null when they must ask
     * m.keys() and m[key]: 3.x's dict_merge takes the fast path only for a dict whose class keeps dict's own
     * __iter__ (2.7's for any dict).
     */
    public static PyDict plainDict(Runtime rt, PyObject m) {
        if (!(m instanceof PyDict d)) {
            return null;
        }
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        return py2 || !(m instanceof org.pyvm.core.objects.UserSubclass) || Overrides.find(m, "__iter__") == null ? d : null;
    }

    /** The text of str(o), or what a __str__ of the program returned (not yet checked to be a string). */
    private static Object strRaw(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.UserSubclass u) {
            PyObject m = subclassStr(rt, u);
            if (m != null) {
                return call(rt, m, o);
            }
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyInt i) {
            return i.big == null ? Long.toString(i.small) : PyInt.decimal(rt.lang, rt.intMaxStrDigits(), i.big); // 2.7: str(long) has no L
        }
        if (o instanceof PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.latin1(b.bytes());
        }
        if (o instanceof PyFloat f && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.str27(f.value);
        }
        if (o instanceof org.pyvm.core.objects.PyComplex c && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.complexStr27(c);
        }
        if (o instanceof org.pyvm.core.objects.UserSubclass && (Overrides.find(o, "__str__") != null || Overrides.find(o, "__repr__") != null)) {
            return callMethod(rt, o, "__str__");
        }
        if (o instanceof MappingProxy p) {
            return p.str(); // mappingproxy's tp_str
        }
        if (o instanceof PyType t && t.classic) {
            return t.moduleName() + "." + t.name(rt.lang); // 2.7 class_str: the dotted name, without the address
        }
        if (hasProgramMetaclass(o) && ((PyType) o).metatype().programLookup("__str__") != null) {
            return callMethod(rt, o, "__str__");
        }
        if (o instanceof PyInstance) {
            rt.enterNested(" while getting the str of an object"); // PyObject_Str's own level
            PyObject r;
            try {
                r = callMethod(rt, o, "__str__");
            } finally {
                rt.leave();
            }
            if (r != null) {
                return r;
            }
            if (o instanceof org.pyvm.core.objects.PyBaseException e) {
                return Exceptions.str(rt, e);
            }
        }
        return repr(rt, o);
    }

    /**
     * The __str__ a builtin's subclass finds along its MRO: a class's own, including one of a class after
     * the builtin ({@code class L(list, Mixin)}) when the builtin defines none of its own; null when the
     * builtin's (or object's) decides.
     */
    private static PyObject subclassStr(Runtime rt, org.pyvm.core.objects.UserSubclass u) {
        for (PyType t : u.type().mro()) {
            if (!t.builtin) {
                PyObject m = t.dict.get("__str__");
                if (m != null) {
                    return m;
                }
            } else if (t == rt.types.object) {
                // object.__str__ is repr(): a class's own __repr__ when it has one (3.11's int subclasses)
                return Overrides.find((PyObject) u, "__repr__");
            } else if (builtinDefinesStr(rt, t)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Builtin types with a tp_str of their own: str and bytes; int, long, float and bool too in 2.7 and 3.6
     * (3.11's take object's, which calls their repr); list, tuple, dict, set never.
     */
    private static boolean builtinDefinesStr(Runtime rt, PyType t) {
        Types ty = rt.types;
        if (t == ty.str || t == ty.bytes) {
            return true;
        }
        boolean numbersHaveStr = rt.lang.major() == 2 || rt.lang.minor() < 11;
        return numbersHaveStr && (t == ty.int_ || t == ty.long_ || t == ty.float_ || t == ty.bool)
                || !(t == ty.list || t == ty.tuple || t == ty.dict || t == ty.set || t == ty.frozenset
                        || t == ty.int_ || t == ty.long_ || t == ty.float_ || t == ty.bool);
    }

    private static String text(Runtime rt, PyObject r, String method) {
        if (r instanceof PyStr s) {
            return s.value();
        }
        if (r instanceof PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", method + " returned non-string (type " + typeName(rt, r) + ")");
    }

    // ---------------------------------------------------------------- attributes (the rules live in Attributes)

    /** {@code o.name}, raising AttributeError as CPython words it. */
    public static PyObject getattr(Runtime rt, PyObject o, String name) {
        return Attributes.get(rt, o, name);
    }

    /** {@code name} looked up on o's class and bound to o (CPython's special lookup), or null. */
    public static PyObject lookupSpecial(Runtime rt, PyObject o, String name) {
        return Attributes.special(rt, o, name);
    }

    /**
     * The attribute, or null when {@code o} has none: also when a hook of its (a class's __getattr__, a module's
     * PEP 562 __getattr__) says so by raising AttributeError, as CPython's _PyObject_LookupAttr takes it.
     */
    public static PyObject getattrOrNull(Runtime rt, PyObject o, String name) {
        try {
            return Attributes.getOrNull(rt, o, name);
        } catch (PyError e) {
            if ((o instanceof org.pyvm.core.objects.PyModule || o instanceof PyInstance) && Exceptions.is(rt, e, "AttributeError")) {
                return null;
            }
            throw e;
        }
    }

    /** {@code o.name}, or null when {@code o} has none ({@link #getattr} then raises {@link #noAttribute}); a hook's own error is thrown. */
    public static PyObject attributeOrNull(Runtime rt, PyObject o, String name) {
        return Attributes.lookup(rt, o, name);
    }

    public static PyError noAttribute(Runtime rt, PyObject o, String name) {
        return Attributes.missing(rt, o, name);
    }

    public static void setattr(Runtime rt, PyObject o, String name, PyObject value) {
        Attributes.set(rt, o, name, value);
    }

    public static void delattr(Runtime rt, PyObject o, String name) {
        Attributes.delete(rt, o, name);
    }

    static void genericSetattr(Runtime rt, PyInstance inst, String name, PyObject value) {
        Attributes.genericSet(rt, inst, name, value);
    }

    static java.util.Set<String> slotsOnly(Runtime rt, PyType type) {
        return Attributes.slotsOnly(rt, type);
    }

    /** A class attribute that also controls assignment and deletion (a property). */
    public interface DataDescriptor extends Descriptor {
        void set(PyObject obj, PyObject value);

        /** {@code del obj.name}; a descriptor without a deleter refuses. */
        default void delete(PyObject obj) {
            throw PyError.raise("AttributeError", "can't delete attribute");
        }
    }


    /** A 2.7 classic instance whose methods may come from elsewhere than its class: its own dict, or its __getattr__. */
    static boolean classicByAttribute(PyObject o) {
        return o instanceof PyInstance ci && ci.type().classic && (ci.type().getattrHook() != null || !ci.dict.isEmpty());
    }

    /** Calls {@code o.name()} when the type defines it; null when it does not. */
    public static PyObject callMethod(Runtime rt, PyObject o, String name, PyObject... args) {
        if (o instanceof PyInstance ci && ci.type().classic && (ci.dict.containsKey(name) || ci.type().getattrHook() != null)) {
            // 2.7's classic instances find their special methods as attributes: in their own dict, and through __getattr__
            PyObject bound = ClassicNumbers.attribute(rt, o, name);
            return bound == null ? null : call(rt, bound, args, null);
        }
        PyType type = rt.types.of(o);
        PyObject m = type.lookup(name);
        if (m == null) {
            return null;
        }
        if (m instanceof PyInstance di && !di.type().builtin && !di.type().classic) {
            // a program's descriptor in the class (unittest.mock's MagicProxy): the slot calls what its __get__ gives
            PyObject get = di.type().lookup("__get__");
            if (get != null) {
                return call(rt, call(rt, get, m, o, type), args, null);
            }
            // a callable object that is no descriptor (a Mock set as mock.__getitem__) is called without the instance
            return call(rt, m, args, null);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        if (m instanceof PyMethodDescriptor d) {
            return d.invoke(o, args, null);
        }
        return callCounted(rt, rt.methodCallLevels(), m, all, null);
    }

    /** {@code f(args)} inside {@code levels} recursion levels of the C calls that CPython makes on the way to it. */
    static PyObject callCounted(Runtime rt, int levels, PyObject f, PyObject[] args, String[] kwnames) {
        return callCounted(rt, levels, f, args, kwnames, false);
    }

    /** {@link #callCounted}; {@code builtinType}: f is a builtin type, called by its own constructor. */
    private static PyObject callCounted(Runtime rt, int levels, PyObject f, PyObject[] args, String[] kwnames, boolean builtinType) {
        if (levels == 0) {
            return call(rt, f, args, kwnames);
        }
        rt.enterCalls(levels);
        try {
            return builtinType ? ((PyType) f).call(args, kwnames) : call(rt, f, args, kwnames);
        } finally {
            rt.leaveCalls(levels);
        }
    }

    // ---------------------------------------------------------------- calls

    public static PyObject call(Runtime rt, PyObject f, PyObject[] args, String[] kwnames) {
        if (f instanceof PyType t && t.metatype() != null && !t.metatype().builtin) {
            PyObject m = t.metatype().lookup("__call__");
            if (m instanceof PyType callType) {
                return call(rt, callType, args, kwnames); // `__call__ = dict` (typing's TypedDict): a class binds to nothing
            }
            if (m != null && m != rt.types.type.dict.get("__call__")) {
                // a metaclass's own __call__ decides what calling its classes does
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = f;
                System.arraycopy(args, 0, all, 1, args.length);
                return call(rt, m, all, kwnames);
            }
        }
        if (f instanceof org.pyvm.core.objects.PyMethodDescriptor d) {
            checkDescriptorSelf(rt, d, args, kwnames);
        }
        if (f instanceof PyType t && t.builtin && rt.lang.has(LanguageFeature.TP_CALL_COUNTS_RECURSION)) {
            // before 3.8 calling a builtin type is a PyObject_Call of its tp_call: a recursion level
            return callCounted(rt, 1, t, args, kwnames, true);
        }
        if (f instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        if (f instanceof PyInstance i && i.type().classic) {
            // 2.7 instance_call: __call__ is an attribute of the instance, found in its own dict too
            PyObject own = Attributes.getOrNull(rt, f, "__call__");
            if (own == null) {
                throw PyError.raise("AttributeError", i.type().name(rt.lang) + " instance has no __call__ method");
            }
            return call(rt, own, args, kwnames);
        }
        PyObject m = rt.types.of(f).lookup("__call__");
        if (m != null && !(f instanceof PyType)) {
            return callInstance(rt, f, m, args, kwnames);
        }
        throw PyError.raise("TypeError", "'" + typeName(rt, f) + "' object is not callable");
    }

    /**
     * slot_tp_call: an instance called, its class holding {@code m} as {@code __call__}: a method gets the instance
     * first (inside the instance's call level, PyObject_Call or 3.8+ _PyObject_MakeTpCall, and before 3.8 the slot's
     * own calls); a descriptor is bound; anything else is called as it is (__call__ = None: "'NoneType' object is not
     * callable").
     */
    private static PyObject callInstance(Runtime rt, PyObject f, PyObject m, PyObject[] args, String[] kwnames) {
        if (m instanceof PyCallable) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = f;
            System.arraycopy(args, 0, all, 1, args.length);
            return callCounted(rt, 1 + rt.methodCallLevels(), m, all, kwnames);
        }
        if (m instanceof Descriptor d) {
            return call(rt, d.get(f, rt.types.of(f)), args, kwnames);
        }
        PyObject get = rt.types.of(m).lookup("__get__");
        return call(rt, get != null ? call(rt, get, m, f, rt.types.of(f)) : m, args, kwnames);
    }

    /**
     * CPython's descr_check before a builtin type's method runs unbound ({@code list.append(lst, x)}): it needs
     * an object, and one of its type, or the call is a TypeError in that version's words.
     */
    private static void checkDescriptorSelf(Runtime rt, org.pyvm.core.objects.PyMethodDescriptor d, PyObject[] args, String[] kwnames) {
        if (args.length > (kwnames == null ? 0 : kwnames.length) && rt.types.of(args[0]).isSubtypeOf(d.owner())) {
            return; // the call every program makes: its words are made only for an error
        }
        String owner = tpName(rt, d.owner());
        if (args.length == (kwnames == null ? 0 : kwnames.length)) {
            throw PyError.raise("TypeError", rt.lang.has(LanguageFeature.UNBOUND_METHOD_NEEDS_ARGUMENT) && !d.isSlotWrapper()
                    ? "unbound method " + owner + "." + d.name() + "() needs an argument"
                    : "descriptor '" + d.name() + "' of '" + owner + "' object needs an argument");
        }
        if (!rt.types.of(args[0]).isSubtypeOf(d.owner())) {
            String got = typeName(rt, args[0]);
            throw PyError.raise("TypeError", rt.lang.has(LanguageFeature.DESCRIPTOR_CHECK_SAYS_DOESNT_APPLY) && !d.isSlotWrapper()
                    ? "descriptor '" + d.name() + "' for '" + owner + "' objects doesn't apply to a '" + got + "' object"
                    : "descriptor '" + d.name() + "' requires a '" + owner + "' object but received a '" + got + "'");
        }
    }

    /**
     * An integer where CPython's C code asks PyIndex_Check first: an int as it is, a bool as its int, an object whose
     * type has __index__ as what that gives; null for anything else, and where that __index__ raises TypeError (the
     * caller then takes the object some other way, as bytes() takes it as an iterable).
     */
    public static org.pyvm.core.objects.PyInt indexOrNull(Runtime rt, PyObject x) {
        if (x instanceof org.pyvm.core.objects.PyInt n) {
            return n;
        }
        if (x instanceof org.pyvm.core.objects.PyBool b) {
            return org.pyvm.core.objects.PyInt.of(b.value ? 1 : 0);
        }
        if (!(x instanceof PyInstance || x instanceof org.pyvm.core.objects.UserSubclass) || rt.types.of(x).lookup("__index__") == null) {
            return null;
        }
        try {
            return exactIndex(rt, x);
        } catch (PyError e) {
            if (Exceptions.is(rt, e, "TypeError")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * PyNumber_Index: an int as it is, else what its type's __index__ gives, which must be an int; anything else is
     * the TypeError in its version's words. From 3.10 the answer is an exact int (a bool or an int subclass's
     * instance becomes its plain value).
     */
    public static PyObject numberIndex(Runtime rt, PyObject x) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        PyObject r = x;
        if (!(x instanceof org.pyvm.core.objects.PyInt || x instanceof org.pyvm.core.objects.PyBool)) {
            PyObject method = rt.types.of(x).lookup("__index__");
            if (method == null) {
                throw PyError.raise("TypeError", "'" + typeName(rt, x) + "' object cannot be interpreted as " + (py2 ? "an index" : "an integer"));
            }
            r = indexResult(rt, call(rt, method, x));
        }
        return !py2 && rt.lang.minor() >= 10 ? exactInt(r) : r;
    }

    /**
     * What an {@code __index__} method gave, checked as PyNumber_Index checks it: an int (a bool or an int subclass's
     * instance too), else the TypeError in its version's words. 3.x takes such a strict subclass's instance with a
     * DeprecationWarning.
     */
    public static PyObject indexResult(Runtime rt, PyObject r) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (!(r instanceof org.pyvm.core.objects.PyInt || r instanceof org.pyvm.core.objects.PyBool)) {
            throw PyError.raise("TypeError", (py2 ? "__index__ returned non-(int,long) (type " : "__index__ returned non-int (type ")
                    + typeName(rt, r) + ")");
        }
        if (!py2) {
            warnStrictSubclass(rt, "__index__", r, "int");
        }
        return r;
    }

    /**
     * 3.x's DeprecationWarning for a conversion method ({@code __int__}, {@code __index__}, {@code T.__float__}) that
     * returned an instance of a strict subclass of {@code kind} (a bool for int).
     */
    public static void warnStrictSubclass(Runtime rt, String method, PyObject result, String kind) {
        if (result instanceof org.pyvm.core.objects.PyBool || result instanceof org.pyvm.core.objects.UserSubclass) {
            Warn.warn(rt, "DeprecationWarning", method + " returned non-" + kind + " (type " + typeName(rt, result)
                    + ").  The ability to return an instance of a strict subclass of " + kind
                    + " is deprecated, and may be removed in a future version of Python.");
        }
    }

    /** {@link #numberIndex} as an exact int in every version (a bool or an int subclass's instance as its plain value). */
    public static org.pyvm.core.objects.PyInt exactIndex(Runtime rt, PyObject x) {
        return exactInt(numberIndex(rt, x));
    }

    private static org.pyvm.core.objects.PyInt exactInt(PyObject i) {
        return i instanceof org.pyvm.core.objects.PyBool b ? org.pyvm.core.objects.PyInt.of(b.value ? 1 : 0)
                : (org.pyvm.core.objects.PyInt) org.pyvm.core.objects.UserSubclass.plainOf(i);
    }

    /** {@code init(instance, *args, **kw)}, an {@code __init__} found for a new instance, which must return None. */
    public static void callInit(Runtime rt, PyObject init, PyObject instance, PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = instance;
        System.arraycopy(args, 0, all, 1, args.length);
        PyObject r = callCounted(rt, rt.methodCallLevels(), init, all, kwnames); // slot_tp_init's call
        if (r != PyNone.NONE) {
            // 2.7's instance_new (old-style classes) does not name the type; type_call does
            boolean classic = instance instanceof org.pyvm.core.objects.PyInstance i && i.type().classic;
            throw PyError.raise("TypeError", "__init__() should return None" + (classic ? "" : ", not '" + typeName(rt, r) + "'"));
        }
    }

    public static PyObject call(Runtime rt, PyObject f, PyObject... args) {
        return call(rt, f, args, null);
    }

    // ---------------------------------------------------------------- arithmetic

    private static final String[] DUNDER = new String[Operator.values().length];
    private static final String[] SYMBOL = new String[Operator.values().length];
    /** The method names each operator tries, made once: {@code __iadd__}, {@code __add__}, {@code __radd__}. */
    private static final String[] IDUNDER = new String[Operator.values().length];
    private static final String[] LDUNDER = new String[Operator.values().length];
    private static final String[] RDUNDER = new String[Operator.values().length];

    static {
        String[][] names = {
            {"ADD", "add", "+"}, {"SUBTRACT", "sub", "-"}, {"MULTIPLY", "mul", "*"}, {"TRUE_DIVIDE", "truediv", "/"},
            {"FLOOR_DIVIDE", "floordiv", "//"}, {"REMAINDER", "mod", "%"}, {"POWER", "pow", "** or pow()"},
            {"LSHIFT", "lshift", "<<"}, {"RSHIFT", "rshift", ">>"}, {"AND", "and", "&"}, {"OR", "or", "|"},
            {"XOR", "xor", "^"}, {"MATRIX_MULTIPLY", "matmul", "@"}, {"DIVIDE", "div", "/"},
        };
        for (String[] n : names) {
            Operator o = Operator.valueOf(n[0]);
            DUNDER[o.ordinal()] = n[1];
            SYMBOL[o.ordinal()] = n[2];
            Operator in = Operator.valueOf("INPLACE_" + n[0]);
            DUNDER[in.ordinal()] = n[1];
            SYMBOL[in.ordinal()] = n[2] + "=";
        }
        for (int k = 0; k < DUNDER.length; k++) {
            if (DUNDER[k] != null) {
                IDUNDER[k] = "__i" + DUNDER[k] + "__";
                LDUNDER[k] = "__" + DUNDER[k] + "__";
                RDUNDER[k] = "__r" + DUNDER[k] + "__";
            }
        }
    }


    /**
     * The builtin numbers' own arithmetic, what {@code float.__pow__(x, y)} by name does: no operand's methods
     * asked (that is where they come from); null when the operands are not builtin numbers.
     */
    public static PyObject numberBinary(Runtime rt, Operator op, PyObject a, PyObject b) {
        PyObject r = Arithmetic.binary(rt, op, a, b);
        if (r == null && (op == Operator.POWER || op == Operator.INPLACE_POWER) && Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            r = Complexes.power(rt, a, b); // a negative float to a fractional power: complex in 3.x
        }
        return r;
    }

    /** Whether b's reflected method goes before a's: b a new-style instance of a proper subclass of a's class. */
    static boolean subclassOperandFirst(Runtime rt, PyObject a, PyObject b) {
        if (!(b instanceof PyInstance pb) || pb.type().classic) {
            return false;
        }
        PyType ta = rt.types.of(a);
        PyType tb = pb.type();
        return ta != tb && tb.isSubtypeOf(ta);
    }

    /**
     * Whether {@code name} on {@code o} is a builtin sequence's own concatenation or repetition slot (str.__add__,
     * list.__rmul__, list.__iadd__): the operator has already done that sequence's work through
     * {@link Sequences#binary}, and such a slot called by name raises where the operator goes on to the other operand.
     */
    private static boolean sequenceSlot(Runtime rt, PyObject o, String name) {
        if (!(o instanceof PyStr || o instanceof PyBytes || o instanceof PyList || o instanceof PyTuple) || o instanceof PyInstance) {
            return false;
        }
        return rt.types.of(o).lookup(name) instanceof org.pyvm.core.objects.PyMethodDescriptor d && d.owner().builtin
                && (name.endsWith("add__") || name.endsWith("mul__"));
    }

    /** {@code a op b}, the in-place forms included. */
    public static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        if (a instanceof org.pyvm.core.objects.UserSubclass || b instanceof org.pyvm.core.objects.UserSubclass) {
            PyObject own = Overrides.binary(rt, op, DUNDER[op.ordinal()], op.inplace(), a, b);
            if (own != null) {
                return own;
            }
        }
        if ((op == Operator.OR || op == Operator.INPLACE_OR) && rt.lang.major() == 3 && rt.lang.minor() >= 10
                && (a != PyNone.NONE || b != PyNone.NONE) && UnionType.unionable(rt, a) && UnionType.unionable(rt, b)
                && !(a instanceof PyType t && t.metatype() != null && !t.metatype().builtin && t.metatype().lookup("__or__") != null)) {
            return UnionType.or(rt, a, b); // type.__or__: int | str
        }
        int k = op.ordinal();
        if (ClassicNumbers.isClassic(b) && (op == Operator.REMAINDER || op == Operator.INPLACE_REMAINDER)
                && (a instanceof org.pyvm.core.objects.PyBytes || a instanceof PyStr)) {
            // str % x and unicode % x: their own nb_remainder comes first and formats whatever x is, so a classic
            // instance is formatted by its __str__/__repr__, never asked to __coerce__ or __rmod__
            PyObject r = Sequences.binary(rt, op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (ClassicNumbers.isClassic(a) || ClassicNumbers.isClassic(b)) {
            // 2.7's classic instances: __coerce__, then methods found as their attributes (classobject.c)
            PyObject r = ClassicNumbers.binary(rt, op, IDUNDER[k], LDUNDER[k], RDUNDER[k], a, b);
            if (r != null) {
                return r;
            }
            r = Sequences.binary(rt, op, a, b); // a sequence's concatenation or repetition, or its error
            if (r != null) {
                return r;
            }
            throw Errors.unsupportedOperands(rt, symbol(rt, op), a, b);
        }
        PyObject r = Arithmetic.binary(rt, op, a, b);
        if (r != null) {
            return r;
        }
        r = Sequences.binary(rt, op, a, b);
        if (r != null) {
            return r;
        }
        if (op.inplace() && (a instanceof PyInstance || rt.types.of(a).lookup(IDUNDER[k]) != null) && !sequenceSlot(rt, a, IDUNDER[k])) {
            r = callMethod(rt, a, IDUNDER[k], b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInstance || b instanceof PyInstance || rt.types.of(a).lookup(LDUNDER[k]) != null
                || rt.types.of(b).lookup(RDUNDER[k]) != null) {
            // CPython's binary_op1 and slot functions: b's reflected method first when b's class is a proper
            // subclass of a's that overrides it; never when both are of one (new-style) class
            PyType ta = rt.types.of(a);
            PyType tb = rt.types.of(b);
            boolean reflectedFirst = subclassOperandFirst(rt, a, b) && tb.lookup(RDUNDER[k]) != ta.lookup(RDUNDER[k]);
            if (reflectedFirst && !sequenceSlot(rt, b, RDUNDER[k])) {
                r = callMethod(rt, b, RDUNDER[k], a);
                if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            r = sequenceSlot(rt, a, LDUNDER[k]) ? null : callMethod(rt, a, LDUNDER[k], b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            boolean oneClass = ta == tb && a instanceof PyInstance pa && !pa.type().classic;
            if (!reflectedFirst && !oneClass && !sequenceSlot(rt, b, RDUNDER[k])) {
                r = callMethod(rt, b, RDUNDER[k], a);
                if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if ((op == Operator.POWER || op == Operator.INPLACE_POWER) && Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            return Complexes.power(rt, a, b);
        }
        Errors.complexFloorOrMod(rt, op, a, b);
        throw Errors.unsupportedOperands(rt, symbol(rt, op), a, b);
    }

    /**
     * The operator as an unsupported-operands error names it. {@code **=} goes through ternary_op, which
     * before 3.10 always said "** or pow()" whatever operator called it; 3.10+ passes "**=" (the release of
     * qualified names in call errors, the nearest feature).
     */
    private static String symbol(Runtime rt, Operator op) {
        if (op == Operator.INPLACE_POWER) {
            return rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "**=" : SYMBOL[Operator.POWER.ordinal()];
        }
        return SYMBOL[op.ordinal()];
    }

    public static PyObject unary(Runtime rt, Operator op, PyObject a) {
        if (op == Operator.NOT) {
            return PyBool.of(!truth(rt, a));
        }
        if (op == Operator.CONVERT) {
            return Strings.text(rt, repr(rt, a));
        }
        String dunder = op == Operator.NEGATIVE ? "__neg__" : op == Operator.POSITIVE ? "__pos__" : "__invert__";
        PyObject r = Overrides.call(rt, a, dunder);
        if (r != null) {
            return r;
        }
        r = Arithmetic.unary(rt, op, a);
        if (r != null) {
            return r;
        }
        r = ClassicNumbers.callSlot(rt, a, dunder);
        if (r != null) {
            return r;
        }
        String symbol = op == Operator.NEGATIVE ? "unary -" : op == Operator.POSITIVE ? "unary +" : "unary ~";
        throw PyError.raise("TypeError", "bad operand type for " + symbol + ": '" + typeName(rt, a) + "'");
    }

    // ---------------------------------------------------------------- comparison

    public static PyObject compare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        switch (c) {
            case IS:
                return PyBool.of(same(a, b));
            case IS_NOT:
                return PyBool.of(!same(a, b));
            case IN:
                return PyBool.of(contains(rt, b, a));
            case NOT_IN:
                return PyBool.of(!contains(rt, b, a));
            case EXCEPTION_MATCH:
                return PyBool.of(Exceptions.handlerMatches(rt, a, b));
            default:
                return Comparisons.richCompare(rt, c, a, b);
        }
    }

    /** {@code a is b}: identity, with small ints, bools and None behaving as CPython's shared objects do. */
    public static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null && x.isLong == y.isLong) {
            return x.small == y.small && x.small >= -5 && x.small <= 256;
        }
        if (a instanceof PyBool x && b instanceof PyBool y) {
            return x.value == y.value;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.sameSharedText(y);
        }
        if (a instanceof org.pyvm.core.objects.PyBytes x && b instanceof org.pyvm.core.objects.PyBytes y) {
            return x.sameSharedBytes(y);
        }
        return false;
    }

    /** {@code a == b} as a Java boolean (dict keys, list.index, in). */
    public static boolean eq(Runtime rt, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return truth(rt, Comparisons.richCompare(rt, Comparison.EQ, a, b));
    }

    /** The order of two strings by code point (str's {@code <}): -1, 0 or 1. */
    public static int compareStrings(org.pyvm.core.objects.PyStr x, org.pyvm.core.objects.PyStr y) {
        return Comparisons.compareCodePoints(x, y);
    }

    /** One level of the recursion limit deeper for a comparison of containers (leave with {@link Runtime#leave}). */
    public static void enterComparison(Runtime rt) {
        Comparisons.enterComparison(rt);
    }

    /** 2.7 {@code cmp(a, b)}: -1, 0 or 1. */
    public static int cmp27(Runtime rt, PyObject a, PyObject b) {
        return Comparisons.cmp27(rt, a, b);
    }

    public static boolean contains(Runtime rt, PyObject container, PyObject item) {
        return Sequences.contains(rt, container, item);
    }

    // ---------------------------------------------------------------- items

    public static PyObject getitem(Runtime rt, PyObject o, PyObject key) {
        return Sequences.getitem(rt, o, key);
    }

    public static void setitem(Runtime rt, PyObject o, PyObject key, PyObject value) {
        Sequences.setitem(rt, o, key, value);
    }

    public static void delitem(Runtime rt, PyObject o, PyObject key) {
        Sequences.delitem(rt, o, key);
    }

    public static int len(Runtime rt, PyObject o) {
        return Sequences.len(rt, o);
    }

    /**
     * {@link #hash} of a key that a dict or set operation looks up or stores next: a program's {@code __hash__} it
     * called is not called again by the table ({@link Runtime#handOverHash}).
     */
    public static long hashForTable(Runtime rt, PyObject key) {
        long h = hash(rt, key);
        if (key instanceof PyInstance || key instanceof org.pyvm.core.objects.UserSubclass) {
            rt.handOverHash(key, h);
        }
        return h;
    }

    public static long hash(Runtime rt, PyObject o) {
        if (o instanceof PyInstance inst) {
            return instanceHash(rt, inst);
        }
        if (!rt.lang.has(LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY) && (o instanceof org.pyvm.core.objects.PyBoundMethod
                || o instanceof org.pyvm.core.objects.PyBuiltinFunction b && b.self() != null)) {
            return methodHash(rt, o); // before 3.8 a method hashes its object by value: unhashable with a list's
        }
        if (o instanceof PyType cls && !cls.builtin) {
            // a class whose metaclass (a program's) defines __hash__, or __eq__ alone (then __hash__ is None)
            for (PyType t : rt.types.of(cls).mro()) {
                if (t.builtin) {
                    break;
                }
                PyObject h = t.dict.get("__hash__");
                if (h instanceof PyNone) {
                    throw PyError.raise("TypeError", "unhashable type: '" + typeName(rt, o) + "'");
                }
                if (h != null) {
                    PyObject r = call(rt, h, o);
                    if (!(r instanceof PyInt i)) {
                        throw badHashResult(rt, false);
                    }
                    long v = i.big == null ? i.small : i.hash(rt.lang);
                    return v == -1 ? -2 : v;
                }
            }
        }
        if (o instanceof org.pyvm.core.objects.UserSubclass) {
            PyObject h = Overrides.find(o, "__hash__");
            if (h instanceof PyNone) { // set to None when the class was made with an __eq__ of its own
                throw PyError.raise("TypeError", "unhashable type: '" + typeName(rt, o) + "'");
            }
            if (h != null) {
                PyObject r = call(rt, h, o);
                if (!(r instanceof PyInt i)) {
                    throw badHashResult(rt, false);
                }
                long v = i.big == null ? i.small : i.hash(rt.lang);
                return v == -1 ? -2 : v;
            }
        }
        return o.hash(rt.lang);
    }

    /** A class's __hash__ returned no integer: 2.7 converts it as a C long (classic instances check it themselves). */
    private static PyError badHashResult(Runtime rt, boolean classic) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return PyError.raise("TypeError", classic ? "__hash__() should return an int" : "an integer is required");
        }
        return PyError.raise("TypeError", "__hash__ method should return an integer");
    }

    /**
     * hash() of an instance: the first class of its MRO that defines {@code __hash__} decides (None:
     * unhashable); in 3.x a class defining {@code __eq__} without {@code __hash__} is unhashable, and
     * so is a 2.7 classic instance whose class compares ({@code __eq__}/{@code __cmp__}) without hashing.
     */
    static long instanceHash(Runtime rt, PyInstance o) {
        PyType type = o.type();
        if (classicByAttribute(o)) {
            // instance_hash: __hash__, else __eq__ or __cmp__ make it unhashable, each found as an attribute
            PyObject h = ClassicNumbers.attribute(rt, o, "__hash__");
            if (h == null) {
                if (ClassicNumbers.attribute(rt, o, "__eq__") != null || ClassicNumbers.attribute(rt, o, "__cmp__") != null) {
                    throw unhashable(rt, o);
                }
                return o.identityHash();
            }
            PyObject r = call(rt, h);
            if (r instanceof PyBool b) {
                return b.value ? 1 : 0;
            }
            if (!(r instanceof PyInt i)) {
                throw badHashResult(rt, true);
            }
            long v = i.big == null ? i.small : i.hash(rt.lang);
            return v == -1 ? -2 : v;
        }
        boolean py3 = !rt.lang.has(LanguageFeature.STR_IS_BYTES);
        for (PyType t : type.mro()) {
            if (t.builtin) {
                if (t.dict.get("__hash__") instanceof PyNone) {
                    throw unhashable(rt, o); // a mutable builtin made as an instance: bytearray
                }
                break;
            }
            PyObject h = t.dict.get("__hash__");
            if (h instanceof PyNone) {
                throw unhashable(rt, o);
            }
            if (h != null) {
                PyObject r = callCounted(rt, rt.methodCallLevels(), h, new PyObject[] {o}, null); // slot_tp_hash
                if (r instanceof PyBool b) {
                    return b.value ? 1 : 0;
                }
                if (r instanceof PyFloat f && !py3 && !type.classic) {
                    long v = (long) f.value; // 2.7 takes the result as a C long, through the number's __int__
                    return v == -1 ? -2 : v;
                }
                if (!(r instanceof PyInt i)) {
                    throw badHashResult(rt, type.classic);
                }
                long v = i.big == null ? i.small : i.hash(rt.lang);
                return v == -1 ? -2 : v;
            }
            // 3.x: a class defining __eq__ without __hash__ got __hash__ = None when it was made (type_new), so an
            // __eq__ assigned later leaves it hashable; 2.7's classic instances decide at each hash
            if (type.classic && (t.dict.containsKey("__eq__") || t.dict.containsKey("__cmp__"))) {
                throw unhashable(rt, o);
            }
        }
        return o.identityHash();
    }

    private static PyError unhashable(Runtime rt, PyInstance o) {
        if (o.type().classic) {
            return PyError.raise("TypeError", "unhashable instance");
        }
        return PyError.raise("TypeError", "unhashable type: '" + typeName(rt, o) + "'");
    }

    // ---------------------------------------------------------------- iteration

    /** Before 3.8, meth_hash / method_hash: the bound object's hash (it may raise) with the function's. */
    private static long methodHash(Runtime rt, PyObject o) {
        long h;
        if (o instanceof org.pyvm.core.objects.PyBoundMethod m) {
            h = hash(rt, m.self) ^ hash(rt, m.function);
        } else {
            org.pyvm.core.objects.PyBuiltinFunction b = (org.pyvm.core.objects.PyBuiltinFunction) o;
            h = hash(rt, b.self()) ^ b.name().hashCode();
        }
        return h == -1 ? -2 : h;
    }

    /** A new class's bases must agree on their instances' layout (type_new's best_base); see {@link Attributes#checkLayouts}. */
    public static void checkLayouts(Runtime rt, org.pyvm.core.objects.PyType[] bases) {
        Attributes.checkLayouts(rt, bases);
    }

    /** {@code iter(o)}. */
    public static PyObject iter(Runtime rt, PyObject o) {
        PyObject meta = Attributes.metaclassMethod(rt, o, "__iter__");
        if (meta != null) {
            return call(rt, meta);
        }
        PyObject it = Iterators.of(rt, o);
        if (it != null) {
            return it;
        }
        if (o instanceof PyInstance i && !i.type().classic && i.type().lookup("__iter__") == PyNone.NONE
                && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            // 3.x: __iter__ = None says the class is not iterable (slot_tp_iter), whatever __getitem__ it has
            throw PyError.raise("TypeError", "'" + typeName(rt, o) + "' object is not iterable");
        }
        PyObject r = callMethod(rt, o, "__iter__");
        if (r != null) {
            if (o instanceof PyInstance ci && ci.type().classic && !(r instanceof PyIterator)
                    && rt.types.of(r).lookup("next") == null) {
                // 2.7's instance_getiter says which method it asked
                throw PyError.raise("TypeError", "__iter__ returned non-iterator of type '" + typeName(rt, r) + "'");
            }
            checkIterator(rt, r);
            return r;
        }
        if (rt.types.of(o).lookup("__getitem__") != null) {
            return Iterators.bySubscript(rt, o);
        }
        if (o instanceof PyInstance i && i.type().classic) {
            throw PyError.raise("TypeError", "iteration over non-sequence"); // 2.7 instance_getiter
        }
        throw PyError.raise("TypeError", "'" + typeName(rt, o) + "' object is not iterable");
    }

    /** What {@code __iter__} returned must be an iterator, as iter() checks it. */
    static void checkIterator(Runtime rt, PyObject r) {
        if (r instanceof PyIterator) {
            return;
        }
        String name = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "next" : "__next__";
        if (rt.types.of(r).lookup(name) == null) {
            throw PyError.raise("TypeError", "iter() returned non-iterator of type '" + typeName(rt, r) + "'");
        }
    }

    /** The next item of iterator {@code it}, or null at the end (StopIteration from Python code is absorbed). */
    public static PyObject next(Runtime rt, PyObject it) {
        rt.limits().step(); // builtins loop over iterators in Java: sum(range(10**12)) must stop too
        if (it instanceof PyIterator i && i.iterable()) {
            return i.next();
        }
        String name = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "next" : "__next__";
        PyObject m = rt.types.of(it).lookup(name);
        if (m == null) {
            throw PyError.raise("TypeError", "'" + typeName(rt, it) + "' object is not an iterator");
        }
        try {
            return callCounted(rt, rt.methodCallLevels(), m, new PyObject[] {it}, null); // slot_tp_iternext
        } catch (PyError e) {
            if (Exceptions.isStopIteration(rt, e)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable, in order. */
    public static List<PyObject> toList(Runtime rt, PyObject iterable) {
        boolean ownIter = iterable instanceof org.pyvm.core.objects.UserSubclass && Overrides.find(iterable, "__iter__") != null;
        if (iterable instanceof PyList l && !ownIter) {
            return new ArrayList<>(l.items());
        }
        if (iterable instanceof PyTuple t && !ownIter) {
            return new ArrayList<>(List.of(t.items()));
        }
        return drained(rt, iter(rt, iterable));
    }

    /** The items an iterator gives until its end, counted against the memory limit as the list grows. */
    private static List<PyObject> drained(Runtime rt, PyObject it) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = next(rt, it); x != null; x = next(rt, it)) {
            out.add(x);
            Sequences.grew(rt, out, out.size());
        }
        return out;
    }

    /**
     * {@link #toList} as list(), tuple(), sorted() and list.extend() make it: after the iterator, CPython asks
     * PyObject_LengthHint how many items to expect, which calls a program's {@code __len__} (or
     * {@code __length_hint__}) and lets its errors through, all but TypeError (2.7: and AttributeError).
     */
    public static List<PyObject> toListSized(Runtime rt, PyObject iterable) {
        if (!(iterable instanceof PyInstance || iterable instanceof org.pyvm.core.objects.UserSubclass)) {
            return toList(rt, iterable);
        }
        PyObject it = iter(rt, iterable); // a subclass of list or tuple too: only the exact types are copied directly
        lengthHint(rt, iterable);
        return drained(rt, it);
    }

    /** PyObject_LengthHint's calls of a program's __len__, else __length_hint__, for what they raise. */
    private static void lengthHint(Runtime rt, PyObject o) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean classic = o instanceof PyInstance ci && ci.type().classic;
        if (classic || programMethod(rt, o, "__len__") != null) {
            try {
                len(rt, o);
                return;
            } catch (PyError e) {
                if (!Exceptions.is(rt, e, "TypeError") && !(py2 && Exceptions.is(rt, e, "AttributeError"))) {
                    throw e;
                }
            }
        }
        PyObject hint = classic ? null : programMethod(rt, o, "__length_hint__");
        if (hint == null) {
            return;
        }
        PyObject r;
        try {
            r = call(rt, hint, o);
        } catch (PyError e) {
            if (Exceptions.is(rt, e, "TypeError") || py2 && Exceptions.is(rt, e, "AttributeError")) {
                return;
            }
            throw e;
        }
        if (py2 || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return; // 2.7 takes any number it gets, and a default for anything else
        }
        if (r instanceof PyBool) {
            return;
        }
        if (!(r instanceof PyInt n)) {
            throw PyError.raise("TypeError", "__length_hint__ must be an integer, not " + typeName(rt, r));
        }
        if (n.big != null ? n.big.signum() < 0 : n.small < 0) {
            throw PyError.raise("ValueError", "__length_hint__() should return >= 0");
        }
    }

    /** The method {@code name} that a program's class of {@code o} defines (its own or a base's), or null. */
    private static PyObject programMethod(Runtime rt, PyObject o, String name) {
        return o instanceof org.pyvm.core.objects.UserSubclass ? Overrides.find(o, name) : rt.types.of(o).programLookup(name);
    }

    static PyObject[] noArgs() {
        return NO_ARGS;
    }
}
