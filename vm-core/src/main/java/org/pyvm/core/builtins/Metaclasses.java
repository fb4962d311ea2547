package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;

/** Which metaclass makes a class: the most derived of the one asked for and its bases' types, as CPython picks it. */
public final class Metaclasses {
    private Metaclasses() {
    }

    /**
     * The winner among {@code meta} and the types of {@code bases}; a TypeError when no one of them is a
     * subclass of all the others (CPython's {@code _PyType_CalculateMetaclass}).
     */
    public static PyType winner(Runtime rt, PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject base : bases) {
            PyType candidate = rt.types.of(base);
            if (winner.isSubtypeOf(candidate)) {
                continue;
            }
            if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                continue;
            }
            throw PyError.raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
