package org.pyvm.spi;

import java.io.ByteArrayInputStream;
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
     * The compiled table's bytes, read from the jar once: choosing the pack by magic number reads them, and
     * loading the table then parses the same bytes (a resource lookup in the jar is 1-2 ms of a cold start).
     * An empty array when the jar has no compiled table; null before the first read and once the table is made.
     */
    private volatile byte[] compiled;
    private static final byte[] NONE = new byte[0];

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
        byte[] bytes = compiledBytes();
        compiled = null;
        if (bytes != NONE) {
            try {
                return OpcodeTable.readCompiled(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read opcode table " + resource + TableCompiler.SUFFIX, e);
            }
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
            byte[] bytes = compiledBytes();
            if (bytes != NONE) {
                try {
                    return CompiledTable.readMagicNumbers(new ByteArrayInputStream(bytes)).contains(magic);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read opcode table " + resource + TableCompiler.SUFFIX, e);
                }
            }
            t = table();
        }
        return t.magicNumbers().contains(magic);
    }

    /** The compiled table's bytes ({@link #compiled}), read when first asked for. */
    private byte[] compiledBytes() {
        byte[] bytes = compiled;
        if (bytes == null) {
            try (InputStream in = owner.getResourceAsStream(resource + TableCompiler.SUFFIX)) {
                compiled = bytes = in == null ? NONE : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read opcode table " + resource + TableCompiler.SUFFIX, e);
            }
        }
        return bytes;
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
