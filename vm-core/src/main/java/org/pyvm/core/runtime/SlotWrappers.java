package org.pyvm.core.runtime;

import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/**
 * The special methods of the builtin types that a subclass reaches by name ({@code dict.__setitem__(self, k, v)},
 * {@code super().__getitem__(i)}, {@code int.__add__(self, o)}): each does the builtin's own work on {@code self},
 * never the subclass's override, as CPython's slot wrappers do.
 */
final class SlotWrappers {
    private SlotWrappers() {
    }

    private static final String[][] BINARY = {
        {"__add__", "ADD"}, {"__sub__", "SUBTRACT"}, {"__mul__", "MULTIPLY"}, {"__mod__", "REMAINDER"},
        {"__truediv__", "TRUE_DIVIDE"}, {"__floordiv__", "FLOOR_DIVIDE"}, {"__pow__", "POWER"}, {"__and__", "AND"},
        {"__or__", "OR"}, {"__xor__", "XOR"}, {"__lshift__", "LSHIFT"}, {"__rshift__", "RSHIFT"},
    };

    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install(Runtime rt) {
        Types t = rt.types;
        // only the slots each type has: a wrapper on a type without the protocol would call itself
        // object.__hash__ (identity; dataclasses reads cls.__hash__ of any class): hash() of an instance still
        // goes through Ops.instanceHash, which finds a class's own __hash__ or its __eq__ before reaching object
        put(rt, t.object, "__hash__", (self, a) -> PyInt.of(self instanceof PyInstance i ? i.identityHash() : self.hash(rt.lang)), 0);
        for (PyType type : List.of(t.list, t.dict, t.tuple, t.str, t.bytes)) {
            put(rt, type, "__getitem__", (self, a) -> Sequences.getitemBuiltin(rt, self, a[0]), 1);
        }
        for (PyType type : List.of(t.list, t.dict, t.tuple, t.str, t.bytes, t.set, t.frozenset)) {
            put(rt, type, "__len__", (self, a) -> PyInt.of(Sequences.lenBuiltin(rt, self)), 0);
            put(rt, type, "__contains__", (self, a) -> PyBool.of(Sequences.containsBuiltin(rt, self, a[0])), 1);
        }
        // tp_str of their own: str and bytes; int (long) and float too before 3.11 (Enum's mixin check compares them)
        List<PyType> withStr = rt.lang.major() == 2 || rt.lang.minor() < 11 ? List.of(t.str, t.bytes, t.int_, t.long_, t.float_, t.complex)
                : List.of(t.str, t.bytes);
        for (PyType type : withStr) {
            put(rt, type, "__str__", (self, a) -> Strings.text(rt, Ops.str(rt, org.pyvm.core.objects.UserSubclass.plainOf(self))), 0);
        }
        // type.__repr__: a class made by a program's metaclass (ABCMeta...) finds it before object.__repr__
        put(rt, t.type, "__repr__", (self, a) -> Strings.text(rt, Ops.reprBuiltin(rt, self)), 0);
        for (PyType type : rt.lang.major() == 2 ? List.of(t.list, t.dict, t.tuple, t.str, t.bytes, t.int_, t.long_, t.float_, t.set, t.frozenset)
                : List.of(t.list, t.dict, t.tuple, t.str, t.bytes, t.int_, t.float_, t.set, t.frozenset)) {
            put(rt, type, "__repr__", (self, a) -> Strings.text(rt, Ops.reprBuiltin(rt, self)), 0);
            // the builtin's hash of the value: `__hash__ = str.__hash__` in a subclass must not call itself
            put(rt, type, "__hash__", (self, a) -> PyInt.of(org.pyvm.core.objects.UserSubclass.plainOf(self).hash(rt.lang)), 0);
            // (2.7's int has none of the six in CPython, only __cmp__; int.__gt__ there is type's own, which
            // functools.total_ordering reads: pyvm keeps int's, as a class attribute does not reach type's here)
            for (int k = 0; k < COMPARE.length && !(rt.lang.major() == 2 && type == t.long_); k++) { // 2.7's long: __cmp__ only
                Comparison c = Comparison.values()[k];
                put(rt, type, COMPARE[k], (self, a) -> a[0] instanceof PyInstance || !comparable(rt, type, a[0])
                        ? PyNotImplemented.NOT_IMPLEMENTED : Comparisons.richCompareBuiltin(rt, c, self, a[0]), 1);
            }
            boolean sequence = type == t.str || type == t.bytes || type == t.list || type == t.tuple;
            for (String[] b : BINARY) {
                if (!hasBinary(rt, type, b[0])) {
                    continue;
                }
                Operator op = Operator.valueOf(b[1]);
                put(rt, type, b[0], (self, a) -> {
                    PyObject r = Arithmetic.binary(rt, op, self, a[0]);
                    if (r == null) {
                        r = Sequences.binary(rt, op, self, a[0]);
                    }
                    if (r == null && sequence && op != Operator.REMAINDER) {
                        throw sequenceSlotError(rt, op, self, a[0]);
                    }
                    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
                }, 1);
            }
            if (sequence) {
                // n * seq by name; str % x by its reflected name ("%s" % x is x.__rmod__("%s") only for a str x)
                put(rt, type, "__rmul__", (self, a) -> {
                    PyObject r = Sequences.binary(rt, Operator.MULTIPLY, self, a[0]);
                    if (r == null) {
                        throw sequenceSlotError(rt, Operator.MULTIPLY, self, a[0]);
                    }
                    return r;
                }, 1);
                if (type == t.str || type == t.bytes) {
                    put(rt, type, "__rmod__", (self, a) -> a[0] instanceof org.pyvm.core.objects.PyStr || a[0] instanceof org.pyvm.core.objects.PyBytes
                            && rt.types.of(a[0]) == rt.types.of(self) ? Formatting.percent(rt, a[0], self) : PyNotImplemented.NOT_IMPLEMENTED, 1);
                }
            }
        }
        // pickling's constructor arguments: a plain copy of the value
        for (PyType type : List.of(t.str, t.bytes, t.tuple, t.int_, t.float_)) {
            put(rt, type, "__getnewargs__", (self, a) -> org.pyvm.core.objects.PyTuple.of(org.pyvm.core.objects.UserSubclass.plainOf(self)), 0);
        }
        // iter(x) by name (x.__iter__()); 2.7's str and unicode iterate by __getitem__ and have none
        for (PyType type : rt.lang.major() == 2 ? List.of(t.list, t.dict, t.tuple, t.set, t.frozenset, t.range)
                : List.of(t.list, t.dict, t.tuple, t.set, t.frozenset, t.range, t.str, t.bytes)) {
            put(rt, type, "__iter__", (self, a) -> Iterators.builtin(rt, self), 0);
        }
        put(rt, t.range, "__len__", (self, a) -> {
            org.pyvm.core.objects.PyRange r = (org.pyvm.core.objects.PyRange) self;
            return r.huge() ? Sequences.hugeRangeLength(r) : PyInt.of(Sequences.lenBuiltin(rt, self));
        }, 0);
        put(rt, t.range, "__getitem__", (self, a) -> Sequences.getitemBuiltin(rt, self, a[0]), 1);
        if (rt.lang.major() > 2) {
            put(rt, t.range, "__contains__", (self, a) -> PyBool.of(Sequences.containsBuiltin(rt, self, a[0])), 1);
        }
        // list's sq_inplace_concat and sq_inplace_repeat by name: extend (any iterable) and repeat, in place
        put(rt, t.list, "__iadd__", (self, a) -> Sequences.binary(rt, Operator.INPLACE_ADD, self, a[0]), 1);
        put(rt, t.list, "__imul__", (self, a) -> {
            PyObject r = Sequences.binary(rt, Operator.INPLACE_MULTIPLY, self, a[0]);
            if (r == null) {
                throw sequenceSlotError(rt, Operator.MULTIPLY, self, a[0]);
            }
            return r;
        }, 1);
        // complex.__repr__ and __hash__ by name: a subclass's own __repr__ building on complex's
        put(rt, t.complex, "__repr__", (self, a) -> Strings.text(rt, Ops.reprBuiltin(rt, self)), 0);
        put(rt, t.complex, "__hash__", (self, a) -> PyInt.of(org.pyvm.core.objects.UserSubclass.plainOf(self).hash(rt.lang)), 0);
        complexDunders(rt);
        setDunders(rt);
        if (rt.lang.major() > 2) {
            // nb_bool by name: None's (always false) and range's (its length); 3.11's bytes.__bytes__ (a plain copy)
            put(rt, t.none, "__bool__", (self, a) -> PyBool.FALSE, 0);
            put(rt, t.range, "__bool__", (self, a) -> PyBool.of(Ops.truth(rt, self)), 0);
            if (rt.lang.minor() >= 11) {
                put(rt, t.bytes, "__bytes__", (self, a) -> org.pyvm.core.objects.UserSubclass.plainOf(self), 0);
            }
        }
        for (PyType type : List.of(t.list, t.dict)) {
            put(rt, type, "__setitem__", (self, a) -> {
                Sequences.setitemBuiltin(rt, self, a[0], a[1]);
                return PyNone.NONE;
            }, 2);
            put(rt, type, "__delitem__", (self, a) -> {
                Sequences.delitemBuiltin(rt, self, a[0]);
                return PyNone.NONE;
            }, 1);
        }
    }

    /**
     * What a sequence's sq_concat or sq_repeat slot raises when called by name with an operand it does not take
     * ({@code "a".__add__(1)}, {@code [1].__mul__("x")}): CPython's wrappers of these slots never answer
     * NotImplemented; concatenation fails as the operator does, repetition asks the operand for an index.
     */
    private static org.pyvm.core.objects.PyError sequenceSlotError(Runtime rt, Operator op, PyObject self, PyObject other) {
        if (op == Operator.ADD) {
            return Errors.unsupportedOperands(rt, "+", org.pyvm.core.objects.UserSubclass.plainOf(self), other);
        }
        return org.pyvm.core.objects.PyError.raise("TypeError", "'" + Ops.typeName(rt, other) + "' object cannot be interpreted as "
                + (rt.lang.major() == 2 ? "an index" : "an integer"));
    }

    /**
     * The set operators' reflected forms on set and frozenset ({@code s.__ror__(o)} is {@code o | s}) and set's in-place
     * ones ({@code s.__ior__(o)} updates s and returns it), by name: NotImplemented for an operand that is no set, as
     * set_or and set_ior answer.
     */
    private static void setDunders(Runtime rt) {
        Types t = rt.types;
        String[][] ops = {{"and", "AND"}, {"or", "OR"}, {"sub", "SUBTRACT"}, {"xor", "XOR"}};
        for (String[] op : ops) {
            Operator o = Operator.valueOf(op[1]);
            Operator inplace = Operator.valueOf("INPLACE_" + op[1]);
            for (PyType type : List.of(t.set, t.frozenset)) {
                put(rt, type, "__r" + op[0] + "__", (self, a) -> anySet(a[0]) ? Sets.binary(rt, o, a[0], self)
                        : PyNotImplemented.NOT_IMPLEMENTED, 1);
            }
            put(rt, t.set, "__i" + op[0] + "__", (self, a) -> anySet(a[0]) ? Sets.binary(rt, inplace, self, a[0])
                    : PyNotImplemented.NOT_IMPLEMENTED, 1);
        }
    }

    private static boolean anySet(PyObject o) {
        return o instanceof org.pyvm.core.objects.PySet || o instanceof org.pyvm.core.objects.PyFrozenSet;
    }

    /** complex's arithmetic by name ({@code (1j).__add__(1)}): the operator on numbers, NotImplemented for the rest. */
    private static void complexDunders(Runtime rt) {
        Types t = rt.types;
        complexUnaryDunders(rt);
        List<String[]> ops = new java.util.ArrayList<>(List.of(new String[][] {{"add", "ADD"}, {"sub", "SUBTRACT"},
            {"mul", "MULTIPLY"}, {"truediv", "TRUE_DIVIDE"}, {"pow", "POWER"}}));
        if (rt.lang.major() == 2) {
            ops.add(new String[] {"div", "DIVIDE"});
        }
        if (rt.lang.major() == 2 || rt.lang.minor() < 10) {
            ops.add(new String[] {"floordiv", "FLOOR_DIVIDE"});
            ops.add(new String[] {"mod", "REMAINDER"});
            for (boolean reflected : new boolean[] {false, true}) {
                put(rt, t.complex, reflected ? "__rdivmod__" : "__divmod__", (self, a) -> {
                    PyObject l = reflected ? a[0] : self;
                    PyObject r = reflected ? self : a[0];
                    return Ops.call(rt, rt.builtins.get(rt.name("divmod")), l, r);
                }, 1);
            }
        }
        for (String[] op : ops) {
            Operator o = Operator.valueOf(op[1]);
            for (boolean reflected : new boolean[] {false, true}) {
                put(rt, t.complex, "__" + (reflected ? "r" : "") + op[0] + "__", (self, a) -> {
                    PyObject other = a[0];
                    Errors.complexFloorOrMod(rt, o, self, other); // 3.0-3.9: refused whatever the operand
                    PyType ot = t.of(other);
                    if (!(ot.isSubtypeOf(t.complex) || ot.isSubtypeOf(t.float_) || ot.isSubtypeOf(t.int_)
                            || t.long_ != null && ot.isSubtypeOf(t.long_))) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyObject l = org.pyvm.core.objects.UserSubclass.plainOf(reflected ? other : self);
                    PyObject r = org.pyvm.core.objects.UserSubclass.plainOf(reflected ? self : other);
                    PyObject v = Arithmetic.binary(rt, o, l, r);
                    return v == null ? PyNotImplemented.NOT_IMPLEMENTED : v;
                }, 1);
            }
        }
    }

    /**
     * complex's unary slots by name: -, +, abs(), truth ({@code __bool__}, 2.7 {@code __nonzero__}), pickling's
     * arguments, 3.11's {@code __complex__}; before 3.10 also nb_int and nb_float (2.7 nb_long), which refuse, so that
     * int(), float(), round() and %f of a complex fail in complex's own words.
     */
    private static void complexUnaryDunders(Runtime rt) {
        Types t = rt.types;
        boolean py2 = rt.lang.major() == 2;
        put(rt, t.complex, "__neg__", (self, a) -> Arithmetic.unary(rt, Operator.NEGATIVE, complexOf(self)), 0);
        put(rt, t.complex, "__pos__", (self, a) -> Arithmetic.unary(rt, Operator.POSITIVE, complexOf(self)), 0);
        put(rt, t.complex, "__abs__", (self, a) -> Ops.call(rt, rt.builtins.get(rt.name("abs")), complexOf(self)), 0);
        put(rt, t.complex, py2 ? "__nonzero__" : "__bool__", (self, a) -> {
            org.pyvm.core.objects.PyComplex c = complexOf(self);
            return PyBool.of(c.real != 0 || c.imag != 0);
        }, 0);
        put(rt, t.complex, "__getnewargs__", (self, a) -> {
            org.pyvm.core.objects.PyComplex c = complexOf(self);
            return org.pyvm.core.objects.PyTuple.of(org.pyvm.core.objects.PyFloat.of(c.real), org.pyvm.core.objects.PyFloat.of(c.imag));
        }, 0);
        if (!py2 && rt.lang.minor() >= 11) {
            put(rt, t.complex, "__complex__", (self, a) -> complexOf(self), 0);
        }
        if (py2 || rt.lang.minor() < 10) {
            for (String kind : py2 ? List.of("int", "long", "float") : List.of("int", "float")) {
                put(rt, t.complex, "__" + kind + "__", (self, a) -> {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "can't convert complex to " + kind);
                }, 0);
            }
        }
    }

    private static org.pyvm.core.objects.PyComplex complexOf(PyObject self) {
        PyObject v = org.pyvm.core.objects.UserSubclass.plainOf(self);
        return v instanceof org.pyvm.core.objects.PyComplex c ? c : org.pyvm.core.objects.PyComplex.of(0, 0);
    }

    /**
     * Whether a builtin's rich comparison takes {@code other} at all (else NotImplemented, as CPython's):
     * strings, bytes, lists, tuples and dicts only their own kind, sets any set, ints ints, floats any real.
     */
    private static boolean comparable(Runtime rt, PyType type, PyObject other) {
        Types t = rt.types;
        PyType o = t.of(other);
        if (type == t.float_) {
            return o.isSubtypeOf(t.float_) || o.isSubtypeOf(t.int_) || t.long_ != null && o.isSubtypeOf(t.long_) || o == t.bool;
        }
        if (type == t.int_ || type == t.long_) {
            return rt.lang.major() == 2 || o.isSubtypeOf(t.int_) || o == t.bool;
        }
        if (type == t.set || type == t.frozenset) {
            return o.isSubtypeOf(t.set) || o.isSubtypeOf(t.frozenset);
        }
        return o.isSubtypeOf(type);
    }

    /**
     * Whether {@code type} has the binary special method {@code name} (its number or sequence slots): ints all
     * of them, floats the arithmetic, sequences + and * (strings %), sets the set operators, dicts | from 3.9.
     */
    private static boolean hasBinary(Runtime rt, PyType type, String name) {
        Types t = rt.types;
        if (type == t.int_ || type == t.long_) {
            return true;
        }
        if (type == t.float_) {
            return List.of("__add__", "__sub__", "__mul__", "__mod__", "__truediv__", "__floordiv__", "__pow__").contains(name);
        }
        if (type == t.list || type == t.tuple) {
            return name.equals("__add__") || name.equals("__mul__");
        }
        if (type == t.str || type == t.bytes) {
            return name.equals("__add__") || name.equals("__mul__") || name.equals("__mod__");
        }
        if (type == t.set || type == t.frozenset) {
            return List.of("__and__", "__or__", "__xor__", "__sub__").contains(name);
        }
        // dict: | and |= from 3.9 (PEP 584; the release of EMPTY_STRING_REPLACE_WITH_COUNT)
        return type == t.dict && name.equals("__or__") && rt.lang.has(org.pyvm.spi.LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT);
    }

    @FunctionalInterface
    private interface Body {
        PyObject apply(PyObject self, PyObject[] args);
    }

    /**
     * A slot wrapper's check_num_args (typeobject.c): "expected 1 arguments, got 0", singular from 3.8 on
     * 
     */
    static org.pyvm.core.objects.PyError wrongCount(Runtime rt, int arity, int given) {
        boolean singular = rt.lang.major() == 3 && rt.lang.minor() >= 8;
        return org.pyvm.core.objects.PyError.raise("TypeError", "expected " + arity + " argument" + (arity == 1 && singular ? "" : "s")
                + ", got " + given);
    }

    /** A method descriptor checking its argument count, unless the type already has one by that name. */
    private static void put(Runtime rt, PyType type, String name, Body body, int arity) {
        if (type.dict.containsKey(name)) {
            return;
        }
        type.dict.put(name, new PyMethodDescriptor(name, type, (self, args, kw) -> {
            if (args.length != arity) {
                throw wrongCount(rt, arity, args.length);
            }
            return body.apply(self, args);
        }));
    }
}
