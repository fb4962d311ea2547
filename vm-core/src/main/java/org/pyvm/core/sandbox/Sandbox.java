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
 * lines of a traceback (read from the file a code object names, which a hostile .pyc chooses),
 * exec/eval/compile of source text, which runs the local CPython (a process, found through the
 * environment), and the import system: a module's file is read only where the policy allows, and a
 * {@code .py} without an up-to-date compiled file, which the local CPython would compile, is
 * refused. File and environment access added later ({@code open}, {@code os.environ}) must call
 * {@link #checkRead}, {@link #checkWrite} and {@link #checkEnvironment}.
 *
 * <p>Paths are compared by their real path where the file (or its nearest existing folder) exists,
 * so neither a symbolic link nor {@code ..} leads out of an allowed folder.
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
        this.readable = readable.stream().map(Sandbox::real).distinct().toList();
        this.errorType = errorType;
    }

    /** The same policy refusing with {@code type} (OSError for 2.7, which has no PermissionError). */
    public Sandbox refusingWith(String type) {
        return new Sandbox(on, readable, type);
    }

    /** This policy also letting the program read files under {@code folder} (the same policy when it is off). */
    public Sandbox alsoReading(Path folder) {
        if (!on) {
            return this;
        }
        List<Path> more = new java.util.ArrayList<>(readable);
        more.add(folder);
        return new Sandbox(true, more, errorType);
    }

    /** The folders the policy lets the program read (real paths); empty when it is off, which allows every read. */
    public List<Path> readableFolders() {
        return readable;
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
        Path p = real(file);
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
            throw denied("access to the environment (" + variable + ") is not allowed");
        }
    }

    public void checkProcess(String what) {
        if (on) {
            throw denied(what + " starts a process, which is not allowed");
        }
    }

    /**
     * {@code p} absolute, without {@code ..}, and with the symbolic links of its longest existing
     * prefix resolved (what the operating system would open).
     */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        for (Path existing = abs; existing != null; existing = existing.getParent()) {
            try {
                // the rest does not exist, so it holds no link to follow
                return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
            } catch (java.io.IOException | SecurityException e) {
                // try the folder above
            }
        }
        return abs.normalize();
    }

    private PyError denied(String why) {
        return PyError.raise(errorType, POLICY + " " + why);
    }
}
