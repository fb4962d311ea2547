package org.pyvm.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A program that is not a .pyc, described in the core's neutral terms: what a pack's
 * {@link OpcodePack#loadProgram} makes of a program file. The core turns it into a code object and
 * runs it like a module read from a .pyc: the pack's own {@link InstructionDecoder} splits
 * {@link #code}, the pack's table gives each opcode its neutral operation, the core checks every
 * argument, then the interpreter runs it.
 *
 * @param name      the code object's name, {@code <module>} for a whole program
 * @param filename  the file it came from, as tracebacks name it
 * @param firstLine the line number every instruction is reported at
 * @param code      the instructions in the pack's own encoding (what its decoder reads); the program
 *                  must end in a return, as a compiler's module code does
 * @param consts    the constants the instructions' {@link ArgKind#CONST} arguments index, as Java values:
 *                  {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code String},
 *                  {@code Boolean} or {@code null} (None)
 * @param names     the names the instructions' {@link ArgKind#NAME} arguments index
 * @param stackSize the most values the program ever has on the stack at once
 */
public record ProgramCode(String name, String filename, int firstLine, byte[] code, List<Object> consts, List<String> names,
        int stackSize) {

    public ProgramCode {
        code = code.clone();
        // List.copyOf refuses null, and null (None) is a constant like any other
        consts = Collections.unmodifiableList(new ArrayList<>(consts));
        names = List.copyOf(names);
    }

    @Override
    public byte[] code() {
        return code.clone();
    }
}
