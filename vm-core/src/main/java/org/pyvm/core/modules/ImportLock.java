package org.pyvm.core.modules;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.runtime.Runtime;

/**
 * The import lock's functions, the same in 2.7's {@code imp} and 3.x's {@code _imp}: acquire_lock, release_lock
 * and lock_held. pyvm runs one thread, so the lock is a count of acquisitions, one per module object.
 */
final class ImportLock {
    private int count;

    /** Defines the three functions on {@code m}. */
    void define(Runtime rt, ModuleBuilder m) {
        m.def("acquire_lock", (a, kw) -> {
            ModuleSupport.count(rt, "acquire_lock", a, kw, 0, 0);
            count++;
            return PyNone.NONE;
        });
        m.def("release_lock", (a, kw) -> {
            ModuleSupport.count(rt, "release_lock", a, kw, 0, 0);
            if (count == 0) {
                throw PyError.raise("RuntimeError", "not holding the import lock");
            }
            count--;
            return PyNone.NONE;
        });
        m.def("lock_held", (a, kw) -> {
            ModuleSupport.count(rt, "lock_held", a, kw, 0, 0);
            return PyBool.of(count > 0);
        });
    }
}
