package org.pyvm.core.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Facts of each CPython's own Unicode database that the JVM's tables do not give: 2.7 has Unicode 5.2, 3.6 9.0,
 * 3.11 14.0, all older than the JVM's, and the JVM has no East Asian Width at all. Each table is made from the real
 * CPython by a script in conformance/tools and read on first use: runs of code points, "FIRST LAST [VALUE]" in hex.
 * <ul>
 * <li>unassigned-X.Y.txt (gen_unassigned.py): what that version leaves unassigned (category Cn), so an emoji of 2018
 * is not printable to 3.6 and its repr() escapes it; 2.7 has none (its repr escapes all of non-ASCII).</li>
 * <li>east-asian-width-X.Y.txt (gen_east_asian_width.py): each run's width other than N.</li>
 * </ul>
 */
public final class UnicodeTables {
    private UnicodeTables() {
    }

    /** Sorted, disjoint runs {@code [first[i], last[i]]}, each with its value (null in a table of one kind). */
    private record Runs(int[] first, int[] last, String[] value) {
        /** The index of the run holding {@code c}, or -1. */
        int find(int c) {
            int i = Arrays.binarySearch(first, c);
            if (i < 0) {
                i = -i - 2; // the run starting before c
            }
            return i >= 0 && c <= last[i] ? i : -1;
        }
    }

    private static final Runs NONE = new Runs(new int[0], new int[0], new String[0]);

    /** The unassigned tables, read when first asked for (a holder class: no mutable static state in vm-core). */
    private static final class Unassigned {
        static final Map<String, Runs> BY_VERSION = Map.of("3.6", load("unassigned-3.6"), "3.11", load("unassigned-3.11"));
    }

    private static final class Widths {
        static final Map<String, Runs> BY_VERSION = Map.of("2.7", load("east-asian-width-2.7"), "3.6", load("east-asian-width-3.6"),
                "3.11", load("east-asian-width-3.11"));
    }

    /** Whether {@code c} is unassigned in {@code version}'s Unicode database; false for a version without a table. */
    static boolean unassigned(int c, String version) {
        return Unassigned.BY_VERSION.getOrDefault(version, NONE).find(c) >= 0;
    }

    /** Whether {@code version} has a table of its unassigned code points. */
    static boolean hasUnassignedTable(String version) {
        return Unassigned.BY_VERSION.getOrDefault(version, NONE) != NONE;
    }

    /** unicodedata.east_asian_width of {@code c} in {@code version} ("N" where its table has nothing); null without a table. */
    public static String eastAsianWidth(int c, String version) {
        Runs t = Widths.BY_VERSION.getOrDefault(version, NONE);
        if (t == NONE) {
            return null;
        }
        int i = t.find(c);
        return i < 0 ? "N" : t.value()[i];
    }

    private static Runs load(String name) {
        InputStream in = UnicodeTables.class.getResourceAsStream(name + ".txt");
        if (in == null) {
            return NONE;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            int[] first = new int[256];
            int[] last = new int[256];
            String[] value = new String[256];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                if (n == first.length) {
                    first = Arrays.copyOf(first, 2 * n);
                    last = Arrays.copyOf(last, 2 * n);
                    value = Arrays.copyOf(value, 2 * n);
                }
                first[n] = Integer.parseInt(f[0], 16);
                last[n] = Integer.parseInt(f[1], 16);
                value[n] = f.length > 2 ? f[2].intern() : null;
                n++;
            }
            return new Runs(Arrays.copyOf(first, n), Arrays.copyOf(last, n), Arrays.copyOf(value, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
