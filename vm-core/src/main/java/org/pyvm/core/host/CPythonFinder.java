package org.pyvm.core.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a local CPython X.Y as ARCHITECTURE.md fixes it: {@code pythonX.Y} on PATH, then under
 * pyenv's versions folder ({@code pyenv root}), then the environment variable
 * {@code PYVM_CPYTHON_X_Y}.
 */
public final class CPythonFinder {
    private final Map<String, String> env;

    public CPythonFinder(Map<String, String> env) {
        this.env = env;
    }

    /** A finder over this process's environment. */
    public static CPythonFinder fromEnvironment() {
        return new CPythonFinder(System.getenv());
    }

    /** The interpreter for {@code version} (e.g. "3.11"), if one is installed. */
    public Optional<Path> find(String version) {
        String exe = "python" + version;
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty() || dir.contains("/.pyenv/shims")) {
                continue; // pyenv's shims do not resolve pythonX.Y by themselves
            }
            Path candidate = Path.of(dir, exe);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        // the usual pyenv roots first; asking the pyenv command (about 0.1 s) only when they have no match
        Optional<Path> found = underPyenv(version, exe, cheapPyenvRoots());
        if (found.isEmpty()) {
            found = underPyenv(version, exe, pyenvCommandRoot());
        }
        if (found.isPresent()) {
            return found;
        }
        String variable = env.get("PYVM_CPYTHON_" + version.replace('.', '_'));
        if (variable != null && Files.isExecutable(Path.of(variable))) {
            return Optional.of(Path.of(variable));
        }
        return Optional.empty();
    }

    private static Optional<Path> underPyenv(String version, String exe, List<Path> roots) {
        for (Path root : roots) {
            Path versions = root.resolve("versions");
            if (!Files.isDirectory(versions)) {
                continue;
            }
            List<Path> matches = new ArrayList<>();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, version + "*")) {
                for (Path d : dirs) {
                    String name = d.getFileName().toString();
                    // "3.1" must not match "3.11.7": the next character must end the version part.
                    if (name.length() == version.length() || name.charAt(version.length()) == '.') {
                        Path candidate = d.resolve("bin").resolve(exe);
                        if (Files.isExecutable(candidate)) {
                            matches.add(candidate);
                        }
                    }
                }
            } catch (IOException e) {
                continue;
            }
            matches.sort(null);
            if (!matches.isEmpty()) {
                return Optional.of(matches.get(matches.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** $PYENV_ROOT and ~/.pyenv, which need no process to find. */
    private List<Path> cheapPyenvRoots() {
        List<Path> roots = new ArrayList<>();
        String fromEnv = env.get("PYENV_ROOT");
        if (fromEnv != null) {
            roots.add(Path.of(fromEnv));
        }
        String home = env.get("HOME");
        if (home != null) {
            roots.add(Path.of(home, ".pyenv"));
        }
        return roots;
    }

    /** What {@code pyenv root} says, if pyenv is installed. */
    private List<Path> pyenvCommandRoot() {
        List<Path> roots = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("pyenv", "root").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                roots.add(Path.of(new String(out, StandardCharsets.UTF_8).trim()));
            }
        } catch (IOException e) {
            // no pyenv on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return roots;
    }
}
