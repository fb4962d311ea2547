package org.pyvm.core.interp;

import org.pyvm.core.objects.PyObject;

/**
 * A code object compiled to a JVM method by {@link JitCompiler}: its instructions as straight-line JVM code
 * the JVM's own JIT optimises, the value stack in JVM locals, the Python locals still in {@link Frame#fast}.
 * Each compiled code is a hidden class extending this one.
 */
abstract class JitCode {
    /** The value stack's depth before each instruction (-1 where none reaches): what a frame left by an exception holds. */
    final int[] depth;

    /**
     * The instructions {@link #run} may start at besides 0: loop heads (on-stack replacement) and, in a generator,
     * each instruction after a yield (where a resume goes on).
     */
    final boolean[] entries;

    /** The number of blocks (2.7, 3.6) on the frame's block stack before each instruction: an entry needs as many. */
    final int[] blocks;

    protected JitCode(int[] depth, boolean[] entries, int[] blocks) {
        this.depth = depth;
        this.entries = entries;
        this.blocks = blocks;
    }

    /**
     * Runs frame {@code f} to its return: from the start when {@code entry} is 0, else from the loop head at
     * instruction {@code entry} with the frame's value stack as the interpreter left it there (a loop running
     * long in the interpreter moves to compiled code mid-way: on-stack replacement, or a generator resumed). A
     * negative {@code entry} resumes a generator at {@code -entry} by raising {@link Frame#pendingThrow} where it
     * yielded ({@code throw()}, {@code close()}).
     */
    abstract PyObject run(Interpreter in, Frame f, int entry);
}
