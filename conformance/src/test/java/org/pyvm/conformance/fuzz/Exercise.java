package org.pyvm.conformance.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.dis.Disassembler;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.interp.Session;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.sandbox.Sandbox;

/**
 * What pyvm does with a .pyc, end to end: load it (marshal, code objects), decode and verify every
 * code object, disassemble it, and run it as {@code pyvm run --sandbox --max-steps 20000 --timeout 2
 * --max-memory 64M} would. Every input must end in one of the clean {@link Result}s; anything else
 * (another exception, an OutOfMemoryError, a StackOverflowError) propagates to the caller as the bug
 * it is.
 *
 * <p>What does not change between cases is made once: the packs (their YAML tables), the sandbox
 * policy and the folder the program runs in. Each case gets a VM of its own ({@link Session}: its
 * own builtins, sys and modules, so that no case sees what another did) on the calling thread, which
 * must have a large stack as {@code Vm.run}'s thread has ({@link CaseRunner} provides one). The
 * program runs under the sandbox: it may read only its (empty) folder and the local CPython's
 * standard library, and may write no file and start no process, so a damaged program can do nothing
 * to the machine.
 */
final class Exercise {
    private static final PackRegistry PACKS = PackRegistry.discover();
    /** The budget of each run: steps, wall-clock time, counted memory. */
    static final long MAX_STEPS = 20_000;
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final long MAX_MEMORY = 64L << 20;
    /** Where each program "lives": sys.path[0] and the folder tracebacks read from; empty. */
    private static final Path HOME = emptyFolder(Path.of("target", "fuzz-home"));
    private static final Sandbox SANDBOX = Sandbox.readingOnly(List.of(HOME));
    private static final List<String> ARGV = List.of(HOME.resolve("fuzz.pyc").toString());

    enum Result { REFUSED, RAN, STOPPED }

    private Exercise() {
    }

    static Result of(byte[] pyc) {
        CodeObject module;
        try {
            module = PycFile.read(pyc, "fuzz.pyc", PACKS).module();
            decodeAll(module, 0);
            Disassembler.dis(module);
        } catch (BadInputException e) {
            String m = e.getMessage();
            if (m == null || m.isEmpty() || m.contains("\n")) {
                throw new AssertionError("bad input without a one-line message: " + m, e);
            }
            return Result.REFUSED;
        }
        Host host = new Host(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), new ByteArrayInputStream(new byte[0]));
        Limits limits = new Limits(MAX_STEPS, TIMEOUT, MAX_MEMORY);
        try {
            // what Vm.run does on its own thread; the status is the program's business (0, 1 after a
            // Python exception, sys.exit's)
            new Session(module.lang, host, ARGV, HOME, limits, SANDBOX).runMain(module);
            return Result.RAN;
        } catch (LimitExceeded e) {
            return Result.STOPPED;
        }
    }

    private static void decodeAll(CodeObject co, int depth) {
        co.decoded();
        for (PyObject c : co.consts) {
            if (c instanceof CodeObject nested) {
                decodeAll(nested, depth + 1);
            }
        }
    }

    private static Path emptyFolder(Path p) {
        try {
            return Files.createDirectories(p).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
