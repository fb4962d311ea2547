package org.pyvm.core.pyc;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.packs.PackRegistry;

/**
 * Names are interned when a .pyc is read, as CPython interns identifiers: {@code self.state} stored by one method
 * and read by another is one Java string, so the maps keyed by names (instance attributes, class dicts) find it
 * by identity instead of comparing characters.
 */
class NameInterningTest {
    private static final PackRegistry PACKS = PackRegistry.discover();

    @Test
    void aNameIsOneStringInEveryCodeObjectOfEveryVersion() throws Exception {
        for (String version : List.of("2.7", "3.6", "3.11")) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("class_inheritance.pyc");
            Map<String, String> first = new HashMap<>();
            int shared = 0;
            for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                for (String name : co.names) {
                    String seen = first.putIfAbsent(name, name);
                    if (seen != null) {
                        assertSame(seen, name, version + ": " + name + " in " + co.name);
                        shared++;
                    }
                }
            }
            assertTrue(shared > 0, version + ": the program's code objects share names");
        }
    }
}
