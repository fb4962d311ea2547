package org.pyvm.core.importing;

import java.nio.file.Path;

/**
 * Where the finder found a module: a source file ({@code .py}), a sourceless {@code .pyc}, or
 * (3.x) a namespace package, which is only a directory. For a package, {@code file} is its
 * {@code __init__} file and {@code packageDir} the directory that becomes {@code __path__}.
 */
public record FoundModule(Kind kind, Path file, Path packageDir) {
    public enum Kind {
        SOURCE, SOURCELESS, NAMESPACE
    }

    public boolean isPackage() {
        return packageDir != null;
    }
}
