package org.pyvm.pack.tiny;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.pyvm.spi.ProgramCode;
import org.pyvm.spi.ProgramFormatException;
import org.pyvm.spi.YamlOpcodePack;
import org.pyvm.spi.YamlTree;

/**
 * The tiny teaching interpreter as a pyvm pack: its opcode table is {@code tiny.yaml}, its
 * instructions are two bytes each ({@link TinyDecoder}), and its programs are YAML files that
 * {@link TinyProgram} turns into code for the core. Registered in
 * {@code META-INF/services/org.pyvm.spi.OpcodePack}.
 */
public final class TinyPack extends YamlOpcodePack {
    public TinyPack() {
        super(TinyPack.class, "tiny.yaml", new TinyDecoder());
    }

    /** Tiny programs are the {@code .yaml}/{@code .yml} files; a .pyc is never one. */
    @Override
    public boolean acceptsProgram(String fileName, byte[] data) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    @Override
    public ProgramCode loadProgram(String fileName, byte[] data) throws ProgramFormatException {
        Object tree;
        try {
            tree = YamlTree.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new ProgramFormatException("not a tiny program: malformed YAML: " + e.getMessage());
        }
        return TinyProgram.compile(tree, table(), fileName);
    }
}
