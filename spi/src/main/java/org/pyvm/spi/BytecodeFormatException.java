package org.pyvm.spi;

/** Raw bytecode that cannot be decoded: the message says where and why. */
public final class BytecodeFormatException extends Exception {
    private final int offset;

    public BytecodeFormatException(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Byte offset of the offending instruction. */
    public int offset() {
        return offset;
    }
}
