package org.pyvm.spi.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a local CPython X.Y for the table-freshness test: {@code PYVM_CPYTHON_X_Y}, then
 * {@code $(pyenv root)/versions/X.Y*}, then {@code pythonX.Y} on PATH. A candidate counts only if it
 * runs and reports version X.Y (pyenv shims on PATH may not resolve).
 */
public final class LocalCPython {
    private LocalCPython() {
    }

    public static Optional<Path> find(String version) {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PYVM_CPYTHON_" + version.replace('.', '_'));
        if (env != null && !env.isEmpty()) {
            candidates.add(Paths.get(env));
        }
        for (Path root : pyenvRoots()) {
            Path versions = root.resolve("versions");
            if (Files.isDirectory(versions)) {
                try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, version + "*")) {
                    for (Path dir : dirs) {
                        candidates.add(dir.resolve("bin").resolve("python" + version));
                    }
                } catch (IOException ignored) {
                    // an unreadable folder is as good as none
                }
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                candidates.add(Paths.get(dir, "python" + version));
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p) && version.equals(run(p.toString(), "-c",
                    "import sys; sys.stdout.write('%d.%d' % sys.version_info[:2])"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<Path> pyenvRoots() {
        List<Path> roots = new ArrayList<>();
        String env = System.getenv("PYENV_ROOT");
        if (env != null && !env.isEmpty()) {
            roots.add(Paths.get(env));
        }
        String fromCommand = run("pyenv", "root");
        if (fromCommand != null && !fromCommand.isBlank()) {
            roots.add(Paths.get(fromCommand.trim()));
        }
        roots.add(Paths.get(System.getProperty("user.home"), ".pyenv"));
        return roots;
    }

    /** Stdout of a short command, or null when it cannot run, fails or hangs. */
    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
