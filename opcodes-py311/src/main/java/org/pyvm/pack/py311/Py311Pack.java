package org.pyvm.pack.py311;

import org.pyvm.spi.YamlOpcodePack;

/** The opcode pack for CPython 3.11: its table is {@code cpython311.yaml}, generated from that CPython's {@code opcode} module. */
public final class Py311Pack extends YamlOpcodePack {
    public Py311Pack() {
        super(Py311Pack.class, "cpython311.yaml", new CachingWordcodeDecoder());
    }
}
