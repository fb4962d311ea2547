package org.pyvm.core.limits;

/**
 * A VM ran past its step budget or its time limit. Not a Python exception: no {@code except} or
 * {@code finally} in the program can catch it or run on, it unwinds the VM's thread to its host,
 * which reports it (the {@code pyvm} command: one line on stderr, exit status
 * {@link #EXIT_STATUS}).
 */
public final class LimitExceeded extends RuntimeException {
    /** The exit status of {@code pyvm run} when a limit stops the program (CPython itself has none). */
    public static final int EXIT_STATUS = 3;

    /** Which limit. */
    public enum Kind { STEPS, TIME }

    private final Kind kind;

    LimitExceeded(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
