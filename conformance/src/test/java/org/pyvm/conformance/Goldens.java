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
 * and {@code .exit} beside it. A multi-file program is a folder {@code goldens/<version>/<group>/<name>/}
 * holding a {@code .pyc} and {@code .dis} for each of its modules (packages as sub-folders) and
 * {@code main.stdout}, {@code main.stderr}, {@code main.exit} for the run of {@code main.pyc}, with
 * the program's folder written as {@link #PROGRAM_DIR} in them.
 */
public final class Goldens {
    public static final Path ROOT = Path.of("src", "test", "resources", "goldens");
    private static final Pattern ADDRESS = Pattern.compile("at 0x[0-9a-f]+");

    private Goldens() {
    }

    /** Every compiled program, sorted, e.g. {@code goldens/3.11/common/closures.pyc}. */
    public static List<Path> pycFiles() {
        return pycFiles(ROOT);
    }

    /** Every compiled program under another goldens folder laid out the same way (e.g. the stdlib drivers'). */
    public static List<Path> pycFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".pyc")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the goldens of a multi-file program write the folder it ran in (it differs per machine). */
    public static final String PROGRAM_DIR = "<DIR>";

    /**
     * The programs to run, sorted: every {@code <version>/<group>/<name>.pyc}, and the
     * {@code main.pyc} of every multi-file program {@code <version>/<group>/<name>/main.pyc}.
     */
    public static List<Path> programs() {
        return programs(ROOT);
    }

    /** {@link #programs()} of another goldens folder laid out the same way. */
    public static List<Path> programs(Path root) {
        return pycFiles(root).stream().filter(p -> {
            int depth = root.relativize(p).getNameCount();
            return depth == 3 || depth == 4 && isMultiFileMain(root, p);
        }).collect(Collectors.toList());
    }

    /** True for the {@code main.pyc} of a multi-file program. */
    public static boolean isMultiFileMain(Path pyc) {
        return isMultiFileMain(ROOT, pyc);
    }

    /** {@link #isMultiFileMain(Path)} under another goldens folder. */
    public static boolean isMultiFileMain(Path root, Path pyc) {
        return root.relativize(pyc).getNameCount() == 4 && pyc.getFileName().toString().equals("main.pyc");
    }

    /** A program's name like {@code 3.11/common/closures}, or {@code 3.11/common/imp_packages} for a folder. */
    public static String programName(Path pyc) {
        return programName(ROOT, pyc);
    }

    /** {@link #programName(Path)} under another goldens folder. */
    public static String programName(Path root, Path pyc) {
        if (isMultiFileMain(root, pyc)) {
            return root.relativize(pyc.getParent()).toString();
        }
        String rel = root.relativize(pyc).toString();
        return rel.substring(0, rel.length() - ".pyc".length());
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

    /**
     * Sorts the items of every frozenset repr that holds {@code None}. CPython hashes None by its
     * address, so where an address-randomised CPython printed such a set its order changes from run
     * to run (3.11's {@code frozenset({0, None})} in traceback.py); only the items can be compared.
     */
    public static String sortFrozensetsHoldingNone(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (true) {
            int start = text.indexOf("frozenset({", i);
            if (start < 0) {
                return out.append(text, i, text.length()).toString();
            }
            int bodyStart = start + "frozenset({".length();
            List<String> items = new java.util.ArrayList<>();
            int end = splitItems(text, bodyStart, items);
            out.append(text, i, bodyStart);
            if (end < 0) {
                return out.append(text, bodyStart, text.length()).toString();
            }
            if (items.contains("None")) {
                java.util.Collections.sort(items);
            }
            out.append(String.join(", ", items));
            i = end;
        }
    }

    /** Top-level items of a set body starting at {@code from}; returns the index of its closing brace, or -1. */
    private static int splitItems(String s, int from, List<String> items) {
        int depth = 0;
        int itemStart = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '}') {
                items.add(s.substring(itemStart, i));
                return i;
            } else if (c == ',' && depth == 0) {
                items.add(s.substring(itemStart, i));
                itemStart = i + 2;
                i++;
            }
        }
        return -1;
    }

    private static int endOfQuoted(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces object addresses, which differ per run, as the golden generator does. */
    public static String maskAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll("at 0x...");
    }

    /** A module's code object and every code object among its constants, depth first. */
    public static List<org.pyvm.core.code.CodeObject> codeObjects(org.pyvm.core.code.CodeObject co) {
        List<org.pyvm.core.code.CodeObject> out = new java.util.ArrayList<>();
        addCodeObjects(co, out);
        return out;
    }

    private static void addCodeObjects(org.pyvm.core.code.CodeObject co, List<org.pyvm.core.code.CodeObject> out) {
        out.add(co);
        for (org.pyvm.core.objects.PyObject c : co.consts) {
            if (c instanceof org.pyvm.core.code.CodeObject inner) {
                addCodeObjects(inner, out);
            }
        }
    }
}
