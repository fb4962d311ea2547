package org.pyvm.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The usual way to write a pack: a YAML table next to the class and a decoder. The table is read
 * once, lazily, the first time it is asked for, so listing packs stays cheap.
 */
public abstract class YamlOpcodePack implements OpcodePack {
    private final Class<?> owner;
    private final String resource;
    private final InstructionDecoder decoder;
    private volatile OpcodeTable table;

    /**
     * @param owner    class whose package holds the resource
     * @param resource YAML resource name relative to {@code owner}
     * @param decoder  this version's argument decoder
     */
    protected YamlOpcodePack(Class<?> owner, String resource, InstructionDecoder decoder) {
        this.owner = owner;
        this.resource = resource;
        this.decoder = decoder;
    }

    @Override
    public OpcodeTable table() {
        OpcodeTable t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    table = t = load();
                }
            }
        }
        return t;
    }

    private OpcodeTable load() {
        // the build's compiled copy of the YAML (TableCompiler) when the jar has one, else the YAML itself
        try (InputStream compiled = owner.getResourceAsStream(resource + TableCompiler.SUFFIX)) {
            if (compiled != null) {
                return OpcodeTable.readCompiled(compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read opcode table " + resource + TableCompiler.SUFFIX, e);
        }
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("opcode table " + resource + " is missing from " + owner.getName());
            }
            return OpcodeTable.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read opcode table " + resource, e);
        }
    }

    /**
     * Answered from the table's {@code magic_numbers:} line when the table is not loaded yet, so
     * that choosing the pack for a .pyc reads one table, not all of them.
     */
    @Override
    public boolean acceptsMagic(int magic) {
        if (table != null) {
            return table.magicNumbers().contains(magic);
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                owner.getResourceAsStream(resource), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && !line.startsWith("opcodes:"); line = r.readLine()) {
                if (line.startsWith("magic_numbers:")) {
                    String list = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
                    for (String n : list.split(",")) {
                        if (!n.isBlank() && Integer.parseInt(n.strip()) == magic) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unusual layout: read the whole table instead
        }
        return table().magicNumbers().contains(magic);
    }

    @Override
    public InstructionDecoder decoder() {
        return decoder;
    }
}
