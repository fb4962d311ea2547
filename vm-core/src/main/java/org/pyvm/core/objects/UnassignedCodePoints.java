package org.pyvm.core.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code points a CPython's Unicode database leaves unassigned (category Cn): 3.6 has Unicode 9.0, 3.11 14.0, both
 * older than the JVM's, so a character assigned since (an emoji of 2018, say) is not printable to that CPython and its
 * repr() escapes it. One table per version, made from the real CPython by conformance/tools/gen_unassigned.py and
 * read on first use; a version without one (2.7, whose repr escapes all of non-ASCII anyway) has the JVM's answer.
 */
final class UnassignedCodePoints {
    private UnassignedCodePoints() {
    }

    private static final Map<String, int[]> TABLES = new ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];

    /** Whether {@code c} is unassigned in {@code version}'s Unicode database; false for a version without a table. */
    static boolean in(int c, String version) {
        int[] ranges = TABLES.computeIfAbsent(version, UnassignedCodePoints::load);
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) { // ranges: first0, last0, first1, last1... sorted and disjoint
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code version} has a table of its own. */
    static boolean hasTable(String version) {
        return TABLES.computeIfAbsent(version, UnassignedCodePoints::load) != NONE;
    }

    private static int[] load(String version) {
        InputStream in = UnassignedCodePoints.class.getResourceAsStream("unassigned-" + version + ".txt");
        if (in == null) {
            return NONE;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            int[] out = new int[64];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = Integer.parseInt(line, 0, space, 16);
                out[n++] = Integer.parseInt(line, space + 1, line.length(), 16);
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
