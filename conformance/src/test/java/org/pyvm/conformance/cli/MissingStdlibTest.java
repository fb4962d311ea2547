package org.pyvm.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that imports a pure-Python standard module, run by the jar where pyvm finds no CPython of its
 * version (the process sees no python on PATH, no pyenv, no PYVM_CPYTHON_X_Y): its ImportError keeps
 * CPython's words and adds what to install or set. Names that are no standard module keep CPython's exact
 * message, so programs that print such errors behave as CPython did everywhere.
 */
class MissingStdlibTest {
    private static final Path JAR = Path.of("..", "cli", "target", "pyvm.jar");
    private static final Path DRIVERS = Path.of("src", "test", "resources", "stdlib-goldens");
    private static final Path GOLDENS = Path.of("src", "test", "resources", "goldens");

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void needsTheJar() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "cli/target/pyvm.jar is not built (run mvn verify, not mvn test)");
    }

    /** Runs the jar with an environment in which no CPython can be found; {@code jvmOptions} go before -jar. */
    private static Result runWithoutCPython(Path home, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        List<String> command = new ArrayList<>(List.of(javaBin.resolve("java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", javaBin.toString()); // no pythonX.Y and no pyenv command there
        pb.environment().put("HOME", home.toString()); // no ~/.pyenv
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pyvm did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void aMissingStandardModuleNamesWhatToInstall(@TempDir Path home) throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = DRIVERS.resolve(version).resolve("common").resolve("use_textwrap.pyc");
            Result r = runWithoutCPython(home, List.of(), "run", pyc.toString());
            String name = version.equals("2.7") ? "ImportError: No module named textwrap" : "ModuleNotFoundError: No module named 'textwrap'";
            assertEquals(name + " (pyvm found no CPython " + version + " standard library: install CPython " + version
                    + " as python" + version + " on PATH or with pyenv, or set PYVM_CPYTHON_" + version.replace('.', '_')
                    + " to its python" + version + ", or run java with -Dpyvm.stdlib=DIR naming the library folder)",
                    lastLine(r.err()), version);
            assertEquals(1, r.status(), version);
            assertEquals("", r.out(), version);
        }
    }

    @Test
    void theLibrarySwitchedOffIsSaidSo(@TempDir Path home) throws Exception {
        Path pyc = DRIVERS.resolve("3.11").resolve("common").resolve("use_json.pyc");
        Result r = runWithoutCPython(home, List.of("-Dpyvm.stdlib=off"), "run", pyc.toString());
        assertEquals("ModuleNotFoundError: No module named 'json' (pyvm's use of the CPython 3.11 standard library is switched off"
                + " by -Dpyvm.stdlib=off)", lastLine(r.err()));
        assertEquals(1, r.status());
    }

    @Test
    void aNameThatIsNoStandardModuleKeepsCPythonsMessage(@TempDir Path home) throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path dir = GOLDENS.resolve(version).resolve("common").resolve("imp_error_uncaught");
            Result r = runWithoutCPython(home, List.of(), "run", dir.resolve("main.pyc").toString());
            String here = dir.toRealPath().toString();
            assertEquals(Files.readString(dir.resolve("main.stderr"), StandardCharsets.UTF_8), r.err().replace(here, "<DIR>"), version);
            assertEquals(1, r.status(), version);
        }
    }
}
