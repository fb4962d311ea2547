package org.pyvm.pack.py311;

import org.pyvm.spi.BytecodeFormatException;
import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * CPython 3.11's wordcode: two-byte code units (opcode, 8-bit argument), EXTENDED_ARG shifting by
 * 8 bits, and after some opcodes a fixed number of inline CACHE units that the decoder skips.
 */
final class CachingWordcodeDecoder implements InstructionDecoder {
    /** The last table's opcodes by number (one pack, one table: made once, not for every code object). */
    private volatile ByNumber last;

    private record ByNumber(OpcodeTable table, OpcodeDef[] defs) {
    }

    private OpcodeDef[] defs(OpcodeTable table) {
        ByNumber b = last;
        if (b == null || b.table() != table) {
            last = b = new ByNumber(table, table.byNumber());
        }
        return b.defs();
    }

    @Override
    public String describe() {
        return "2-byte wordcode (op, u8 arg), EXTENDED_ARG << 8, inline CACHE units skipped";
    }

    @Override
    public RawInstructions decode(byte[] code, OpcodeTable table) throws BytecodeFormatException {
        if ((code.length & 1) != 0) {
            throw new BytecodeFormatException(code.length - 1, "wordcode has an odd length of " + code.length + " bytes");
        }
        OpcodeDef[] defs = defs(table);
        RawInstructions out = new RawInstructions(code.length / 2);
        int haveArgument = table.haveArgument();
        int extendedArg = table.extendedArg();
        int pending = 0;
        int i = 0;
        while (i < code.length) {
            int op = code[i] & 0xff;
            int arg = -1;
            if (op >= haveArgument) {
                arg = (pending << 8) | (code[i + 1] & 0xff);
                pending = op == extendedArg ? arg : 0;
            } else {
                pending = 0;
            }
            out.add(i, op, arg, i + 2);
            OpcodeDef def = defs[op];
            int caches = def == null ? 0 : def.cache();
            i += 2 + 2 * caches;
        }
        if (i != code.length) {
            throw new BytecodeFormatException(out.offset(out.count() - 1), "the inline caches of the last instruction run past the end of the code");
        }
        return out;
    }
}
