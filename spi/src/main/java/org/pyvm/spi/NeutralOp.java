package org.pyvm.spi;

/** STUB (to be completed from the three opcode tables): the core's version-neutral operations. */
public enum NeutralOp {
    NOP,
    CACHE,
    EXTENDED_ARG
}
