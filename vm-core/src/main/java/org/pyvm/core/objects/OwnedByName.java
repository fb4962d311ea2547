package org.pyvm.core.objects;

/**
 * A value that one name of a namespace alone holds, so that the VM can do at that name's {@code del} or rebinding
 * what CPython's reference count does when the last reference goes (a generator closed at once). When the
 * namespace's dict is handed to the program ({@code globals()}, a module's {@code __dict__} or attributes, a frame's
 * {@code f_globals}), the value may be held elsewhere too and stops counting as owned.
 */
public interface OwnedByName {
    /** Whether a name of {@code d} alone holds this. */
    boolean ownedThrough(PyDict d);

    /** {@code d} was exposed: from now on this may be held anywhere. */
    void escape();

    /** {@code d} is handed to the program: what its names alone held may now be held elsewhere. */
    static void exposed(PyDict d) {
        if (d == null) {
            return;
        }
        for (PyObject k : d.keys()) {
            if (d.get(k) instanceof OwnedByName o && o.ownedThrough(d)) {
                o.escape();
            }
        }
    }
}
