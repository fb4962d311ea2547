package org.pyvm.core.sandbox;

import java.nio.file.Path;
import java.util.List;
import org.pyvm.core.objects.PyError;

/**
 * What a VM's program may touch outside itself. Off by default. When on, the program may read
 * files only under the given folders, may write no file, may not look at the environment and may
 * start no process; each refusal is a Python PermissionError (2.7: OSError) naming this policy, so
 * a program can catch it as it would a real permission problem.
 *
 * <p>Every place in the core that reaches outside must ask here first. Today that is: the source
 * lines of a traceback (read from the file a code object names, which a hostile .pyc chooses), and
 * exec/eval/compile of source text, which runs the local CPython (a process, found through the
 * environment). File and environment access added later (imports, {@code open}, {@code os.environ})
 * must call {@link #checkRead}, {@link #checkWrite} and {@link #checkEnvironment}.
 */
public final class Sandbox {
    /** The prefix of every refusal, so that a user can tell the policy from the operating system. */
    public static final String POLICY = "[pyvm --sandbox]";
    private static final Sandbox OFF = new Sandbox(false, List.of(), "PermissionError");

    private final boolean on;
    private final List<Path> readable;
    private final String errorType;

    private Sandbox(boolean on, List<Path> readable, String errorType) {
        this.on = on;
        this.readable = readable.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.errorType = errorType;
    }

    /** The same policy refusing with {@code type} (OSError for 2.7, which has no PermissionError). */
    public Sandbox refusingWith(String type) {
        return new Sandbox(on, readable, type);
    }

    public static Sandbox off() {
        return OFF;
    }

    /** A sandbox in which only files under {@code readableFolders} may be read. */
    public static Sandbox readingOnly(List<Path> readableFolders) {
        return new Sandbox(true, List.copyOf(readableFolders), "PermissionError");
    }

    public boolean on() {
        return on;
    }

    /** True when the policy lets the program read {@code file}. */
    public boolean mayRead(Path file) {
        if (!on) {
            return true;
        }
        Path p = file.toAbsolutePath().normalize();
        return readable.stream().anyMatch(p::startsWith);
    }

    public void checkRead(Path file) {
        if (!mayRead(file)) {
            throw denied("reading " + file + " is not allowed: only files under " + readable + " may be read");
        }
    }

    public void checkWrite(Path file) {
        if (on) {
            throw denied("writing " + file + " is not allowed");
        }
    }

    public void checkEnvironment(String variable) {
        if (on) {
            throw denied("reading the environment (" + variable + ") is not allowed");
        }
    }

    public void checkProcess(String what) {
        if (on) {
            throw denied(what + " starts a process, which is not allowed");
        }
    }

    private PyError denied(String why) {
        return PyError.raise(errorType, POLICY + " " + why);
    }
}
