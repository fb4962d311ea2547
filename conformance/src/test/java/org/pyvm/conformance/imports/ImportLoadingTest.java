package org.pyvm.conformance.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.host.CPythonFinder;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;

/**
 * The ways a module is found besides the corpus's sourceless .pyc files: a .pyc of another
 * version (an ImportError naming both, never run), a source file with its up-to-date compiled
 * file (3.x {@code __pycache__/name.cpython-XY.pyc}, 2.7 {@code name.pyc} beside it), and a source
 * file the local CPython compiles (held to what that CPython itself prints, where it is installed).
 */
class ImportLoadingTest {
    private static final PackRegistry PACKS = PackRegistry.discover();
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "common");
    /** The mtime make_goldens.py stamps into every .pyc header. */
    private static final long SOURCE_MTIME = 1577836800L;
    private static String savedCacheDir;
    private static Path cache;

    private record Outcome(int status, String out, String err) {
    }

    @BeforeAll
    static void ownCache() throws IOException {
        savedCacheDir = System.getProperty("pyvm.cacheDir");
        cache = Files.createTempDirectory("pyvm-import-cache");
        System.setProperty("pyvm.cacheDir", cache.toString());
    }

    @AfterAll
    static void restoreCache() {
        if (savedCacheDir == null) {
            System.clearProperty("pyvm.cacheDir");
        } else {
            System.setProperty("pyvm.cacheDir", savedCacheDir);
        }
    }

    private static Path golden(String version, String program, String file) {
        return Goldens.ROOT.resolve(version).resolve("common").resolve(program).resolve(file);
    }

    private static Outcome runPyvm(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var module = PycFile.read(dir.resolve("main.pyc"), PACKS).module();
        int status = Vm.run(module, List.of("main.pyc"), new Host(out, err, new ByteArrayInputStream(new byte[0])), dir);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the real CPython prints running main.pyc in {@code dir}, writing no bytecode. */
    private static Outcome runCPython(Path python, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(python.toString(), "main.pyc").directory(dir.toFile());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static long cachedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void aPycOfAnotherVersionIsAnImportErrorNamingBothVersions(String version, @TempDir Path dir) throws IOException {
        String other = version.equals("2.7") ? "3.11" : "2.7";
        Files.copy(golden(version, "imp_plain_module", "main.pyc"), dir.resolve("main.pyc"));
        Files.copy(golden(other, "imp_plain_module", "helper.pyc"), dir.resolve("helper.pyc"));
        Outcome r = runPyvm(dir);
        assertEquals(1, r.status(), r.err());
        String[] lines = r.err().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("ImportError: ") && last.endsWith("(a CPython " + other + " .pyc; this program runs as CPython "
                + version + ")"), last);
        assertTrue(r.err().contains("File \"main.py\", line 5, in <module>"), r.err());
        assertEquals("main starts as __main__\n", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void anUpToDateCompiledFileBesideTheSourceIsUsed(String version, @TempDir Path dir) throws IOException {
        Files.copy(golden(version, "imp_plain_module", "main.pyc"), dir.resolve("main.pyc"));
        Path source = dir.resolve("helper.py");
        Files.copy(CORPUS.resolve("imp_plain_module").resolve("helper.py"), source);
        Files.setLastModifiedTime(source, FileTime.fromMillis(SOURCE_MTIME * 1000));
        Path compiled = version.equals("2.7") ? dir.resolve("helper.pyc")
                : dir.resolve("__pycache__").resolve("helper.cpython-" + version.replace(".", "") + ".pyc");
        Files.createDirectories(compiled.getParent());
        Files.copy(golden(version, "imp_plain_module", "helper.pyc"), compiled);
        long before = cachedFiles();
        Outcome r = runPyvm(dir);
        assertEquals(Files.readString(golden(version, "imp_plain_module", "main.stdout")), r.out(), r.err());
        assertEquals(0, r.status());
        assertEquals(before, cachedFiles(), "the compiled file was up to date: nothing should have been compiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void sourceIsCompiledByTheLocalCPythonAndBehavesAsThere(String version, @TempDir Path dir) throws Exception {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        assumeTrue(python.isPresent(), "CPython " + version + " is not installed");
        Files.copy(golden(version, "imp_plain_module", "main.pyc"), dir.resolve("main.pyc"));
        String changed = Files.readString(CORPUS.resolve("imp_plain_module").resolve("helper.py")).replace("ANSWER = 42", "ANSWER = 41");
        Files.writeString(dir.resolve("helper.py"), changed);
        // a stale compiled file (other mtime) must not be used
        Path compiled = version.equals("2.7") ? dir.resolve("helper.pyc")
                : dir.resolve("__pycache__").resolve("helper.cpython-" + version.replace(".", "") + ".pyc");
        Files.createDirectories(compiled.getParent());
        Files.copy(golden(version, "imp_plain_module", "helper.pyc"), compiled);
        long before = cachedFiles();
        Outcome pyvm = runPyvm(dir);
        Outcome cpython = runCPython(python.get(), dir);
        assertTrue(cpython.out().contains("41 0"), cpython.out());
        assertEquals(cpython, pyvm);
        assertEquals(before + 1, cachedFiles(), "the compiled source is kept in pyvm's cache");
        assertEquals(cpython, runPyvm(dir), "a second run (from the cache) behaves the same");
        assertTrue(Files.readAllBytes(compiled).length > 0 && Files.getLastModifiedTime(dir.resolve("helper.py")).toMillis() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void aSourceModuleThatRaisesShowsItsSourceLinesAsCPythonDoes(String version, @TempDir Path dir) throws Exception {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        assumeTrue(python.isPresent(), "CPython " + version + " is not installed");
        Files.copy(golden(version, "imp_module_raises", "main.pyc"), dir.resolve("main.pyc"));
        Files.copy(CORPUS.resolve("imp_module_raises").resolve("calc.py"), dir.resolve("calc.py"));
        Outcome cpython = runCPython(python.get(), dir);
        assertEquals(1, cpython.status());
        // 3.11 also underlines the failing expressions (^^^ from co_positions), which pyvm draws too
        assertEquals(cpython, runPyvm(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void aSyntaxErrorInAnImportedSourceIsPrintedAsCPythonPrintsIt(String version, @TempDir Path dir) throws Exception {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        assumeTrue(python.isPresent(), "CPython " + version + " is not installed");
        Files.copy(golden(version, "imp_module_raises", "main.pyc"), dir.resolve("main.pyc"));
        String[] sources = {
            "x = 1\nif x:\n    y = = 2\n",
            "def f(:\n    pass\n",
            "s = 'abc\n",
            "def g():\nreturn 1\n",
            "values = [1, 2\nprint(values)\n",
            "\tx = (1 +\n",
            "print \"x\"\n",
            "f(a for a in b, c)\n",
            "a b c d\n",
        };
        for (String source : sources) {
            if (version.equals("2.7") && source.startsWith("print ")) {
                continue; // the print statement is valid 2.7
            }
            Files.writeString(dir.resolve("calc.py"), source);
            Outcome cpython = runCPython(python.get(), dir);
            assertEquals(1, cpython.status(), cpython.err());
            assertTrue(cpython.err().contains("Error"), cpython.err());
            assertEquals(cpython, runPyvm(dir), source);
        }
    }
}
