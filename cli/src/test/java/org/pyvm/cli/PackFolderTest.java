package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --packs DIR}: a pack that is not in the pyvm jar is found in a jar inside DIR. The jar made
 * here holds only the service registration, so the pack is visible through the folder and nowhere
 * else.
 */
class PackFolderTest {
    @TempDir
    Path dir;

    private static String pyvm(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status, err.toString(StandardCharsets.UTF_8));
        return expectedStatus == 0 ? out.toString(StandardCharsets.UTF_8) : err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPackInAFolderIsListedOnlyWhenTheFolderIsGiven() throws IOException {
        Path jar = dir.resolve("toy-pack.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.pyvm.spi.OpcodePack"));
            out.write((ToyPack.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertFalse(pyvm(0, "packs").contains("toy-9.9"));
        String listing = pyvm(0, "--packs", dir.toString(), "packs");
        assertEquals(4, listing.split("\n").length, listing);
        assertTrue(listing.contains("toy-9.9") && listing.contains("magic 9999") && listing.contains("2 opcodes"), listing);
    }

    @Test
    void aMissingPackFolderIsOneLineAndStatus2() {
        String err = pyvm(2, "--packs", dir.resolve("nope").toString(), "packs");
        assertEquals(1, err.split("\n").length, err);
        assertTrue(err.startsWith("pyvm: pack folder ") && err.contains("does not exist"), err);
    }
}
