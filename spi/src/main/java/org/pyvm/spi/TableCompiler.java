package org.pyvm.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of the pack modules: beside every {@code X.yaml} under the given class folders it writes
 * {@code X.yaml.compiled}, the same table as a {@link CompiledTable}, which {@link YamlOpcodePack}
 * reads instead of parsing the YAML at each start. The YAML is checked as a table on the way, so a
 * broken table fails the build rather than the first run.
 */
public final class TableCompiler {
    /** Added to a YAML resource's name for its compiled form. */
    public static final String SUFFIX = ".compiled";

    private TableCompiler() {
    }

    public static void main(String[] folders) throws IOException {
        for (String folder : folders) {
            List<Path> tables;
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                tables = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path yaml : tables) {
                compile(yaml, yaml.resolveSibling(yaml.getFileName() + SUFFIX));
            }
        }
    }

    /** Compiles one table; the YAML must read as a valid opcode table. */
    static void compile(Path yaml, Path out) throws IOException {
        Object tree;
        try (InputStream in = Files.newInputStream(yaml)) {
            tree = YamlTree.read(in);
        }
        OpcodeTable table;
        try {
            table = TableReader.fromTree(tree);
            table.validate();
        } catch (RuntimeException e) {
            throw new IOException(yaml + ": " + e.getMessage(), e);
        }
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            CompiledTable.write(table, o);
        }
    }
}
