package org.pyvm.core.interp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The "Did you mean" of 3.10+ tracebacks (CPython's Python/suggestions.c): for an uncaught AttributeError the
 * closest name in dir(obj), for a NameError the closest local of the innermost frame, then global, then
 * builtin; close means a weighted Levenshtein distance (a case change costs 1, anything else 2) of at most a
 * third of the characters involved.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The suggested name for {@code e}, or null: only exact AttributeError and NameError get one. */
    static String of(Runtime rt, PyBaseException e) {
        try {
            PyObject name = e.dict.get("name");
            if (!(name instanceof PyStr n)) {
                return null;
            }
            if (e.type() == rt.types.exceptions.get("AttributeError")) {
                PyObject obj = e.dict.get("obj");
                if (obj == null) {
                    return null;
                }
                PyObject dir = Ops.call(rt, rt.builtins.get(rt.name("dir")), obj);
                return closest(rt, Ops.toList(rt, dir), n.value());
            }
            if (e.type() == rt.types.exceptions.get("NameError") && !e.traceback.isEmpty()
                    && e.traceback.get(0).frame() instanceof Frame f) {
                List<PyObject> locals = new ArrayList<>();
                for (int i = 0; i < f.code.varnames.length; i++) {
                    locals.add(PyStr.of(f.code.varnames[i]));
                }
                String s = closest(rt, locals, n.value());
                if (s == null) {
                    s = closest(rt, keys(f.globals), n.value());
                }
                if (s == null) {
                    s = closest(rt, keys(f.builtins), n.value());
                }
                return s;
            }
        } catch (PyError ignored) {
            // CPython prints no suggestion when looking for one fails
        }
        return null;
    }

    private static List<PyObject> keys(PyDict d) {
        return new ArrayList<>(d.keys());
    }

    /** calculate_suggestions: the first candidate at the smallest distance within the limit. */
    private static String closest(Runtime rt, List<PyObject> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] a = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PyObject item : candidates) {
            if (!(item instanceof PyStr s)) {
                return null; // CPython's PyUnicode_AsUTF8AndSize fails on a non-str and gives up
            }
            if (s.value().equals(name)) {
                continue;
            }
            byte[] b = s.value().getBytes(StandardCharsets.UTF_8);
            int maxDistance = (a.length + b.length + 3) * MOVE_COST / 6;
            maxDistance = (int) Math.min(maxDistance, (long) bestDistance - 1);
            int d = distance(a, b, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = s.value();
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte x, byte y) {
        if ((x & 31) != (y & 31)) {
            return MOVE_COST;
        }
        if (x == y) {
            return 0;
        }
        int lx = x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x;
        int ly = y >= 'A' && y <= 'Z' ? y + ('a' - 'A') : y;
        return lx == ly ? CASE_COST : MOVE_COST;
    }

    /** levenshtein_distance with CPython's affix trimming and early exits (over UTF-8 bytes). */
    private static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bSize < aSize) {
            a = b0;
            b = a0;
            int t = aStart;
            aStart = bStart;
            bStart = t;
            t = aSize;
            aSize = bSize;
            bSize = t;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
