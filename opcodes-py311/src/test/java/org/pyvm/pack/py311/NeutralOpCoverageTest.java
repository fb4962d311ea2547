package org.pyvm.pack.py311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pyvm.spi.BinaryOpDef;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;

/**
 * NeutralOp is the union of what the three tables need: no table maps to a missing constant (the
 * loader refuses that) and no constant is left that no table uses. The other packs' tables are read
 * as files from their source folders (no build dependency between packs); the check is skipped when
 * this module is built outside the repository.
 */
class NeutralOpCoverageTest {
    /** vm-core's Operator names, which {@code implied:} and {@code binary_ops} must use. */
    private static final Set<String> OPERATORS = Set.of("add", "and", "floor_divide", "lshift", "matrix_multiply",
            "multiply", "remainder", "or", "power", "rshift", "subtract", "true_divide", "xor", "divide",
            "inplace_add", "inplace_and", "inplace_floor_divide", "inplace_lshift", "inplace_matrix_multiply",
            "inplace_multiply", "inplace_remainder", "inplace_or", "inplace_power", "inplace_rshift",
            "inplace_subtract", "inplace_true_divide", "inplace_xor", "inplace_divide",
            "positive", "negative", "not", "invert", "convert");

    private static List<OpcodeTable> allTables() throws IOException {
        Path module = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
        Path repo = module.toAbsolutePath().getParent();
        List<OpcodeTable> tables = new ArrayList<>();
        tables.add(Py311TableTest.table());
        for (String[] sibling : new String[][] {{"opcodes-py27", "py27", "cpython27.yaml"}, {"opcodes-py36", "py36", "cpython36.yaml"}}) {
            Path yaml = repo.resolve(sibling[0]).resolve("src/main/resources/org/pyvm/pack").resolve(sibling[1]).resolve(sibling[2]);
            Assumptions.assumeTrue(Files.isRegularFile(yaml), "not in the repository: " + yaml);
            try (InputStream in = Files.newInputStream(yaml)) {
                tables.add(OpcodeTable.read(in));
            }
        }
        return tables;
    }

    @Test
    void everyNeutralOpIsUsedBySomeTable() throws IOException {
        Set<NeutralOp> unused = EnumSet.allOf(NeutralOp.class);
        for (OpcodeTable t : allTables()) {
            for (OpcodeDef d : t.opcodes()) {
                unused.remove(d.op());
            }
        }
        assertEquals(EnumSet.noneOf(NeutralOp.class), unused, "NeutralOp constants no table maps to");
    }

    @Test
    void operatorNamesAreTheCoresOperators() throws IOException {
        for (OpcodeTable t : allTables()) {
            for (OpcodeDef d : t.opcodes()) {
                if (d.op() == NeutralOp.UNARY_OP || (d.op() == NeutralOp.BINARY_OP && d.implied() != null)) {
                    assertTrue(OPERATORS.contains(d.implied()), t.pack() + " " + d.name() + " implies " + d.implied());
                }
            }
            for (BinaryOpDef b : t.binaryOps()) {
                assertTrue(OPERATORS.contains(b.operator()), t.pack() + " binary op " + b.symbol() + " is " + b.operator());
            }
        }
    }
}
