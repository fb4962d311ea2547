package org.pyvm.core.interp;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.pyvm.core.code.DecodedCode;

/**
 * Compiles hot code on a thread of its own while the interpreter goes on running it, as HotSpot's compiler
 * threads do: the program's thread never waits for {@link JitCompiler} (generating the class, defining it, its
 * constructor's first link), which took 3-5% of the main thread's time in the benchmark programs. The code is
 * marked {@link JitCompiler#PENDING} while it compiles; its next entry or loop turn after that finds the
 * compiled form. One thread per interpreter, made at the first compile and ended after a second with nothing to
 * do, so an embedding host keeps no thread of ours alive. {@code -Dpyvm.jit.strict=true} (tests that compile
 * every code at its first call and must see each compile) compiles on the program's thread, and so does a machine
 * of fewer than four cores ({@link #enabled}).
 */
final class BackgroundJit {
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "pyvm-jit");
        t.setDaemon(true);
        return t;
    });

    /**
     * Whether compiles go to a thread of their own in this JVM: only with a core to spare. On two cores the thread
     * competed with the program's and the JVM's compiler threads, and the benchmark programs took 3-7% longer
     * (closures.py 3.11 0.741 s against 0.689 s compiling on the program's thread, medians of 5), though the
     * program's thread itself spent less CPU. {@code -Dpyvm.jit.background=true|false} decides instead.
     */
    static boolean enabled() {
        if (Boolean.getBoolean("pyvm.jit.strict")) {
            return false;
        }
        String choice = System.getProperty("pyvm.jit.background");
        return choice != null ? Boolean.parseBoolean(choice) : java.lang.Runtime.getRuntime().availableProcessors() >= 4;
    }

    /** Marks {@code dc} as compiling and compiles it on the background thread, which publishes the result in it. */
    void submit(DecodedCode dc) {
        dc.compiled = JitCompiler.PENDING;
        pool.execute(() -> dc.compiled = JitCompiler.compile(dc));
    }
}
