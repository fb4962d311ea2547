package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytecode the verifier cannot prove wrong but that is wrong at run time ends in a Python
 * SystemError and status 1, never a Java trace. (What the verifier can prove wrong is bad input:
 * see BadInputTest.) For 3.6 it checks depths as the compiler sized the stack, with SETUP_EXCEPT
 * reserving six values even on the path that enters the try block, so it lets through a POP_TOP
 * there that underflows.
 */
class RunErrorsTest {
    @TempDir
    Path dir;

    @Test
    void stackUnderflowIsASystemErrorWithATraceback() throws IOException {
        // 3.6: SETUP_EXCEPT (to 6); POP_TOP on an empty stack; RETURN_VALUE; 6: END_FINALLY (re-raises); LOAD_CONST 0; RETURN_VALUE
        Path f = dir.resolve("under.pyc");
        Files.write(f, PycBuilder.py36(new byte[] {121, 4, 1, 0, 83, 0, 88, 0, 100, 0, 83, 0}, 1, 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", f.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("Traceback (most recent call last):\n  File \"bad.py\", line 2, in <module>\n"
                + "SystemError: invalid bytecode in <module> at offset 2 (POP_TOP): stack underflow or overflow\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
