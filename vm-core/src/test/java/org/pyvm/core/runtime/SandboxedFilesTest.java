package org.pyvm.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.core.host.HostFiles;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.sandbox.Sandbox;

/**
 * A VM's sandbox governs what its program does to the host's files through open(), _io and os
 * (HostFiles): before, the policy was never handed to HostFiles, and damaged programs under the
 * fuzzer's sandbox wrote files and made folders.
 */
class SandboxedFilesTest {
    @TempDir
    Path dir;

    @Test
    void underTheSandboxNothingIsWrittenAndOnlyAllowedFoldersAreRead() throws Exception {
        Path allowed = Files.createDirectories(dir.resolve("allowed"));
        Files.writeString(allowed.resolve("in.txt"), "x");
        Files.writeString(dir.resolve("secret.txt"), "s");
        Runtime rt = RuntimeProtocolTest.rt(RuntimeProtocolTest.PY311);
        rt.setSandbox(Sandbox.readingOnly(List.of(allowed)));
        HostFiles files = rt.files;

        int fd = files.open(allowed.resolve("in.txt").toString(), HostFiles.O_RDONLY);
        assertEquals("x", new String(files.read(fd, 10)));
        files.close(fd);

        for (Runnable write : List.<Runnable>of(
                () -> files.open(allowed.resolve("out.txt").toString(), HostFiles.O_WRONLY | HostFiles.O_CREAT),
                () -> files.mkdir(allowed.resolve("sub").toString()),
                () -> files.remove(allowed.resolve("in.txt").toString()),
                () -> files.rename(allowed.resolve("in.txt").toString(), allowed.resolve("moved.txt").toString()))) {
            PyError e = assertThrows(PyError.class, write::run);
            assertTrue(e.getMessage().startsWith("PermissionError: " + Sandbox.POLICY + " writing "), e.getMessage());
        }
        PyError e = assertThrows(PyError.class, () -> files.open(dir.resolve("secret.txt").toString(), HostFiles.O_RDONLY));
        assertTrue(e.getMessage().startsWith("PermissionError: " + Sandbox.POLICY + " reading "), e.getMessage());
        assertFalse(Files.exists(allowed.resolve("out.txt")));
        assertFalse(Files.exists(allowed.resolve("sub")));
        assertTrue(Files.exists(allowed.resolve("in.txt")));
    }

    @Test
    void withoutTheSandboxTheProgramWritesAsCPythonWould() throws Exception {
        Runtime rt = RuntimeProtocolTest.rt(RuntimeProtocolTest.PY27);
        rt.setSandbox(Sandbox.off());
        int fd = rt.files.open(dir.resolve("out.txt").toString(), HostFiles.O_WRONLY | HostFiles.O_CREAT);
        rt.files.write(fd, "hi".getBytes());
        rt.files.close(fd);
        assertEquals("hi", Files.readString(dir.resolve("out.txt")));
    }
}
