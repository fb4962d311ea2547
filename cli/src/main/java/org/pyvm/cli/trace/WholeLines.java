package org.pyvm.cli.trace;

import java.io.PrintStream;

/**
 * Trace lines bound for a stream the program writes to as well (stderr): buffered for speed,
 * handed over in whole lines, and flushed before anything the program writes there (give the
 * program {@link #programStream()}), so the program's stderr and the trace come out in the order
 * they happened and a program's output never lands inside a trace line.
 */
public final class WholeLines {
    private static final int BATCH = 1 << 15;
    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder(BATCH + 256);

    public WholeLines(PrintStream out) {
        this.out = out;
    }

    public void line(String text) {
        pending.append(text).append('\n');
        if (pending.length() >= BATCH) {
            flush();
        }
    }

    /**
     * The stream to give the program as its stderr: each write first runs {@code before} (the
     * recorder emits the step under way) and flushes the trace lines so far.
     */
    public java.io.OutputStream programStream(Runnable before) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) {
                before.run();
                WholeLines.this.flush();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                before.run();
                WholeLines.this.flush();
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }

    public void flush() {
        if (pending.length() > 0) {
            out.print(pending);
            out.flush();
            pending.setLength(0);
        }
    }
}
