package org.pyvm.conformance.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link Exercise#of} case after case on one long-lived thread with a 1 GiB stack (as
 * {@code Vm.run}'s), watched from the caller's thread: no thread is made per case. A case that has
 * not ended after {@link #HANG} (ten times its own time limit) is a hang; its thread is abandoned (interrupted, left to the daemon
 * flag) and the next case gets a new one.
 */
final class CaseRunner implements AutoCloseable {
    static final Duration HANG = Exercise.TIMEOUT.multipliedBy(10);
    private static final long STACK_BYTES = 1L << 30;
    private ExecutorService worker = newWorker();

    /**
     * The case's result; what escaped it (an exception, an error) is thrown as it is, a hang is an
     * AssertionError.
     */
    Exercise.Result run(byte[] pyc) throws Throwable {
        Future<Exercise.Result> f = worker.submit(() -> Exercise.of(pyc));
        try {
            return f.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("hung: no result after " + HANG.toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "pyvm-fuzz", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }
}
