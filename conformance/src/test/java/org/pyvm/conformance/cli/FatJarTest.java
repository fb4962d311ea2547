package org.pyvm.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;

/**
 * The runnable jar as users run it, in its own process: the packs' service files merged, the
 * commands working, bad input reported without a stack trace. Needs {@code cli/target/pyvm.jar},
 * which {@code mvn verify} builds before this module's tests run.
 */
class FatJarTest {
    private static final Path JAR = Path.of("..", "cli", "target", "pyvm.jar");

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void needsTheJar() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "cli/target/pyvm.jar is not built (run mvn verify, not mvn test)");
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pyvm did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theServiceFilesOfAllThreePacksAreMerged() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile()); InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/org.pyvm.spi.OpcodePack"))) {
            String services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String pack : new String[] {"org.pyvm.pack.py27.Py27Pack", "org.pyvm.pack.py36.Py36Pack", "org.pyvm.pack.py311.Py311Pack"}) {
                assertTrue(services.contains(pack), pack + " missing from the merged services file:\n" + services);
            }
        }
    }

    @Test
    void packsListsTheThreeVersions() throws Exception {
        Result r = java("packs");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].contains("CPython 2.7") && lines[1].contains("CPython 3.6") && lines[2].contains("CPython 3.11"), r.out());
    }

    @Test
    void disPrintsWhatCPythonPrinted() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = Goldens.pycFiles().stream()
                    .filter(p -> Goldens.ROOT.relativize(p).getName(0).toString().equals(version)).findFirst().orElseThrow();
            Result r = java("dis", pyc.toString());
            assertEquals(0, r.status(), r.err());
            assertEquals(Files.readString(Goldens.sibling(pyc, ".dis"), StandardCharsets.UTF_8), Goldens.maskAddresses(r.out()), pyc.toString());
        }
    }

    @Test
    void runPrintsWhatCPythonPrintedWithItsExitStatus() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("uncaught_nested_calls.pyc");
            Result r = java("run", pyc.toString());
            assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out(), version);
            assertEquals(Files.readString(Goldens.sibling(pyc, ".stderr"), StandardCharsets.UTF_8), r.err(), version);
            assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), r.status(), version);
        }
    }

    @Test
    void runImportsTheModulesBesideTheProgram() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path dir = Goldens.ROOT.resolve(version).resolve("common").resolve("imp_circular_fail");
            Result r = java("run", dir.resolve("main.pyc").toString());
            String here = dir.toRealPath().toString();
            assertEquals(Files.readString(dir.resolve("main.stdout"), StandardCharsets.UTF_8), r.out().replace(here, Goldens.PROGRAM_DIR), version);
            assertEquals(Files.readString(dir.resolve("main.stderr"), StandardCharsets.UTF_8), r.err().replace(here, Goldens.PROGRAM_DIR), version);
            assertEquals(1, r.status(), version);
        }
    }

    @Test
    void aMissingFileIsOneLineWithStatus2() throws Exception {
        Result r = java("dis", "no-such-file.pyc");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(r.err().startsWith("pyvm: no-such-file.pyc"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
