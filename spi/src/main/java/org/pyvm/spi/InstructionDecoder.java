package org.pyvm.spi;

/**
 * Splits a code object's raw {@code co_code} into instructions. Each version's encoding differs
 * (2.7: 1 or 3 bytes; 3.6: 2-byte wordcode; 3.11: wordcode plus inline CACHE units); what comes
 * out is the same for all.
 */
public interface InstructionDecoder {

    /** A short description for {@code pyvm packs}, e.g. {@code 3-byte (op, u16 arg), EXTENDED_ARG << 16}. */
    String describe();

    /**
     * Decodes the whole of {@code code}. EXTENDED_ARG prefixes stay in the result as instructions of
     * their own (dis shows them); the instruction after them carries the combined argument.
     *
     * @throws BytecodeFormatException when the bytes end inside an instruction
     */
    RawInstructions decode(byte[] code, OpcodeTable table) throws BytecodeFormatException;
}
