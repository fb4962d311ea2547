package org.pyvm.core.modules;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 2.7's {@code operator} module (a C module there; 3.x's operator.py is pure Python and loads from
 * the standard library): the operators as functions (in-place ones, slices, indexOf/countOf and the
 * deprecated isCallable/isNumberType/isSequenceType/isMappingType too), with their dunder aliases and
 * each C function's own argument errors, and itemgetter/attrgetter/methodcaller ({@link OperatorGetters}).
 */
public final class OperatorModule {
    private OperatorModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "operator");
        Object[][] binary = {{"add", Operator.ADD}, {"sub", Operator.SUBTRACT}, {"mul", Operator.MULTIPLY},
            {"div", Operator.DIVIDE}, {"truediv", Operator.TRUE_DIVIDE}, {"floordiv", Operator.FLOOR_DIVIDE},
            {"mod", Operator.REMAINDER}, {"lshift", Operator.LSHIFT}, {"rshift", Operator.RSHIFT},
            {"and_", Operator.AND}, {"or_", Operator.OR}, {"xor", Operator.XOR},
            {"iadd", Operator.INPLACE_ADD}, {"isub", Operator.INPLACE_SUBTRACT}, {"imul", Operator.INPLACE_MULTIPLY},
            {"idiv", Operator.INPLACE_DIVIDE}, {"itruediv", Operator.INPLACE_TRUE_DIVIDE},
            {"ifloordiv", Operator.INPLACE_FLOOR_DIVIDE}, {"imod", Operator.INPLACE_REMAINDER},
            {"ilshift", Operator.INPLACE_LSHIFT}, {"irshift", Operator.INPLACE_RSHIFT}, {"iand", Operator.INPLACE_AND},
            {"ior", Operator.INPLACE_OR}, {"ixor", Operator.INPLACE_XOR}};
        for (Object[] b : binary) {
            Operator op = (Operator) b[1];
            String name = (String) b[0];
            both(m, name, (a, kw) -> {
                unpack(rt, name, "op_" + name, a, kw, 2);
                return Ops.binary(rt, op, a[0], a[1]);
            });
        }
        both(m, "pow", (a, kw) -> {
            unpack(rt, "pow", "pow", a, kw, 2);
            return Ops.binary(rt, Operator.POWER, a[0], a[1]);
        });
        both(m, "ipow", (a, kw) -> {
            unpack(rt, "ipow", "ipow", a, kw, 2);
            return Ops.binary(rt, Operator.INPLACE_POWER, a[0], a[1]);
        });
        Object[][] compare = {{"lt", Comparison.LT}, {"le", Comparison.LE}, {"eq", Comparison.EQ}, {"ne", Comparison.NE},
            {"gt", Comparison.GT}, {"ge", Comparison.GE}};
        for (Object[] c : compare) {
            Comparison cmp = (Comparison) c[1];
            String name = (String) c[0];
            both(m, name, (a, kw) -> {
                unpack(rt, name, "op_" + name, a, kw, 2);
                return Ops.compare(rt, cmp, a[0], a[1]);
            });
        }
        Object[][] unary = {{"neg", Operator.NEGATIVE}, {"pos", Operator.POSITIVE}, {"invert", Operator.INVERT}, {"inv", Operator.INVERT}};
        for (Object[] u : unary) {
            Operator op = (Operator) u[1];
            String name = (String) u[0];
            both(m, name, (a, kw) -> Ops.unary(rt, op, one(name, a, kw)));
        }
        both(m, "not_", (a, kw) -> PyBool.of(!Ops.truth(rt, one("not_", a, kw))));
        both(m, "abs", (a, kw) -> Ops.call(rt, rt.builtins.get(rt.name("abs")), one("abs", a, kw)));
        both(m, "index", (a, kw) -> {
            PyObject x = one("index", a, kw);
            if (x instanceof PyInt || x instanceof PyBool) {
                return x;
            }
            if (rt.types.of(x).lookup("__index__") == null) {
                throw PyError.raise("TypeError", "'" + Ops.typeName(rt, x) + "' object cannot be interpreted as an index");
            }
            return Ops.callMethod(rt, x, "__index__");
        });
        m.def("truth", (a, kw) -> PyBool.of(Ops.truth(rt, one("truth", a, kw))));
        m.def("isCallable", (a, kw) -> Ops.call(rt, rt.builtins.get(rt.name("callable")), one("isCallable", a, kw)));
        m.def("isNumberType", (a, kw) -> PyBool.of(isNumber(rt, one("isNumberType", a, kw))));
        m.def("isSequenceType", (a, kw) -> PyBool.of(isSequence(rt, one("isSequenceType", a, kw))));
        m.def("isMappingType", (a, kw) -> PyBool.of(isMapping(rt, one("isMappingType", a, kw))));
        m.def("is_", (a, kw) -> {
            unpack(rt, "is_", "is_", a, kw, 2);
            return PyBool.of(Ops.same(a[0], a[1]));
        });
        m.def("is_not", (a, kw) -> {
            unpack(rt, "is_not", "is_not", a, kw, 2);
            return PyBool.of(!Ops.same(a[0], a[1]));
        });
        both(m, "getitem", (a, kw) -> {
            unpack(rt, "getitem", "op_getitem", a, kw, 2);
            return Ops.getitem(rt, a[0], a[1]);
        });
        both(m, "setitem", (a, kw) -> {
            unpack(rt, "setitem", "op_setitem", a, kw, 3);
            Ops.setitem(rt, a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        both(m, "delitem", (a, kw) -> {
            unpack(rt, "delitem", "op_delitem", a, kw, 2);
            Ops.delitem(rt, a[0], a[1]);
            return PyNone.NONE;
        });
        both(m, "contains", (a, kw) -> {
            unpack(rt, "contains", "op_contains", a, kw, 2);
            return PyBool.of(Ops.contains(rt, a[0], a[1]));
        });
        m.def("sequenceIncludes", (a, kw) -> {
            unpack(rt, "sequenceIncludes", "sequenceIncludes", a, kw, 2);
            return PyBool.of(Ops.contains(rt, a[0], a[1]));
        });
        installSearches(rt, m);
        for (String name : new String[] {"concat", "iconcat"}) {
            boolean inplace = name.startsWith("i");
            both(m, name, (a, kw) -> {
                unpack(rt, name, "op_" + name, a, kw, 2);
                if (!isSequence(rt, a[0])) {
                    throw PyError.raise("TypeError", "'" + Ops.typeName(rt, a[0]) + "' object can't be concatenated");
                }
                return Ops.binary(rt, inplace ? Operator.INPLACE_ADD : Operator.ADD, a[0], a[1]);
            });
        }
        for (String name : new String[] {"repeat", "irepeat"}) {
            boolean inplace = name.startsWith("i");
            both(m, name, (a, kw) -> {
                parsed(name, "op_" + name, a, kw, 2);
                if (!(a[1] instanceof PyInt) && !(a[1] instanceof PyBool)) {
                    throw PyError.raise("TypeError", "an integer is required");
                }
                if (!isSequence(rt, a[0])) {
                    throw PyError.raise("TypeError", "'" + Ops.typeName(rt, a[0]) + "' object can't be repeated");
                }
                return Ops.binary(rt, inplace ? Operator.INPLACE_MULTIPLY : Operator.MULTIPLY, a[0], a[1]);
            });
        }
        both(m, "getslice", (a, kw) -> {
            parsed("getslice", "getslice", a, kw, 3);
            return Ops.getitem(rt, a[0], slice(rt, a[1], a[2]));
        });
        both(m, "setslice", (a, kw) -> {
            parsed("setslice", "setslice", a, kw, 4);
            Ops.setitem(rt, a[0], slice(rt, a[1], a[2]), a[3]);
            return PyNone.NONE;
        });
        both(m, "delslice", (a, kw) -> {
            parsed("delslice", "delslice", a, kw, 3);
            Ops.delitem(rt, a[0], slice(rt, a[1], a[2]));
            return PyNone.NONE;
        });
        OperatorGetters.install(rt, m);
        m.def("_compare_digest", (a, kw) -> AccelOperatorModule.compareDigest27(rt, a, kw)); // hmac.compare_digest
        m.put("__doc__", PyNone.NONE);
        return m.build();
    }

    /**
     * indexOf and countOf (PySequence_Index, PySequence_Count): 2.7's operator and 3.x's _operator, whose
     * iteration fails as theirs does ("argument of type 'int' is not iterable").
     */
    static void installSearches(Runtime rt, ModuleBuilder m) {
        m.def("indexOf", (a, kw) -> {
            unpack(rt, "indexOf", "indexOf", a, kw, 2);
            long i = 0;
            PyObject it = iterate(rt, a[0]);
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it), i++) {
                if (Ops.eq(rt, x, a[1])) {
                    return PyInt.of(i);
                }
            }
            throw PyError.raise("ValueError", "sequence.index(x): x not in sequence");
        });
        m.def("countOf", (a, kw) -> {
            unpack(rt, "countOf", "countOf", a, kw, 2);
            long n = 0;
            PyObject it = iterate(rt, a[0]);
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                if (Ops.eq(rt, x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
    }

    /** A METH_O function's one argument. */
    private static PyObject one(String name, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** PyArg_UnpackTuple under the C function's name ({@code op_add expected 2 arguments, got 1}). */
    private static void unpack(Runtime rt, String name, String cName, PyObject[] a, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length != n) {
            throw PyError.raise("TypeError", cName + " expected " + n + " arguments, got " + a.length);
        }
    }

    /** PyArg_ParseTuple's count check ({@code getslice() takes exactly 3 arguments (2 given)}). */
    private static void parsed(String name, String cName, PyObject[] a, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length != n) {
            throw PyError.raise("TypeError", cName + "() takes exactly " + n + " arguments (" + a.length + " given)");
        }
    }

    /** The slice i:j of getslice/setslice/delslice, whose bounds are C integers. */
    private static PyObject slice(Runtime rt, PyObject i, PyObject j) {
        for (PyObject x : new PyObject[] {i, j}) {
            if (!(x instanceof PyInt) && !(x instanceof PyBool) && rt.types.of(x).lookup("__index__") == null) {
                throw PyError.raise("TypeError", "an integer is required");
            }
        }
        return new org.pyvm.core.objects.PySlice(i, j, PyNone.NONE);
    }

    /** PySequence_Count/Index's iteration, failing as they do on what cannot be iterated. */
    private static PyObject iterate(Runtime rt, PyObject seq) {
        try {
            return Ops.iter(rt, seq);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                throw PyError.raise("TypeError", "argument of type '" + Ops.typeName(rt, seq) + "' is not iterable");
            }
            throw e;
        }
    }

    /** PyNumber_Check in 2.7: a type with int or float conversion (every classic instance has the slots). */
    private static boolean isNumber(Runtime rt, PyObject o) {
        if (o instanceof PyInt || o instanceof PyBool || o instanceof org.pyvm.core.objects.PyFloat
                || o instanceof org.pyvm.core.objects.PyComplex) {
            return true;
        }
        PyType t = rt.types.of(o);
        if (t.classic) {
            return true;
        }
        return t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    /** PySequence_Check in 2.7: a classic instance with __getitem__; never a dict; else a type with sq_item. */
    private static boolean isSequence(Runtime rt, PyObject o) {
        PyType t = rt.types.of(o);
        if (t.classic) {
            return Ops.getattrOrNull(rt, o, "__getitem__") != null;
        }
        if (o instanceof org.pyvm.core.objects.PyDict) {
            return false;
        }
        if (t.builtin) {
            return o instanceof org.pyvm.core.objects.PyList || o instanceof org.pyvm.core.objects.PyTuple
                    || o instanceof org.pyvm.core.objects.PyStr || o instanceof org.pyvm.core.objects.PyBytes
                    || o instanceof org.pyvm.core.objects.PyRange || o instanceof org.pyvm.core.objects.PyBaseException
                    || t.name(rt.lang).equals("bytearray")
                    || t.name(rt.lang).equals("buffer") || t.name(rt.lang).equals("memoryview")
                    || t.name(rt.lang).equals("array") || t.name(rt.lang).equals("deque");
        }
        return t.lookup("__getitem__") != null;
    }

    /**
     * PyMapping_Check in 2.7: a classic instance with __getitem__; else mp_subscript without sq_slice (of the
     * builtins dict, bytearray, memoryview and dictproxy; a class with __getitem__ but no __getslice__).
     */
    private static boolean isMapping(Runtime rt, PyObject o) {
        PyType t = rt.types.of(o);
        if (t.classic) {
            return Ops.getattrOrNull(rt, o, "__getitem__") != null;
        }
        if (o instanceof org.pyvm.core.objects.PyDict) {
            return true;
        }
        if (t.builtin) {
            String name = t.name(rt.lang);
            return name.equals("bytearray") || name.equals("memoryview") || name.equals("dictproxy");
        }
        return t.lookup("__getitem__") != null && t.lookup("__getslice__") == null;
    }

    /** The function under its name and its dunder alias (add and __add__). */
    private static void both(ModuleBuilder m, String name, org.pyvm.core.objects.PyCallable impl) {
        m.def(name, impl);
        String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        m.def("__" + bare + "__", impl);
    }
}
