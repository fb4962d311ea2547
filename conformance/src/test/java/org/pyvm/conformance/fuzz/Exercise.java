package org.pyvm.conformance.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.dis.Disassembler;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;

/**
 * What pyvm does with a .pyc, end to end: load it (marshal, code objects), decode and verify every
 * code object, disassemble it, and run it within a small budget. Every input must end in one of
 * the clean {@link Result}s; anything else (another exception, an OutOfMemoryError, a
 * StackOverflowError) propagates to the caller as the bug it is.
 */
final class Exercise {
    private static final PackRegistry PACKS = PackRegistry.discover();

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
        Host host = new Host(new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0]));
        try {
            // the status is the program's business: 0, 1 after a Python exception, sys.exit's
            Vm.run(module, List.of("fuzz.pyc"), host, Path.of("target"), new Limits(20_000, Duration.ofSeconds(2), 64L << 20));
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
}
