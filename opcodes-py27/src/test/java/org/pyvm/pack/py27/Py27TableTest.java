package org.pyvm.pack.py27;

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

class Py27TableTest {

    private static OpcodeTable table() {
        for (OpcodePack pack : ServiceLoader.load(OpcodePack.class)) {
            if (pack instanceof Py27Pack) {
                return pack.table();
            }
        }
        throw new AssertionError("Py27Pack is not registered in META-INF/services");
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
        assertEquals("cpython-2.7", t.pack());
        assertEquals("2.7", t.pythonVersion());
        assertEquals(List.of(62211), t.magicNumbers());
        assertEquals(8, t.pycHeaderBytes());
        assertEquals(2, t.marshalVersion());
        assertEquals(List.of(CodeField.ARGCOUNT, CodeField.NLOCALS, CodeField.STACKSIZE, CodeField.FLAGS, CodeField.CODE,
                CodeField.CONSTS, CodeField.NAMES, CodeField.VARNAMES, CodeField.FREEVARS, CodeField.CELLVARS,
                CodeField.FILENAME, CodeField.NAME, CodeField.FIRSTLINENO, CodeField.LNOTAB), t.codeObjectFields());
        assertEquals(LineTableFormat.LNOTAB_UNSIGNED, t.lineTable());
        assertEquals(ExceptionModel.BLOCK_STACK, t.exceptionModel());
        assertEquals(FreeIndexSpace.CELLS_THEN_FREES, t.freeIndexSpace());
        assertTrue(t.has(LanguageFeature.PRINT_STATEMENT) && t.has(LanguageFeature.STRING_HASH_FNV));
        assertFalse(t.has(LanguageFeature.EXCEPTION_CHAINING));
        assertEquals(90, t.haveArgument());
        assertEquals(145, t.extendedArg());
        assertEquals(12, t.compareOps().size());
        assertEquals("exception match", t.compareOps().get(10));
        assertTrue(t.binaryOps().isEmpty() && t.makeFunctionFlags().isEmpty());
        assertTrue(t.dis().longExtendedArg() && !t.dis().rstripRows() && !t.dis().recurse());
    }

    @Test
    void hasEveryOpcodeOfOpcodeOpmapMappedToANeutralOp() {
        OpcodeTable t = table();
        assertEquals(119, t.opcodes().size());
        Map<String, OpcodeDef> ops = byName(t);
        for (OpcodeDef d : t.opcodes()) {
            assertNotNull(d.op(), d.name());
            assertFalse(d.specialized(), d.name());
            assertEquals(0, d.cache(), d.name());
            assertEquals(d.code() >= t.haveArgument(), d.hasArgument(), d.name());
        }
        assertEquals(NeutralOp.EXTENDED_ARG, ops.get("EXTENDED_ARG").op());
        assertEquals(NeutralOp.BINARY_OP, ops.get("BINARY_DIVIDE").op());
        assertEquals("divide", ops.get("BINARY_DIVIDE").implied());
        assertEquals("inplace_remainder", ops.get("INPLACE_MODULO").implied());
        assertEquals("convert", ops.get("UNARY_CONVERT").implied());
        assertEquals(NeutralOp.SLICE, ops.get("SLICE+3").op());
        assertEquals("3", ops.get("SLICE+3").implied());
        assertEquals(NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW, ops.get("CALL_FUNCTION_VAR_KW").op());
        assertEquals(NeutralOp.MAKE_CLOSURE, ops.get("MAKE_CLOSURE").op());
        assertEquals(NeutralOp.PRINT_ITEM, ops.get("PRINT_ITEM").op());
        assertEquals(ArgKind.COMPARE, ops.get("COMPARE_OP").arg());
        assertEquals(ArgKind.FREE, ops.get("LOAD_CLOSURE").arg());
        assertEquals(ArgKind.NAME, ops.get("LOAD_GLOBAL").arg());
        assertEquals(ArgKind.INT, ops.get("MAKE_FUNCTION").arg());
    }

    @Test
    void jumpsCountInBytesFromTheNextInstructionOrFromZero() {
        Map<String, OpcodeDef> ops = byName(table());
        OpcodeDef forward = ops.get("JUMP_FORWARD");
        assertTrue(forward.jump().relative());
        assertEquals(JumpUnit.BYTES, forward.jump().unit());
        assertEquals(13 + 5, forward.jump().target(13, 5)); // at 10, 3 bytes long: dis "(to 18)"
        OpcodeDef absolute = ops.get("POP_JUMP_IF_FALSE");
        assertFalse(absolute.jump().relative());
        assertEquals(54, absolute.jump().target(40, 54));
        assertEquals(NeutralOp.JUMP, ops.get("JUMP_ABSOLUTE").op());
        assertEquals(ArgKind.JUMP, ops.get("CONTINUE_LOOP").arg());
        assertTrue(ops.get("SETUP_EXCEPT").jump().relative());
        long jumps = table().opcodes().stream().filter(d -> d.arg() == ArgKind.JUMP).count();
        assertEquals(12, jumps); // hasjrel 6 + hasjabs 6
    }

    @Test
    void committedTableMatchesWhatCPython27Generates() throws IOException, InterruptedException {
        java.util.Optional<Path> python = LocalCPython.find("2.7");
        Assumptions.assumeTrue(python.isPresent(), "CPython 2.7 is not installed");
        Path module = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
        Process p = new ProcessBuilder(python.get().toString(), module.resolve("tools/gen_cpython27.py").toString(), "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, p.exitValue(), out);
    }
}
