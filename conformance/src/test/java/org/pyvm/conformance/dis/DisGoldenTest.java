package org.pyvm.conformance.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.dis.Disassembler;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/** {@code pyvm dis} against the real CPython's {@code dis.dis} output for every corpus program and version. */
class DisGoldenTest {
    private static final PackRegistry PACKS = PackRegistry.discover();

    @Test
    void theCorpusCoversEveryVersion() {
        List<Path> all = Goldens.pycFiles();
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            long n = all.stream().filter(p -> Goldens.ROOT.relativize(p).getName(0).toString().equals(version)).count();
            assertTrue(n >= 50, "only " + n + " golden programs for " + version);
        }
    }

    @TestFactory
    Stream<DynamicTest> disMatchesCPython() {
        return Goldens.pycFiles().stream().map(pyc -> DynamicTest.dynamicTest(Goldens.displayName(pyc), () -> {
            String expected = Files.readString(Goldens.sibling(pyc, ".dis"), StandardCharsets.UTF_8);
            String actual = Goldens.maskAddresses(Disassembler.dis(PycFile.read(pyc, PACKS).module()));
            assertEquals(expected, actual);
        }));
    }
}
