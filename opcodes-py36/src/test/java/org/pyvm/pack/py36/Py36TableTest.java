package org.pyvm.pack.py36;

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

class Py36TableTest {

    private static OpcodeTable table() {
        for (OpcodePack pack : ServiceLoader.load(OpcodePack.class)) {
            if (pack instanceof Py36Pack) {
                return pack.table();
            }
        }
        throw new AssertionError("Py36Pack is not registered in META-INF/services");
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
        assertEquals("cpython-3.6", t.pack());
        assertEquals("3.6", t.pythonVersion());
        assertEquals(List.of(3379), t.magicNumbers());
        assertEquals(12, t.pycHeaderBytes());
        assertEquals(4, t.marshalVersion());
        assertEquals(List.of(CodeField.ARGCOUNT, CodeField.KWONLYARGCOUNT, CodeField.NLOCALS, CodeField.STACKSIZE,
                CodeField.FLAGS, CodeField.CODE, CodeField.CONSTS, CodeField.NAMES, CodeField.VARNAMES,
                CodeField.FREEVARS, CodeField.CELLVARS, CodeField.FILENAME, CodeField.NAME, CodeField.FIRSTLINENO,
                CodeField.LNOTAB), t.codeObjectFields());
        assertEquals(LineTableFormat.LNOTAB_SIGNED, t.lineTable());
        assertEquals(ExceptionModel.BLOCK_STACK, t.exceptionModel());
        assertEquals(FreeIndexSpace.CELLS_THEN_FREES, t.freeIndexSpace());
        assertTrue(t.has(LanguageFeature.STRING_HASH_SIPHASH24) && t.has(LanguageFeature.EXCEPTION_CHAINING));
        assertFalse(t.has(LanguageFeature.PRINT_STATEMENT));
        assertEquals(90, t.haveArgument());
        assertEquals(144, t.extendedArg());
        assertEquals(12, t.compareOps().size());
        assertTrue(t.binaryOps().isEmpty() && t.makeFunctionFlags().isEmpty());
        assertTrue(t.dis().rstripRows() && !t.dis().recurse() && !t.dis().longExtendedArg());
    }

    @Test
    void hasEveryOpcodeOfOpcodeOpmapMappedToANeutralOp() {
        OpcodeTable t = table();
        assertEquals(118, t.opcodes().size());
        Map<String, OpcodeDef> ops = byName(t);
        for (OpcodeDef d : t.opcodes()) {
            assertNotNull(d.op(), d.name());
            assertFalse(d.specialized(), d.name());
            assertEquals(0, d.cache(), d.name());
            assertEquals(d.code() >= t.haveArgument(), d.hasArgument(), d.name());
        }
        assertEquals(NeutralOp.BINARY_OP, ops.get("INPLACE_MATRIX_MULTIPLY").op());
        assertEquals("inplace_matrix_multiply", ops.get("INPLACE_MATRIX_MULTIPLY").implied());
        assertEquals(NeutralOp.MAKE_FUNCTION_QUALNAME, ops.get("MAKE_FUNCTION").op());
        assertEquals(ArgKind.INT, ops.get("MAKE_FUNCTION").arg()); // 3.6's dis shows no flag names
        assertEquals(ArgKind.FORMAT_VALUE, ops.get("FORMAT_VALUE").arg());
        assertEquals(ArgKind.FREE, ops.get("LOAD_CLASSDEREF").arg());
        assertEquals(ArgKind.NAME, ops.get("STORE_ANNOTATION").arg());
        assertEquals(NeutralOp.POP_EXCEPT_BLOCK, ops.get("POP_EXCEPT").op());
        assertEquals(NeutralOp.MAP_ADD_KEY_ON_TOP, ops.get("MAP_ADD").op());
        assertEquals(NeutralOp.WITH_CLEANUP_START, ops.get("WITH_CLEANUP_START").op());
    }

    @Test
    void jumpsCountInBytesFromTheNextInstructionOrFromZero() {
        Map<String, OpcodeDef> ops = byName(table());
        OpcodeDef forIter = ops.get("FOR_ITER");
        assertTrue(forIter.jump().relative());
        assertEquals(JumpUnit.BYTES, forIter.jump().unit());
        assertEquals(12 + 8, forIter.jump().target(12, 8)); // at 10: dis "(to 20)"
        OpcodeDef absolute = ops.get("POP_JUMP_IF_FALSE");
        assertFalse(absolute.jump().relative());
        assertEquals(3500, absolute.jump().target(24, 3500));
        assertEquals(NeutralOp.JUMP, ops.get("JUMP_ABSOLUTE").op());
        assertTrue(ops.get("SETUP_ASYNC_WITH").jump().relative());
        long jumps = table().opcodes().stream().filter(d -> d.arg() == ArgKind.JUMP).count();
        assertEquals(13, jumps); // hasjrel 7 + hasjabs 6
    }

    @Test
    void committedTableMatchesWhatCPython36Generates() throws IOException, InterruptedException {
        Optional<Path> python = LocalCPython.find("3.6");
        Assumptions.assumeTrue(python.isPresent(), "CPython 3.6 is not installed");
        Path module = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
        Process p = new ProcessBuilder(python.get().toString(), module.resolve("tools/gen_cpython36.py").toString(), "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, p.exitValue(), out);
    }
}
