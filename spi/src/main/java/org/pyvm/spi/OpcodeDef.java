package org.pyvm.spi;

/**
 * One opcode of one CPython version: every fact about it in one row.
 *
 * @param code    the opcode number
 * @param name    CPython's name for it ({@code opcode.opname})
 * @param arg     what its argument means; {@link ArgKind#NONE} when it takes none
 * @param jump    for jumps: absolute or relative, unit, direction; null otherwise
 * @param cache   inline CACHE code units that follow it (3.11), else 0
 * @param op      the version-neutral operation it performs
 * @param implied an argument the opcode carries in its name, e.g. {@code add} for BINARY_ADD; may be null
 * @param specialized true for 3.11's specialized (quickened) forms, which never appear in a .pyc
 * @param stack   how it changes the value stack's depth when execution goes on to the next
 *                instruction; null when the table does not say (the core then skips its
 *                stack-depth check for that table)
 * @param stackJump how it changes the depth when it jumps; for a jump null means the same as {@code stack}
 */
public record OpcodeDef(
        int code,
        String name,
        ArgKind arg,
        JumpDef jump,
        int cache,
        NeutralOp op,
        String implied,
        boolean specialized,
        StackEffect stack,
        StackEffect stackJump) {

    public OpcodeDef {
        if (arg == null) {
            arg = ArgKind.NONE;
        }
    }

    /** The table's facts without stack effects (tables and tests that predate them). */
    public OpcodeDef(int code, String name, ArgKind arg, JumpDef jump, int cache, NeutralOp op, String implied, boolean specialized) {
        this(code, name, arg, jump, cache, op, implied, specialized, null, null);
    }

    /** The depth change when the instruction jumps (its {@link #stackJump()}, else {@link #stack()}). */
    public StackEffect stackWhenJumping() {
        return stackJump != null ? stackJump : stack;
    }

    public boolean hasArgument() {
        return arg != ArgKind.NONE;
    }
}
