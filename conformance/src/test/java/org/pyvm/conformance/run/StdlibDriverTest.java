package org.pyvm.conformance.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.host.StdlibLocator;

/**
 * Real programs nobody on the team wrote the library of: drivers under {@code stdlib/} that import
 * and use CPython's pure-Python standard library (heapq, json, difflib, ..., and 2.7's own
 * {@code test/pystone.py}), run by pyvm against what the real CPython printed (goldens made by
 * {@code make_goldens.py --suite stdlib} into {@code stdlib-goldens/}).
 *
 * <p>pyvm loads those modules from the local CPython X.Y's library ({@link StdlibLocator}); where it
 * is missing, each driver of that version is aborted, so Surefire counts it as skipped, with a
 * message naming the missing CPython. The drivers listed in {@code stdlib-expected.txt} must pass
 * (a listed one that fails breaks the build); the list only grows, and the drivers that pass but are
 * not listed are printed so they get added.
 */
class StdlibDriverTest {
    private static final Path GOLDENS = Path.of("src", "test", "resources", "stdlib-goldens");
    private static final Path SOURCES = Path.of("src", "test", "resources", "stdlib");
    private static final Path EXPECTED = Path.of("src", "test", "resources", "stdlib-expected.txt");
    /** Importing a large part of a stdlib through an interpreter still warming up takes a while. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> FAILED = new ConcurrentHashMap<>();
    private static final Set<String> SKIPPED = ConcurrentHashMap.newKeySet();

    @TestFactory
    Stream<DynamicTest> everyDriverPrintsWhatCPythonPrinted() throws IOException {
        Set<String> expected = read(EXPECTED);
        List<Path> drivers = Goldens.programs(GOLDENS);
        assertTrue(drivers.size() >= 45, "the stdlib drivers' goldens are missing: " + drivers.size() + " found");
        return drivers.stream().map(pyc -> {
            String name = Goldens.programName(GOLDENS, pyc);
            return DynamicTest.dynamicTest(name, () -> {
                String version = name.substring(0, name.indexOf('/'));
                Optional<Path> lib = StdlibLocator.find(version);
                if (lib.isEmpty()) {
                    SKIPPED.add(name);
                    Assumptions.abort("skipped " + name + ": no standard library of CPython " + version
                            + " for pyvm to import (CPython " + version + " is not installed as python" + version
                            + " on PATH, under pyenv or as $PYVM_CPYTHON_" + version.replace('.', '_')
                            + ", or -Dpyvm.stdlib=off)");
                }
                String why = GoldenRunner.compare(GOLDENS, SOURCES, pyc, TIMEOUT);
                if (why == null) {
                    PASSED.add(name);
                } else {
                    FAILED.put(name, why);
                    assertTrue(!expected.contains(name), name + " is listed in stdlib-expected.txt but fails: " + why);
                }
            });
        });
    }

    @Test
    void everyListedDriverExists() throws IOException {
        Set<String> drivers = Goldens.programs(GOLDENS).stream().map(p -> Goldens.programName(GOLDENS, p))
                .collect(Collectors.toSet());
        List<String> stale = read(EXPECTED).stream().filter(n -> !drivers.contains(n)).collect(Collectors.toList());
        assertTrue(stale.isEmpty(), "stdlib-expected.txt lists drivers that have no goldens: " + stale);
    }

    @Test
    void everyDriverHasGoldensForEachOfItsVersions() throws IOException {
        // a driver under stdlib/<group>/ that make_goldens.py was not rerun for would silently not be tested
        Map<String, List<String>> versions = new TreeMap<>(Map.of("common", List.of("2.7", "3.6", "3.11"),
                "py2", List.of("2.7"), "py3", List.of("3.6", "3.11"), "py311", List.of("3.11")));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : versions.entrySet()) {
            Path folder = SOURCES.resolve(group.getKey());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path source : files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList())) {
                    String stem = source.getFileName().toString().replaceAll("\\.py$", "");
                    for (String v : group.getValue()) {
                        if (!Files.exists(GOLDENS.resolve(v).resolve(group.getKey()).resolve(stem + ".stdout"))) {
                            missing.add(v + "/" + group.getKey() + "/" + stem);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "run make_goldens.py --suite stdlib: no goldens for " + missing);
    }

    @AfterAll
    static void report() throws IOException {
        Set<String> expected = read(EXPECTED);
        for (String v : new String[] {"2.7", "3.6", "3.11"}) {
            long pass = PASSED.stream().filter(n -> n.startsWith(v + "/")).count();
            long fail = FAILED.keySet().stream().filter(n -> n.startsWith(v + "/")).count();
            long skip = SKIPPED.stream().filter(n -> n.startsWith(v + "/")).count();
            System.out.printf("stdlib drivers %s: %d of %d pass, %d skipped (no CPython %s)%n", v, pass, pass + fail,
                    skip, v);
        }
        List<String> unlisted = new TreeSet<>(PASSED).stream().filter(n -> !expected.contains(n))
                .collect(Collectors.toList());
        if (!unlisted.isEmpty()) {
            System.out.println("stdlib drivers passing but not yet in stdlib-expected.txt: " + unlisted);
        }
        new TreeMap<>(FAILED).forEach((n, why) -> System.out.println("  FAIL " + n + ": " + why));
    }

    private static Set<String> read(Path list) throws IOException {
        if (!Files.exists(list)) {
            return new TreeSet<>();
        }
        return Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
