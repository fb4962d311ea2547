package org.pyvm.conformance.run;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;

/**
 * Runs one golden program (laid out as {@code conformance/tools/make_goldens.py} writes it) with
 * pyvm in this JVM and compares stdout, stderr and the exit status with what CPython did. Shared by
 * {@link RunGoldenTest} (the corpus) and {@link StdlibDriverTest} (the stdlib drivers).
 */
final class GoldenRunner {
    private static final PackRegistry PACKS = PackRegistry.discover();

    private GoldenRunner() {
    }

    private record Outcome(int status, String out, String err) {
    }

    /**
     * Null when pyvm behaved as CPython did, else the first difference. {@code goldens} is the
     * goldens folder {@code pyc} lies in, {@code sources} the matching folder of programs (for their
     * {@code .args} and {@code .stdin}).
     */
    static String compare(Path goldens, Path sources, Path pyc, Duration timeout) throws IOException {
        Outcome got;
        try {
            got = assertTimeoutPreemptively(timeout, () -> run(goldens, sources, pyc));
        } catch (Throwable e) {
            return "crashed or timed out: " + e;
        }
        // byte for byte: a char per byte on both sides (UTF-8 decoding failed on a golden that is no UTF-8, and made
        // any two invalid bytes pyvm wrote the same replacement character)
        String out = Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.ISO_8859_1);
        String err = Files.readString(Goldens.sibling(pyc, ".stderr"), StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip());
        if (!out.equals(got.out())) {
            // where the run also failed otherwise, its last stderr line usually says why (an uncaught exception)
            String because = err.equals(got.err()) ? "" : " (stderr ends: " + lastLine(got.err()) + ")";
            return "stdout differs: " + firstDifference(out, got.out()) + because;
        }
        if (!err.equals(got.err())) {
            return "stderr differs: " + firstDifference(err, got.err());
        }
        if (status != got.status()) {
            return "exit status " + got.status() + ", expected " + status;
        }
        return null;
    }

    private static Outcome run(Path goldens, Path sources, Path pyc) throws IOException {
        String name = pyc.getFileName().toString().replaceAll("\\.pyc$", "");
        boolean multi = Goldens.isMultiFileMain(goldens, pyc);
        Path programDir = pyc.getParent();
        String group = (multi ? programDir.getParent() : programDir).getFileName().toString();
        Path source = multi ? sources.resolve(group).resolve(programDir.getFileName().toString()).resolve("main.py")
                : sources.resolve(group).resolve(name + ".py");
        List<String> argv = new ArrayList<>();
        argv.add(name + ".pyc");
        Path args = source.resolveSibling(name + ".args");
        if (Files.exists(args)) {
            argv.addAll(Files.readAllLines(args));
        }
        Path stdin = source.resolveSibling(name + ".stdin");
        byte[] in = Files.exists(stdin) ? Files.readAllBytes(stdin) : new byte[0];
        CodeObject module = PycFile.read(pyc, PACKS).module();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the directory has no .py beside the .pyc, as in the temp dir CPython ran in: no source lines in tracebacks
        int status = Vm.run(module, argv, new Host(out, err, new ByteArrayInputStream(in)), pyc.getParent());
        String stdout = out.toString(StandardCharsets.ISO_8859_1);
        String stderr = err.toString(StandardCharsets.ISO_8859_1);
        if (multi) {
            // as make_goldens.py wrote CPython's output: the program's folder (sys.path[0]) as <DIR>
            String here = programDir.toRealPath().toString();
            stdout = stdout.replace(here, Goldens.PROGRAM_DIR);
            stderr = stderr.replace(here, Goldens.PROGRAM_DIR);
        }
        return new Outcome(status, stdout, stderr);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected [" + el + "] got [" + al + "]";
            }
        }
        return "?";
    }
}
