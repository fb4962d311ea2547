package org.pyvm.pack.py27;

import org.pyvm.spi.YamlOpcodePack;

/** The opcode pack for CPython 2.7: its table is {@code cpython27.yaml}, generated from that CPython's {@code opcode} module. */
public final class Py27Pack extends YamlOpcodePack {
    public Py27Pack() {
        super(Py27Pack.class, "cpython27.yaml", new ThreeByteDecoder());
    }
}
