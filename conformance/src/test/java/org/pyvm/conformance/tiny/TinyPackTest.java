package org.pyvm.conformance.tiny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny example pack as its users run it: the pyvm jar in its own process, the pack loaded at run
 * time from {@code examples/tiny-pack/target} (the reactor builds that module before this one; it is
 * not on this module's class path). The expected outputs are the task's stated values: 7 + 5,
 * 7 + 5 + 8, and {@code a = 1; b = 2; print(a + b)}.
 */
class TinyPackTest {
    private static final Path JAR = Path.of("..", "cli", "target", "pyvm.jar");
    private static final Path PACK_DIR = Path.of("..", "examples", "tiny-pack", "target");
    private static final Path PROGRAMS = Path.of("..", "examples", "tiny-pack", "programs");

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void needsBothJars() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "cli/target/pyvm.jar is not built (run mvn verify, not mvn test)");
        assertNotNull(tinyJar(), "no tiny-pack jar in " + PACK_DIR + " (the reactor builds examples/tiny-pack before conformance)");
    }

    private static Path tinyJar() throws IOException {
        if (!Files.isDirectory(PACK_DIR)) {
            return null;
        }
        try (Stream<Path> files = Files.list(PACK_DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("tiny-pack-.*\\.jar")).findFirst().orElse(null);
        }
    }

    private static Result pyvm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        Collections.addAll(command, args);
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pyvm did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Result runTiny(Path program) throws IOException, InterruptedException {
        return pyvm("run", "--packs", PACK_DIR.toString(), program.toString());
    }

    @Test
    void theThreeExamplesPrintTheirAnswers() throws Exception {
        String[][] cases = {{"add.yaml", "12\n"}, {"add3.yaml", "20\n"}, {"names.yaml", "3\n"}};
        for (String[] c : cases) {
            Result r = runTiny(PROGRAMS.resolve(c[0]));
            assertEquals("", r.err(), c[0]);
            assertEquals(c[1], r.out(), c[0]);
            assertEquals(0, r.status(), c[0]);
        }
    }

    @Test
    void thePackIsFoundOnlyThroughItsFolder() throws Exception {
        Result r = pyvm("run", PROGRAMS.resolve("add.yaml").toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        // the root command's option works as well as run's
        assertEquals("12\n", pyvm("--packs", PACK_DIR.toString(), "run", PROGRAMS.resolve("add.yaml").toString()).out());
    }

    @Test
    void withPacksGivenArgumentsAfterTheProgramStayItsArguments() throws Exception {
        // --packs is accepted before and after "run"; what follows the program (here "--verbose") is sys.argv
        Path pyc = org.pyvm.conformance.Goldens.ROOT.resolve("3.11").resolve("common").resolve("argv_arguments.pyc");
        List<String> args = Files.readAllLines(Path.of("src", "test", "resources", "corpus", "common", "argv_arguments.args"));
        String expected = Files.readString(org.pyvm.conformance.Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8);
        for (List<String> head : List.of(List.of("--packs", PACK_DIR.toString(), "run"), List.of("run", "--packs", PACK_DIR.toString()))) {
            List<String> command = new ArrayList<>(head);
            command.add(pyc.toString());
            command.addAll(args);
            Result r = pyvm(command.toArray(new String[0]));
            assertEquals(0, r.status(), r.err());
            // CPython ran it as argv_arguments.pyc; only sys.argv[0] differs
            assertEquals(expected.replace("argv_arguments.pyc", pyc.toString()), r.out(), head.toString());
        }
    }

    @Test
    void anUnknownInstructionIsOneLineAndStatus2() throws Exception {
        Path bad = dir.resolve("unknown.yaml");
        Files.writeString(bad, "instructions: [[LOAD_VALUE, 0], [MULTIPLY_TWO_VALUES, null]]\nnumbers: [7]\n");
        Result r = runTiny(bad);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("pyvm: " + bad + ": instruction 1: unknown instruction 'MULTIPLY_TWO_VALUES' (known: ADD_TWO_VALUES, LOAD_NAME, "
                + "LOAD_VALUE, PRINT_ANSWER, RETURN_VALUE, STORE_NAME)\n", r.err());
    }

    @Test
    void anIndexOutOfRangeAndMalformedYamlAreOneLineEach() throws Exception {
        Path range = dir.resolve("range.yaml");
        Files.writeString(range, "instructions: [[LOAD_VALUE, 0], [LOAD_VALUE, 2], [ADD_TWO_VALUES, null], [PRINT_ANSWER, null]]\nnumbers: [7, 5]\n");
        Path malformed = dir.resolve("malformed.yaml");
        Files.writeString(malformed, "instructions: [[LOAD_VALUE, 0]\nnumbers: [7\n");
        Result r = runTiny(range);
        assertEquals(2, r.status());
        assertEquals("pyvm: " + range + ": instruction 1 (LOAD_VALUE 2): index out of range, numbers has 2 entries\n", r.err());
        r = runTiny(malformed);
        assertEquals(2, r.status());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(r.err().startsWith("pyvm: " + malformed + ": not a tiny program: malformed YAML: "), r.err());
        assertTrue(r.err().contains("(line 2, column 1)"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void thePyvmJarHoldsNoTinyClass() throws IOException {
        try (JarFile pyvm = new JarFile(JAR.toFile()); JarFile tiny = new JarFile(tinyJar().toFile())) {
            assertNotNull(tiny.getEntry("org/pyvm/pack/tiny/TinyPack.class"), "the tiny jar itself must hold the pack");
            assertTrue(pyvm.stream().noneMatch(e -> e.getName().startsWith("org/pyvm/pack/tiny/")), "pyvm.jar holds tiny classes");
            assertTrue(pyvm.stream().noneMatch(e -> e.getName().endsWith("tiny.yaml")), "pyvm.jar holds the tiny table");
            try (InputStream in = pyvm.getInputStream(pyvm.getEntry("META-INF/services/org.pyvm.spi.OpcodePack"))) {
                assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("Tiny"), "pyvm.jar registers the tiny pack");
            }
        }
    }
}
