package org.pyvm.spi;

/** The unit a jump argument counts in. */
public enum JumpUnit {
    BYTES(1),
    CODE_UNITS(2);

    private final int bytes;

    JumpUnit(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }
}
