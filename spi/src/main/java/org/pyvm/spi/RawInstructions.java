package org.pyvm.spi;

import java.util.Arrays;

/**
 * Instructions as a decoder found them, as parallel arrays (no object per instruction).
 * For instruction {@code i}: it starts at byte {@code offset[i]}, has opcode {@code opcode[i]} and
 * full argument {@code arg[i]} (-1 when it takes none); its own encoding ends at {@code next[i]}
 * (the base of relative jumps), and any inline caches after it end at the next instruction's offset.
 */
public final class RawInstructions {
    private int[] offset;
    private int[] opcode;
    private int[] arg;
    private int[] next;
    private int count;

    public RawInstructions(int capacity) {
        int c = Math.max(capacity, 4);
        offset = new int[c];
        opcode = new int[c];
        arg = new int[c];
        next = new int[c];
    }

    /** Appends one instruction. */
    public void add(int offsetBytes, int op, int argument, int nextBytes) {
        if (count == offset.length) {
            int c = count * 2;
            offset = Arrays.copyOf(offset, c);
            opcode = Arrays.copyOf(opcode, c);
            arg = Arrays.copyOf(arg, c);
            next = Arrays.copyOf(next, c);
        }
        offset[count] = offsetBytes;
        opcode[count] = op;
        arg[count] = argument;
        next[count] = nextBytes;
        count++;
    }

    public int count() {
        return count;
    }

    public int offset(int i) {
        return offset[i];
    }

    public int opcode(int i) {
        return opcode[i];
    }

    /** The full argument, EXTENDED_ARG prefixes folded in, or -1 when the opcode takes none. */
    public int arg(int i) {
        return arg[i];
    }

    /** Byte offset just past this instruction's own encoding (caches excluded). */
    public int next(int i) {
        return next[i];
    }
}
