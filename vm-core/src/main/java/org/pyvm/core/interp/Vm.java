package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.runtime.Host;

/**
 * Runs a module like {@code python FILE.pyc}: on its own thread with a large stack (so the
 * recursion limit, not the Java stack, decides RecursionError), with the host's streams, and
 * returns the exit status: 0, 1 after an uncaught exception (traceback on stderr), or sys.exit's.
 */
public final class Vm {
    private static final long STACK_BYTES = 1L << 30;

    private Vm() {
    }

    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir) {
        return run(module, argv, host, scriptDir, null);
    }

    /** {@link #run(CodeObject, List, Host, Path)} with a tracer watching every instruction (null for none). */
    public static int run(CodeObject module, List<String> argv, Host host, Path scriptDir, Tracer tracer) {
        AtomicInteger status = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                status.set(runHere(module, argv, host, scriptDir, tracer));
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

    private static int runHere(CodeObject module, List<String> argv, Host host, Path scriptDir, Tracer tracer) {
        Session session = new Session(module.lang, host, argv, scriptDir);
        session.setTracer(tracer);
        return session.runMain(module);
    }
}
