package org.pyvm.core.code;

import java.util.Set;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.ExceptionModel;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;

/**
 * The verifier's stack rule: the value stack's depth, followed along every path of a decoded code
 * object with the stack effects of its pack's table, never goes below zero nor above
 * {@code co_stacksize}, and (3.11) is the same at every instruction whichever path reaches it.
 *
 * <p>Why the rule is weaker for 2.7 and 3.6: their END_FINALLY pops one value after a normal exit
 * from a try block and three after an exception, so the depth at a finally block legitimately
 * differs by path. Their compilers set {@code co_stacksize} from the deepest path only, with each
 * opcode's largest effect (the tables state those effects); so for block-stack code this class
 * keeps, like the compiler, the deepest depth reaching each instruction, and checks that bound.
 * What it cannot prove there, the loop still catches as a SystemError.
 */
final class StackDepth {
    /** Operations after which execution never goes on to the next instruction. */
    private static final Set<NeutralOp> STOPS = Set.of(NeutralOp.JUMP, NeutralOp.RETURN_VALUE, NeutralOp.RAISE_VARARGS,
            NeutralOp.RAISE_WITH_TRACEBACK, NeutralOp.RERAISE, NeutralOp.BREAK_LOOP, NeutralOp.CONTINUE_LOOP);

    /** How far co_stacksize may exceed the most the code could use before it is refused as absurd. */
    static final int SLACK = 1024;

    interface Failure {
        RuntimeException at(int offset, String rule);
    }

    private final CodeObject co;
    private final OpcodeDef[] def;
    private final int[] rawArg;
    private final int[] target;
    private final int[] offset;
    private final boolean exact;
    private final Failure fail;
    private final int[] depth;
    private final int[] work;
    private final boolean[] queued;
    private int pending;

    private StackDepth(CodeObject co, OpcodeDef[] def, int[] rawArg, int[] target, int[] offset, boolean exact, Failure fail) {
        this.co = co;
        this.def = def;
        this.rawArg = rawArg;
        this.target = target;
        this.offset = offset;
        this.exact = exact;
        this.fail = fail;
        this.depth = new int[def.length];
        this.work = new int[def.length];
        this.queued = new boolean[def.length];
        java.util.Arrays.fill(depth, -1);
    }

    /**
     * Checks the rule; {@code target[i]} is the instruction index a jump goes to, {@code handlers}
     * the exception table with instruction indexes. Returns the deepest depth reached (for tests).
     * Skipped (returns -1) when the pack's table states no stack effects.
     */
    static int check(CodeObject co, OpcodeDef[] def, int[] rawArg, int[] target, int[] offset, int[] handlers, Failure fail) {
        for (OpcodeDef d : def) {
            if (d.stack() == null) {
                return -1;
            }
        }
        if (def.length == 0) {
            return 0;
        }
        boolean exact = co.pack.table().exceptionModel() == ExceptionModel.EXCEPTION_TABLE;
        long reachable = reachableBound(def, rawArg, handlers);
        if (co.stacksize > reachable + SLACK) {
            // a frame allocates co_stacksize slots: an absurd one is refused before anything runs
            // (a small excess costs nothing, and hand-made code often has one)
            throw fail.at(0, "co_stacksize " + co.stacksize + " is far more than this code could ever use (" + reachable + ")");
        }
        return new StackDepth(co, def, rawArg, target, offset, exact, fail).run(handlers);
    }

    /**
     * No path is deeper than all the instructions' pushes together (each instruction counted once,
     * since a compiler's stack-depth walk follows no loop), plus what entering an exception
     * handler pushes.
     */
    private static long reachableBound(OpcodeDef[] def, int[] rawArg, int[] handlers) {
        long sum = 0;
        for (int i = 0; i < def.length; i++) {
            long push = Math.max(def[i].stack().at(rawArg[i]), def[i].stackWhenJumping().at(rawArg[i]));
            sum += Math.max(0, push);
        }
        long handler = 0;
        for (int b = 0; b < handlers.length; b += ExceptionTable.WIDTH) {
            handler = Math.max(handler, (long) handlers[b + ExceptionTable.DEPTH] + 2);
        }
        return sum + handler;
    }

    private int run(int[] handlers) {
        int deepest = 0;
        reach(0, 0, -1);
        int entries = handlers.length / ExceptionTable.WIDTH;
        for (int e = 0; e < entries; e++) {
            int b = e * ExceptionTable.WIDTH;
            // an exception unwinds to the entry's depth, pushes the offset of the raising
            // instruction when lasti is set, then the exception
            long d = (long) handlers[b + ExceptionTable.DEPTH] + handlers[b + ExceptionTable.LASTI] + 1;
            reach(handlers[b + ExceptionTable.TARGET], bounded(d, offset[handlers[b + ExceptionTable.START]],
                    "exception table entry " + e), -1);
        }
        while (pending > 0) {
            int i = work[--pending];
            queued[i] = false;
            int before = depth[i];
            OpcodeDef d = def[i];
            deepest = Math.max(deepest, before);
            if (d.arg() == ArgKind.JUMP) {
                int taken = bounded(before + d.stackWhenJumping().at(rawArg[i]), offset[i], d.name() + " when it jumps");
                deepest = Math.max(deepest, taken);
                reach(target[i], taken, i);
            }
            if (!STOPS.contains(d.op())) {
                int after = bounded(before + d.stack().at(rawArg[i]), offset[i], d.name());
                deepest = Math.max(deepest, after);
                if (i + 1 >= def.length) {
                    throw fail.at(offset[i], "execution runs past the end of the code after " + d.name());
                }
                reach(i + 1, after, i);
            }
        }
        for (int e = 0; e < entries; e++) {
            int b = e * ExceptionTable.WIDTH;
            int unwindTo = handlers[b + ExceptionTable.DEPTH];
            for (int i = handlers[b + ExceptionTable.START]; i < handlers[b + ExceptionTable.END]; i++) {
                if (depth[i] >= 0 && depth[i] < unwindTo) {
                    throw fail.at(offset[i], "exception table entry " + e + " unwinds the stack to depth " + unwindTo
                            + ", deeper than the " + depth[i] + " it holds here");
                }
            }
        }
        return deepest;
    }

    private int bounded(long d, int at, String what) {
        if (d < 0) {
            throw fail.at(at, "stack underflow: " + what + " leaves the stack at depth " + d);
        }
        if (d > co.stacksize) {
            throw fail.at(at, "stack overflow: " + what + " leaves the stack at depth " + d + ", above co_stacksize "
                    + co.stacksize);
        }
        return (int) d;
    }

    private void reach(int i, int d, int from) {
        int known = depth[i];
        // Block-stack compilers assume a loop has no net effect on the depth and never follow a back
        // edge into code they are already walking; their effects leak one value per with-statement
        // (END_FINALLY's -3 against the 4 SETUP_WITH reserves), so following back edges here would
        // climb around every loop that holds one.
        boolean backEdge = from >= 0 && i <= from;
        if (known < 0 || !exact && d > known && !backEdge) {
            if (!queued[i]) {
                queued[i] = true;
                work[pending++] = i;
            }
            depth[i] = d;
        } else if (exact && d != known) {
            throw fail.at(offset[i], "stack depth differs by path: " + known + " along one, " + d
                    + (from < 0 ? " from the exception table" : " from offset " + offset[from]));
        }
    }
}
