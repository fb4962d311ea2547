package org.pyvm.core.importing;

import org.pyvm.core.code.CodeObject;

/**
 * A module's code as the loader made it: the code object, what {@code __file__} says, and (3.x)
 * what {@code __cached__} says (the {@code __pycache__} file CPython would use; null if none).
 */
public record ModuleCode(CodeObject code, String file, String cached) {
}
