package org.pyvm.core.objects;

import java.util.Map;

/**
 * A builtin value whose type is a class made by a program ({@code class MyList(list)}): it is a list (or int,
 * str, dict...) to every builtin operation, and has its class's methods and an attribute dict of its own.
 * Each builtin kind that can be subclassed has a nested {@code Sub} class implementing this.
 */
public interface UserSubclass extends Typed {
    /** The instance's own attributes ({@code self.x = ...}). */
    Map<String, PyObject> attributes();

    /** The same value as an instance of the builtin itself ({@code int(x)} of an int subclass). */
    PyObject plain();

    /** {@code o}'s builtin value: {@link #plain} of a subclass's instance, else {@code o} itself. */
    static PyObject plainOf(PyObject o) {
        return o instanceof UserSubclass u ? u.plain() : o;
    }

    /**
     * The hash of such a value as dict and set keys see it: when its class (a program's, above the builtin) defines
     * {@code __hash__}, that method's answer (None: unhashable) through the runtime that made the class, as
     * CPython's tp_hash slot of the subclass does; else the builtin's own hash.
     */
    static long hash(UserSubclass u, java.util.function.LongSupplier builtin) {
        for (PyType t : u.type().mro()) {
            if (t.builtin) {
                break;
            }
            if (t.dict.containsKey("__hash__")) {
                PyInstance.Protocol p = u.type().instanceProtocol();
                if (p != null) {
                    return p.subclassHash((PyObject) u);
                }
                break;
            }
        }
        return builtin.getAsLong();
    }
}
