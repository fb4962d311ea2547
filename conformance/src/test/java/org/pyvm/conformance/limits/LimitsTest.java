package org.pyvm.conformance.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;

/**
 * Each limit stops a hostile program cleanly, while another VM in the same JVM, on its own thread,
 * keeps running an ordinary corpus program and prints exactly what CPython printed.
 */
class LimitsTest {
    private static final PackRegistry PACKS = PackRegistry.discover();
    private static final Path DIR = Path.of("src", "test", "resources", "limits");
    private static final Path NORMAL = Goldens.ROOT.resolve("3.11/common/closures_counter.pyc");

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(Path pyc, Limits limits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Vm.run(PycFile.read(pyc, PACKS).module(), List.of(pyc.toString()),
                new Host(out, err, new ByteArrayInputStream(new byte[0])), pyc.toAbsolutePath().getParent(), limits);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code hostile} while another thread runs the ordinary program again and again; checks
     * that every one of those runs printed CPython's output and that at least one overlapped.
     */
    private static <T> T alongsideANormalVm(java.util.concurrent.Callable<T> hostile) throws Exception {
        String expected = Files.readString(Goldens.sibling(NORMAL, ".stdout"), StandardCharsets.UTF_8);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread normal = new Thread(() -> {
            do {
                Outcome o = run(NORMAL, Limits.none());
                if (o.status() != 0 || !o.out().equals(expected)) {
                    wrong.compareAndSet(null, "status " + o.status() + ", stdout " + o.out() + ", stderr " + o.err());
                }
                runs.incrementAndGet();
            } while (!done.get());
        });
        normal.start();
        try {
            return assertTimeoutPreemptively(Duration.ofSeconds(60), hostile::call);
        } finally {
            done.set(true);
            normal.join();
            assertEquals(null, wrong.get(), "the ordinary VM next to the hostile one went wrong");
            assertTrue(runs.get() >= 1);
        }
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void aStepBudgetStopsAnEndlessLoop(String version) throws Exception {
        Limits limits = new Limits(100_000, null, Limits.NONE);
        LimitExceeded e = alongsideANormalVm(() -> assertThrows(LimitExceeded.class, () -> run(DIR.resolve("spin_" + version + ".pyc"), limits)));
        assertEquals(LimitExceeded.Kind.STEPS, e.kind());
        assertEquals("the program ran past its limit of 100000 steps", e.getMessage());
        assertTrue(limits.stepsTaken() >= 100_000 && limits.stepsTaken() < 100_100, "steps taken: " + limits.stepsTaken());
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void aTimeLimitStopsAProgramThatCatchesEverything(String version) throws Exception {
        long start = System.nanoTime();
        LimitExceeded e = alongsideANormalVm(() -> assertThrows(LimitExceeded.class,
                () -> run(DIR.resolve("catchall_" + version + ".pyc"), new Limits(Limits.NONE, Duration.ofMillis(500), Limits.NONE))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
        assertTrue(millis >= 500 && millis < 20_000, "stopped after " + millis + " ms");
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void aTimeLimitStopsALoopInsideABuiltin(String version) throws Exception {
        // sum(range(10**12)) loops in Java, not in bytecode
        LimitExceeded e = alongsideANormalVm(() -> assertThrows(LimitExceeded.class,
                () -> run(DIR.resolve("summer_" + version + ".pyc"), new Limits(Limits.NONE, Duration.ofMillis(300), Limits.NONE))));
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void aMemoryCapIsAMemoryErrorTheProgramCanCatch(String version) throws Exception {
        Limits limits = new Limits(Limits.NONE, null, 8L << 20);
        Outcome o = alongsideANormalVm(() -> run(DIR.resolve("grow_" + version + ".pyc"), limits));
        String expected = version.equals("2.7") ? "('MemoryError after', True)\n('MemoryError for str', True)\n"
                : "MemoryError after True\nMemoryError for str True\n";
        assertEquals(new Outcome(0, expected, ""), o);
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void hugeAllocationsAreMemoryErrorsWithoutAnyLimitSet(String version) throws Exception {
        // 'x' * 10**12, [0] * 10**12, 10 ** 10**10 and [0] * 10**9: each caught, none kills the JVM
        Outcome o = alongsideANormalVm(() -> run(DIR.resolve("huge_allocations_" + version + ".pyc"), Limits.none()));
        assertEquals(new Outcome(0, "MemoryError 1\nMemoryError 2\nMemoryError 3\nMemoryError 4\ndone\n", ""), o);
    }

    @ParameterizedTest(name = "CPython {0}")
    @ValueSource(strings = {"2.7", "3.11"})
    void theDecimalTextOfAHugeIntIsRefusedNotComputedForMinutes(String version) throws Exception {
        // str(2 ** 2**23): 3.11 refuses past 4300 digits as CPython 3.11 does; 2.7 would work for minutes
        String expected = version.equals("2.7") ? "MemoryError\n"
                : "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n";
        Outcome o = alongsideANormalVm(() -> run(DIR.resolve("big_decimal_" + version + ".pyc"), Limits.none()));
        assertEquals(new Outcome(0, expected, ""), o);
    }

    @Test
    void theRecursionLimitBelongsToOneVm() throws Exception {
        // the first VM lowers its limit to 60; a later VM in the same JVM still recurses 500 deep
        assertEquals(new Outcome(0, "RecursionError\n", ""), run(DIR.resolve("recursion_limit_3.11.pyc"), Limits.none()));
        assertEquals(new Outcome(0, "500\n", ""), run(DIR.resolve("deep_recursion_3.11.pyc"), Limits.none()));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(-1, null, Limits.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Limits(Limits.NONE, Duration.ZERO, Limits.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Limits(Limits.NONE, null, -5));
    }
}
