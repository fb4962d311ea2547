package org.pyvm.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed goldens made by {@code conformance/tools/make_goldens.py} from the real CPythons:
 * {@code goldens/<version>/<group>/<name>.pyc} with {@code .dis}, {@code .stdout}, {@code .stderr}
 * and {@code .exit} beside it.
 */
public final class Goldens {
    public static final Path ROOT = Path.of("src", "test", "resources", "goldens");
    private static final Pattern ADDRESS = Pattern.compile("at 0x[0-9a-f]+");

    private Goldens() {
    }

    /** Every compiled program, sorted, e.g. {@code goldens/3.11/common/closures.pyc}. */
    public static List<Path> pycFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".pyc")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden file beside {@code pyc} with another extension. */
    public static Path sibling(Path pyc, String extension) {
        String name = pyc.getFileName().toString();
        return pyc.resolveSibling(name.substring(0, name.length() - ".pyc".length()) + extension);
    }

    /** A test name like {@code 3.11/common/closures}. */
    public static String displayName(Path pyc) {
        String rel = ROOT.relativize(pyc).toString();
        return rel.substring(0, rel.length() - ".pyc".length());
    }

    /** Replaces object addresses, which differ per run, as the golden generator does. */
    public static String maskAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll("at 0x...");
    }
}
