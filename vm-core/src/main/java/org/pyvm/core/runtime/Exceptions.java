package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/** Exception matching and the text of exceptions. */
public final class Exceptions {
    private Exceptions() {
    }

    /** {@code str(e)}: '' for no args, str(arg) for one (KeyError: its repr), the args tuple's repr otherwise. */
    public static String str(Runtime rt, PyBaseException e) {
        PyTuple args = e.args;
        if (args.size() == 0) {
            return "";
        }
        if ((args.size() == 2 || args.size() == 3) && isEnvironmentError(rt, e)) {
            String base = "[Errno " + Ops.str(rt, args.get(0)) + "] " + Ops.str(rt, args.get(1));
            return args.size() == 3 ? base + ": " + Ops.repr(rt, args.get(2)) : base;
        }
        if (args.size() == 1) {
            if (e.type().isSubtypeOf(rt.types.exceptions.get("KeyError"))) {
                return Ops.repr(rt, args.get(0));
            }
            return Ops.str(rt, args.get(0));
        }
        return Ops.repr(rt, args);
    }

    private static boolean isEnvironmentError(Runtime rt, PyBaseException e) {
        PyType env = rt.types.exceptions.get("EnvironmentError");
        if (env == null) {
            env = rt.types.exceptions.get("OSError");
        }
        return env != null && e.type().isSubtypeOf(env);
    }

    /** True when the raised error is an instance of the builtin exception {@code name} (or a subclass). */
    public static boolean is(Runtime rt, PyError e, String name) {
        if (e.pendingTypeName() != null) {
            PyType raised = rt.types.exceptions.get(e.pendingTypeName());
            PyType wanted = rt.types.exceptions.get(name);
            return raised != null && wanted != null && raised.isSubtypeOf(wanted);
        }
        return rt.types.of(e.exception()).isSubtypeOf(rt.types.exceptions.get(name));
    }

    public static boolean isStopIteration(Runtime rt, PyError e) {
        return e.isPending("StopIteration") || is(rt, e, "StopIteration");
    }

    /** {@code except C:} matching: the exception (instance or class) against a class or a tuple of classes. */
    public static boolean matches(Runtime rt, PyObject exc, PyObject spec) {
        if (spec instanceof PyTuple t) {
            for (PyObject s : t.items()) {
                if (matches(rt, exc, s)) {
                    return true;
                }
            }
            return false;
        }
        PyType raised = exc instanceof PyType t ? t : rt.types.of(exc);
        return spec instanceof PyType wanted && raised.isSubtypeOf(wanted);
    }
}
