package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.Set;
import org.pyvm.core.host.StdlibLocator;
import org.pyvm.core.importing.FoundModule;
import org.pyvm.core.importing.ModuleCode;

/**
 * CPython 3.11's frozen standard-library modules (Python/frozen.c: the modules it starts with, and runpy's): their
 * code is compiled into the interpreter under the file name {@code <frozen NAME>}. pyvm loads them from the local
 * CPython's library like any other module, and names their code as CPython does, so that a traceback through
 * {@code os.environ[key]} reads {@code File "<frozen os>", line 679, in __getitem__} with no source line under it.
 */
final class FrozenModules {
    private FrozenModules() {
    }

    private static final Set<String> NAMES_311 = Set.of("abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath",
            "ntpath", "posixpath", "os", "site", "stat", "importlib.util", "importlib.machinery", "runpy", "zipimport");

    /** Renames {@code code}'s file to {@code <frozen NAME>} when it is one of those modules, found in the standard library. */
    static void name(String version, String module, FoundModule found, ModuleCode code) {
        if (!NAMES_311.contains(module) || found.kind() != FoundModule.Kind.SOURCE) {
            return;
        }
        // only the library's own file: a module of the program's that pyvm found first keeps its name
        Path lib = StdlibLocator.find(version).orElse(null);
        if (lib != null && found.file().equals(lib.resolve(module.replace('.', '/') + ".py"))) {
            code.code().fixFilename("<frozen " + module + ">");
        }
    }
}
