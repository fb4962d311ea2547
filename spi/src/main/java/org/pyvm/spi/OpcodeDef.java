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
 */
public record OpcodeDef(
        int code,
        String name,
        ArgKind arg,
        JumpDef jump,
        int cache,
        NeutralOp op,
        String implied,
        boolean specialized) {

    public OpcodeDef {
        if (arg == null) {
            arg = ArgKind.NONE;
        }
    }

    public boolean hasArgument() {
        return arg != ArgKind.NONE;
    }
}
