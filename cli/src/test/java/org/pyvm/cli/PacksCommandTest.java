package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PacksCommandTest {
    @Test
    void listsTheThreePacksWithTheirFacts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"packs"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length, text);
        assertTrue(lines[0].startsWith("cpython-2.7") && lines[0].contains("magic 62211") && lines[0].contains("119 opcodes"), lines[0]);
        assertTrue(lines[1].startsWith("cpython-3.6") && lines[1].contains("magic 3379") && lines[1].contains("118 opcodes"), lines[1]);
        assertTrue(lines[2].startsWith("cpython-3.11") && lines[2].contains("magic 3495") && lines[2].contains("(+71 specialized)"), lines[2]);
        assertTrue(lines[2].contains("CACHE"), lines[2]);
    }
}
