package org.pyvm.core.builtins;

import java.util.List;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Sequences;

/**
 * 2.7's {@code __getslice__} of str, unicode, list and tuple and list's {@code __setslice__} and
 * {@code __delslice__}, which a subclass overriding them calls ({@code list.__getslice__(self, i, j)}).
 * Their bounds are C integers: a negative one counts as 0, not from the end.
 */
final class SliceMethods27 {
    private SliceMethods27() {
    }

    static void install(Runtime rt) {
        for (PyType t : new PyType[] {rt.types.str, rt.types.bytes, rt.types.list, rt.types.tuple}) {
            // the builtin's own slicing, not a subclass's __getitem__
            def(rt, t, "__getslice__", 2, (self, s, a) -> Ops.getitem(rt, UserSubclass.plainOf(self), s));
        }
        // list_ass_slice: a step-1 slice clamps its bounds into the list, the upper one no lower than the lower
        def(rt, rt.types.list, "__setslice__", 3, (self, s, a) -> {
            Sequences.assignSlice(rt, ((PyList) self).items(), s, Sequences.assignedItems(rt, a[2], s), "sequence");
            return PyNone.NONE;
        });
        def(rt, rt.types.list, "__delslice__", 2, (self, s, a) -> {
            Sequences.assignSlice(rt, ((PyList) self).items(), s, List.of(), "sequence");
            return PyNone.NONE;
        });
    }

    private interface Body {
        PyObject apply(PyObject self, PySlice bounds, PyObject[] args);
    }

    private static void def(Runtime rt, PyType t, String name, int arity, Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, args, kw) -> {
            if (args.length != arity || (kw != null && kw.length > 0)) {
                throw org.pyvm.core.objects.PyError.raise("TypeError", "expected " + arity + " arguments, got " + args.length);
            }
            PySlice bounds = new PySlice(PyInt.of(Math.max(0, Args.index(rt, args[0]))),
                    PyInt.of(Math.max(0, Args.index(rt, args[1]))), PyNone.NONE);
            return body.apply(self, bounds, args);
        }));
    }
}
