package org.pyvm.core.objects;

import java.util.Map;

/**
 * A builtin value whose type is a class made by a program ({@code class MyList(list)}): it is a list (or int,
 * str, dict...) to every builtin operation, and has its class's methods and an attribute dict of its own.
 * Each builtin kind that can be subclassed has a nested {@code Sub} class implementing this.
 */
public interface UserSubclass extends Typed {
    /** The instance's class and attributes. */
    SubclassState state();

    @Override
    default PyType type() {
        return state().type;
    }

    /** The instance's own attributes ({@code self.x = ...}). */
    default Map<String, PyObject> attributes() {
        return state().attributes;
    }

    /** Puts {@code m} in place of the attributes ({@link #exposeDict}, {@link #assignDict}). */
    default void replaceAttributes(Map<String, PyObject> m) {
        state().attributes = m;
    }

    /** {@code obj.__dict__}: the live dict object of the attributes (made on first request), as PyInstance's. */
    default PyDict exposeDict(Language lang) {
        if (attributes() instanceof NamespaceView v) {
            return v.dict();
        }
        PyDict d = PyDict.of(lang, java.util.List.of());
        for (Map.Entry<String, PyObject> e : attributes().entrySet()) {
            d.put(NamespaceView.key(lang, e.getKey()), e.getValue());
        }
        replaceAttributes(new NamespaceView(d, lang));
        return d;
    }

    /** {@code obj.__dict__ = d}: the attributes are d's from now on ({@code self.__dict__ = self} of a dict subclass). */
    default void assignDict(PyDict d, Language lang) {
        replaceAttributes(new NamespaceView(d, lang));
    }

    /** {@code obj.__class__ = C}: the value's class from now on (the caller checked that C lays it out alike). */
    default void changeType(PyType to) {
        state().type = to;
    }

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
        if (definesOwn(u, "__hash__")) {
            PyInstance.Protocol p = u.type().instanceProtocol();
            if (p != null) {
                return p.subclassHash((PyObject) u);
            }
        }
        return builtin.getAsLong();
    }

    /** Whether a program's class in the value's MRO, above its builtin base, defines {@code name}. */
    private static boolean definesOwn(UserSubclass u, String name) {
        for (PyType t : u.type().mro()) {
            if (t.builtin) {
                return false;
            }
            if (t.dict.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code stored == probe} as a hash table compares keys of equal hash when either is such a value whose class
     * defines {@code __eq__}: the rich comparison (the stored key's method first, as CPython's lookdict calls
     * PyObject_RichCompare(startkey, key)); null when neither class does, for the builtins' own equality.
     */
    static Boolean programEq(PyObject stored, PyObject probe) {
        UserSubclass u = stored instanceof UserSubclass s && definesOwn(s, "__eq__") ? s
                : probe instanceof UserSubclass p && definesOwn(p, "__eq__") ? p : null;
        PyInstance.Protocol protocol = u == null ? null : u.type().instanceProtocol();
        return protocol == null ? null : protocol.eqObject(stored, probe);
    }
}
