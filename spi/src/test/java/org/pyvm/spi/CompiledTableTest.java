package org.pyvm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledTableTest {
    /** A small table with every kind of fact: jumps, an implied argument, stack effects with and without a jump's own. */
    private static final String YAML = """
            pack: toy-1.0
            python_version: "1.0"
            magic_numbers: [1234, 4321]
            pyc_header_bytes: 16
            marshal_version: 4
            code_object_fields: [ARGCOUNT, CODE, CONSTS]
            line_table: LOCATION_TABLE
            exception_model: EXCEPTION_TABLE
            free_index_space: LOCALSPLUS
            features: [EXCEPTION_GROUPS, NAME_SUGGESTIONS]
            have_argument: 90
            extended_arg: 144
            compare_ops: ['<', 'é\uD83D\uDE00']
            binary_ops:
              - {symbol: '+', operator: add}
            make_function_flags: [defaults]
            dis: {rstrip_rows: true, recurse: false, exception_table: true, wide_columns: false, long_extended_arg: true, absolute_jumps_show_to: false, empty_argrepr_parens: true}
            opcodes:
              - {code: 1, name: POP_TOP, arg: NONE, cache: 0, op: POP_TOP, specialized: false, stack: '-1'}
              - {code: 10, name: UNARY_NOT, arg: NONE, cache: 0, op: UNARY_OP, implied: not, specialized: true}
              - {code: 123, name: SEND, arg: JUMP, jump: {relative: true, unit: CODE_UNITS, backward: false}, cache: 2, op: SEND, specialized: false, stack: '(arg & 255) + (arg >> 8)', stack_jump: '-1'}
            """;

    private static OpcodeTable yaml(String text) throws IOException {
        return OpcodeTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static OpcodeTable roundTrip(OpcodeTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledTable.write(table, out);
        return OpcodeTable.readCompiled(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void readsBackEveryFactOfTheTable() throws IOException {
        OpcodeTable table = yaml(YAML);
        OpcodeTable back = roundTrip(table);
        // records compare their stack effects by identity; their text (the formula) is what was read
        assertEquals(table.toString(), back.toString());
        assertEquals(table.features(), back.features());
        OpcodeDef send = back.opcodes().get(2);
        assertEquals(new JumpDef(true, JumpUnit.CODE_UNITS, false), send.jump());
        assertEquals(3, send.stack().at(0x102)); // (arg & 255) + (arg >> 8)
        assertEquals(-1, send.stackWhenJumping().at(7));
        assertNull(back.opcodes().get(1).stack());
        assertEquals("not", back.opcodes().get(1).implied());
        assertNull(back.opcodes().get(0).implied());
    }

    @Test
    void readsTheMagicNumbersFromTheHeadAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledTable.write(yaml(YAML), out);
        byte[] head = java.util.Arrays.copyOf(out.toByteArray(), 60); // the opcodes are well past this
        assertEquals(java.util.List.of(1234, 4321), CompiledTable.readMagicNumbers(new ByteArrayInputStream(head)));
    }

    @Test
    void refusesBytesThatAreNotACompiledTable() {
        IOException e = assertThrows(IOException.class,
                () -> CompiledTable.read(new ByteArrayInputStream("opcodes: []".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a compiled opcode table"), e.getMessage());
    }

    @Test
    void saysSoWhenTheTableIsCutShort() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledTable.write(yaml(YAML), out);
        byte[] bytes = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 5);
        IOException e = assertThrows(IOException.class, () -> CompiledTable.read(new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void namesAnOperationThisSpiDoesNotKnow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledTable.write(yaml(YAML), out);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        int at = text.indexOf("UNARY_OP");
        byte[] bytes = out.toByteArray();
        bytes[at + 7] = 'Q'; // same length: the table now names an operation no spi has, as one from another spi might
        IOException e = assertThrows(IOException.class, () -> CompiledTable.read(new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().contains("'UNARY_OQ'") && e.getMessage().contains("rebuild the pack"), e.getMessage());
    }

    @Test
    void aFormulaReadTwiceIsParsedOnce() throws IOException {
        OpcodeTable back = roundTrip(yaml(YAML));
        // POP_TOP's effect and SEND's when it jumps are both "-1"
        assertTrue(back.opcodes().get(0).stack() == back.opcodes().get(2).stackJump());
    }

    @Test
    void theCompilerFailsTheBuildOnABrokenTableNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "pack: x\nopcodes: 3\n");
        IOException e = assertThrows(IOException.class, () -> TableCompiler.main(new String[] {dir.toString()}));
        assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("broken.yaml" + TableCompiler.SUFFIX)), "nothing written for a broken table");
    }

    @Test
    void theCompilerWritesTheTableBesideItsYaml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("toy.yaml"), YAML);
        TableCompiler.main(new String[] {dir.toString()});
        try (InputStream in = Files.newInputStream(dir.resolve("toy.yaml" + TableCompiler.SUFFIX))) {
            assertEquals(yaml(YAML).toString(), OpcodeTable.readCompiled(in).toString());
        }
    }
}
