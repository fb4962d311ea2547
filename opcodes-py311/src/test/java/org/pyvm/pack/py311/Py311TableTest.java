package org.pyvm.pack.py311;

import org.pyvm.spi.testing.LocalCPython;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.BinaryOpDef;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.ExceptionModel;
import org.pyvm.spi.FreeIndexSpace;
import org.pyvm.spi.JumpUnit;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.LineTableFormat;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.OpcodeTable;

class Py311TableTest {

    static OpcodeTable table() {
        for (OpcodePack pack : ServiceLoader.load(OpcodePack.class)) {
            if (pack instanceof Py311Pack) {
                return pack.table();
            }
        }
        throw new AssertionError("Py311Pack is not registered in META-INF/services");
    }

    @Test
    void aPackChosenByMagicNumberLoadsTheTableItsHeadNamed() {
        Py311Pack pack = new Py311Pack(); // nothing read yet: the magic numbers come from the compiled table's head
        assertFalse(pack.acceptsMagic(3379));
        assertTrue(pack.acceptsMagic(3495));
        OpcodeTable loaded = pack.table(); // from the bytes the head was read from
        assertEquals(List.of(3495), loaded.magicNumbers());
        assertEquals(table().toString(), loaded.toString());
        assertTrue(pack.acceptsMagic(3495));
    }

    private static Map<String, OpcodeDef> byName(OpcodeTable t) {
        Map<String, OpcodeDef> m = new HashMap<>();
        for (OpcodeDef d : t.opcodes()) {
            assertNull(m.put(d.name(), d), "opcode name " + d.name() + " appears twice");
        }
        return m;
    }

    @Test
    void loadsThroughTheServiceLoaderWithTheVersionsFacts() {
        OpcodeTable t = table();
        assertEquals("cpython-3.11", t.pack());
        assertEquals("3.11", t.pythonVersion());
        assertEquals(List.of(3495), t.magicNumbers());
        assertEquals(16, t.pycHeaderBytes());
        assertEquals(4, t.marshalVersion());
        assertEquals(List.of(CodeField.ARGCOUNT, CodeField.POSONLYARGCOUNT, CodeField.KWONLYARGCOUNT, CodeField.STACKSIZE,
                CodeField.FLAGS, CodeField.CODE, CodeField.CONSTS, CodeField.NAMES, CodeField.LOCALSPLUSNAMES,
                CodeField.LOCALSPLUSKINDS, CodeField.FILENAME, CodeField.NAME, CodeField.QUALNAME, CodeField.FIRSTLINENO,
                CodeField.LINETABLE, CodeField.EXCEPTIONTABLE), t.codeObjectFields());
        assertEquals(LineTableFormat.LOCATION_TABLE, t.lineTable());
        assertEquals(ExceptionModel.EXCEPTION_TABLE, t.exceptionModel());
        assertEquals(FreeIndexSpace.LOCALSPLUS, t.freeIndexSpace());
        assertTrue(t.has(LanguageFeature.STRING_HASH_SIPHASH13) && t.has(LanguageFeature.TUPLE_HASH_XXHASH));
        assertEquals(90, t.haveArgument());
        assertEquals(144, t.extendedArg());
        assertEquals(List.of("<", "<=", "==", "!=", ">", ">="), t.compareOps());
        assertEquals(26, t.binaryOps().size());
        assertEquals(new BinaryOpDef("+", "add"), t.binaryOps().get(0));
        assertEquals(new BinaryOpDef("%", "remainder"), t.binaryOps().get(6));
        assertEquals(new BinaryOpDef("+=", "inplace_add"), t.binaryOps().get(13));
        assertEquals(List.of("defaults", "kwdefaults", "annotations", "closure"), t.makeFunctionFlags());
        assertTrue(t.dis().rstripRows() && t.dis().recurse() && t.dis().exceptionTable() && t.dis().wideColumns()
                && t.dis().absoluteJumpsShowTo() && !t.dis().longExtendedArg());
    }

    /** The core reads the opcodes by number for every code object it decodes: one array per pack, the table's. */
    @Test
    void thePackKeepsOneArrayOfItsOpcodesByNumber() {
        OpcodePack pack = new Py311Pack();
        OpcodeDef[] defs = pack.opcodesByNumber();
        org.junit.jupiter.api.Assertions.assertSame(defs, pack.opcodesByNumber());
        org.junit.jupiter.api.Assertions.assertArrayEquals(pack.table().byNumber(), defs);
        assertEquals("BINARY_OP", defs[122].name());
    }

    @Test
    void hasTheBaseOpcodesAndThe71SpecializedFormsEachMappedToANeutralOp() {
        OpcodeTable t = table();
        long specialized = t.opcodes().stream().filter(OpcodeDef::specialized).count();
        assertEquals(110, t.opcodes().size() - specialized);
        assertEquals(71, specialized);
        Map<String, OpcodeDef> ops = byName(t);
        for (OpcodeDef d : t.opcodes()) {
            assertNotNull(d.op(), d.name());
        }
        assertEquals(0, ops.get("CACHE").code());
        assertEquals(NeutralOp.CACHE, ops.get("CACHE").op());
        assertEquals(ArgKind.GLOBAL_NAME, ops.get("LOAD_GLOBAL").arg());
        assertEquals(ArgKind.BINARY_OP, ops.get("BINARY_OP").arg());
        assertEquals(ArgKind.MAKE_FUNCTION_FLAGS, ops.get("MAKE_FUNCTION").arg());
        assertEquals(ArgKind.FORMAT_VALUE, ops.get("FORMAT_VALUE").arg());
        assertEquals(ArgKind.KW_NAMES, ops.get("KW_NAMES").arg());
        assertEquals(ArgKind.FREE, ops.get("MAKE_CELL").arg());
        assertEquals(NeutralOp.CALL_FUNCTION_EX_NULL, ops.get("CALL_FUNCTION_EX").op());
        assertEquals(NeutralOp.POP_JUMP_IF_NOT_NONE, ops.get("POP_JUMP_BACKWARD_IF_NOT_NONE").op());
        // Specialized forms behave as their base: same neutral op, argument and caches.
        OpcodeDef quick = ops.get("LOAD_ATTR_INSTANCE_VALUE");
        assertTrue(quick.specialized());
        assertEquals(NeutralOp.LOAD_ATTR, quick.op());
        assertEquals(ArgKind.NAME, quick.arg());
        assertEquals(4, quick.cache());
        assertEquals(NeutralOp.EXTENDED_ARG, ops.get("EXTENDED_ARG_QUICK").op());
        assertEquals(40, quick.code()); // dis._all_opmap
        assertEquals(ops.get("JUMP_BACKWARD").jump(), ops.get("JUMP_BACKWARD_QUICK").jump());
    }

    @Test
    void inlineCacheCountsMatchOpcodeInlineCacheEntries() {
        Map<String, OpcodeDef> ops = byName(table());
        Map<String, Integer> expected = Map.ofEntries(Map.entry("BINARY_SUBSCR", 4), Map.entry("STORE_SUBSCR", 1),
                Map.entry("UNPACK_SEQUENCE", 1), Map.entry("STORE_ATTR", 4), Map.entry("LOAD_ATTR", 4),
                Map.entry("COMPARE_OP", 2), Map.entry("LOAD_GLOBAL", 5), Map.entry("BINARY_OP", 1),
                Map.entry("LOAD_METHOD", 10), Map.entry("PRECALL", 1), Map.entry("CALL", 4));
        for (OpcodeDef d : table().opcodes()) {
            if (!d.specialized()) {
                assertEquals(expected.getOrDefault(d.name(), 0), d.cache(), d.name());
            }
        }
        assertEquals(0, ops.get("FOR_ITER").cache());
    }

    @Test
    void jumpsCountInCodeUnitsFromTheNextInstructionBackwardsForBackwardJumps() {
        Map<String, OpcodeDef> ops = byName(table());
        OpcodeDef back = ops.get("JUMP_BACKWARD");
        assertTrue(back.jump().relative() && back.jump().backward());
        assertEquals(JumpUnit.CODE_UNITS, back.jump().unit());
        assertEquals(38, back.jump().target(72, 17)); // JUMP_BACKWARD 17 at 70: dis "(to 38)"
        assertEquals(68, ops.get("JUMP_FORWARD").jump().target(46, 11)); // at 44: "(to 68)"
        assertEquals(60, ops.get("POP_JUMP_FORWARD_IF_FALSE").jump().target(54, 3)); // at 52: "(to 60)"
        assertTrue(ops.get("JUMP_BACKWARD_NO_INTERRUPT").jump().backward());
        assertTrue(ops.get("POP_JUMP_BACKWARD_IF_TRUE").jump().backward());
        assertFalse(ops.get("SEND").jump().backward());
        assertEquals(NeutralOp.JUMP, ops.get("JUMP_BACKWARD_NO_INTERRUPT").op());
        long jumps = table().opcodes().stream().filter(d -> d.arg() == ArgKind.JUMP && !d.specialized()).count();
        assertEquals(15, jumps); // hasjrel; hasjabs is empty
        assertTrue(table().opcodes().stream().filter(d -> d.arg() == ArgKind.JUMP).allMatch(d -> d.jump().relative()));
    }

    @Test
    void committedTableMatchesWhatCPython311Generates() throws IOException, InterruptedException {
        Optional<Path> python = LocalCPython.find("3.11");
        Assumptions.assumeTrue(python.isPresent(), "CPython 3.11 is not installed");
        Path module = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
        Process p = new ProcessBuilder(python.get().toString(), module.resolve("tools/gen_cpython311.py").toString(), "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, p.exitValue(), out);
    }
}
