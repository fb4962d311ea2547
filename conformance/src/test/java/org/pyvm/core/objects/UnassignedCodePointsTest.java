package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pyvm.core.host.CPythonFinder;

/** The tables of code points each CPython's Unicode database leaves unassigned, which repr() and isprintable() read. */
class UnassignedCodePointsTest {
    @Test
    void eachVersionHasItsOwnUnicode() {
        // U+1F973 (party face) is Unicode 11: unknown to 3.6 (9.0), known to 3.11 (14.0); U+1FAE8 is Unicode 15
        assertTrue(UnassignedCodePoints.in(0x1F973, "3.6"));
        assertFalse(UnassignedCodePoints.in(0x1F973, "3.11"));
        assertTrue(UnassignedCodePoints.in(0x1FAE8, "3.11"));
        assertFalse(UnassignedCodePoints.in(0x1F600, "3.6"));
        assertFalse(UnassignedCodePoints.in('a', "3.6"));
        assertTrue(UnassignedCodePoints.in(0x10FFFF, "3.11")); // the last range runs to the end
        assertFalse(UnassignedCodePoints.hasTable("2.7"));
        assertFalse(UnassignedCodePoints.in(0x1FAE8, "2.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.6", "3.11"})
    void committedTableIsWhatThatCPythonGenerates(String version) throws Exception {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        Assumptions.assumeTrue(python.isPresent(), "CPython " + version + " is not installed");
        Path tools = Path.of("tools", "gen_unassigned.py");
        Process p = new ProcessBuilder(python.get().toString(), tools.toString()).start();
        String generated = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, p.exitValue());
        String committed = Files.readString(Path.of("..", "vm-core", "src", "main", "resources", "org", "pyvm", "core", "objects",
                "unassigned-" + version + ".txt"), StandardCharsets.US_ASCII);
        assertEquals(committed, generated);
    }
}
