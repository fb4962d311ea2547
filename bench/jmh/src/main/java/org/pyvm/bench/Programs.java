package org.pyvm.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pyvm.core.host.CPythonFinder;

/** Where the benchmark programs and the CPythons are. */
final class Programs {
    /** Sizes of main(size) small enough that CPython 3.11 takes 15-30 ms on this machine's cores. */
    static final Map<String, Integer> SMALL_SIZES = Map.of(
            "fib", 25, "closures", 15, "exceptions", 20000, "fannkuch", 7, "nbody", 5000,
            "nqueens", 7, "spectral_norm", 60, "wordcount", 4000, "classes", 5000, "generators", 8);

    private Programs() {
    }

    /**
     * The program folders: the system property {@code pyvm.bench.programs} (a path list) when set,
     * else {@code ../shared/bench/programs} and {@code bench/programs} of the repository this jar
     * was built in (or the one the working directory is in).
     */
    static List<Path> folders() {
        String given = System.getProperty("pyvm.bench.programs");
        List<Path> out = new ArrayList<>();
        if (given != null) {
            for (String f : given.split(java.io.File.pathSeparator)) {
                out.add(Path.of(f));
            }
            return out;
        }
        Path root = repositoryRoot().orElseThrow(() -> new IllegalStateException(
                "cannot find the pyvm repository (bench/run_bench.py) above the jar or the working directory;"
                        + " set -Dpyvm.bench.programs=DIR[:DIR]"));
        out.add(root.getParent().resolve("shared").resolve("bench").resolve("programs"));
        out.add(root.resolve("bench").resolve("programs"));
        return out;
    }

    static Path source(String program) {
        for (Path folder : folders()) {
            Path p = folder.resolve(program + ".py");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no benchmark program " + program + ".py in " + folders());
    }

    static Optional<Path> cpython(String version) {
        return CPythonFinder.fromEnvironment().find(version);
    }

    private static Optional<Path> repositoryRoot() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(Programs.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // then the working directory alone
        }
        starts.add(Path.of(System.getProperty("user.dir")));
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("bench").resolve("run_bench.py"))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
