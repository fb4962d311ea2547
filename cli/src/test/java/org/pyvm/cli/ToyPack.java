package org.pyvm.cli;

import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;
import org.pyvm.spi.YamlOpcodePack;

/** A two-opcode pack for an imaginary CPython 9.9, registered only inside the jar PackFolderTest builds. */
public final class ToyPack extends YamlOpcodePack {
    public ToyPack() {
        super(ToyPack.class, "toy99.yaml", new InstructionDecoder() {
            @Override
            public String describe() {
                return "none (listed only)";
            }

            @Override
            public RawInstructions decode(byte[] code, OpcodeTable table) {
                throw new UnsupportedOperationException("the toy pack is only listed, never decoded");
            }
        });
    }
}
