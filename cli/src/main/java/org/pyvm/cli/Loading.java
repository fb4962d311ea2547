package org.pyvm.cli;

import java.nio.file.Path;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.ProgramFile;

/** Loads a program (a .pyc, or a file a pack reads) for a command, turning every loading problem into one line naming the file. */
final class Loading {
    private Loading() {
    }

    /** The module's code object, every nested code object decoded (and so checked). */
    static CodeObject module(Path file, PackRegistry packs) {
        try {
            CodeObject module = ProgramFile.load(file, packs);
            decodeAll(module);
            return module;
        } catch (BadInputException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private static void decodeAll(CodeObject co) {
        co.decoded();
        for (PyObject c : co.consts) {
            if (c instanceof CodeObject nested) {
                decodeAll(nested);
            }
        }
    }
}
