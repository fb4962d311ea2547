package org.pyvm.core.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host access behind open(), _io and posix: descriptors, errno of each failure, and the policy hook. */
class HostFilesTest {
    @TempDir
    Path dir;

    private HostFiles files() {
        HostFiles f = new HostFiles(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        f.chdir(dir.toString());
        return f;
    }

    @Test
    void descriptorsReadWriteSeekAndAreReused() {
        HostFiles f = files();
        int fd = f.open("a.txt", HostFiles.O_RDWR | HostFiles.O_CREAT | HostFiles.O_TRUNC);
        assertEquals(3, fd, "0, 1 and 2 are the standard streams");
        assertEquals(5, f.write(fd, "hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, f.lseek(fd, 1, 0));
        assertArrayEquals("ell".getBytes(StandardCharsets.UTF_8), f.read(fd, 3));
        assertEquals(5, f.lseek(fd, 0, 2));
        f.close(fd);
        assertEquals(9, assertThrows(HostFiles.Failure.class, () -> f.close(fd)).errno);
        assertEquals(3, f.open("a.txt", HostFiles.O_RDONLY), "the lowest free descriptor again");
    }

    @Test
    void failuresCarryPosixErrnos() {
        HostFiles f = files();
        assertEquals(2, assertThrows(HostFiles.Failure.class, () -> f.open("missing", HostFiles.O_RDONLY)).errno);
        assertEquals(21, assertThrows(HostFiles.Failure.class, () -> f.open(".", HostFiles.O_RDONLY)).errno);
        f.mkdir("d");
        assertEquals(17, assertThrows(HostFiles.Failure.class, () -> f.mkdir("d")).errno);
        f.open("d/x", HostFiles.O_WRONLY | HostFiles.O_CREAT);
        assertEquals(39, assertThrows(HostFiles.Failure.class, () -> f.rmdir("d")).errno);
        assertEquals(20, assertThrows(HostFiles.Failure.class, () -> f.listdir("d/x")).errno);
        assertEquals(17, assertThrows(HostFiles.Failure.class,
                () -> f.open("d/x", HostFiles.O_WRONLY | HostFiles.O_CREAT | HostFiles.O_EXCL)).errno);
        assertEquals("No such file or directory", HostFiles.strerror(2));
    }

    @Test
    void appendWritesAtTheEndAndStatSeesTheSize() throws Exception {
        HostFiles f = files();
        Files.writeString(dir.resolve("log"), "ab");
        int fd = f.open("log", HostFiles.O_WRONLY | HostFiles.O_APPEND);
        f.write(fd, "cd".getBytes(StandardCharsets.UTF_8));
        f.close(fd);
        assertEquals("abcd", Files.readString(dir.resolve("log")));
        assertEquals(4, f.stat("log", true).size());
        assertEquals(0100000, f.stat("log", true).mode() & 0170000);
        assertTrue(f.access("log", 4));
        assertFalse(f.access("nothing", 0));
    }

    @Test
    void aPolicyRefusesBeforeTheHostIsTouched() {
        HostFiles f = files();
        f.setPolicy(new HostFiles.Policy() {
            @Override
            public void checkWrite(Path p) {
                throw new HostFiles.Failure(13);
            }
        });
        assertEquals(13, assertThrows(HostFiles.Failure.class, () -> f.mkdir("refused")).errno);
        assertFalse(Files.exists(dir.resolve("refused")));
        assertEquals(13, assertThrows(HostFiles.Failure.class,
                () -> f.open("new", HostFiles.O_WRONLY | HostFiles.O_CREAT)).errno);
        assertFalse(Files.exists(dir.resolve("new")));
    }
}
