package org.pyvm.pack.py36;

import org.pyvm.spi.YamlOpcodePack;

/** The opcode pack for CPython 3.6: its table is {@code cpython36.yaml}, generated from that CPython's {@code opcode} module. */
public final class Py36Pack extends YamlOpcodePack {
    public Py36Pack() {
        super(Py36Pack.class, "cpython36.yaml", new WordcodeDecoder());
    }
}
