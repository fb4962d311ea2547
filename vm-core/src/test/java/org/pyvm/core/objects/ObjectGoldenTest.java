package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * repr, hash and set order of values.txt against golden-X.Y.txt, which make_goldens.py printed from
 * the real CPython X.Y with PYTHONHASHSEED=0 (regen_goldens.sh).
 */
class ObjectGoldenTest {

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = ObjectGoldenTest.class.getResourceAsStream("/objects/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Compares every value; returns the mismatches (also used to report pass counts). */
    static List<String> mismatches(Language lang, String golden) throws IOException {
        List<String> values = new ArrayList<>();
        for (String l : lines("values.txt")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                values.add(l);
            }
        }
        List<String> expected = lines(golden);
        assertEquals(values.size(), expected.size(), golden + " has one line per value");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String[] exp = expected.get(i).split("\t", -1);
            String got;
            try {
                PyObject v = new ValueParser(lang, values.get(i)).parse();
                String hash;
                try {
                    hash = Long.toString(v.hash(lang));
                } catch (PyError e) {
                    hash = "unhashable";
                }
                if (exp[1].equals("unstable") && !hash.equals("unhashable")) {
                    hash = "unstable"; // CPython hashes by address here: nothing to compare
                }
                got = v.repr(lang) + "\t" + hash;
            } catch (RuntimeException e) {
                got = e.toString();
            }
            if (!got.equals(expected.get(i))) {
                bad.add(values.get(i) + "\n    expected: " + expected.get(i) + "\n    got:      " + got);
            }
        }
        return bad;
    }

    private static void check(Language lang, String golden) throws IOException {
        List<String> bad = mismatches(lang, golden);
        assertTrue(bad.isEmpty(), bad.size() + " mismatches in " + golden + ":\n"
            + String.join("\n", bad.subList(0, Math.min(bad.size(), 40))));
    }

    @Test
    void python27() throws IOException {
        check(Levels.PY27, "golden-2.7.txt");
    }

    @Test
    void python36() throws IOException {
        check(Levels.PY36, "golden-3.6.txt");
    }

    @Test
    void python311() throws IOException {
        check(Levels.PY311, "golden-3.11.txt");
    }
}
