package org.pyvm.core.code;

import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.RawInstructions;

/**
 * A code object's instructions decoded once, in two views.
 *
 * <p>The <b>raw view</b> ({@link #raw}, {@link #rawDefs}) keeps every instruction as the pack's
 * decoder found it, EXTENDED_ARG included: dis and trace show it.
 *
 * <p>The <b>executable view</b> drops EXTENDED_ARG prefixes and resolves arguments: instruction
 * {@code i} performs neutral operation {@code op[i]} (a {@link org.pyvm.spi.NeutralOp} ordinal)
 * with argument {@code arg[i]}; a jump's argument is the target's instruction index, a binary or
 * unary operation's is an {@link Operator} ordinal, a comparison's a {@link Comparison} ordinal,
 * anything else the raw number. The loop never looks at bytes or YAML.
 */
public final class DecodedCode {
    public final CodeObject code;
    public final RawInstructions raw;
    /** The pack's definition of each raw instruction. */
    public final OpcodeDef[] rawDefs;

    public final int[] op;
    /** {@code op} as the enum constants themselves: the loop switches on these (one array load fewer than {@code values()[op[i]]}). */
    public final org.pyvm.spi.NeutralOp[] kind;
    public final int[] arg;
    /** The argument as encoded (EXTENDED_ARG folded in, not resolved): what the table's stack effects are stated in. */
    public final int[] rawArg;
    /** Byte offset of each executable instruction (what f_lasti and dis call the offset). */
    public final int[] offset;
    /** Source line of each executable instruction, -1 for none. */
    public final int[] line;
    /** The pack's definition of each executable instruction, for names in traces and errors. */
    public final OpcodeDef[] def;
    /** Exception table entries with instruction indexes: start, end (exclusive), target, depth, lasti. */
    public final int[] handlers;

    public final LineNumbers lines;
    public final ExceptionTable exceptionTable;
    /** The deepest value-stack depth the verifier found on any path (at most co_stacksize); -1 when the pack states no stack effects. */
    public final int verifiedDepth;

    /**
     * How often this code was entered or looped since it started running (the JIT's hotness count), and what
     * the JIT made of it: null while not yet compiled, its compiled form (an interp-package class), or a
     * marker saying it cannot be compiled. Shared by every VM running the code: the compiled form holds
     * no VM state. Volatile: the JIT may compile on a thread of its own and publish its result here.
     */
    public int hotness;
    public volatile Object compiled;
    /** What pyvm's generator ownership worked out about this code's names and locals (interp/Ownership), or null. */
    public Object ownership;

    DecodedCode(CodeObject code, RawInstructions raw, OpcodeDef[] rawDefs, int[] op, int[] arg, int[] rawArg, int[] offset,
                int[] line, OpcodeDef[] def, int[] handlers, LineNumbers lines, ExceptionTable exceptionTable, int verifiedDepth) {
        this.code = code;
        this.raw = raw;
        this.rawDefs = rawDefs;
        this.op = op;
        this.kind = new org.pyvm.spi.NeutralOp[op.length];
        org.pyvm.spi.NeutralOp[] all = org.pyvm.spi.NeutralOp.values();
        for (int k = 0; k < op.length; k++) {
            kind[k] = all[op[k]];
        }
        this.arg = arg;
        this.rawArg = rawArg;
        this.offset = offset;
        this.line = line;
        this.def = def;
        this.handlers = handlers;
        this.lines = lines;
        this.exceptionTable = exceptionTable;
        this.verifiedDepth = verifiedDepth;
    }

    /** Number of executable instructions. */
    public int length() {
        return op.length;
    }
}
