package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.host.StdlibLocator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code sys.path} at start-up and the main module's {@code __file__}, as {@code python FILE}
 * sets them: the script's folder (its real path) first, then the standard library of the local
 * CPython of the same version when one is installed ({@link StdlibLocator}).
 */
final class SysPath {
    private SysPath() {
    }

    static void initialise(Runtime rt, Path scriptDir) {
        List<PyObject> entries = new ArrayList<>();
        if (scriptDir != null) {
            entries.add(Strings.text(rt, realPath(scriptDir).toString()));
        }
        StdlibLocator.find(rt.lang.version()).ifPresent(lib -> entries.add(Strings.text(rt, lib.toString())));
        PyModule sys = (PyModule) rt.modules.get(PyStr.of("sys"));
        sys.dict.put(rt.name("path"), PyList.of(entries));
    }

    /**
     * {@code __main__.__file__}: the script as given on the command line (2.7, 3.6), or its
     * absolute path (3.9+ made it absolute). Null without a script.
     */
    static String mainFile(Runtime rt, List<String> argv, Path scriptDir) {
        if (argv.isEmpty() || argv.get(0).isEmpty()) {
            return null;
        }
        String given = argv.get(0);
        if (rt.lang.major() == 2 || rt.lang.minor() < 9 || scriptDir == null) {
            return given;
        }
        Path p = Path.of(given);
        return p.isAbsolute() ? given : scriptDir.toAbsolutePath().resolve(p.getFileName()).toString();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
