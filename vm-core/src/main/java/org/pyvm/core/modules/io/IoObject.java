package org.pyvm.core.modules.io;

import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyType;

/**
 * An instance of an {@code _io} class or of a program's subclass of one: an object with an attribute
 * dict (as CPython's file objects have) plus the Java state of its class. {@code _IOBase} itself keeps
 * only whether it has been closed.
 */
class IoObject extends PyInstance {
    final Io io;
    /** {@code _IOBase}'s own closed flag (CPython's {@code __IOBase_closed}). */
    boolean baseClosed;

    IoObject(Io io, PyType type) {
        super(type);
        this.io = io;
    }
}
