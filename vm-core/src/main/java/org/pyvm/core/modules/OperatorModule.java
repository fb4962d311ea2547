package org.pyvm.core.modules;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 2.7's {@code operator} module (a C module there; 3.x's operator.py is pure Python and loads from
 * the standard library): the operators as functions, and itemgetter/attrgetter/methodcaller.
 */
public final class OperatorModule {
    private OperatorModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "operator");
        Object[][] binary = {{"add", Operator.ADD}, {"sub", Operator.SUBTRACT}, {"mul", Operator.MULTIPLY},
            {"div", Operator.DIVIDE}, {"truediv", Operator.TRUE_DIVIDE}, {"floordiv", Operator.FLOOR_DIVIDE},
            {"mod", Operator.REMAINDER}, {"pow", Operator.POWER}, {"lshift", Operator.LSHIFT}, {"rshift", Operator.RSHIFT},
            {"and_", Operator.AND}, {"or_", Operator.OR}, {"xor", Operator.XOR}, {"concat", Operator.ADD}};
        for (Object[] b : binary) {
            Operator op = (Operator) b[1];
            both(m, (String) b[0], (a, kw) -> Ops.binary(rt, op, a[0], a[1]));
        }
        Object[][] compare = {{"lt", Comparison.LT}, {"le", Comparison.LE}, {"eq", Comparison.EQ}, {"ne", Comparison.NE},
            {"gt", Comparison.GT}, {"ge", Comparison.GE}};
        for (Object[] c : compare) {
            Comparison cmp = (Comparison) c[1];
            both(m, (String) c[0], (a, kw) -> Ops.compare(rt, cmp, a[0], a[1]));
        }
        both(m, "neg", (a, kw) -> Ops.unary(rt, Operator.NEGATIVE, a[0]));
        both(m, "pos", (a, kw) -> Ops.unary(rt, Operator.POSITIVE, a[0]));
        both(m, "invert", (a, kw) -> Ops.unary(rt, Operator.INVERT, a[0]));
        both(m, "not_", (a, kw) -> PyBool.of(!Ops.truth(rt, a[0])));
        m.def("truth", (a, kw) -> PyBool.of(Ops.truth(rt, a[0])));
        m.def("is_", (a, kw) -> PyBool.of(a[0] == a[1]));
        m.def("is_not", (a, kw) -> PyBool.of(a[0] != a[1]));
        both(m, "getitem", (a, kw) -> Ops.getitem(rt, a[0], a[1]));
        m.def("contains", (a, kw) -> PyBool.of(Ops.contains(rt, a[0], a[1])));
        m.def("itemgetter", (keys, kw) -> new PyBuiltinFunction("itemgetter", (a, k2) -> {
            if (keys.length == 1) {
                return Ops.getitem(rt, a[0], keys[0]);
            }
            PyObject[] out = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                out[i] = Ops.getitem(rt, a[0], keys[i]);
            }
            return PyTuple.of(out);
        }));
        m.def("attrgetter", (names, kw) -> new PyBuiltinFunction("attrgetter", (a, k2) -> {
            PyObject[] out = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) {
                PyObject v = a[0];
                for (String part : Ops.str(rt, names[i]).split("\\.")) {
                    v = Ops.getattr(rt, v, part);
                }
                out[i] = v;
            }
            return names.length == 1 ? out[0] : PyTuple.of(out);
        }));
        m.def("methodcaller", (a, kw) -> {
            String name = Ops.str(rt, a[0]);
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new PyBuiltinFunction("methodcaller", (b, k2) -> Ops.call(rt, Ops.getattr(rt, b[0], name), rest, kw));
        });
        m.def("_compare_digest", (a, kw) -> AccelOperatorModule.compareDigest27(rt, a, kw)); // hmac.compare_digest
        m.put("__doc__", PyNone.NONE);
        return m.build();
    }

    /** The function under its name and its dunder alias (add and __add__). */
    private static void both(ModuleBuilder m, String name, org.pyvm.core.objects.PyCallable impl) {
        m.def(name, impl);
        String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        m.def("__" + bare + "__", impl);
    }
}
