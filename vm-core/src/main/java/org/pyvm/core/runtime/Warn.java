package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;

/**
 * A warning raised from the VM's own code, as CPython's PyErr_WarnEx does it: through the warnings module,
 * so its filters decide (printed once per place by default, or raised as an error), attributed to the
 * running Python frame. Without the warnings module (no CPython standard library to import it from) the
 * warning is dropped.
 */
public final class Warn {
    private Warn() {
    }

    public static void warn(Runtime rt, String category, String message) {
        PyObject importer = rt.builtins.get(rt.name("__import__"));
        PyObject type = rt.types.exceptions.get(category);
        if (importer == null || type == null) {
            return;
        }
        PyObject warnings;
        try {
            warnings = Ops.call(rt, importer, Strings.text(rt, "warnings"));
        } catch (PyError missing) {
            if (Exceptions.is(rt, missing, "ImportError")) {
                return;
            }
            throw missing;
        }
        Ops.call(rt, Ops.getattr(rt, warnings, "warn"), Strings.text(rt, message), type);
    }
}
