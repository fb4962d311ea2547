package org.pyvm.core.modules;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x's {@code _operator} (C in CPython), which operator.py star-imports over its pure-Python definitions and
 * hmac takes {@code _compare_digest} from. It holds the operator functions pyvm computes exactly as the C ones
 * do (index with PyNumber_Index's TypeError), the C types itemgetter, attrgetter and methodcaller
 * ({@link OperatorGetters}), and indexOf/countOf; the rest (concat, length_hint ...) stay operator.py's own, which
 * behave the same. Argument errors are those of each version's C parser.
 */
public final class AccelOperatorModule {
    private AccelOperatorModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_operator");
        Object[][] binary = {{"add", Operator.ADD}, {"sub", Operator.SUBTRACT}, {"mul", Operator.MULTIPLY},
            {"matmul", Operator.MATRIX_MULTIPLY}, {"truediv", Operator.TRUE_DIVIDE}, {"floordiv", Operator.FLOOR_DIVIDE},
            {"mod", Operator.REMAINDER}, {"pow", Operator.POWER}, {"lshift", Operator.LSHIFT}, {"rshift", Operator.RSHIFT},
            {"and_", Operator.AND}, {"or_", Operator.OR}, {"xor", Operator.XOR},
            {"iadd", Operator.INPLACE_ADD}, {"isub", Operator.INPLACE_SUBTRACT}, {"imul", Operator.INPLACE_MULTIPLY},
            {"imatmul", Operator.INPLACE_MATRIX_MULTIPLY}, {"itruediv", Operator.INPLACE_TRUE_DIVIDE},
            {"ifloordiv", Operator.INPLACE_FLOOR_DIVIDE}, {"imod", Operator.INPLACE_REMAINDER}, {"ipow", Operator.INPLACE_POWER},
            {"ilshift", Operator.INPLACE_LSHIFT}, {"irshift", Operator.INPLACE_RSHIFT}, {"iand", Operator.INPLACE_AND},
            {"ior", Operator.INPLACE_OR}, {"ixor", Operator.INPLACE_XOR}};
        for (Object[] b : binary) {
            Operator op = (Operator) b[1];
            String name = (String) b[0];
            m.def(name, (a, kw) -> {
                two(rt, name, a, kw);
                return Ops.binary(rt, op, a[0], a[1]);
            });
        }
        Object[][] compare = {{"lt", Comparison.LT}, {"le", Comparison.LE}, {"eq", Comparison.EQ}, {"ne", Comparison.NE},
            {"gt", Comparison.GT}, {"ge", Comparison.GE}};
        for (Object[] c : compare) {
            Comparison cmp = (Comparison) c[1];
            String name = (String) c[0];
            m.def(name, (a, kw) -> {
                two(rt, name, a, kw);
                return Ops.compare(rt, cmp, a[0], a[1]);
            });
        }
        Object[][] unary = {{"neg", Operator.NEGATIVE}, {"pos", Operator.POSITIVE}, {"invert", Operator.INVERT}, {"inv", Operator.INVERT}};
        for (Object[] u : unary) {
            Operator op = (Operator) u[1];
            String name = (String) u[0];
            m.def(name, (a, kw) -> {
                one(rt, name, a, kw);
                return Ops.unary(rt, op, a[0]);
            });
        }
        m.def("not_", (a, kw) -> {
            one(rt, "not_", a, kw);
            return PyBool.of(!Ops.truth(rt, a[0]));
        });
        m.def("truth", (a, kw) -> {
            one(rt, "truth", a, kw);
            return PyBool.of(Ops.truth(rt, a[0]));
        });
        m.def("is_", (a, kw) -> {
            two(rt, "is_", a, kw);
            return PyBool.of(Ops.same(a[0], a[1]));
        });
        m.def("is_not", (a, kw) -> {
            two(rt, "is_not", a, kw);
            return PyBool.of(!Ops.same(a[0], a[1]));
        });
        m.def("getitem", (a, kw) -> {
            two(rt, "getitem", a, kw);
            return Ops.getitem(rt, a[0], a[1]);
        });
        m.def("contains", (a, kw) -> {
            two(rt, "contains", a, kw);
            return PyBool.of(Ops.contains(rt, a[0], a[1]));
        });
        m.def("setitem", (a, kw) -> {
            fixed(rt, "setitem", a, kw, 3);
            Ops.setitem(rt, a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.def("delitem", (a, kw) -> {
            two(rt, "delitem", a, kw);
            Ops.delitem(rt, a[0], a[1]);
            return PyNone.NONE;
        });
        m.def("index", (a, kw) -> {
            one(rt, "index", a, kw);
            return Ops.numberIndex(rt, a[0]); // PyNumber_Index: random.randrange and others count on its TypeError
        });
        m.def("_compare_digest", (a, kw) -> {
            two(rt, "_compare_digest", a, kw);
            return PyBool.of(compareDigest(rt, a[0], a[1]));
        });
        OperatorGetters.install(rt, m); // C types, in place of operator.py's classes
        OperatorModule.installSearches(rt, m);
        return m.build();
    }

    /** Two positional arguments. */
    private static void two(Runtime rt, String name, PyObject[] a, String[] kw) {
        fixed(rt, name, a, kw, 2);
    }

    /**
     * {@code n} positional arguments, in the words of the version's parser: before 3.7 the C functions unpacked
     * their tuple under their C names ("op_add expected 2 arguments, got 1"; is_, is_not, pow and ipow kept
     * their own), and compare_digest parsed "OO:compare_digest"; Argument Clinic (3.7+) names them plainly.
     */
    private static void fixed(Runtime rt, String name, PyObject[] a, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length == n) {
            return;
        }
        boolean clinic = rt.lang.minor() >= 7;
        if (name.equals("_compare_digest") && !clinic) {
            throw PyError.raise("TypeError", "compare_digest() takes exactly 2 arguments (" + a.length + " given)");
        }
        String shown = clinic || name.equals("is_") || name.equals("is_not") || name.equals("pow") || name.equals("ipow")
                || name.equals("_compare_digest") ? name : "op_" + name;
        throw PyError.raise("TypeError", shown + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
    }

    /** The one argument of a METH_O function; 3.10+ name it _operator.f() when the count is wrong. */
    private static void one(Runtime rt, String name, PyObject[] a, String[] kw) {
        ModuleSupport.count(rt, rt.lang.minor() >= 10 ? "_operator." + name : name, a, kw, 1, 1);
    }

    /**
     * CPython's _tscmp: two ASCII strs, or two bytes-like objects; the answer does not depend on where they differ
     * (the whole length is always compared).
     */
    static boolean compareDigest(Runtime rt, PyObject x, PyObject y) {
        byte[] left;
        byte[] right;
        if (x instanceof PyStr sx && y instanceof PyStr sy) {
            if (!ascii(sx.value()) || !ascii(sy.value())) {
                throw PyError.raise("TypeError", "comparing strings with non-ASCII characters is not supported");
            }
            left = sx.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            right = sy.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            left = ModuleSupport.bytes(rt, x);
            right = ModuleSupport.bytes(rt, y);
            if (left == null && right == null) {
                throw PyError.raise("TypeError", "unsupported operand types(s) or combination of types: '"
                        + Ops.typeName(rt, x) + "' and '" + Ops.typeName(rt, y) + "'");
            }
            if (left == null || right == null) {
                // one of them is a buffer: getting the other's buffer fails as PyObject_GetBuffer does
                throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, left == null ? x : y) + "'");
            }
        }
        return java.security.MessageDigest.isEqual(left, right);
    }

    /**
     * 2.7's operator._compare_digest: two unicode strings (any characters), or two buffers (str, bytearray,
     * buffer); unicode has no buffer interface there.
     */
    static PyObject compareDigest27(Runtime rt, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", "compare_digest() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw PyError.raise("TypeError", "compare_digest() takes exactly 2 arguments (" + a.length + " given)");
        }
        if (a[0] instanceof PyStr x && a[1] instanceof PyStr y) {
            return PyBool.of(java.security.MessageDigest.isEqual(x.value().getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                    y.value().getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        }
        byte[] left = a[0] instanceof PyStr ? null : ModuleSupport.bytes(rt, a[0]);
        byte[] right = a[1] instanceof PyStr ? null : ModuleSupport.bytes(rt, a[1]);
        if (left == null && right == null && !(a[0] instanceof PyStr) && !(a[1] instanceof PyStr)) {
            throw PyError.raise("TypeError", "unsupported operand types(s) or combination of types: '"
                    + Ops.typeName(rt, a[0]) + "' and '" + Ops.typeName(rt, a[1]) + "'");
        }
        if (left == null || right == null) {
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, left == null ? a[0] : a[1]) + "' does not have the buffer interface");
        }
        return PyBool.of(java.security.MessageDigest.isEqual(left, right));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
