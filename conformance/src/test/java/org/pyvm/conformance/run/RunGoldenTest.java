package org.pyvm.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;

/**
 * Every corpus program run by pyvm against what the real CPython printed: stdout byte for byte,
 * stderr, and the exit status. The programs listed in {@code run-expected.txt} must pass; that
 * list only grows (a program that passes but is not listed is reported so it gets added). The
 * others are reported with their first difference, and counted as failing, never as passing.
 */
class RunGoldenTest {
    private static final Path EXPECTED = Path.of("src", "test", "resources", "run-expected.txt");
    /** Programs that compile source at run time (exec, eval): held to CPython only where that CPython is installed. */
    private static final Path EXPECTED_WITH_CPYTHON = Path.of("src", "test", "resources", "run-expected-with-cpython.txt");
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final Set<String> PASSED = new TreeSet<>();
    private static final List<String> FAILED = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsCPythonDid() throws IOException {
        Set<String> expected = read(EXPECTED);
        org.pyvm.core.host.CPythonFinder finder = org.pyvm.core.host.CPythonFinder.fromEnvironment();
        for (String name : read(EXPECTED_WITH_CPYTHON)) {
            if (finder.find(name.substring(0, name.indexOf('/'))).isPresent()) {
                expected.add(name);
            }
        }
        return Goldens.programs().stream().map(pyc -> DynamicTest.dynamicTest(Goldens.programName(pyc), () -> {
            String name = Goldens.programName(pyc);
            String why = compare(pyc);
            if (why == null) {
                PASSED.add(name);
            } else {
                FAILED.add(name + ": " + why);
                assertTrue(!expected.contains(name), name + " is listed in run-expected.txt but fails: " + why);
            }
        }));
    }

    @AfterAll
    static void report() throws IOException {
        Set<String> expected = expectedToPass();
        for (String v : new String[] {"2.7", "3.6", "3.11"}) {
            long pass = PASSED.stream().filter(n -> n.startsWith(v + "/")).count();
            long fail = FAILED.stream().filter(n -> n.startsWith(v + "/")).count();
            System.out.printf("run goldens %s: %d of %d programs pass%n", v, pass, pass + fail);
        }
        List<String> unlisted = PASSED.stream().filter(n -> !expected.contains(n)).collect(Collectors.toList());
        if (!unlisted.isEmpty()) {
            System.out.println("passing but not yet in run-expected.txt: " + unlisted);
        }
        FAILED.stream().sorted().limit(400).forEach(f -> System.out.println("  FAIL " + f));
    }

    private static Set<String> expectedToPass() throws IOException {
        Set<String> all = read(EXPECTED);
        all.addAll(read(EXPECTED_WITH_CPYTHON));
        return all;
    }

    private static Set<String> read(Path list) throws IOException {
        if (!Files.exists(list)) {
            return new TreeSet<>();
        }
        return Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Null when pyvm behaved as CPython did, else the first difference. */
    private static String compare(Path pyc) throws IOException {
        return GoldenRunner.compare(Goldens.ROOT, CORPUS, pyc, Duration.ofSeconds(30));
    }
}
