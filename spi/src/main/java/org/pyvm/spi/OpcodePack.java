package org.pyvm.spi;

/**
 * One CPython version's instruction set, found by {@link java.util.ServiceLoader}.
 *
 * <p>A pack is data plus a small argument decoder: its {@link OpcodeTable} (loaded from the pack's
 * YAML resource) says what every opcode means in the core's neutral vocabulary, and its
 * {@link InstructionDecoder} turns raw {@code co_code} bytes into instructions. A pack never
 * contains interpreter code: the core implements the neutral operations once.
 *
 * <p>A pack runs .pyc files chosen by magic number. It may also run program files of its own
 * format (a teaching language, an assembler listing, another compiler's output): it says which
 * files it recognises with {@link #acceptsProgram} and turns one into a {@link ProgramCode} with
 * {@link #loadProgram}. The core asks every pack before treating a file as a .pyc.
 */
public interface OpcodePack {

    /** The pack's table: versions, magic numbers, code-object layout, every opcode. */
    OpcodeTable table();

    /** Splits raw {@code co_code} bytes into instructions with their full arguments. */
    InstructionDecoder decoder();

    /**
     * The table's opcodes by number ({@link OpcodeTable#byNumber}), which the core reads for every code object it
     * decodes; callers must not change it. A pack may keep one array instead of making it at every call.
     */
    default OpcodeDef[] opcodesByNumber() {
        return table().byNumber();
    }

    /** True when this pack runs .pyc files with this magic number. */
    default boolean acceptsMagic(int magic) {
        return table().magicNumbers().contains(magic);
    }

    /** Short name, e.g. {@code cpython-3.11}. */
    default String name() {
        return table().pack();
    }

    /**
     * True when this pack reads {@code fileName} as a program of its own format rather than a .pyc;
     * decided from the name (usually its extension) and the file's bytes. Must be cheap and must not
     * throw: every pack is asked about every file. The default recognises nothing.
     */
    default boolean acceptsProgram(String fileName, byte[] data) {
        return false;
    }

    /**
     * Turns a program file this pack accepted into the neutral description the core runs.
     *
     * @throws ProgramFormatException when the program is malformed; its message is shown to the user
     *                                as one line after the file name
     */
    default ProgramCode loadProgram(String fileName, byte[] data) throws ProgramFormatException {
        throw new ProgramFormatException("pack " + name() + " reads no program files");
    }
}
