package org.pyvm.conformance.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.conformance.Goldens;
import org.pyvm.conformance.verify.Verified;
import org.pyvm.core.dis.Disassembler;
import org.pyvm.core.host.CPythonFinder;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/**
 * The whole standard library of each installed CPython, disassembled by that CPython and by pyvm,
 * compared module by module. Skipped (visibly) where the CPython is not installed, or when
 * {@code -Dpyvm.stdlibSweep=off}.
 */
class StdlibDisSweepTest {
    private static final PackRegistry PACKS = PackRegistry.discover();

    @ParameterizedTest(name = "stdlib of CPython {0}")
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void everyStdlibModuleDisassemblesIdentically(String version) throws Exception {
        Assumptions.assumeFalse("off".equals(System.getProperty("pyvm.stdlibSweep")), "stdlib sweep turned off");
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        Assumptions.assumeTrue(python.isPresent(), "CPython " + version + " is not installed");

        Path out = Path.of("target", "stdlib-sweep", version);
        deleteTree(out);
        Files.createDirectories(out);
        ProcessBuilder build = new ProcessBuilder(python.get().toString(), Path.of("tools", "stdlib_dis.py").toString(), out.toString())
                .redirectErrorStream(true);
        // frozenset constants print in hash order; pyvm hashes as CPython does with seed 0
        build.environment().put("PYTHONHASHSEED", "0");
        Process p = build.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "CPython did not finish");
        assertEquals(0, p.exitValue(), log);

        List<Path> pycs;
        try (Stream<Path> files = Files.walk(out)) {
            pycs = files.filter(f -> f.toString().endsWith(".pyc")).sorted().collect(Collectors.toList());
        }
        List<String> failures = new ArrayList<>();
        List<String> noneOrderOnly = new ArrayList<>();
        long start = System.nanoTime();
        int[] verified = new int[3]; // -, code objects verified, deepest path == co_stacksize
        for (Path pyc : pycs) {
            Path golden = Goldens.sibling(pyc, ".dis");
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            String actual;
            try {
                org.pyvm.core.code.CodeObject module = PycFile.read(pyc, PACKS).module();
                actual = Goldens.maskAddresses(Disassembler.dis(module));
                // the bytecode verifier accepts everything CPython compiles
                Verified.walk(module, verified);
            } catch (RuntimeException e) {
                failures.add(out.relativize(pyc) + ": " + e);
                continue;
            }
            if (!expected.equals(actual)) {
                if (Goldens.sortFrozensetsHoldingNone(expected).equals(Goldens.sortFrozensetsHoldingNone(actual))) {
                    noneOrderOnly.add(out.relativize(pyc).toString());
                } else {
                    failures.add(out.relativize(pyc) + ": " + firstDifference(expected, actual));
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("stdlib dis sweep %s (%s): %d of %d modules byte-identical, %d more identical but for the order"
                + " of a frozenset holding None %s (%s); pyvm took %d ms; the verifier accepted %d code objects"
                + " (deepest path == co_stacksize in %d)%n", version, python.get(),
                pycs.size() - failures.size() - noneOrderOnly.size(), pycs.size(), noneOrderOnly.size(), noneOrderOnly,
                log.trim(), millis, verified[1], verified[2]);
        assertTrue(pycs.size() > 100, "too few modules compiled: " + log);
        assertTrue(failures.isEmpty(), failures.size() + " of " + pycs.size() + " modules differ:\n"
                + failures.stream().limit(25).collect(Collectors.joining("\n")));
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + "\n    expected: " + el + "\n    actual:   " + al;
            }
        }
        return "?";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
