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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvm run --max-steps/--timeout/--max-memory}: one line on stderr and exit status 3 when a limit stops the program. */
class LimitOptionsTest {
    @TempDir
    Path dir;

    // 3.6: JUMP_ABSOLUTE 0 — a loop with no end, valid bytecode
    private static final byte[] FOREVER = {113, 0};
    // 3.6: LOAD_CONST 0; RETURN_VALUE
    private static final byte[] RETURNS = {100, 0, 83, 0};

    private record Result(int status, String out, String err) {
    }

    private static Result pyvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] code) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, PycBuilder.py36(code, 1));
        return p;
    }

    @Test
    void maxStepsStopsAnEndlessLoop() throws IOException {
        Path f = write("forever.pyc", FOREVER);
        Result r = pyvm("run", "--max-steps", "1000", f.toString());
        assertEquals(new Result(3, "", "pyvm: " + f + ": stopped: the program ran past its limit of 1000 steps\n"), r);
    }

    @Test
    void timeoutStopsAnEndlessLoop() throws IOException {
        Path f = write("forever.pyc", FOREVER);
        long start = System.nanoTime();
        Result r = pyvm("run", "--timeout", "0.2", f.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new Result(3, "", "pyvm: " + f + ": stopped: the program ran past its time limit of 0.2 s\n"), r);
        assertTrue(millis < 10_000, millis + " ms");
    }

    @Test
    void optionsAfterTheFileBelongToTheProgram() throws IOException {
        Path f = write("ok.pyc", RETURNS);
        Result r = pyvm("run", f.toString(), "--max-steps", "-5");
        assertEquals(new Result(0, "", ""), r);
    }

    @Test
    void aBadSizeIsAUsageError() throws IOException {
        Path f = write("ok.pyc", RETURNS);
        Result r = pyvm("run", "--max-memory", "12X", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("'12X' is not a size"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Result neg = pyvm("run", "--max-steps", "-1", f.toString());
        assertEquals(new Result(2, "", "pyvm: --max-steps, --timeout and --max-memory take positive values\n"), neg);
    }

    @Test
    void allowReadNeedsTheSandbox() throws IOException {
        Path f = write("ok.pyc", RETURNS);
        assertEquals(new Result(2, "", "pyvm: --allow-read needs --sandbox\n"), pyvm("run", "--allow-read", dir.toString(), f.toString()));
        assertEquals(new Result(0, "", ""), pyvm("run", "--sandbox", "--allow-read", dir.toString(), f.toString()));
    }

    @Test
    void aGenerousLimitChangesNothing() throws IOException {
        Path f = write("ok.pyc", RETURNS);
        assertEquals(new Result(0, "", ""), pyvm("run", "--max-steps", "1000", "--timeout", "30", "--max-memory", "64M", f.toString()));
    }
}
