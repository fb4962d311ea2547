package org.pyvm.core.modules;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x's {@code _functools.cmp_to_key} (functools.py takes it over its pure-Python class): a
 * {@code functools.KeyWrapper} holding the comparison function, called with an object to make the key that wraps
 * it. Keys compare by {@code mycmp(a.obj, b.obj) <op> 0}, only with other keys ("other argument must be K
 * instance"), and are unhashable; {@code obj} is a writable member.
 */
final class KeyWrapper extends ModuleSupport.NativeInstance implements org.pyvm.core.objects.CustomAttributes {
    private final PyObject cmp;
    private PyObject obj;

    private KeyWrapper(PyType type, PyObject cmp, PyObject obj) {
        super(type);
        this.cmp = cmp;
        this.obj = obj;
    }

    /** cmp_to_key(mycmp), parsed as PyArg_ParseTupleAndKeywords does. */
    static void install(Runtime rt, ModuleBuilder m) {
        PyType t = type(rt);
        m.def("cmp_to_key", (a, kw) -> new KeyWrapper(t, CArgs.keywords(rt, "cmp_to_key", a, kw, 1, "mycmp")[0], null));
    }

    private static PyType type(Runtime rt) {
        PyType t = ModuleSupport.type(rt, "functools", "KeyWrapper", rt.types.object);
        t.dict.put("__hash__", PyNone.NONE);
        t.dict.put("__call__", new PyMethodDescriptor("__call__", t, (self, a, kw) -> {
            KeyWrapper k = (KeyWrapper) self;
            return new KeyWrapper(t, k.cmp, CArgs.keywords(rt, "K", a, kw, 1, "obj")[0]);
        }));
        Object[][] ops = {{"__lt__", Comparison.LT}, {"__le__", Comparison.LE}, {"__eq__", Comparison.EQ},
            {"__ne__", Comparison.NE}, {"__gt__", Comparison.GT}, {"__ge__", Comparison.GE}};
        for (Object[] op : ops) {
            Comparison c = (Comparison) op[1];
            t.dict.put((String) op[0], new PyMethodDescriptor((String) op[0], t, (self, a, kw) -> compare(rt, (KeyWrapper) self, a[0], c)));
        }
        return t;
    }

    private static PyObject compare(Runtime rt, KeyWrapper self, PyObject other, Comparison c) {
        if (!(other instanceof KeyWrapper o)) {
            throw PyError.raise("TypeError", "other argument must be K instance");
        }
        PyObject res = Ops.call(rt, self.cmp, orNone(self.obj), orNone(o.obj));
        return Ops.compare(rt, c, res, PyInt.of(0));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public PyObject attribute(String name) {
        return name.equals("obj") ? orNone(obj) : null;
    }

    /** obj is a member (T_OBJECT): set freely; the type has no instance dict for anything else. */
    @Override
    public boolean setAttribute(String name, PyObject value) {
        if (name.equals("obj")) {
            obj = value;
            return true;
        }
        return refuseNewAttribute(name);
    }
}
