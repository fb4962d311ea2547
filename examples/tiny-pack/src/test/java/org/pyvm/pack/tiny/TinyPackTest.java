package org.pyvm.pack.tiny;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyvm.spi.ProgramCode;
import org.pyvm.spi.ProgramFormatException;
import org.pyvm.spi.RawInstructions;

/** What the pack makes of tiny programs, without the core: the bytes, the constants, the checks. */
class TinyPackTest {
    private final TinyPack pack = new TinyPack();

    private ProgramCode load(String yaml) throws ProgramFormatException {
        return pack.loadProgram("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void addBecomesFourInstructionsThenReturnNone() throws Exception {
        ProgramCode p = pack.loadProgram("add.yaml", Files.readAllBytes(Path.of("programs", "add.yaml")));
        // LOAD_VALUE 0, LOAD_VALUE 1, ADD_TWO_VALUES, PRINT_ANSWER, LOAD_VALUE 2 (None), RETURN_VALUE
        assertArrayEquals(new byte[] {100, 0, 100, 1, 1, 0, 2, 0, 100, 2, 3, 0}, p.code());
        assertEquals(Arrays.asList(BigInteger.valueOf(7), BigInteger.valueOf(5), null), p.consts());
        assertEquals(2, p.stackSize());
        assertEquals("<module>", p.name());
    }

    @Test
    void theDecoderSplitsTwoByteInstructions() throws Exception {
        RawInstructions raw = pack.decoder().decode(load("instructions: [[LOAD_VALUE, 0], [PRINT_ANSWER, null]]\nnumbers: [1]").code(), pack.table());
        assertEquals(4, raw.count());
        assertEquals(100, raw.opcode(0));
        assertEquals(0, raw.arg(0));
        assertEquals(-1, raw.arg(1), "PRINT_ANSWER takes no argument");
        assertEquals(4, raw.offset(2));
    }

    @Test
    void onlyYamlFilesArePrograms() {
        assertTrue(pack.acceptsProgram("dir/add.yaml", new byte[0]));
        assertTrue(pack.acceptsProgram("ADD.YML", new byte[0]));
        assertFalse(pack.acceptsProgram("add.pyc", new byte[0]));
        assertTrue(pack.table().magicNumbers().isEmpty(), "a .pyc is never a tiny program");
    }

    @Test
    void mistakesAreNamedInTheProgramsOwnTerms() {
        assertEquals("instruction 0 (ADD_TWO_VALUES) needs 2 values on the stack, but the instructions before it leave 0",
                assertThrows(ProgramFormatException.class, () -> load("instructions: [[ADD_TWO_VALUES, null]]")).getMessage());
        assertEquals("instruction 0 (LOAD_NAME 0): index out of range, names has 0 entries",
                assertThrows(ProgramFormatException.class, () -> load("instructions: [[LOAD_NAME, 0]]")).getMessage());
        assertEquals("instruction 0 (PRINT_ANSWER) takes no argument: write [PRINT_ANSWER, null]",
                assertThrows(ProgramFormatException.class, () -> load("instructions: [[LOAD_VALUE, 0], [PRINT_ANSWER, 1]]\nnumbers: [1]")).getMessage()
                        .replace("instruction 1", "instruction 0"));
        assertEquals("numbers[1] is 'five', not a number",
                assertThrows(ProgramFormatException.class, () -> load("instructions: []\nnumbers: [4, five]")).getMessage());
        assertEquals("unknown key 'number' (a tiny program has instructions, numbers and names)",
                assertThrows(ProgramFormatException.class, () -> load("instructions: []\nnumber: [4]")).getMessage());
    }

    @Test
    void malformedYamlIsOneLineWithItsPosition() throws IOException {
        String message = assertThrows(ProgramFormatException.class, () -> load("instructions: [[LOAD_VALUE, 0]\nnumbers: [7\n")).getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("not a tiny program: malformed YAML: ") && message.endsWith("(line 2, column 1)"), message);
    }
}
