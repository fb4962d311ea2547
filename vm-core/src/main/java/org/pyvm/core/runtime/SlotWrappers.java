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
        List<PyType> withStr = rt.lang.major() == 2 || rt.lang.minor() < 11 ? List.of(t.str, t.bytes, t.int_, t.long_, t.float_)
                : List.of(t.str, t.bytes);
        for (PyType type : withStr) {
            put(rt, type, "__str__", (self, a) -> Strings.text(rt, Ops.str(rt, org.pyvm.core.objects.UserSubclass.plainOf(self))), 0);
        }
        // type.__repr__: a class made by a program's metaclass (ABCMeta...) finds it before object.__repr__
        put(rt, t.type, "__repr__", (self, a) -> Strings.text(rt, Ops.reprBuiltin(rt, self)), 0);
        for (PyType type : List.of(t.list, t.dict, t.tuple, t.str, t.bytes, t.int_, t.float_, t.set, t.frozenset)) {
            put(rt, type, "__repr__", (self, a) -> Strings.text(rt, Ops.reprBuiltin(rt, self)), 0);
            // the builtin's hash of the value: `__hash__ = str.__hash__` in a subclass must not call itself
            put(rt, type, "__hash__", (self, a) -> PyInt.of(org.pyvm.core.objects.UserSubclass.plainOf(self).hash(rt.lang)), 0);
            // (2.7's int has none of the six in CPython, only __cmp__; int.__gt__ there is type's own, which
            // functools.total_ordering reads: pyvm keeps int's, as a class attribute does not reach type's here)
            for (int k = 0; k < COMPARE.length; k++) {
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
        complexDunders(rt);
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

    /** complex's arithmetic by name ({@code (1j).__add__(1)}): the operator on numbers, NotImplemented for the rest. */
    private static void complexDunders(Runtime rt) {
        Types t = rt.types;
        List<String[]> ops = new java.util.ArrayList<>(List.of(new String[][] {{"add", "ADD"}, {"sub", "SUBTRACT"},
            {"mul", "MULTIPLY"}, {"truediv", "TRUE_DIVIDE"}, {"pow", "POWER"}}));
        if (rt.lang.major() == 2) {
            ops.add(new String[] {"div", "DIVIDE"});
        }
        for (String[] op : ops) {
            Operator o = Operator.valueOf(op[1]);
            for (boolean reflected : new boolean[] {false, true}) {
                put(rt, t.complex, "__" + (reflected ? "r" : "") + op[0] + "__", (self, a) -> {
                    PyObject other = a[0];
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
     * Whether a builtin's rich comparison takes {@code other} at all (else NotImplemented, as CPython's):
     * strings, bytes, lists, tuples and dicts only their own kind, sets any set, ints ints, floats any real.
     */
    private static boolean comparable(Runtime rt, PyType type, PyObject other) {
        Types t = rt.types;
        PyType o = t.of(other);
        if (type == t.float_) {
            return o.isSubtypeOf(t.float_) || o.isSubtypeOf(t.int_) || t.long_ != null && o.isSubtypeOf(t.long_) || o == t.bool;
        }
        if (type == t.int_) {
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
