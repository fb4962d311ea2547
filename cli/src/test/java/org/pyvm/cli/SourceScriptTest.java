package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.core.host.CPythonFinder;

/**
 * {@code pyvm run FILE.py --python X.Y} against {@code pythonX.Y FILE.py}: the same stdout, stderr and
 * exit status, for a program ending in a traceback and for one with a syntax error. Runs where that
 * CPython is installed (skipped, and counted so, where not); the bad-input cases run everywhere.
 */
class SourceScriptTest {
    private static final String PROGRAM = String.join("\n",
            "import sys",
            "def inner(n):",
            "    raise ValueError('bad %d' % n)",
            "def outer():",
            "    inner(len(sys.argv))",
            "print(sys.argv[1:])",
            "print(__name__, sorted({'b': 1, 'a': 2}), 7 // 2, 2 ** 70)",
            "outer()",
            "");

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result pyvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result cpython(Path python, Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] err = p.getErrorStream().readAllBytes();
        byte[] out = p.getInputStream().readAllBytes();
        return new Result(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Path installed(String version) {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        Assumptions.assumeTrue(python.isPresent(), "CPython " + version + " is not installed here");
        return python.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void runsASourceFileLikeTheCPythonThatCompiledIt(String version) throws Exception {
        Path python = installed(version);
        Path script = dir.resolve("prog.py");
        Files.writeString(script, PROGRAM);
        Result expected = cpython(python, script, "one", "two");
        Result got = pyvm("run", script.toString(), "--python", version, "one", "two");
        assertEquals(1, expected.status(), expected.err());
        assertEquals(expected, got);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void aSyntaxErrorIsReportedAsCPythonReportsItForAScript(String version) throws Exception {
        assertReportedAsCPythonReportsIt(version, "x = 1\ndef f(:\n    pass\n", "SyntaxError");
    }

    /**
     * An error the compiler finds past the parser (2.7: its SyntaxError's args hold no location, so the traceback
     * module wrote it as one line without the source line; 3.6 puts the caret at the start of the line).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void aSyntaxErrorFoundPastTheParserIsReportedAsCPythonReportsIt(String version) throws Exception {
        assertReportedAsCPythonReportsIt(version, "x = 1\ndef f(a, a):\n    pass\n", "duplicate argument");
    }

    /** The script {@code source} that CPython {@code version} refuses with {@code error} in its report: pyvm's run is CPython's. */
    private void assertReportedAsCPythonReportsIt(String version, String source, String error) throws Exception {
        Path python = installed(version);
        Path script = dir.resolve("refused.py");
        Files.writeString(script, source);
        Result expected = cpython(python, script);
        Result got = pyvm("run", script.toString(), "--python", version);
        assertTrue(expected.err().contains(error), expected.err());
        assertEquals(expected, got);
    }

    /**
     * 2.7 refuses a script with a non-ASCII byte and no encoding declared (PEP 263), which py_compile, compiling
     * the text as a string, accepts; a parser error on an earlier line comes first, an error found after the
     * parser (here 'return' outside a function) after it; declared or BOM-marked UTF-8 runs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x = 1\n# caf\u00e9\nprint x\n", "if x\n# caf\u00e9\n", "print 1\nreturn 5\n# caf\u00e9\n",
            "# -*- coding: utf-8 -*-\nprint 'caf\u00e9'\n", "\ufeffprint 'caf\u00e9'\n"})
    void aScriptWithoutItsEncodingDeclaredIsRefusedAs27RefusesIt(String source) throws Exception {
        Path python = installed("2.7");
        Path script = dir.resolve("accents.py");
        Files.writeString(script, source);
        Result expected = cpython(python, script);
        Result got = pyvm("run", script.toString(), "--python", "2.7");
        assertEquals(expected, got);
    }

    /** The temporary .pyc files pyvm made for scripts (pyvm-*.pyc in the temporary folder). */
    private static java.util.Set<Path> temporaryPycs() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("pyvm-") && p.getFileName().toString().endsWith(".pyc"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void theTemporaryPycIsGoneOnceTheScriptRanOrFailedToCompile() throws Exception {
        installed("3.11");
        java.util.Set<Path> before = temporaryPycs();
        Path script = dir.resolve("prog.py");
        Files.writeString(script, PROGRAM);
        assertEquals(1, pyvm("run", script.toString(), "--python", "3.11").status());
        Path broken = dir.resolve("broken.py");
        Files.writeString(broken, "def f(:\n");
        assertEquals(1, pyvm("run", broken.toString(), "--python", "3.11").status());
        java.util.Set<Path> left = temporaryPycs();
        left.removeAll(before);
        assertEquals(java.util.Set.of(), left);
    }

    @Test
    void aSourceFileWithoutPythonVersionIsBadInput() throws IOException {
        Path script = dir.resolve("p.py");
        Files.writeString(script, "print(1)\n");
        Result got = pyvm("run", script.toString());
        assertEquals(2, got.status());
        assertEquals("pyvm: " + script + ": a .py file is compiled by a local CPython: say which with --python X.Y"
                + " (pyvm run FILE.py --python 3.11 [ARGS...])\n", got.err());
    }

    @Test
    void aMalformedOrMissingVersionIsBadInput() throws IOException {
        Path script = dir.resolve("p.py");
        Files.writeString(script, "print(1)\n");
        Result malformed = pyvm("run", script.toString(), "--python", "three");
        assertEquals(2, malformed.status());
        assertEquals("pyvm: " + script + ": --python wants a version like 3.11, not 'three'\n", malformed.err());
        Result absent = pyvm("run", script.toString(), "--python", "1.4");
        assertEquals(2, absent.status());
        assertTrue(absent.err().startsWith("pyvm: " + script + ": compiling it needs CPython 1.4, which is not installed here"), absent.err());
        Result missing = pyvm("run", dir.resolve("nope.py").toString(), "--python", "3.11");
        assertEquals(new Result(2, "", "pyvm: " + dir.resolve("nope.py") + ": no such file\n"), missing);
    }
}
