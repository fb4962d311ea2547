package org.pyvm.spi;

/**
 * One CPython version's instruction set, found by {@link java.util.ServiceLoader}.
 *
 * <p>A pack is data plus a small argument decoder: its {@link OpcodeTable} (loaded from the pack's
 * YAML resource) says what every opcode means in the core's neutral vocabulary, and its
 * {@link InstructionDecoder} turns raw {@code co_code} bytes into instructions. A pack never
 * contains interpreter code: the core implements the neutral operations once.
 */
public interface OpcodePack {

    /** The pack's table: versions, magic numbers, code-object layout, every opcode. */
    OpcodeTable table();

    /** Splits raw {@code co_code} bytes into instructions with their full arguments. */
    InstructionDecoder decoder();

    /** True when this pack runs .pyc files with this magic number. */
    default boolean acceptsMagic(int magic) {
        return table().magicNumbers().contains(magic);
    }

    /** Short name, e.g. {@code cpython-3.11}. */
    default String name() {
        return table().pack();
    }
}
