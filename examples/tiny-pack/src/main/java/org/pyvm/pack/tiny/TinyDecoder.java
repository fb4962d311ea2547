package org.pyvm.pack.tiny;

import org.pyvm.spi.BytecodeFormatException;
import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/** Tiny's encoding: every instruction is two bytes, the opcode and a one-byte argument (0 when it takes none). */
final class TinyDecoder implements InstructionDecoder {

    @Override
    public String describe() {
        return "2 bytes (op, u8 arg), programs read from .yaml";
    }

    @Override
    public RawInstructions decode(byte[] code, OpcodeTable table) throws BytecodeFormatException {
        if (code.length % 2 != 0) {
            throw new BytecodeFormatException(code.length - 1, "tiny code has an odd length of " + code.length + " bytes");
        }
        OpcodeDef[] defs = table.byNumber();
        RawInstructions out = new RawInstructions(code.length / 2);
        for (int at = 0; at < code.length; at += 2) {
            int op = code[at] & 0xff;
            // an unknown opcode keeps its byte as argument; the core reports it by number
            int arg = defs[op] != null && !defs[op].hasArgument() ? -1 : code[at + 1] & 0xff;
            out.add(at, op, arg, at + 2);
        }
        return out;
    }
}
