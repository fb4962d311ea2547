package org.pyvm.core.pyc;

import java.nio.file.Path;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.ProgramCodes;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.ProgramCode;
import org.pyvm.spi.ProgramFormatException;

/**
 * Any program file pyvm can run: a .pyc, or a file of a format a pack reads itself
 * ({@link OpcodePack#acceptsProgram}). Packs are asked first, so a pack's format never depends
 * on looking unlike a .pyc; a file no pack claims is read as a .pyc.
 */
public final class ProgramFile {
    private ProgramFile() {
    }

    /**
     * The module code object of {@code file}.
     *
     * @throws BadInputException with a one-line message (without the file name) for every problem
     */
    public static CodeObject load(Path file, PackRegistry packs) {
        byte[] data = PycFile.readAll(file);
        String name = file.toString();
        OpcodePack pack = packs.forProgram(name, data);
        if (pack == null) {
            return PycFile.read(data, name, packs).module();
        }
        ProgramCode program;
        try {
            program = pack.loadProgram(name, data);
        } catch (ProgramFormatException e) {
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            // a pack's bug must still reach the user as one line, naming the pack to blame
            throw new BadInputException("pack " + pack.name() + " failed to read the program: " + e, e);
        }
        return ProgramCodes.codeObject(pack, program);
    }
}
