package org.pyvm.pack.py36;

import org.pyvm.spi.BytecodeFormatException;
import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * CPython 3.6's wordcode: every instruction is two bytes, opcode then an 8-bit argument (ignored
 * below HAVE_ARGUMENT). Each EXTENDED_ARG shifts the argument of what follows by 8 bits.
 */
final class WordcodeDecoder implements InstructionDecoder {

    @Override
    public String describe() {
        return "2-byte wordcode (op, u8 arg), EXTENDED_ARG << 8";
    }

    @Override
    public RawInstructions decode(byte[] code, OpcodeTable table) throws BytecodeFormatException {
        if ((code.length & 1) != 0) {
            throw new BytecodeFormatException(code.length - 1, "wordcode has an odd length of " + code.length + " bytes");
        }
        RawInstructions out = new RawInstructions(code.length / 2);
        int haveArgument = table.haveArgument();
        int extendedArg = table.extendedArg();
        int pending = 0;
        for (int i = 0; i < code.length; i += 2) {
            int op = code[i] & 0xff;
            int arg = -1;
            if (op >= haveArgument) {
                arg = (pending << 8) | (code[i + 1] & 0xff);
                pending = op == extendedArg ? arg : 0;
            }
            // Like 3.6's dis, an opcode without argument leaves a pending EXTENDED_ARG in place.
            out.add(i, op, arg, i + 2);
        }
        return out;
    }
}
