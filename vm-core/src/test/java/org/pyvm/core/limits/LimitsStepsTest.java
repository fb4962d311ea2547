package org.pyvm.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Many steps at once (the work of one operation on huge ints) count as that many single steps. */
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
}
