package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one line on stderr naming the file and the problem, and status 2. */
class BadInputTest {
    @TempDir
    Path dir;

    // 3.6: LOAD_CONST 0; RETURN_VALUE — a valid module to break in different ways.
    private static final byte[] VALID = {100, 0, 83, 0};

    private record Result(int status, String out, String err) {
    }

    private static Result pyvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, data);
        return p;
    }

    /** One line, naming the file, containing the expected words, no Java stack trace, status 2. */
    private static void assertOneLineError(Result r, Path file, String expected) {
        assertEquals(2, r.status(), "status; stderr was: " + r.err());
        String[] lines = r.err().split("\n");
        assertEquals(1, lines.length, "expected one line on stderr, got: " + r.err());
        assertTrue(lines[0].startsWith("pyvm: " + file), "the line should name the file: " + lines[0]);
        assertTrue(lines[0].contains(expected), "expected '" + expected + "' in: " + lines[0]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a Java stack trace leaked: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void theValidModuleDisassembles() throws IOException {
        Path f = write("ok.pyc", PycBuilder.py36(VALID, 1));
        Result r = pyvm("dis", f.toString());
        assertEquals(0, r.status(), r.err());
        // co_firstlineno 1 and lnotab (0, +1): the only line start is line 2 at offset 0, as 3.6 findlinestarts gives
        assertEquals("  2           0 LOAD_CONST               0 (None)\n              2 RETURN_VALUE\n", r.out());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nothere.pyc");
        for (String cmd : new String[] {"dis", "run"}) {
            assertOneLineError(pyvm(cmd, f.toString()), f, "no such file");
        }
    }

    @Test
    void aDirectory() {
        assertOneLineError(pyvm("dis", dir.toString()), dir, "directory");
    }

    @Test
    void notAPycFile() throws IOException {
        Path f = write("hello.txt", "print('hello')\n".getBytes(StandardCharsets.UTF_8));
        assertOneLineError(pyvm("run", f.toString()), f, "not a .pyc");
        // a .py is source: pyvm asks for the CPython that compiles it (SourceScriptTest runs it)
        Path source = write("hello.py", "print('hello')\n".getBytes(StandardCharsets.UTF_8));
        assertOneLineError(pyvm("run", source.toString()), source, "--python X.Y");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("empty.pyc", new byte[0]);
        assertOneLineError(pyvm("dis", f.toString()), f, "not a .pyc");
    }

    @Test
    void magicOfAnotherVersionIsNamed() throws IOException {
        byte[] data = PycBuilder.py36(VALID, 1);
        data[0] = (byte) (3413 & 0xff);
        data[1] = (byte) (3413 >> 8);
        Path f = write("py38.pyc", data);
        Result r = pyvm("dis", f.toString());
        assertOneLineError(r, f, "magic 3413 is CPython 3.8; installed packs: ");
        assertTrue(r.err().contains("2.7") && r.err().contains("3.6") && r.err().contains("3.11"), r.err());
    }

    @Test
    void unknownMagic() throws IOException {
        byte[] data = PycBuilder.py36(VALID, 1);
        data[0] = 0x12;
        data[1] = 0x34;
        Path f = write("odd.pyc", data);
        assertOneLineError(pyvm("dis", f.toString()), f, "unknown magic number 13330");
    }

    @Test
    void truncatedMarshalData() throws IOException {
        byte[] data = PycBuilder.py36(VALID, 1);
        for (int cut = 12; cut < data.length; cut += 7) {
            Path f = write("cut" + cut + ".pyc", Arrays.copyOf(data, cut));
            Result r = pyvm("dis", f.toString());
            assertOneLineError(r, f, "");
            assertTrue(r.err().contains("marshal") || r.err().contains("EOF"), r.err());
        }
    }

    @Test
    void corruptTypeCode() throws IOException {
        byte[] data = PycBuilder.py36(VALID, 1);
        data[12] = '?';
        Path f = write("corrupt.pyc", data);
        assertOneLineError(pyvm("dis", f.toString()), f, "bad marshal data");
    }

    @Test
    void unknownOpcode() throws IOException {
        Path f = write("op.pyc", PycBuilder.py36(new byte[] {(byte) 250, 0, 83, 0}, 1));
        assertOneLineError(pyvm("dis", f.toString()), f, "unknown opcode 250");
    }

    @Test
    void argumentIndexOutOfRange() throws IOException {
        Path f = write("const.pyc", PycBuilder.py36(new byte[] {100, 5, 83, 0}, 1));
        assertOneLineError(pyvm("dis", f.toString()), f, "constant index 5 out of range");
        Path g = write("name.pyc", PycBuilder.py36(new byte[] {101, 3, 83, 0}, 1, "x"));
        assertOneLineError(pyvm("run", g.toString()), g, "name index 3 out of range");
    }

    @Test
    void jumpOutsideTheCode() throws IOException {
        // JUMP_ABSOLUTE 200; LOAD_CONST 0; RETURN_VALUE
        Path f = write("jump.pyc", PycBuilder.py36(new byte[] {113, (byte) 200, 100, 0, 83, 0}, 1));
        assertOneLineError(pyvm("dis", f.toString()), f, "jump target 200");
        // JUMP_FORWARD into the middle of an instruction (offset 3)
        Path g = write("mid.pyc", PycBuilder.py36(new byte[] {110, 1, 100, 0, 83, 0}, 1));
        assertOneLineError(pyvm("dis", g.toString()), g, "jump target 3");
    }

    @Test
    void oddLengthWordcode() throws IOException {
        Path f = write("odd.pyc", PycBuilder.py36(new byte[] {100, 0, 83}, 1));
        assertOneLineError(pyvm("dis", f.toString()), f, "odd length");
    }

    @Test
    void missingPackFolder() {
        Path f = dir.resolve("nope");
        Result r = pyvm("--packs", f.toString(), "packs");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("does not exist"), r.err());
    }
}
