package org.pyvm.core.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** One CPython serves a VM's compile requests in turn, and a new one takes over when it has ended. */
class CompilerProcessTest {
    private static CompilerProcess compiler() {
        Path python = CPythonFinder.fromEnvironment().find("3.11").orElse(null);
        Assumptions.assumeTrue(python != null, "no local CPython 3.11");
        return new CompilerProcess(python);
    }

    private static byte[] compile(CompilerProcess c, String source, String mode, long flags, int callerFlags) throws IOException {
        return c.compile(source.getBytes(StandardCharsets.UTF_8), false, "<test>", mode, flags, callerFlags);
    }

    @Test
    void oneProcessAnswersEveryRequestInTurn() throws IOException {
        CompilerProcess c = compiler();
        byte[] first = compile(c, "1 + 2", "eval", 0, 0);
        long pid = c.pid();
        assertTrue(pid > 0, "a process should run after the first request");
        for (int i = 0; i < 5; i++) {
            byte[] again = compile(c, "lambda a, b: (a, b, " + i + ")", "eval", 0, 0);
            assertEquals('c', again[0] & 0x7f, "a marshalled code object (TYPE_CODE)");
        }
        assertEquals(pid, c.pid(), "the same process");
        assertEquals('c', first[0] & 0x7f);
        c.end();
    }

    @Test
    void syntaxErrorsAndRefusedArgumentsComeBackAsReplies() throws IOException {
        CompilerProcess c = compiler();
        byte[] syntax = compile(c, "1 +", "eval", 0, 0);
        assertEquals('!', syntax[0]);
        assertTrue(new String(syntax, StandardCharsets.UTF_8).contains("SyntaxError"));
        byte[] mode = compile(c, "1", "ex ec", 0, 0);
        assertEquals("?ValueError\0compile() mode must be 'exec', 'eval' or 'single'", new String(mode, StandardCharsets.UTF_8));
        byte[] flags = compile(c, "1", "eval", 1L << 30, 0);
        assertEquals("?ValueError\0compile(): unrecognised flags", new String(flags, StandardCharsets.UTF_8));
        // the caller's flags keep only __future__ features: all its other bits are ignored
        assertEquals('c', compile(c, "1", "eval", 0, -1)[0] & 0x7f);
        c.end();
    }

    @Test
    void aNewProcessTakesOverWhenTheOldOneEnded() throws IOException {
        CompilerProcess c = compiler();
        compile(c, "x = 1", "exec", 0, 0);
        long pid = c.pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        assertEquals('c', compile(c, "y = 2", "exec", 0, 0)[0] & 0x7f);
        assertNotEquals(pid, c.pid());
        c.end();
    }
}
