package org.pyvm.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every input the fuzzer ever broke pyvm with, replayed: each must now end cleanly. */
class FuzzRegressionTest {
    private static final Path DIR = Path.of("src", "test", "resources", "fuzz-regressions");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".pyc")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theCasesAreThere() throws IOException {
        assertTrue(cases().size() >= 1, "no regression cases in " + DIR);
    }

    @TestFactory
    Stream<DynamicTest> everyKeptCrashEndsCleanly() throws IOException {
        return cases().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            byte[] data = Files.readAllBytes(f);
            try (CaseRunner runner = new CaseRunner()) {
                runner.run(data);
            }
        }));
    }
}
