package org.pyvm.core.code;

import java.util.Arrays;
import org.pyvm.core.errors.BadInputException;

/**
 * 3.11's zero-cost exception table, decoded once into a flat {@code int[]} of entries
 * {@code {start, end, target, depth, lasti}}, offsets in bytes, {@code end} exclusive.
 *
 * <p>Encoding (compare CPython 3.11 Objects/exception_handling_notes.txt and dis._parse_exception_table):
 * each entry is four varints (start, size, target, depth<<1|lasti); the first three count code
 * units. A varint holds 6 bits per byte, most significant group first, 0x40 meaning "more follows";
 * 0x80 marks the first byte of an entry.
 */
public final class ExceptionTable {
    /** Ints per entry in {@link #entries()}. */
    public static final int WIDTH = 5;
    public static final int START = 0;
    public static final int END = 1;
    public static final int TARGET = 2;
    public static final int DEPTH = 3;
    public static final int LASTI = 4;

    private static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

    private final int[] entries;

    private ExceptionTable(int[] entries) {
        this.entries = entries;
    }

    public static ExceptionTable empty() {
        return EMPTY;
    }

    /** Parses {@code co_exceptiontable}; an entry cut short is a {@link BadInputException}. */
    public static ExceptionTable parse(byte[] table) {
        if (table.length == 0) {
            return EMPTY;
        }
        int[] out = new int[Math.max(WIDTH, table.length / 4 * WIDTH)];
        int n = 0;
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = varint(table, pos) * 2;
            int size = varint(table, pos) * 2;
            int target = varint(table, pos) * 2;
            int dl = varint(table, pos);
            if (n + WIDTH > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n + START] = start;
            out[n + END] = start + size;
            out[n + TARGET] = target;
            out[n + DEPTH] = dl >> 1;
            out[n + LASTI] = dl & 1;
            n += WIDTH;
        }
        return new ExceptionTable(Arrays.copyOf(out, n));
    }

    private static int varint(byte[] table, int[] pos) {
        if (pos[0] >= table.length) {
            throw new BadInputException("co_exceptiontable ends inside an entry");
        }
        int b = table[pos[0]++] & 0xff;
        int value = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= table.length) {
                throw new BadInputException("co_exceptiontable ends inside a number");
            }
            if (value > (Integer.MAX_VALUE >> 6)) {
                throw new BadInputException("co_exceptiontable holds a number too large");
            }
            b = table[pos[0]++] & 0xff;
            value = (value << 6) | (b & 63);
        }
        return value;
    }

    /** Number of entries. */
    public int size() {
        return entries.length / WIDTH;
    }

    /** Field {@code field} of entry {@code i}. */
    public int get(int i, int field) {
        return entries[i * WIDTH + field];
    }

    /** The flat entries array; callers must not modify it. */
    public int[] entries() {
        return entries;
    }
}
