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
    /** {@link OpcodeTable#byNumber} of the table, made once: a cold JVM took 10 us a code object to make it again. */
    private volatile OpcodeDef[] byNumber;

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
     * Answered from the head of the compiled table when the table is not loaded yet, so that choosing the pack
     * for a .pyc reads one table, not all of them.
     */
    @Override
    public boolean acceptsMagic(int magic) {
        OpcodeTable t = table;
        if (t == null) {
            try (InputStream compiled = owner.getResourceAsStream(resource + TableCompiler.SUFFIX)) {
                if (compiled != null) {
                    return CompiledTable.readMagicNumbers(compiled).contains(magic);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read opcode table " + resource + TableCompiler.SUFFIX, e);
            }
            t = table();
        }
        return t.magicNumbers().contains(magic);
    }

    @Override
    public OpcodeDef[] opcodesByNumber() {
        OpcodeDef[] defs = byNumber;
        if (defs == null) {
            byNumber = defs = table().byNumber();
        }
        return defs;
    }

    @Override
    public InstructionDecoder decoder() {
        return decoder;
    }
}
