package org.pyvm.core.pyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.packs.PackRegistry;

/** Headers, the file-level errors and code-object field checks. */
class PycFileTest {
    @TempDir
    Path dir;

    private static PycFile read(byte[] data) {
        return PycFile.read(data, "t.pyc", TestPacks::forMagic);
    }

    private static String error(byte[] data) {
        return assertThrows(BadInputException.class, () -> read(data)).getMessage();
    }

    private static final Consumer<MarshalBuilder> NONE_CONSTS = c -> c.smallTuple(1).none();

    private static byte[] py36(int mtime, int size) {
        return MarshalBuilder.header(3379, 4).i32(mtime).i32(size).code36("<module>", NONE_CONSTS).build();
    }

    @Test
    void headers() {
        PycFile f = read(py36(0x80000001, 77));
        assertSame(TestPacks.PY36, f.pack());
        assertEquals(3379, f.magic());
        assertEquals(12, f.headerBytes());
        assertEquals(0x80000001L, f.mtime(), "mtime is unsigned");
        assertEquals(77, f.sourceSize());
        assertFalse(f.hashBased());
        assertNull(f.sourceHash());
        assertEquals("t.pyc", f.name());
        assertEquals("<module>", f.module().name);

        PycFile two = read(MarshalBuilder.header(62211, 4).i32(123).code27("<module>", c -> c.tuple(1).none()).build());
        assertEquals(8, two.headerBytes());
        assertEquals(123, two.mtime());
        assertEquals(-1, two.sourceSize());
        assertEquals("<module>", two.module().name);

        PycFile ts = read(MarshalBuilder.header(3495, 8).i32(5).i32(6).code311("<module>", NONE_CONSTS).build());
        assertEquals(0, ts.flags());
        assertEquals(5, ts.mtime());
        assertEquals(6, ts.sourceSize());

        for (int flags : new int[] {1, 3}) {
            byte[] hashed = MarshalBuilder.header(3495, 4).i32(flags).b(1, 2, 3, 4, 5, 6, 7, 8).code311("<module>", NONE_CONSTS).build();
            PycFile h = read(hashed);
            assertTrue(h.hashBased());
            assertEquals(flags == 3, h.checkSource());
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, h.sourceHash());
            assertEquals(-1, h.mtime());
            assertEquals(-1, h.sourceSize());
        }
        assertEquals("not a valid .pyc file: invalid flags 0x4 in the header",
                error(MarshalBuilder.header(3495, 4).i32(4).i64(0).code311("<module>", NONE_CONSTS).build()));
    }

    @Test
    void trailingDataIsAllowed() {
        byte[] data = MarshalBuilder.header(3379, 12).code36("<module>", NONE_CONSTS).b(9, 9, 9).build();
        assertEquals(3, read(data).trailingBytes());
    }

    @Test
    void shortAndForeignFiles() {
        assertEquals("not a .pyc file: too short for a header (0 bytes)", error(new byte[0]));
        assertEquals("not a .pyc file: too short for a header (3 bytes)", error(new byte[] {0x33, 0x0d, 0x0d}));
        assertEquals("not a .pyc file: it does not start with a magic number and \\r\\n", error("print('hi')\n".getBytes()));
        assertEquals("not a .pyc file: too short for a header (10 bytes; a CPython 3.6 .pyc header has 12)",
                error(MarshalBuilder.header(3379, 10).build()));
        assertEquals("not a .pyc file: too short for a header (15 bytes; a CPython 3.11 .pyc header has 16)",
                error(MarshalBuilder.header(3495, 15).build()));
        assertEquals("truncated marshal data at byte 12", error(MarshalBuilder.header(3379, 12).build()));
        assertEquals("truncated marshal data at byte 8", error(MarshalBuilder.header(62211, 8).build()));
    }

    @Test
    void magicNumbersGoThroughTheRegistry() {
        PackRegistry none = PackRegistry.discover();
        byte[] data = py36(0, 0);
        data[0] = 0x12;
        data[1] = 0x34;
        String msg = assertThrows(BadInputException.class, () -> PycFile.read(data, "x.pyc", none)).getMessage();
        assertTrue(msg.startsWith("unknown magic number 13330 (not a .pyc of any known CPython); installed packs: "), msg);
        data[0] = (byte) (3413 & 0xff);
        data[1] = (byte) (3413 >> 8);
        msg = assertThrows(BadInputException.class, () -> PycFile.read(data, "x.pyc", none)).getMessage();
        assertTrue(msg.startsWith("magic 3413 is CPython 3.8; installed packs: "), msg);
    }

    @Test
    void theModuleMustBeACodeObject() {
        assertEquals("bad marshal data: the module is a tuple, not a code object",
                error(MarshalBuilder.header(3379, 12).smallTuple(0).build()));
        assertEquals("bad marshal data: the module is a str, not a code object",
                error(MarshalBuilder.header(62211, 8).bytes("x").build()));
    }

    @Test
    void filesOnDisk() throws IOException {
        Path ok = dir.resolve("ok.pyc");
        Files.write(ok, py36(0, 0));
        PackRegistry none = PackRegistry.discover();
        // the registry has no packs here, so the magic fails, but only after the file was read
        assertTrue(assertThrows(BadInputException.class, () -> PycFile.read(ok, none)).getMessage().contains("magic"));
        assertEquals("no such file", assertThrows(BadInputException.class, () -> PycFile.read(dir.resolve("missing.pyc"), none)).getMessage());
        assertEquals("is a directory, not a .pyc file", assertThrows(BadInputException.class, () -> PycFile.read(dir, none)).getMessage());
    }

    // ------------------------------------------------------------ code objects

    @Test
    void codeObjectsOfEachLayout() {
        CodeObject two = read(MarshalBuilder.header(62211, 8)
                .code27("<module>", c -> c.tuple(2).none().code27("inner", d -> d.tuple(0))).build()).module();
        assertEquals("f.py", two.filename);
        assertEquals(1, two.firstlineno);
        CodeObject inner = (CodeObject) two.consts[1];
        assertEquals("inner", inner.name);
        assertEquals("inner", inner.qualname);

        CodeObject three = read(MarshalBuilder.header(3495, 16)
                .code311("<module>", c -> c.smallTuple(1).code311("g", d -> d.smallTuple(0))).build()).module();
        assertEquals("g", ((CodeObject) three.consts[0]).name);
    }

    @Test
    void localsplusIsSplitBackIntoVarnamesCellsAndFrees() {
        MarshalBuilder b = MarshalBuilder.header(3495, 16).t('c').i32(1).i32(0).i32(0).i32(2).i32(3);
        b.bytes(new byte[] {(byte) 151, 0}).smallTuple(0).names("len").names("a", "b", "c", "d");
        b.bytes(new byte[] {0x20, 0x60, (byte) 0x80, 0x40}).shortAscii("f.py").shortAscii("f").shortAscii("C.f");
        b.i32(7).bytes("").bytes("");
        CodeObject co = read(b.build()).module();
        assertArrayEquals(new String[] {"a", "b"}, co.varnames);
        assertArrayEquals(new String[] {"b", "d"}, co.cellvars);
        assertArrayEquals(new String[] {"c"}, co.freevars);
        assertEquals("C.f", co.qualname);
        assertEquals(7, co.firstlineno);
        assertEquals(2, co.nlocals);
        assertArrayEquals(new String[] {"len"}, co.names);
    }

    /** A 3.6 module code object whose fields are given raw, in 3.6 order. */
    private static MarshalBuilder code36Fields(int argcount, int nlocals, Consumer<MarshalBuilder> code,
            Consumer<MarshalBuilder> consts, Consumer<MarshalBuilder> names, Consumer<MarshalBuilder> varnames, Consumer<MarshalBuilder> name) {
        MarshalBuilder b = MarshalBuilder.header(3379, 12).t('c').i32(argcount).i32(0).i32(nlocals).i32(1).i32(0);
        code.accept(b);
        consts.accept(b);
        names.accept(b);
        varnames.accept(b);
        b.names().names().unicode("f.py");
        name.accept(b);
        return b.i32(1).bytes("");
    }

    private static final Consumer<MarshalBuilder> CODE = c -> c.bytes(new byte[] {100, 0, 83, 0});
    private static final Consumer<MarshalBuilder> EMPTY = c -> c.names();
    private static final Consumer<MarshalBuilder> NAME = c -> c.unicode("m");

    @Test
    void wrongFieldTypes() {
        assertEquals("bad marshal data: code object's co_code is a tuple, expected bytes at byte 12",
                error(code36Fields(0, 0, c -> c.smallTuple(0), NONE_CONSTS, EMPTY, EMPTY, NAME).build()));
        assertEquals("bad marshal data: code object's co_consts is a list, expected tuple at byte 12",
                error(code36Fields(0, 0, CODE, c -> c.t('[').i32(0), EMPTY, EMPTY, NAME).build()));
        assertEquals("bad marshal data: code object's co_names holds a int, expected str at byte 12",
                error(code36Fields(0, 0, CODE, NONE_CONSTS, c -> c.smallTuple(1).int32(3), EMPTY, NAME).build()));
        assertEquals("bad marshal data: code object's co_names holds a bytes, expected str at byte 12",
                error(code36Fields(0, 0, CODE, NONE_CONSTS, c -> c.smallTuple(1).bytes("x"), EMPTY, NAME).build()));
        assertEquals("bad marshal data: code object's co_name is a None, expected str at byte 12",
                error(code36Fields(0, 0, CODE, NONE_CONSTS, EMPTY, EMPTY, c -> c.none()).build()));
        assertEquals("bad marshal data: negative co_argcount -1 at byte 12",
                error(code36Fields(-1, 0, CODE, NONE_CONSTS, EMPTY, EMPTY, NAME).build()));
        assertEquals("bad marshal data: negative co_nlocals -5 at byte 12",
                error(code36Fields(0, -5, CODE, NONE_CONSTS, EMPTY, EMPTY, NAME).build()));
        assertEquals("bad marshal data: code object with 2 arguments has only 1 local variable names at byte 12",
                error(code36Fields(2, 1, CODE, NONE_CONSTS, EMPTY, c -> c.names("a"), NAME).build()));
        assertEquals("bad marshal data: NULL object for co_consts of a code object at byte 42",
                error(code36Fields(0, 0, CODE, c -> c.t('0'), EMPTY, EMPTY, NAME).build()));
        assertEquals("truncated marshal data at byte 17",
                error(Arrays.copyOf(code36Fields(0, 0, CODE, NONE_CONSTS, EMPTY, EMPTY, NAME).build(), 19)));
        // 2.7 names are str (bytes); unicode there is an error, as in PyCode_New.
        byte[] twoWithUnicodeName = MarshalBuilder.header(62211, 8).t('c').i32(0).i32(0).i32(1).i32(0)
                .bytes(new byte[] {100, 0, 0, 83}).tuple(0).names27().names27().names27().names27()
                .bytes("f.py").unicode("m").i32(1).bytes("").build();
        assertEquals("bad marshal data: code object's co_name is a unicode, expected str at byte 8", error(twoWithUnicodeName));
        // 3.11: one kind byte per localsplus name
        MarshalBuilder b = MarshalBuilder.header(3495, 16).t('c').i32(0).i32(0).i32(0).i32(1).i32(0);
        b.bytes(new byte[] {(byte) 151, 0}).smallTuple(0).names().names("a", "b").bytes(new byte[] {0x20});
        b.shortAscii("f.py").shortAscii("f").shortAscii("f").i32(1).bytes("").bytes("");
        assertEquals("bad marshal data: co_localspluskinds has 1 entries for 2 co_localsplusnames at byte 16", error(b.build()));
        MarshalBuilder p = MarshalBuilder.header(3495, 16).t('c').i32(0).i32(1).i32(0).i32(1).i32(0);
        p.bytes(new byte[] {(byte) 151, 0}).smallTuple(0).names().names().bytes("");
        p.shortAscii("f.py").shortAscii("f").shortAscii("f").i32(1).bytes("").bytes("");
        assertEquals("bad marshal data: co_argcount 0 is less than co_posonlyargcount 1 at byte 16", error(p.build()));
    }
}
