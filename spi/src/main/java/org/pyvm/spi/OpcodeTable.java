package org.pyvm.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Everything a pack says about its CPython version, as read from its YAML resource. Field names
 * are the YAML keys in snake_case ({@code magicNumbers} is {@code magic_numbers}).
 *
 * @param pack              short name, e.g. {@code cpython-2.7}
 * @param pythonVersion     the CPython version, e.g. {@code "3.11"}
 * @param magicNumbers      .pyc magic numbers accepted (the u16 before {@code \r\n})
 * @param pycHeaderBytes    header length before the marshalled module code
 * @param marshalVersion    {@code marshal.version} of that CPython
 * @param codeObjectFields  the code object's fields in marshal order
 * @param lineTable         how {@code co_lnotab}/{@code co_linetable} encodes line numbers
 * @param exceptionModel    block stack (SETUP_EXCEPT...) or zero-cost exception table
 * @param freeIndexSpace    what LOAD_DEREF-style arguments index
 * @param features          named language features of this version that the core switches on
 * @param haveArgument      opcodes at or above this number take an argument
 * @param extendedArg       the EXTENDED_ARG opcode number
 * @param compareOps        {@code dis.cmp_op}: COMPARE_OP argument meanings
 * @param binaryOps         3.11 {@code _nb_ops}: BINARY_OP argument meanings (empty before 3.11)
 * @param makeFunctionFlags 3.11 {@code MAKE_FUNCTION_FLAGS} names, bit 0 first (empty before 3.11)
 * @param dis               how this version's {@code dis.dis} lays out its output
 * @param opcodes           every opcode of the version, specialized forms included
 */
public record OpcodeTable(
        String pack,
        String pythonVersion,
        List<Integer> magicNumbers,
        int pycHeaderBytes,
        int marshalVersion,
        List<CodeField> codeObjectFields,
        LineTableFormat lineTable,
        ExceptionModel exceptionModel,
        FreeIndexSpace freeIndexSpace,
        Set<LanguageFeature> features,
        int haveArgument,
        int extendedArg,
        List<String> compareOps,
        List<BinaryOpDef> binaryOps,
        List<String> makeFunctionFlags,
        DisFormat dis,
        List<OpcodeDef> opcodes) {


    public OpcodeTable {
        magicNumbers = List.copyOf(magicNumbers);
        codeObjectFields = List.copyOf(codeObjectFields);
        features = features == null ? Set.of() : Set.copyOf(features);
        compareOps = compareOps == null ? List.of() : List.copyOf(compareOps);
        binaryOps = binaryOps == null ? List.of() : List.copyOf(binaryOps);
        makeFunctionFlags = makeFunctionFlags == null ? List.of() : List.copyOf(makeFunctionFlags);
        opcodes = List.copyOf(opcodes);
    }

    /** Reads and checks a table from YAML. */
    public static OpcodeTable read(InputStream yaml) throws IOException {
        OpcodeTable table = TableReader.read(yaml);
        table.validate();
        return table;
    }

    /** Reads and checks a table from the compiled form of its YAML ({@link CompiledTable}, {@link TableCompiler}). */
    public static OpcodeTable readCompiled(InputStream compiled) throws IOException {
        OpcodeTable table = CompiledTable.read(compiled);
        table.validate();
        return table;
    }

    /** An opcode's definition by number: an array of 256 entries, null where the number is unused. */
    public OpcodeDef[] byNumber() {
        OpcodeDef[] defs = new OpcodeDef[256];
        for (OpcodeDef d : opcodes) {
            defs[d.code()] = d;
        }
        return defs;
    }

    /** True when this version has the feature. */
    public boolean has(LanguageFeature feature) {
        return features.contains(feature);
    }

    void validate() {
        boolean[] seen = new boolean[256];
        for (OpcodeDef d : opcodes) {
            if (d.code() < 0 || d.code() > 255) {
                throw new IllegalArgumentException(pack + ": opcode " + d.name() + " has number " + d.code());
            }
            if (seen[d.code()]) {
                throw new IllegalArgumentException(pack + ": opcode number " + d.code() + " is defined twice");
            }
            seen[d.code()] = true;
            if (d.op() == null) {
                throw new IllegalArgumentException(pack + ": opcode " + d.name() + " maps to no known neutral operation");
            }
            if ((d.arg() == ArgKind.JUMP) != (d.jump() != null)) {
                throw new IllegalArgumentException(pack + ": opcode " + d.name() + " must have jump facts exactly when its argument is a jump");
            }
        }
    }
}
