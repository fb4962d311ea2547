package org.pyvm.cli;

/**
 * Collects the whole heap when it has grown well past what the last collection kept, as CPython's collector
 * runs its oldest generation when enough survivors have piled up. The launcher's collector (SerialGC) never
 * collects its old generation until the initial heap (1/64 of the machine's memory) is full: short-lived
 * objects that happen to survive two young collections pile up there, and every page they touch stays in the
 * process's resident set. wordcount.py keeps 5-21 MB alive but its heap grew to 60 MB, most of it such
 * garbage; collected whenever the heap has grown by half of what the last collection kept, its peak RSS fell
 * from 130 to 104-118 MB (five or six full collections of about 15 ms each). {@code -Dpyvm.noHeapWatch=true}
 * turns this off.
 *
 * <p>A daemon thread looks every {@link #PERIOD_MS} ms at the heap's use (a read of two counters, no
 * allocation) and asks for a full collection ({@link System#gc}) when it passes the threshold; the threshold
 * is then set to what the collection kept and half as much again, never below {@link #FLOOR_BYTES}. A program
 * that keeps a lot alive so gets collections in proportion to its growth, as a generational collector's.
 */
final class HeapWatch {
    private HeapWatch() {
    }

    /** The heap use below which no collection is asked for: the young generation and a little more. */
    static final long FLOOR_BYTES = 24L << 20;
    /** The heap may grow by half of what the last collection kept (CPython's oldest generation: a quarter). */
    static final long GROWTH_DIVISOR = 2;
    static final long PERIOD_MS = 20;

    /** Starts watching this JVM's heap for the rest of its life. */
    static void start() {
        Thread t = new Thread(HeapWatch::watch, "pyvm-heap-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watch() {
        Runtime jvm = Runtime.getRuntime();
        long threshold = FLOOR_BYTES;
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            long used = jvm.totalMemory() - jvm.freeMemory();
            if (used > threshold) {
                System.gc();
                long kept = jvm.totalMemory() - jvm.freeMemory();
                threshold = Math.max(FLOOR_BYTES, kept + kept / GROWTH_DIVISOR);
            }
        }
    }
}
