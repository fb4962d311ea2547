package org.pyvm.core.runtime;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the embedding program grants a VM: its standard streams. The VM never touches
 * System.out/System.err/System.exit itself; the cli passes the process's streams.
 *
 * @param stdout where {@code sys.stdout} writes (UTF-8 for text)
 * @param stderr where {@code sys.stderr} and tracebacks go
 * @param stdin  what {@code input()} and {@code sys.stdin} read
 * @param unbuffered whether the user asked for unbuffered standard streams, as CPython's {@code -u} or a non-empty
 *                   {@code PYTHONUNBUFFERED}: sys.stdout then hands each write to {@code stdout} at once (3.6: each
 *                   line), so that what it prints and what goes to stderr meet in a shared pipe in program order
 */
public record Host(OutputStream stdout, OutputStream stderr, InputStream stdin, boolean unbuffered) {
    /** Streams as buffered as the host made them. */
    public Host(OutputStream stdout, OutputStream stderr, InputStream stdin) {
        this(stdout, stderr, stdin, false);
    }
}
