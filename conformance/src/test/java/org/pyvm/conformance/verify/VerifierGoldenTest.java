package org.pyvm.conformance.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/**
 * Every code object of every corpus golden of the three versions passes the bytecode verifier,
 * and the deepest stack it finds never exceeds what CPython's compiler computed: with the tables'
 * stack effects it should equal co_stacksize for nearly all of them, which is what shows the
 * effects are CPython's own and not merely small enough.
 */
class VerifierGoldenTest {
    private static final PackRegistry PACKS = PackRegistry.discover();

    @Test
    void everyGoldenPycVerifies() {
        List<String> failures = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>(); // version -> {pycs, code objects, depth == co_stacksize}
        for (Path pyc : Goldens.pycFiles()) {
            String version = Goldens.ROOT.relativize(pyc).getName(0).toString();
            int[] c = counts.computeIfAbsent(version, v -> new int[3]);
            c[0]++;
            try {
                Verified.walk(PycFile.read(pyc, PACKS).module(), c);
            } catch (BadInputException e) {
                failures.add(Goldens.displayName(pyc) + ": " + e.getMessage());
            }
        }
        counts.forEach((v, c) -> System.out.printf("verifier: %s: %d pycs, %d code objects, deepest path == co_stacksize in %d%n",
                v, c[0], c[1], c[2]));
        assertEquals(List.of(), failures);
        assertEquals(3, counts.size(), "goldens of all three versions");
        for (int[] c : counts.values()) {
            assertTrue(c[2] * 10 >= c[1] * 9, "the stack effects match CPython's compiler for under 90% of code objects");
        }
    }
}
