package org.pyvm.core.code;

import java.util.Arrays;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.spi.LineTableFormat;

/**
 * Line numbers of a code object, for every format: per-byte-offset lines (what tracebacks use) and
 * the line starts that {@code dis} marks.
 */
public final class LineNumbers {
    /** Line of each code byte; -1 where the instruction has no line (3.11 "no location"). */
    private final int[] lineOfByte;
    /** dis's findlinestarts: pairs offset, line in order. */
    private final int[] starts;
    /**
     * 3.11: (line, end line, column, end column) of each code unit, -1 where CPython's co_positions()
     * gives None; null for the formats without columns.
     */
    private final int[] positions;

    private LineNumbers(int[] lineOfByte, int[] starts, int[] positions) {
        this.lineOfByte = lineOfByte;
        this.starts = starts;
        this.positions = positions;
    }

    public static LineNumbers of(CodeObject co, LineTableFormat format) {
        return switch (format) {
            case LNOTAB_UNSIGNED -> fromLnotab(co, false);
            case LNOTAB_SIGNED -> fromLnotab(co, true);
            case LOCATION_TABLE -> fromLocationTable(co);
        };
    }

    /**
     * co_lnotab: pairs (byte increment, line increment). Compare CPython 2.7/3.6 dis.findlinestarts
     * for the starts and PyCode_Addr2Line for the line of an offset.
     */
    private static LineNumbers fromLnotab(CodeObject co, boolean signedLines) {
        byte[] tab = co.linetable;
        int n = co.code.length;
        int[] lines = new int[n];
        int[] starts = new int[8];
        int count = 0;
        int line = co.firstlineno;
        int addr = 0;
        int lastStart = Integer.MIN_VALUE;
        boolean haveLast = false;
        int filled = 0;
        for (int i = 0; i + 1 < tab.length; i += 2) {
            int byteIncr = tab[i] & 0xff;
            int lineIncr = signedLines ? tab[i + 1] : tab[i + 1] & 0xff;
            if (byteIncr != 0) {
                if (!haveLast || line != lastStart) {
                    if (count + 2 > starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = addr;
                    starts[count++] = line;
                    lastStart = line;
                    haveLast = true;
                }
                int end = Math.min(n, addr + byteIncr);
                for (; filled < end; filled++) {
                    lines[filled] = line;
                }
                addr += byteIncr;
            }
            line += lineIncr;
        }
        if (!haveLast || line != lastStart) {
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length + 2);
            }
            starts[count++] = addr;
            starts[count++] = line;
        }
        for (; filled < n; filled++) {
            lines[filled] = line;
        }
        return new LineNumbers(lines, Arrays.copyOf(starts, count), null);
    }

    /**
     * 3.11 co_linetable (PEP 657): entries of 1-8 code units, each with a line delta (or none).
     * Compare CPython 3.11 Objects/codeobject.c advance() and dis.findlinestarts over co_lines().
     */
    private static LineNumbers fromLocationTable(CodeObject co) {
        byte[] tab = co.linetable;
        int n = co.code.length;
        int[] lines = new int[n];
        Arrays.fill(lines, -1);
        int[] starts = new int[8];
        int count = 0;
        int line = co.firstlineno;
        int lastLine = Integer.MIN_VALUE;
        int addr = 0;
        int[] pos = {0};
        int[] positions = new int[(n / 2) * 4];
        Arrays.fill(positions, -1);
        while (pos[0] < tab.length) {
            int head = tab[pos[0]++] & 0xff;
            if ((head & 0x80) == 0) {
                throw new BadInputException("co_linetable entry at byte " + (pos[0] - 1) + " lacks its start bit");
            }
            int code = (head >> 3) & 15;
            int units = (head & 7) + 1;
            boolean hasLine = true;
            int endLine = -1;
            int column = -1;
            int endColumn = -1;
            switch (code) {
                case 15 -> hasLine = false;
                case 14 -> {
                    line += svarint(tab, pos);
                    endLine = line + varint(tab, pos);
                    column = varint(tab, pos) - 1;
                    endColumn = varint(tab, pos) - 1;
                }
                case 13 -> {
                    line += svarint(tab, pos);
                    endLine = line;
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    skip(tab, pos, 2);
                    endLine = line;
                    column = tab[pos[0] - 2] & 0xff;
                    endColumn = tab[pos[0] - 1] & 0xff;
                }
                default -> {
                    skip(tab, pos, 1);
                    int second = tab[pos[0] - 1] & 0xff;
                    endLine = line;
                    column = (code << 3) | (second >> 4);
                    endColumn = column + (second & 15);
                }
            }
            if (hasLine) {
                for (int u = addr / 2; u < Math.min(n / 2, addr / 2 + units); u++) {
                    positions[4 * u] = line;
                    positions[4 * u + 1] = endLine;
                    positions[4 * u + 2] = column;
                    positions[4 * u + 3] = endColumn;
                }
            }
            int end = Math.min(n, addr + units * 2);
            if (hasLine) {
                for (int b = addr; b < end; b++) {
                    lines[b] = line;
                }
                if (line != lastLine && addr < n) {
                    if (count + 2 > starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = addr;
                    starts[count++] = line;
                    lastLine = line;
                }
            }
            addr += units * 2;
        }
        return new LineNumbers(lines, Arrays.copyOf(starts, count), positions);
    }

    private static void skip(byte[] tab, int[] pos, int bytes) {
        if (pos[0] + bytes > tab.length) {
            throw new BadInputException("co_linetable ends inside an entry");
        }
        pos[0] += bytes;
    }

    /** 6 bits per byte, least significant group first, 0x40 = more. */
    private static int varint(byte[] tab, int[] pos) {
        int shift = 0;
        int value = 0;
        while (true) {
            if (pos[0] >= tab.length) {
                throw new BadInputException("co_linetable ends inside a number");
            }
            int b = tab[pos[0]++] & 0xff;
            if (shift > 24) {
                throw new BadInputException("co_linetable holds a number too large");
            }
            value |= (b & 63) << shift;
            shift += 6;
            if ((b & 64) == 0) {
                return value;
            }
        }
    }

    private static int svarint(byte[] tab, int[] pos) {
        int v = varint(tab, pos);
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }

    /** The line of the instruction at byte {@code offset}, or -1 when it has none. */
    public int lineAt(int offset) {
        return offset >= 0 && offset < lineOfByte.length ? lineOfByte[offset] : -1;
    }

    /** Whether this table has columns (3.11's location table): what {@link #positionsAt} needs. */
    public boolean hasPositions() {
        return positions != null;
    }

    /** Code units (2 bytes each) that {@link #positionsAt} describes. */
    public int positionCount() {
        return positions == null ? 0 : positions.length / 4;
    }

    /**
     * (line, end line, column, end column) of the instruction at byte {@code offset}, -1 where CPython has
     * None; null when the table has no columns or the offset is outside the code.
     */
    public int[] positionsAt(int offset) {
        if (positions == null || offset < 0 || offset / 2 >= positions.length / 4) {
            return null;
        }
        return Arrays.copyOfRange(positions, (offset / 2) * 4, (offset / 2) * 4 + 4);
    }

    /** Number of line starts ({@code dis.findlinestarts}). */
    public int startCount() {
        return starts.length / 2;
    }

    public int startOffset(int i) {
        return starts[2 * i];
    }

    public int startLine(int i) {
        return starts[2 * i + 1];
    }
}
