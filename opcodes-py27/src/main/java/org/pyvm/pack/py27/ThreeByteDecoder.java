package org.pyvm.pack.py27;

import org.pyvm.spi.BytecodeFormatException;
import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * CPython 2.7's encoding: one opcode byte, then for opcodes at or above HAVE_ARGUMENT a
 * little-endian u16 argument. EXTENDED_ARG supplies the high 16 bits of the next argument.
 */
final class ThreeByteDecoder implements InstructionDecoder {

    @Override
    public String describe() {
        return "1 or 3 bytes (op, u16 arg), EXTENDED_ARG << 16";
    }

    @Override
    public RawInstructions decode(byte[] code, OpcodeTable table) throws BytecodeFormatException {
        RawInstructions out = new RawInstructions(code.length / 2);
        int haveArgument = table.haveArgument();
        int extendedArg = table.extendedArg();
        int pending = 0;
        int i = 0;
        while (i < code.length) {
            int start = i;
            int op = code[i++] & 0xff;
            int arg = -1;
            if (op >= haveArgument) {
                if (i + 2 > code.length) {
                    throw new BytecodeFormatException(start, "bytecode ends inside the argument of opcode " + op);
                }
                arg = (pending << 16) | (code[i] & 0xff) | ((code[i + 1] & 0xff) << 8);
                i += 2;
                pending = op == extendedArg ? arg : 0;
            }
            out.add(start, op, arg, i);
        }
        return out;
    }
}
