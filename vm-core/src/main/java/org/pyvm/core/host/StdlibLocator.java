package org.pyvm.core.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pure-Python standard library of the local CPython X.Y ({@code <prefix>/lib/pythonX.Y}), which
 * pyvm puts on {@code sys.path} after the script's folder so that modules like {@code keyword} or
 * {@code bisect} load from that CPython's own files (3.x: its {@code __pycache__} .pyc files; 2.7:
 * the .pyc beside each .py, or the source compiled by that CPython).
 *
 * <p>The interpreter is found with {@link CPythonFinder}; its library folder is {@code ../lib/pythonX.Y}
 * from {@code bin/pythonX.Y} (pyenv and most installs), accepted only when it holds {@code os.py}.
 * The system property {@code pyvm.stdlib} overrides it: a folder, or {@code off} for none. Looked up
 * once per version per JVM, since every VM start needs it.
 */
public final class StdlibLocator {
    private static final Map<String, Optional<Path>> CACHE = new ConcurrentHashMap<>();

    private StdlibLocator() {
    }

    /** The library folder for {@code version} ("2.7", "3.11"), if a CPython of it is installed. */
    public static Optional<Path> find(String version) {
        String property = System.getProperty("pyvm.stdlib");
        if (property != null && !property.isEmpty()) {
            return property.equals("off") ? Optional.empty() : Optional.of(Path.of(property));
        }
        return CACHE.computeIfAbsent(version, StdlibLocator::locate);
    }

    /**
     * What the ImportError of a missing top-level module adds when it is a module of CPython X.Y's standard
     * library and that library was not found: where pyvm looks for it, so a user without CPython knows what to
     * install or set. Empty otherwise, so CPython's exact message stands wherever the library is installed
     * and for names that are no standard module.
     */
    public static String missingLibraryHint(String version, String module) {
        if (!isStandardModule(version, module) || find(version).isPresent()) {
            return "";
        }
        if ("off".equals(System.getProperty("pyvm.stdlib"))) {
            return " (pyvm's use of the CPython " + version + " standard library is switched off by -Dpyvm.stdlib=off)";
        }
        return " (pyvm found no CPython " + version + " standard library: install CPython " + version + " as python" + version
                + " on PATH or with pyenv, or set PYVM_CPYTHON_" + version.replace('.', '_') + " to its python" + version
                + ", or run java with -Dpyvm.stdlib=DIR naming the library folder)";
    }

    /**
     * Whether {@code module} is a top-level module of CPython X.Y's standard library, from the list written by
     * {@code conformance/tools/gen_stdlib_names.py} (read only when an import fails, so nothing is kept).
     */
    static boolean isStandardModule(String version, String module) {
        try (java.io.InputStream in = StdlibLocator.class.getResourceAsStream("stdlib-modules-" + version + ".txt")) {
            if (in == null) {
                return false;
            }
            String names = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return ("\n" + names).contains("\n" + module + "\n");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Optional<Path> locate(String version) {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        if (python.isEmpty()) {
            return Optional.empty();
        }
        Path exe = python.get();
        try {
            exe = exe.toRealPath();
        } catch (java.io.IOException e) {
            // keep the path as found
        }
        Path bin = exe.getParent();
        Path lib = bin == null || bin.getParent() == null ? null : bin.getParent().resolve("lib").resolve("python" + version);
        return lib != null && Files.isRegularFile(lib.resolve("os.py")) ? Optional.of(lib) : Optional.empty();
    }
}
