package org.pyvm.conformance.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/**
 * One broken code object per rule of the bytecode verifier (checked when a code object is first
 * decoded), each refused with a message naming the code object, the offset and the rule; and the
 * same code mended passes, so each test shows its rule, not some other, is what failed.
 */
class VerifierRulesTest {
    private static final PackRegistry PACKS = PackRegistry.discover();

    // 3.6 opcodes
    private static final int POP_TOP = 1;
    private static final int RETURN_VALUE = 83;
    private static final int LOAD_CONST = 100;
    private static final int LOAD_NAME = 101;
    private static final int JUMP_FORWARD = 110;
    private static final int JUMP_ABSOLUTE = 113;
    private static final int LOAD_FAST = 124;
    private static final int LOAD_DEREF_36 = 136;
    // 3.11 opcodes
    private static final int NOP = 9;
    private static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    private static final int RERAISE = 119;
    private static final int RESUME = 151;

    private static void refused(byte[] pyc, int offset, String rule) {
        BadInputException e = assertThrows(BadInputException.class, () -> PycFile.read(pyc, "bad.pyc", PACKS).module().decoded());
        String m = e.getMessage();
        assertTrue(m.startsWith("invalid bytecode in code object '<module>' (bad.py, line 1) at offset " + offset + ": "), m);
        assertTrue(m.contains(rule), "expected '" + rule + "' in: " + m);
    }

    private static int verifiedDepth(byte[] pyc) {
        return PycFile.read(pyc, "ok.pyc", PACKS).module().decoded().verifiedDepth;
    }

    @Test
    void unknownOpcode() {
        refused(CodeBuilder.code(250, 0, RETURN_VALUE, 0).py36(), 0, "unknown opcode 250");
    }

    @Test
    void constantIndexInRange() {
        refused(CodeBuilder.code(LOAD_CONST, 5, RETURN_VALUE, 0).py36(), 0, "constant index 5 out of range (1 available)");
        assertEquals(1, verifiedDepth(CodeBuilder.code(LOAD_CONST, 0, RETURN_VALUE, 0).py36()));
    }

    @Test
    void nameIndexInRange() {
        refused(CodeBuilder.code(LOAD_NAME, 1, RETURN_VALUE, 0).names("x").py36(), 0, "name index 1 out of range (1 available)");
        assertEquals(1, verifiedDepth(CodeBuilder.code(LOAD_NAME, 0, RETURN_VALUE, 0).names("x").py36()));
    }

    @Test
    void localIndexInRange() {
        refused(CodeBuilder.code(LOAD_FAST, 1, RETURN_VALUE, 0).varnames("a").py36(), 0, "local variable index 1 out of range");
        assertEquals(1, verifiedDepth(CodeBuilder.code(LOAD_FAST, 0, RETURN_VALUE, 0).varnames("a").py36()));
    }

    @Test
    void cellOrFreeIndexInRange() {
        refused(CodeBuilder.code(LOAD_DEREF_36, 0, RETURN_VALUE, 0).py36(), 0, "cell or free variable index 0 out of range (0 available)");
        assertEquals(1, verifiedDepth(CodeBuilder.code(LOAD_DEREF_36, 0, RETURN_VALUE, 0).cellvars("c").py36()));
    }

    @Test
    void jumpTargetInsideTheCode() {
        refused(CodeBuilder.code(JUMP_ABSOLUTE, 200, LOAD_CONST, 0, RETURN_VALUE, 0).py36(), 0, "jump target 200 is not the start of an instruction");
    }

    @Test
    void jumpTargetOnAnInstructionBoundary() {
        refused(CodeBuilder.code(JUMP_FORWARD, 1, LOAD_CONST, 0, RETURN_VALUE, 0).py36(), 0, "jump target 3 is not the start of an instruction");
        assertEquals(1, verifiedDepth(CodeBuilder.code(JUMP_FORWARD, 0, LOAD_CONST, 0, RETURN_VALUE, 0).py36()));
    }

    @Test
    void exceptionTableRangeInsideTheCode() {
        // 3.11: RESUME; NOP; LOAD_CONST 0; RETURN_VALUE; entry covering 20 code units from offset 2
        refused(CodeBuilder.code(RESUME, 0, NOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0).exceptionTable(0x81, 20, 3, 0).py311(), 2,
                "exception table entry 0 covers 2 to 42, which is not a range of instructions");
    }

    @Test
    void exceptionTableTargetInsideTheCode() {
        refused(CodeBuilder.code(RESUME, 0, NOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0).exceptionTable(0x81, 1, 50, 0).py311(), 2,
                "exception table entry 0 jumps to 100, not the start of an instruction");
    }

    @Test
    void stackNeverUnderflows() {
        refused(CodeBuilder.code(POP_TOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0).py36(), 0, "stack underflow: POP_TOP leaves the stack at depth -1");
    }

    @Test
    void stackStaysWithinCoStacksize() {
        int[] twoDeep = {LOAD_CONST, 0, LOAD_CONST, 0, POP_TOP, 0, RETURN_VALUE, 0};
        refused(CodeBuilder.code(twoDeep).stacksize(1).py36(), 2, "stack overflow: LOAD_CONST leaves the stack at depth 2, above co_stacksize 1");
        assertEquals(2, verifiedDepth(CodeBuilder.code(twoDeep).stacksize(2).py36()));
    }

    @Test
    void coStacksizeIsNoMoreThanTheCodeCouldUse() {
        // found by the fuzzer: a frame of a 700-million-slot stack took seconds to allocate on every call
        refused(CodeBuilder.code(LOAD_CONST, 0, RETURN_VALUE, 0).stacksize(700_000_000).py36(), 0,
                "co_stacksize 700000000 is far more than this code could ever use (1)");
        refused(CodeBuilder.code(LOAD_CONST, 0, RETURN_VALUE, 0).stacksize(1026).py36(), 0, "co_stacksize 1026 is far more");
        assertEquals(1, verifiedDepth(CodeBuilder.code(LOAD_CONST, 0, RETURN_VALUE, 0).stacksize(1025).py36()));
    }

    @Test
    void stackDepthIsTheSameAlongEveryPath() {
        // 3.11: the LOAD_CONST at 8 is reached with one value on the stack by falling through, none by the jump
        refused(CodeBuilder.code(RESUME, 0, LOAD_CONST, 0, POP_JUMP_FORWARD_IF_FALSE, 1, LOAD_CONST, 0, LOAD_CONST, 0, RETURN_VALUE, 0).py311(),
                8, "stack depth differs by path");
        // jumping over a LOAD_CONST/POP_TOP pair keeps the depth
        assertEquals(1, verifiedDepth(CodeBuilder.code(RESUME, 0, LOAD_CONST, 0, POP_JUMP_FORWARD_IF_FALSE, 2, LOAD_CONST, 0, POP_TOP, 0,
                LOAD_CONST, 0, RETURN_VALUE, 0).py311()));
    }

    @Test
    void executionNeverRunsPastTheEnd() {
        refused(CodeBuilder.code(LOAD_CONST, 0, POP_TOP, 0).py36(), 2, "execution runs past the end of the code after POP_TOP");
    }

    @Test
    void anExceptionNeverUnwindsBelowTheStackItHolds() {
        // 3.11: the entry over the NOP at 2 (depth 0) claims 5 values to keep; its handler at 8 re-raises
        int[] code = {RESUME, 0, NOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0, RERAISE, 0};
        refused(CodeBuilder.code(code).stacksize(8).exceptionTable(0x81, 1, 4, 10).py311(), 2,
                "exception table entry 0 unwinds the stack to depth 5, deeper than the 0 it holds here");
        assertEquals(1, verifiedDepth(CodeBuilder.code(code).stacksize(8).exceptionTable(0x81, 1, 4, 0).py311()));
    }
}
