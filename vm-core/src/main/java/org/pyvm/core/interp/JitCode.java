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

    protected JitCode(int[] depth) {
        this.depth = depth;
    }

    /**
     * Runs frame {@code f} to its return: from the start when {@code entry} is 0, else from the loop head at
     * instruction {@code entry} with the frame's value stack as the interpreter left it there (a loop running
     * long in the interpreter moves to compiled code mid-way: on-stack replacement).
     */
    abstract PyObject run(Interpreter in, Frame f, int entry);
}
