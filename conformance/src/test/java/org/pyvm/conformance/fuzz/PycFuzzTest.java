package org.pyvm.conformance.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.pyvm.conformance.Goldens;

/**
 * Damaged real .pyc files of all three versions (every corpus golden is a seed: bits flipped, cut
 * short, spliced, absurd lengths and counts, marshal type codes, deep nesting of containers and
 * code objects) loaded, verified, disassembled and run within a step budget, a time limit and a
 * memory cap, under the sandbox ({@link Exercise}). Property: each ends in a clean result or a clean
 * error, never another Java exception, an OutOfMemoryError, a StackOverflowError or a hang.
 *
 * <p>Cases run one after another on one long-lived thread ({@link CaseRunner}), each in a fresh VM;
 * the packs are loaded once. CI runs {@code jqwik.tries.default} cases (junit-platform.properties);
 * the long run on demand with {@code -Djqwik.tries.default=100000}. A failing input is written to target/fuzz-crashes; once
 * fixed, it goes to src/test/resources/fuzz-regressions, which {@link FuzzRegressionTest} replays.
 * The marshal layer alone is fuzzed exhaustively, byte by byte, by vm-core's MarshalFuzzTest.
 */
class PycFuzzTest {
    private static final List<Path> SEED_FILES = Goldens.pycFiles();
    private static final List<byte[]> SEEDS = read(SEED_FILES);
    private static final Map<Exercise.Result, Integer> OUTCOMES = new EnumMap<>(Exercise.Result.class);
    private static final CaseRunner RUNNER = new CaseRunner();
    private static long started;

    @Property
    void everyDamagedPycEndsCleanly(@ForAll("mutants") Mutant m) {
        if (started == 0) {
            started = System.nanoTime();
        }
        byte[] data = m.apply(SEEDS);
        Exercise.Result r;
        try {
            r = RUNNER.run(data);
        } catch (Throwable e) {
            throw new AssertionError(keep(m, data) + ": " + e, e);
        }
        synchronized (OUTCOMES) {
            OUTCOMES.merge(r, 1, Integer::sum);
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), Arbitraries.of(Mutant.Kind.class),
                Arbitraries.longs()).as(Mutant::new);
    }

    @AfterContainer
    static void report() {
        RUNNER.close();
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        int total = OUTCOMES.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("pyc fuzz: %d cases from %d seed files in %d ms (%d cases/s): %s%n", total, SEEDS.size(), millis,
                total * 1000L / millis, OUTCOMES);
    }

    /** Writes the failing input under target/fuzz-crashes and names it. */
    private static String keep(Mutant m, byte[] data) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-crashes"));
            Path f = dir.resolve(m.kind() + "-" + Goldens.displayName(SEED_FILES.get(m.seedIndex())).replace('/', '_') + "-" + m.random() + ".pyc");
            Files.write(f, data);
            return m + " (input kept as " + f + ")";
        } catch (IOException e) {
            return m + " (could not keep the input: " + e + ")";
        }
    }

    private static List<byte[]> read(List<Path> files) {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
