package org.pyvm.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search order CPython's path finders use, folder by folder. */
class ModuleFinderTest {
    private final ModuleFinder py3 = new ModuleFinder(true);
    private final ModuleFinder py2 = new ModuleFinder(false);

    private static Path touch(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[0]);
        return p;
    }

    @Test
    void aPackageComesBeforeAModuleOfTheSameNameAndSourceBeforeBytecode(@TempDir Path dir) throws IOException {
        touch(dir.resolve("m.py"));
        touch(dir.resolve("m.pyc"));
        FoundModule m = py3.find("m", List.of(dir));
        assertEquals(FoundModule.Kind.SOURCE, m.kind());
        assertEquals(dir.resolve("m.py"), m.file());
        assertFalse(m.isPackage());
        Path init = touch(dir.resolve("m").resolve("__init__.pyc"));
        FoundModule p = py2.find("m", List.of(dir));
        assertTrue(p.isPackage());
        assertEquals(FoundModule.Kind.SOURCELESS, p.kind());
        assertEquals(init, p.file());
        assertEquals(dir.resolve("m"), p.packageDir());
    }

    @Test
    void theFirstFolderOnThePathThatHasTheNameWins(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        touch(b.resolve("m.py"));
        Path first = touch(a.resolve("m.pyc"));
        assertEquals(first, py3.find("m", List.of(a, b)).file());
        assertEquals(b.resolve("m.py"), py3.find("m", List.of(b, a)).file());
        assertNull(py3.find("other", List.of(a, b)));
    }

    @Test
    void aFolderWithoutInitIsANamespacePackageIn3xOnlyAndOnlyWhenNothingElseHasTheName(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a.resolve("ns"));
        assertNull(py2.find("ns", List.of(a)), "2.7 skips folders without __init__");
        FoundModule ns = py3.find("ns", List.of(a, b));
        assertEquals(FoundModule.Kind.NAMESPACE, ns.kind());
        assertEquals(a.resolve("ns"), ns.packageDir());
        Files.createDirectories(b.resolve("ns"));
        assertEquals(List.of(a.resolve("ns"), b.resolve("ns")), py3.find("ns", List.of(a, b)).portions(),
                "every folder of that name is a portion of the namespace package");
        Path regular = touch(b.resolve("ns.py"));
        assertEquals(regular, py3.find("ns", List.of(a, b)).file(), "a regular module later on the path wins over a namespace");
    }

    @Test
    void pycacheFilesAloneAreNotModules(@TempDir Path dir) throws IOException {
        touch(dir.resolve("__pycache__").resolve("m.cpython-311.pyc"));
        assertNull(py3.find("m", List.of(dir)), "CPython uses __pycache__ only for a source file that exists");
    }
}
