package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTraceback;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/** with-statements: 2.7/3.6 SETUP_WITH and WITH_CLEANUP on the block stack; 3.11 BEFORE_WITH and WITH_EXCEPT_START. */
final class Blocks {
    private Blocks() {
    }

    /** The context manager's {@code name} by special lookup (its class's, bound); 2.7's classic instances are asked. */
    private static PyObject special(Interpreter in, PyObject mgr, String name) {
        if (mgr instanceof org.pyvm.core.objects.PyInstance i && i.type().classic) {
            return Ops.getattrOrNull(in.rt, mgr, name);
        }
        return Ops.lookupSpecial(in.rt, mgr, name);
    }

    /** 2.7 and 3.6's SETUP_WITH: an AttributeError naming what is missing. */
    private static PyObject required(Interpreter in, PyObject mgr, String name) {
        PyObject m = special(in, mgr, name);
        if (m == null) {
            if (mgr instanceof org.pyvm.core.objects.PyInstance ci && ci.type().classic) {
                return Ops.getattr(in.rt, mgr, name); // 2.7 asks a classic instance itself: its own AttributeError
            }
            throw PyError.raise("AttributeError", name);
        }
        return m;
    }

    /** SETUP_WITH: [mgr] becomes [__exit__, __enter__()] with a finally block between them. */
    static void setupWith(Interpreter in, Frame f, int handler) {
        PyObject mgr = f.top();
        // 2.7 looks __exit__ up first, 3.x __enter__
        boolean py27 = in.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        PyObject exit = py27 ? required(in, mgr, "__exit__") : null;
        PyObject enter = required(in, mgr, "__enter__");
        if (!py27) {
            exit = required(in, mgr, "__exit__");
        }
        f.stack()[f.sp - 1] = exit;
        PyObject res = Ops.call(in.rt, enter);
        f.pushBlock(Frame.FINALLY, handler);
        f.push(res);
    }

    /** WITH_CLEANUP (2.7) / WITH_CLEANUP_START (3.6): calls __exit__ with the exception, if any. */
    static void withCleanupStart(Interpreter in, Frame f, boolean py27) {
        PyObject top = f.top();
        PyObject exit;
        PyObject type = PyNone.NONE;
        PyObject value = PyNone.NONE;
        PyObject tb = PyNone.NONE;
        if (top == PyNone.NONE) {
            f.pop();
            exit = f.top();
            f.stack()[f.sp - 1] = top;
        } else if (top instanceof Interpreter.WhyMarker w) {
            f.pop();
            if (w.why == Interpreter.Why.RETURN) {
                exit = f.peek(2);
                f.stack()[f.sp - 2] = f.top();
                f.stack()[f.sp - 1] = w;
            } else {
                exit = f.top();
                f.stack()[f.sp - 1] = w;
            }
        } else if (py27) {
            type = top;
            value = f.peek(2);
            tb = f.peek(3);
            exit = f.peek(4);
            f.stack()[f.sp - 4] = tb;
            f.stack()[f.sp - 3] = value;
            f.stack()[f.sp - 2] = type;
            f.pop();
        } else {
            type = top;
            value = f.peek(2);
            tb = f.peek(3);
            exit = f.peek(7);
            f.stack()[f.sp - 7] = f.peek(6);
            f.stack()[f.sp - 6] = f.peek(5);
            f.stack()[f.sp - 5] = f.peek(4);
            f.stack()[f.sp - 4] = null;
            f.blocks[f.bp - 1]--; // the except-handler block's values moved down one slot
        }
        PyObject res = Ops.call(in.rt, exit, type, value, tb);
        if (py27) {
            if (type != PyNone.NONE && Ops.truth(in.rt, res)) {
                // swallowed; it stays sys.exc_info() (and what a bare raise re-raises) until the function returns
                f.pop();
                f.pop();
                f.stack()[f.sp - 1] = PyNone.NONE;
            }
            return;
        }
        f.push(type);
        f.push(res);
    }

    /** WITH_CLEANUP_FINISH (3.6): a true __exit__ result silences the exception. */
    static void withCleanupFinish(Interpreter in, Frame f) {
        PyObject res = f.pop();
        PyObject exc = f.pop();
        if (exc != PyNone.NONE && Ops.truth(in.rt, res)) {
            f.push(new Silenced());
        }
    }

    /** Pushed when __exit__ swallowed the exception; END_FINALLY then unwinds the except-handler block. */
    static final class Silenced extends PyObject {
        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "silenced";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<silenced>";
        }
    }

    /** BEFORE_WITH (3.11): [mgr] becomes [__exit__, __enter__()]. */
    static void beforeWith(Interpreter in, Frame f) {
        PyObject mgr = f.top();
        PyObject enter = special(in, mgr, "__enter__");
        String refusal = "'" + Ops.typeName(in.rt, mgr) + "' object does not support the context manager protocol";
        if (enter == null) {
            throw PyError.raise("TypeError", refusal);
        }
        PyObject exit = special(in, mgr, "__exit__");
        if (exit == null) {
            throw PyError.raise("TypeError", refusal + " (missed __exit__ method)");
        }
        f.stack()[f.sp - 1] = exit;
        f.push(Ops.call(in.rt, enter));
    }

    /** WITH_EXCEPT_START (3.11): [exit, lasti, prev, exc] calls exit(type, exc, tb) and pushes the result. */
    static void withExceptStart(Interpreter in, Frame f) {
        PyObject exc = f.top();
        PyObject exit = f.peek(4);
        PyType type = in.rt.types.of(exc);
        PyObject tb = exc instanceof PyBaseException e ? e.tracebackObject() : PyNone.NONE;
        f.push(Ops.call(in.rt, exit, type, exc, tb));
    }
}
