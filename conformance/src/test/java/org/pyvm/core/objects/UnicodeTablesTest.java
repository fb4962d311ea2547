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

/** The tables of each CPython's own Unicode database: unassigned code points (repr, isprintable), East Asian Width. */
class UnicodeTablesTest {
    @Test
    void eachVersionHasItsOwnUnicode() {
        // U+1F973 (party face) is Unicode 11: unknown to 3.6 (9.0), known to 3.11 (14.0); U+1FAE8 is Unicode 15
        assertTrue(UnicodeTables.unassigned(0x1F973, "3.6"));
        assertFalse(UnicodeTables.unassigned(0x1F973, "3.11"));
        assertTrue(UnicodeTables.unassigned(0x1FAE8, "3.11"));
        assertFalse(UnicodeTables.unassigned(0x1F600, "3.6"));
        assertFalse(UnicodeTables.unassigned('a', "3.6"));
        assertTrue(UnicodeTables.unassigned(0x10FFFF, "3.11")); // the last range runs to the end
        assertFalse(UnicodeTables.hasUnassignedTable("2.7"));
        assertFalse(UnicodeTables.unassigned(0x1FAE8, "2.7"));
    }

    @Test
    void eastAsianWidthIsEachVersionsOwn() {
        assertEquals("W", UnicodeTables.eastAsianWidth(0x4E2D, "3.6"));
        assertEquals("Na", UnicodeTables.eastAsianWidth('a', "2.7"));
        assertEquals("N", UnicodeTables.eastAsianWidth(0x0E01, "3.11")); // no run: N
        assertEquals("W", UnicodeTables.eastAsianWidth(0x1F973, "3.11"));
        assertEquals("F", UnicodeTables.eastAsianWidth(0x1F973, "3.6")); // unassigned in 9.0, yet CPython 3.6 says F
        assertEquals("W", UnicodeTables.eastAsianWidth(0x1F600, "3.6"));
        assertEquals(null, UnicodeTables.eastAsianWidth('a', "9.9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unassigned 3.6", "unassigned 3.11", "east-asian-width 2.7", "east-asian-width 3.6", "east-asian-width 3.11"})
    void committedTableIsWhatThatCPythonGenerates(String which) throws Exception {
        String table = which.split(" ")[0];
        String version = which.split(" ")[1];
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        Assumptions.assumeTrue(python.isPresent(), "CPython " + version + " is not installed");
        Path tool = Path.of("tools", "gen_" + table.replace('-', '_') + ".py");
        Process p = new ProcessBuilder(python.get().toString(), tool.toString()).start();
        String generated = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, p.exitValue());
        String committed = Files.readString(Path.of("..", "vm-core", "src", "main", "resources", "org", "pyvm", "core", "objects",
                table + "-" + version + ".txt"), StandardCharsets.US_ASCII);
        assertEquals(committed, generated);
    }
}
