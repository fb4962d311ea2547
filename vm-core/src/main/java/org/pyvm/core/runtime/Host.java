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
 * @param environment the environment the interpreter starts in, as CPython reads it at its start: PYTHONIOENCODING,
 *                    the locale (LC_ALL, LC_CTYPE, LANG) and PYTHONUNBUFFERED decide the standard streams' encoding,
 *                    error handler and buffering (the program's own {@code os.environ} is the host's files' business)
 * @param terminal whether stdout is a terminal (2.7 gives a pipe no encoding)
 */
public record Host(OutputStream stdout, OutputStream stderr, InputStream stdin, java.util.Map<String, String> environment,
                   boolean terminal) {
    /**
     * The environment the conformance goldens are made in (conformance/tools/make_goldens.py's clean_env, but PATH):
     * UTF-8 streams, strict on stdout; what a VM gets when its host says nothing else.
     */
    public static final java.util.Map<String, String> GOLDENS_ENVIRONMENT = java.util.Map.of("PYTHONIOENCODING", "utf-8", "LANG", "C.UTF-8",
            "PYTHONHASHSEED", "0", "PYTHONDONTWRITEBYTECODE", "1");

    /** Streams in the goldens' environment, not a terminal. */
    public Host(OutputStream stdout, OutputStream stderr, InputStream stdin) {
        this(stdout, stderr, stdin, GOLDENS_ENVIRONMENT, false);
    }
}
