package org.pyvm.core.importing;

import java.nio.file.Path;

/**
 * Where the finder found a module: a source file ({@code .py}), a sourceless {@code .pyc}, or
 * (3.x) a namespace package, which is only a directory. For a package, {@code file} is its
 * {@code __init__} file and {@code packageDir} its directory; {@code portions} are the folders of
 * {@code __path__} (a namespace package's folders of that name on every path entry).
 */
public record FoundModule(Kind kind, Path file, Path packageDir, java.util.List<Path> portions) {
    public enum Kind {
        SOURCE, SOURCELESS, NAMESPACE
    }

    public FoundModule(Kind kind, Path file, Path packageDir) {
        this(kind, file, packageDir, packageDir == null ? java.util.List.of() : java.util.List.of(packageDir));
    }

    public boolean isPackage() {
        return packageDir != null;
    }
}
