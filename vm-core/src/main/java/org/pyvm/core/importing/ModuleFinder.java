package org.pyvm.core.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds one name (one component of a dotted name) in a list of directories, in the order the
 * CPython of the bytecode's version searches: per directory, a package (a folder with an
 * {@code __init__} module) first, then {@code name.py}, then a sourceless {@code name.pyc}.
 * 3.x also accepts folders without {@code __init__} as a namespace package (all of them, from
 * every path entry, make its {@code __path__}), but only when no directory on the path holds a
 * regular module or package of that name (PEP 420); 2.7 skips such folders. C extensions ({@code .so}) are never found: pyvm cannot load them.
 */
public final class ModuleFinder {
    private final boolean namespacePackages;

    /** @param namespacePackages true for 3.x (PEP 420), false for 2.7 */
    public ModuleFinder(boolean namespacePackages) {
        this.namespacePackages = namespacePackages;
    }

    /** The module {@code name} in the first directory of {@code path} that has it, or null. */
    public FoundModule find(String name, List<Path> path) {
        List<Path> portions = new java.util.ArrayList<>();
        for (Path dir : path) {
            Path pkg = dir.resolve(name);
            if (Files.isDirectory(pkg)) {
                FoundModule init = moduleFile(pkg, "__init__");
                if (init != null) {
                    return new FoundModule(init.kind(), init.file(), pkg);
                }
                if (namespacePackages) {
                    portions.add(pkg);
                }
            }
            FoundModule module = moduleFile(dir, name);
            if (module != null) {
                return module;
            }
        }
        return portions.isEmpty() ? null : new FoundModule(FoundModule.Kind.NAMESPACE, null, portions.get(0), List.copyOf(portions));
    }

    private static FoundModule moduleFile(Path dir, String name) {
        Path source = dir.resolve(name + ".py");
        if (Files.isRegularFile(source)) {
            return new FoundModule(FoundModule.Kind.SOURCE, source, null);
        }
        Path compiled = dir.resolve(name + ".pyc");
        if (Files.isRegularFile(compiled)) {
            return new FoundModule(FoundModule.Kind.SOURCELESS, compiled, null);
        }
        return null;
    }
}
