package org.pyvm.core.limits;

import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.pyvm.core.objects.PyError;

/**
 * One VM's resource limits and what it has used of them: a step budget, a wall-clock limit and a
 * memory cap. Each VM has its own (nothing here is shared between VMs but the cleaner thread).
 *
 * <p><b>Steps.</b> The interpreter calls {@link #step()} wherever a program could otherwise run
 * on without end: each backward jump (a loop's turn), each Python frame entered or resumed (a call,
 * a generator's next), each exception handled, and each item a builtin pulls from an iterator.
 * Straight-line code between two steps is bounded by the code's length, so a step budget bounds
 * the run. One operation whose work grows with its operands (arithmetic on huge ints) counts as many
 * steps as that work is long ({@link #steps(long)}), so it too is within the budget and is checked
 * against the clock before it starts. The fast path is one decrement and one branch; the clock is read only every
 * {@value #CLOCK_EVERY} steps.
 *
 * <p><b>Memory.</b> An approximate count of the big allocations, not of every object: sequence
 * repetition ({@code 'x' * n}, {@code [0] * n}), concatenation and joins of 64 KiB or more, and list
 * growth (each 64 Ki items appended), at one byte per str or bytes item and eight per list or
 * tuple item. What is counted is given back when the object is garbage collected. A request the
 * cap cannot hold is a Python {@code MemoryError}, raised before anything is allocated, so another
 * VM in the same JVM is not starved. Without a cap the JVM's own maximum heap is the cap, so a
 * single impossible request ({@code 'x' * 10**12}) is still a MemoryError rather than a dead JVM.
 */
public final class Limits {
    /** No limit. */
    public static final long NONE = 0;
    static final int CLOCK_EVERY = 4096;
    /** Allocations smaller than this are not counted. */
    public static final long COUNTED = 64 * 1024;
    private static final Cleaner CLEANER = Cleaner.create();

    private final long maxSteps;
    private final long timeoutNanos;
    private final long maxMemory;
    private final AtomicLong live = new AtomicLong();
    /** Steps taken before the current countdown began. */
    private long stepsBefore;
    /** Steps left before the slow path looks at the budget and the clock again. */
    private long countdown;
    private long chunk;
    private long deadline;

    /**
     * @param maxSteps       steps allowed, or {@link #NONE}
     * @param timeout        wall-clock time allowed from {@link #start()}, or null for none
     * @param maxMemoryBytes bytes of counted allocations allowed at once, or {@link #NONE}
     */
    public Limits(long maxSteps, Duration timeout, long maxMemoryBytes) {
        if (maxSteps < 0 || maxMemoryBytes < 0 || timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxSteps = maxSteps;
        this.timeoutNanos = timeout == null ? NONE : timeout.toNanos();
        this.maxMemory = maxMemoryBytes == NONE ? java.lang.Runtime.getRuntime().maxMemory() : maxMemoryBytes;
        start();
    }

    /** No step or time limit, and the JVM's heap as the memory cap. */
    public static Limits none() {
        return new Limits(NONE, null, NONE);
    }

    /** Starts the clock (and the step count) afresh; the VM calls it when a program starts running. */
    public void start() {
        stepsBefore = 0;
        deadline = timeoutNanos == NONE ? 0 : System.nanoTime() + timeoutNanos;
        rearm();
    }

    private void rearm() {
        long left = maxSteps == NONE ? Long.MAX_VALUE : maxSteps - stepsBefore;
        chunk = timeoutNanos == NONE ? left : Math.min(left, CLOCK_EVERY);
        countdown = chunk;
    }

    /** One step; {@link LimitExceeded} when the budget or the time is spent. */
    public void step() {
        if (--countdown < 0) {
            slowStep();
        }
    }

    /**
     * {@code n} steps at once: the work of one operation that is as long as {@code n} loop turns would be.
     * {@link LimitExceeded} when it does not fit the budget, or the time is spent; nothing is done then.
     */
    public void steps(long n) {
        if (n <= 0) {
            return;
        }
        // all but the last silently, the last as step() takes it (the slow path counts what went past the chunk)
        countdown -= Math.min(n - 1, Long.MAX_VALUE / 2);
        step();
    }

    private void slowStep() {
        // the steps of this chunk before the current one: chunk itself after single steps, more after steps(n)
        long taken = chunk - countdown - 1;
        stepsBefore = stepsBefore > Long.MAX_VALUE - taken ? Long.MAX_VALUE : stepsBefore + taken;
        if (maxSteps != NONE && stepsBefore >= maxSteps) {
            stepsBefore = maxSteps;
            chunk = 0;
            countdown = 0; // stays spent: every later step fails too
            throw new LimitExceeded(LimitExceeded.Kind.STEPS, "the program ran past its limit of " + maxSteps + " steps");
        }
        checkClock();
        rearm();
        // the step that brought us here
        countdown--;
    }

    /** {@link LimitExceeded} once the time is spent (and from then on at every step). */
    private void checkClock() {
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            chunk = 0;
            countdown = 0;
            throw new LimitExceeded(LimitExceeded.Kind.TIME, "the program ran past its time limit of "
                    + Duration.ofNanos(timeoutNanos).toMillis() / 1000.0 + " s");
        }
    }

    /** Steps taken so far (approximately, to within the countdown not yet spent). */
    public long stepsTaken() {
        return stepsBefore + (chunk - Math.max(countdown, 0));
    }

    public long maxSteps() {
        return maxSteps;
    }

    /** The memory cap in bytes (the JVM's maximum heap when none was given). */
    public long maxMemory() {
        return maxMemory;
    }

    /** Bytes of counted allocations currently alive (as far as the garbage collector has told). */
    public long memoryInUse() {
        return live.get();
    }

    /**
     * Checks that {@code bytes} more fit under the cap before they are allocated: a Python
     * MemoryError when they do not, after giving the garbage collector up to about a second to return
     * counted objects that are already dead.
     */
    public void reserve(long bytes) {
        if (bytes < 0 || bytes > maxMemory) {
            throw PyError.raiseArgs("MemoryError");
        }
        if (bytes < COUNTED) {
            return;
        }
        // work on big data takes time between two steps: every big allocation also looks at the clock
        checkClock();
        if (live.get() + bytes <= maxMemory) {
            return;
        }
        // the cleaner thread gives dead objects' counts back only after a collection has found them, and on a
        // busy machine it may not run at once: ask again and wait, up to about a second, before refusing
        for (int i = 0; i < 50 && live.get() + bytes > maxMemory; i++) {
            // the wait is the program's time: a loop of refused allocations must not outlast its time limit
            checkClock();
            if (i % 10 == 0) {
                System.gc();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (live.get() + bytes > maxMemory) {
            throw PyError.raiseArgs("MemoryError");
        }
    }

    /** Counts {@code bytes} as held by {@code owner} until it is garbage collected (small amounts are not counted). */
    public void hold(Object owner, long bytes) {
        if (bytes < COUNTED) {
            return;
        }
        live.addAndGet(bytes);
        AtomicLong counter = live;
        CLEANER.register(owner, () -> counter.addAndGet(-bytes));
    }

    /** {@link #reserve} then, once {@code owner} exists, {@link #hold}: for callers that allocate in between. */
    public void charge(Object owner, long bytes) {
        reserve(bytes);
        hold(owner, bytes);
    }
}
