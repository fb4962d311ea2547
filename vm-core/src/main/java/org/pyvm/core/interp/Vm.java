package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.sandbox.Sandbox;

/**
 * Runs a module like {@code python FILE.pyc}: on its own thread with a large stack (so the
 * recursion limit, not the Java stack, decides RecursionError), with the host's streams, and
 * returns the exit status: 0, 1 after an uncaught exception (traceback on stderr), or sys.exit's; -2 ({@link
 * Session#KILLED_BY_SIGINT}) when a 3.8+ program ended with an uncaught KeyboardInterrupt, whose CPython kills itself
 * with SIGINT (the command line does the same).
 */
public final class Vm {
    private static final long STACK_BYTES = 1L << 30;

    private Vm() {
    }

    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir) {
        return run(module, argv, host, scriptDir, Limits.none(), Sandbox.off(), null);
    }

    /** {@link #run(CodeObject, List, Host, Path)} with a tracer watching every instruction (null for none). */
    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir, Tracer tracer) {
        return run(module, argv, host, scriptDir, Limits.none(), Sandbox.off(), tracer);
    }

    /**
     * As {@link #run(CodeObject, List, Host, Path)}, within {@code limits} (its clock starts now).
     * A spent step budget or time limit is a {@link org.pyvm.core.limits.LimitExceeded} thrown
     * here, after the program's buffered output is flushed.
     */
    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir, Limits limits) {
        return run(module, argv, host, scriptDir, limits, Sandbox.off(), null);
    }

    /** As {@link #run(CodeObject, List, Host, Path, Limits)}, with what the program may touch outside itself. */
    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir, Limits limits, Sandbox sandbox) {
        return run(module, argv, host, scriptDir, limits, sandbox, null);
    }

    /** As {@link #run(CodeObject, List, Host, Path, Limits, Sandbox)}, with a tracer watching every instruction (null for none). */
    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir, Limits limits, Sandbox sandbox,
                          Tracer tracer) {
        AtomicInteger status = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                status.set(runHere(module, argv, host, scriptDir, limits, sandbox, tracer));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pyvm-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return status.get();
    }

    private static int runHere(CodeObject module, List<String> argv, Host host, Path scriptDir, Limits limits, Sandbox sandbox,
                               Tracer tracer) {
        Session session = new Session(module.lang, host, argv, scriptDir, limits, sandbox);
        session.setTracer(tracer);
        return session.runMain(module);
    }
}
