package org.pyvm.core.interp;

/**
 * Watches a run instruction by instruction (the {@code pyvm trace} command). Set one with
 * {@link Interpreter#setTracer} before the run starts; without one the loop pays a single null
 * check of a local per instruction.
 *
 * <p>Called on the interpreter's thread just before each instruction runs, so an implementation
 * must be quick and must never throw: an exception here would surface as the program's own
 * error. It must not run Python code or change the frame (reading it is fine).
 */
public interface Tracer {
    /**
     * The instruction at executable index {@code index} of {@code frame} is about to run;
     * {@code depth} is the number of Python frames running, the module's counted as 1.
     */
    void instruction(FrameView frame, int index, int depth);
}
