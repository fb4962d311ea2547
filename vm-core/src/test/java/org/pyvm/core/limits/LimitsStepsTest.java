package org.pyvm.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pyvm.core.objects.PyError;

/**
 * Many steps at once (the work of one operation on huge ints) count as that many single steps; time
 * spent waiting for memory counts against the time limit.
 */
class LimitsStepsTest {
    @Test
    void bulkStepsCountLikeSingleOnes() {
        Limits limits = new Limits(10_000, null, Limits.NONE);
        limits.steps(3_000);
        for (int i = 0; i < 2_000; i++) {
            limits.step();
        }
        limits.steps(5_000);
        assertEquals(10_000, limits.stepsTaken());
        assertThrows(LimitExceeded.class, limits::step);
    }

    @Test
    void bulkStepsPastTheBudgetAreRefusedAndTheBudgetStaysSpent() {
        Limits limits = new Limits(10_000, null, Limits.NONE);
        limits.steps(9_000);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> limits.steps(1_001));
        assertEquals(LimitExceeded.Kind.STEPS, e.kind());
        assertThrows(LimitExceeded.class, limits::step);
        assertThrows(LimitExceeded.class, () -> limits.steps(Long.MAX_VALUE));
    }

    @Test
    void bulkStepsUnderATimeLimitCrossChunksAndStillCount() {
        Limits limits = new Limits(1_000_000, Duration.ofHours(1), Limits.NONE);
        limits.steps(400_000);
        limits.steps(599_999);
        limits.step();
        assertEquals(1_000_000, limits.stepsTaken());
        assertThrows(LimitExceeded.class, () -> limits.steps(1));
    }

    @Test
    void withoutABudgetEvenAbsurdWorkIsOnlyCounted() {
        Limits limits = Limits.none();
        limits.steps(Long.MAX_VALUE);
        limits.steps(Long.MAX_VALUE);
        limits.step();
    }

    @Test
    void aTimeLimitAloneSeesAnAbsurdChargeAsOnlyCounted() throws InterruptedException {
        Limits limits = new Limits(Limits.NONE, Duration.ofMillis(50), Limits.NONE);
        limits.steps(Long.MAX_VALUE);
        limits.steps(Long.MAX_VALUE);
        Thread.sleep(80);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> limits.steps(5_000));
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
    }

    @Test
    void waitingForMemoryDoesNotOutlastTheTimeLimit() {
        // a program that catches each MemoryError near its cap and asks again: every refusal first waits
        // up to a second for the collector, so without a look at the clock there 20 refusals took 20 s
        Limits limits = new Limits(Limits.NONE, Duration.ofMillis(100), 1L << 20);
        Object held = new Object();
        limits.hold(held, 900 * 1024);
        long started = System.nanoTime();
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> {
            for (int i = 0; i < 20; i++) {
                try {
                    limits.reserve(500 * 1024);
                } catch (PyError memoryError) {
                    // caught, as the program would, and tried again
                }
            }
        });
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "stopped only after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        java.lang.ref.Reference.reachabilityFence(held);
    }

    @Test
    void aBigAllocationLooksAtTheClock() throws InterruptedException {
        Limits limits = new Limits(Limits.NONE, Duration.ofMillis(50), Limits.NONE);
        limits.reserve(Limits.COUNTED);
        Thread.sleep(80);
        limits.reserve(Limits.COUNTED - 1); // small ones do not
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> limits.reserve(1 << 20));
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
    }
}
