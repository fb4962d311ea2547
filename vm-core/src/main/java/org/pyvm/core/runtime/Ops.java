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

    public static String typeName(Runtime rt, PyObject o) {
        return rt.types.typeOf(o).name(rt.lang);
    }

    // ---------------------------------------------------------------- truth

    public static boolean truth(Runtime rt, PyObject o) {
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
            return r.length() != 0;
        }
        if (o instanceof PyComplex c) {
            return c.real != 0 || c.imag != 0;
        }
        if (o instanceof PyInstance) {
            boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
            PyObject r = callMethod(rt, o, py2 ? "__nonzero__" : "__bool__");
            if (r != null) {
                if (r instanceof PyBool b) {
                    return b.value;
                }
                if (py2 && r instanceof PyInt i) {
                    return i.big != null || i.small != 0;
                }
                throw PyError.raise("TypeError", (py2 ? "__nonzero__ should return bool or int" : "__bool__ should return bool")
                        + ", returned " + typeName(rt, r));
            }
            r = callMethod(rt, o, "__len__");
            if (r != null) {
                if (!Arithmetic.isIntLike(r)) {
                    throw PyError.raise("TypeError", py2 ? "an integer is required"
                            : "'" + typeName(rt, r) + "' object cannot be interpreted as an integer");
                }
                PyInt n = Arithmetic.asInt(r);
                if (n.big == null && n.small < 0 || n.big != null && n.big.signum() < 0) {
                    throw PyError.raise("ValueError", "__len__() should return >= 0");
                }
                return n.big != null || n.small != 0;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- str and repr

    public static String repr(Runtime rt, PyObject o) {
        if (o instanceof PyInstance) {
            PyObject r = callMethod(rt, o, "__repr__");
            if (r != null) {
                return text(rt, r, "__repr__");
            }
        }
        if (o instanceof StructSequence) {
            return o.repr(rt.lang);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
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
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyInt i) {
            return i.big == null ? Long.toString(i.small) : PyInt.decimal(rt.lang, i.big); // 2.7: str(long) has no L
        }
        if (o instanceof PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.latin1(b.bytes());
        }
        if (o instanceof PyFloat f && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return Strings.str27(f.value);
        }
        if (o instanceof PyInt i) {
            return i.big == null ? Long.toString(i.small) : PyInt.decimal(rt.lang, i.big);
        }
        if (o instanceof PyInstance) {
            PyObject r = callMethod(rt, o, "__str__");
            if (r != null) {
                return text(rt, r, "__str__");
            }
            if (o instanceof org.pyvm.core.objects.PyBaseException e) {
                return Exceptions.str(rt, e);
            }
        }
        return repr(rt, o);
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

    // ---------------------------------------------------------------- attributes

    /** {@code o.name}, raising AttributeError as CPython words it. */
    public static PyObject getattr(Runtime rt, PyObject o, String name) {
        PyObject v = getattrOrNull(rt, o, name);
        if (v == null) {
            throw noAttribute(rt, o, name);
        }
        return v;
    }

    /** {@code o.name}, or null when there is no such attribute. */
    public static PyObject getattrOrNull(Runtime rt, PyObject o, String name) {
        if (o instanceof org.pyvm.core.objects.CustomAttributes c) {
            PyObject v = c.attribute(name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyModule m) {
            PyObject v = m.dict.get(PyStr.of(name));
            if (v == null && name.equals("__name__")) {
                return name(rt, m.name);
            }
            if (v == null && name.equals("__dict__")) {
                return m.dict;
            }
            return v;
        }
        if (o instanceof PyType t) {
            PyObject v = t.lookup(name);
            if (v instanceof Descriptor d && !(v instanceof PyCallable)) {
                return d.get(null, t);
            }
            if (v != null) {
                return v;
            }
            return typeAttribute(rt, t, name);
        }
        PyType type = rt.types.of(o);
        PyObject cls = type.lookup(name);
        if (cls instanceof DataDescriptor d) {
            return d.get(o, type);
        }
        if (o instanceof PyInstance inst) {
            PyObject own = inst.dict.get(name);
            if (own != null) {
                return own;
            }
            if (name.equals("__class__")) {
                return type;
            }
            if (name.equals("__dict__") && !(inst.type().dict.containsKey("__slots__") && slotsOnly(rt, inst.type()) != null)) {
                return Containers.dictOf(rt, inst.dict);
            }
        }
        if (cls instanceof Descriptor d) {
            return d.get(o, type);
        }
        if (cls instanceof PyMethodDescriptor m) {
            return m.bind(o, rt.lang);
        }
        if (cls != null) {
            return cls;
        }
        if (name.equals("__class__")) {
            return type;
        }
        PyObject data = BuiltinData.get(rt, o, name);
        if (data != null) {
            return data;
        }
        if (o instanceof PyInstance) {
            PyObject ga = type.lookup("__getattr__");
            if (ga instanceof PyCallable c) {
                return c.call(new PyObject[] {o, name(rt, name)}, null);
            }
        }
        return null;
    }

    private static PyObject typeAttribute(Runtime rt, PyType t, String name) {
        switch (name) {
            case "__name__":
                return name(rt, t.name(rt.lang));
            case "__qualname__":
                return PyStr.of(t.name(rt.lang));
            case "__module__":
                return Strings.text(rt, t.moduleName());
            case "__doc__":
                return org.pyvm.core.objects.PyNone.NONE;
            case "__dict__":
                return Containers.dictOf(rt, t.dict);
            case "__mro__":
                if (t.classic) {
                    return null; // classic classes have no __mro__
                }
                return PyTuple.of(t.mro());
            case "__bases__":
                return PyTuple.of(t.bases());
            case "__class__":
                return rt.types.type;
            default:
                return null;
        }
    }

    public static PyError noAttribute(Runtime rt, PyObject o, String name) {
        if (o instanceof PyModule m) {
            return PyError.raise("AttributeError", "module '" + m.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyType t) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                return PyError.raise("AttributeError", (t.classic ? "class " + t.name(rt.lang) : "type object '" + t.name(rt.lang) + "'")
                        + " has no attribute '" + name + "'");
            }
            return PyError.raise("AttributeError", "type object '" + t.name(rt.lang) + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyInstance i && i.type().classic) {
            return PyError.raise("AttributeError", i.type().name(rt.lang) + " instance has no attribute '" + name + "'");
        }
        return PyError.raise("AttributeError", "'" + typeName(rt, o) + "' object has no attribute '" + name + "'");
    }

    public static void setattr(Runtime rt, PyObject o, String name, PyObject value) {
        if (o instanceof org.pyvm.core.objects.CustomAttributes c && c.setAttribute(name, value)) {
            return;
        }
        if (o instanceof PyInstance inst) {
            PyType type = inst.type();
            PyObject setter = type.lookup("__setattr__");
            if (setter instanceof PyCallable c && !type.builtin && !BuiltinMethods.isGeneric(rt, setter)) {
                c.call(new PyObject[] {o, name(rt, name), value}, null);
                return;
            }
            genericSetattr(rt, inst, name, value);
            return;
        }
        setattrNonInstance(rt, o, name, value);
    }

    /** object.__setattr__: a data descriptor of the class, else the instance dict. */
    static void genericSetattr(Runtime rt, PyInstance inst, String name, PyObject value) {
        PyType type = inst.type();
        {
            PyObject cls = type.lookup(name);
            if (cls instanceof DataDescriptor d) {
                d.set(inst, value);
                return;
            }
            if (inst instanceof org.pyvm.core.objects.PyBaseException e && name.equals("args")) {
                e.args = PyTuple.of(toList(rt, value).toArray(new PyObject[0]));
                return;
            }
            java.util.Set<String> slots = slotsOnly(rt, type);
            if (slots != null && !slots.contains(name)) {
                if (type.lookup(name) != null) {
                    throw PyError.raise("AttributeError", "'" + typeName(rt, inst) + "' object attribute '" + name + "' is read-only");
                }
                throw PyError.raise("AttributeError", "'" + typeName(rt, inst) + "' object has no attribute '" + name + "'");
            }
            inst.dict.put(name, value);
        }
    }

    /**
     * The attribute names instances of {@code type} may hold when every class of its own defines
     * {@code __slots__} without {@code __dict__}; null when instances have a dict.
     */
    static java.util.Set<String> slotsOnly(Runtime rt, PyType type) {
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
            List<PyObject> items = slots instanceof PyStr || slots instanceof PyBytes ? List.of(slots) : toList(rt, slots);
            for (PyObject x : items) {
                String n = str(rt, x);
                if (n.equals("__dict__")) {
                    return null;
                }
                names.add(n);
            }
        }
        return any ? names : null;
    }

    private static void setattrNonInstance(Runtime rt, PyObject o, String name, PyObject value) {
        if (o instanceof PyType t && !t.builtin) {
            t.dict.put(name, value);
            return;
        }
        if (o instanceof PyModule m) {
            m.dict.put(PyStr.of(name), value);
            return;
        }
        if (!(o instanceof PyType) && BuiltinData.get(rt, o, name) != null) {
            // int.real, slice.start...: data of builtin values
            throw PyError.raise("AttributeError", "attribute '" + name + "' of '" + typeName(rt, o) + "' objects is not writable");
        }
        if (getattrOrNull(rt, o, name) != null || o instanceof PyType) {
            String what = o instanceof PyType t ? "type object '" + t.name(rt.lang) + "'" : "'" + typeName(rt, o) + "' object";
            throw PyError.raise(o instanceof PyType ? "TypeError" : "AttributeError",
                    o instanceof PyType ? "can't set attributes of built-in/extension type '" + ((PyType) o).name(rt.lang) + "'"
                            : what + " attribute '" + name + "' is read-only");
        }
        throw PyError.raise("AttributeError", "'" + typeName(rt, o) + "' object has no attribute '" + name + "'");
    }

    public static void delattr(Runtime rt, PyObject o, String name) {
        if (o instanceof PyInstance inst && inst.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyType t && !t.builtin && t.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyModule m && m.dict.remove(PyStr.of(name))) {
            return;
        }
        throw noAttribute(rt, o, name);
    }

    /** A class attribute that also controls assignment (a property). */
    public interface DataDescriptor extends Descriptor {
        void set(PyObject obj, PyObject value);
    }

    /** Calls {@code o.name()} when the type defines it; null when it does not. */
    public static PyObject callMethod(Runtime rt, PyObject o, String name, PyObject... args) {
        PyObject m = rt.types.of(o).lookup(name);
        if (m == null) {
            return null;
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        if (m instanceof PyMethodDescriptor d) {
            return d.invoke(o, args, null);
        }
        return call(rt, m, all, null);
    }

    // ---------------------------------------------------------------- calls

    public static PyObject call(Runtime rt, PyObject f, PyObject[] args, String[] kwnames) {
        if (f instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        PyObject m = rt.types.of(f).lookup("__call__");
        if (m instanceof PyCallable c) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = f;
            System.arraycopy(args, 0, all, 1, args.length);
            return c.call(all, kwnames);
        }
        throw PyError.raise("TypeError", "'" + typeName(rt, f) + "' object is not callable");
    }

    public static PyObject call(Runtime rt, PyObject f, PyObject... args) {
        return call(rt, f, args, null);
    }

    // ---------------------------------------------------------------- arithmetic

    private static final String[] DUNDER = new String[Operator.values().length];
    private static final String[] SYMBOL = new String[Operator.values().length];

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
    }

    /** {@code a op b}, the in-place forms included. */
    public static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        PyObject r = Arithmetic.binary(rt, op, a, b);
        if (r != null) {
            return r;
        }
        r = Sequences.binary(rt, op, a, b);
        if (r != null) {
            return r;
        }
        String name = DUNDER[op.ordinal()];
        if (op.inplace() && (a instanceof PyInstance || rt.types.of(a).lookup("__i" + name + "__") != null)) {
            r = callMethod(rt, a, "__i" + name + "__", b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInstance || b instanceof PyInstance || rt.types.of(a).lookup("__" + name + "__") != null
                || rt.types.of(b).lookup("__r" + name + "__") != null) {
            r = callMethod(rt, a, "__" + name + "__", b);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            r = callMethod(rt, b, "__r" + name + "__", a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if ((op == Operator.POWER || op == Operator.INPLACE_POWER) && Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            return Complexes.power(rt, a, b);
        }
        throw Errors.unsupportedOperands(rt, SYMBOL[op.ordinal()], a, b);
    }

    public static PyObject unary(Runtime rt, Operator op, PyObject a) {
        if (op == Operator.NOT) {
            return PyBool.of(!truth(rt, a));
        }
        if (op == Operator.CONVERT) {
            return Strings.text(rt, repr(rt, a));
        }
        PyObject r = Arithmetic.unary(rt, op, a);
        if (r != null) {
            return r;
        }
        String dunder = op == Operator.NEGATIVE ? "__neg__" : op == Operator.POSITIVE ? "__pos__" : "__invert__";
        r = callMethod(rt, a, dunder);
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
                return PyBool.of(Exceptions.matches(rt, a, b));
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
        return false;
    }

    /** {@code a == b} as a Java boolean (dict keys, list.index, in). */
    public static boolean eq(Runtime rt, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return truth(rt, Comparisons.richCompare(rt, Comparison.EQ, a, b));
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

    public static long hash(Runtime rt, PyObject o) {
        if (o instanceof PyInstance inst) {
            return instanceHash(rt, inst);
        }
        return o.hash(rt.lang);
    }

    /**
     * hash() of an instance: the first class of its MRO that defines {@code __hash__} decides (None:
     * unhashable); in 3.x a class defining {@code __eq__} without {@code __hash__} is unhashable, and
     * so is a 2.7 classic instance whose class compares ({@code __eq__}/{@code __cmp__}) without hashing.
     */
    static long instanceHash(Runtime rt, PyInstance o) {
        PyType type = o.type();
        boolean py3 = !rt.lang.has(LanguageFeature.STR_IS_BYTES);
        for (PyType t : type.mro()) {
            if (t.builtin) {
                break;
            }
            PyObject h = t.dict.get("__hash__");
            if (h instanceof PyNone) {
                throw unhashable(rt, o);
            }
            if (h != null) {
                PyObject r = call(rt, h, o);
                if (r instanceof PyBool b) {
                    return b.value ? 1 : 0;
                }
                if (!(r instanceof PyInt i)) {
                    throw PyError.raise("TypeError", "__hash__ method should return an integer");
                }
                long v = i.big == null ? i.small : i.hash(rt.lang);
                return v == -1 ? -2 : v;
            }
            if ((py3 || type.classic) && (t.dict.containsKey("__eq__") || (type.classic && t.dict.containsKey("__cmp__")))) {
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

    /** {@code iter(o)}. */
    public static PyObject iter(Runtime rt, PyObject o) {
        PyObject it = Iterators.of(rt, o);
        if (it != null) {
            return it;
        }
        PyObject r = callMethod(rt, o, "__iter__");
        if (r != null) {
            return r;
        }
        if (rt.types.of(o).lookup("__getitem__") != null) {
            return Iterators.bySubscript(rt, o);
        }
        throw PyError.raise("TypeError", "'" + typeName(rt, o) + "' object is not iterable");
    }

    /** The next item of iterator {@code it}, or null at the end (StopIteration from Python code is absorbed). */
    public static PyObject next(Runtime rt, PyObject it) {
        rt.limits().step(); // builtins loop over iterators in Java: sum(range(10**12)) must stop too
        if (it instanceof PyIterator i) {
            return i.next();
        }
        String name = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "next" : "__next__";
        PyObject m = rt.types.of(it).lookup(name);
        if (m == null) {
            throw PyError.raise("TypeError", "'" + typeName(rt, it) + "' object is not an iterator");
        }
        try {
            return call(rt, m, new PyObject[] {it}, null);
        } catch (PyError e) {
            if (Exceptions.isStopIteration(rt, e)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable, in order. */
    public static List<PyObject> toList(Runtime rt, PyObject iterable) {
        if (iterable instanceof PyList l) {
            return new ArrayList<>(l.items());
        }
        if (iterable instanceof PyTuple t) {
            return new ArrayList<>(List.of(t.items()));
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(rt, iterable);
        for (PyObject x = next(rt, it); x != null; x = next(rt, it)) {
            out.add(x);
            Sequences.grew(rt, out, out.size());
        }
        return out;
    }

    static PyObject[] noArgs() {
        return NO_ARGS;
    }
}
