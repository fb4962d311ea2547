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
 */
public record Host(OutputStream stdout, OutputStream stderr, InputStream stdin) {
}
