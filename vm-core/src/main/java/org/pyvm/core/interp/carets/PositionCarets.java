package org.pyvm.core.interp.carets;

import java.nio.charset.StandardCharsets;

/**
 * The line of position markers CPython 3.11 prints under a traceback's source line (PEP 657), as
 * {@code tb_displayline} in its Python/traceback.c draws it: {@code ^} under the instruction's columns,
 * and for a binary operation or a subscript {@code ~} under the operands and {@code ^} under the operator
 * or the brackets. None when the instruction has no columns, or when it spans the whole stripped line.
 */
public final class PositionCarets {
    /** CPython's indent of a traceback's source line. */
    private static final int INDENT = 4;

    private PositionCarets() {
    }

    /**
     * The marker line for {@code line} (the source line as read, without its line break) and the
     * instruction's {@code positions} (line, end line, column, end column: UTF-8 byte columns, -1 for
     * none), or null when CPython prints none.
     */
    public static String markers(String line, int[] positions) {
        return markers(line, positions, null);
    }

    /**
     * As {@link #markers(String, int[])}, each character taking the columns it takes on a terminal in {@code version}'s
     * Unicode (3.11.7 measures a wide, W or F, character as two; {@code version} null: one each).
     */
    public static String markers(String line, int[] positions, String version) {
        if (positions == null || positions[0] < 0 || positions[1] < 0 || positions[2] < 0 || positions[3] < 0) {
            return null;
        }
        int start = charOffset(line, positions[2]);
        int end = charOffset(line, positions[3]);
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (positions[0] == positions[1]) {
            if (start <= end && end <= line.length()) {
                String segment = line.substring(start, end);
                SegmentParser.Anchored a = SegmentParser.anchors(segment);
                if (a != null) {
                    int[] range = a.binary() ? operator(segment, a) : brackets(segment, a);
                    leftEnd = range[0] + start;
                    rightStart = range[1] + start;
                    primary = '~';
                }
            }
        } else {
            // an expression over several lines: marked to the last non-blank byte of this one (a byte count, as CPython has it)
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            int i = utf8.length;
            while (--i >= 0 && isBlank((char) utf8[i])) {
                // back over trailing blanks
            }
            end = i + 1;
        }
        int indentation = 0;
        while (indentation < line.length() && isBlank(line.charAt(indentation))) {
            indentation++;
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == line.length() - indentation && !special) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int offset = indentation - INDENT + 1; offset <= end; offset++) {
            char mark = offset <= start ? ' ' : special && leftEnd < offset && offset <= rightStart ? secondary : primary;
            int columns = offset >= 1 && offset <= line.length() ? columns(line, offset - 1, version) : 1;
            for (int k = 0; k < columns; k++) {
                sb.append(mark);
            }
        }
        return sb.toString();
    }

    /**
     * The columns the char at {@code i} takes: a wide (W or F) character two, the second half of a surrogate pair none
     * (its first half stands for the whole character), anything else one.
     */
    private static int columns(String line, int i, String version) {
        char c = line.charAt(i);
        if (version == null) {
            return 1;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(line.charAt(i - 1))) {
            return 0;
        }
        return c < 0x1100 ? 1 : columnsOf(line.codePointAt(i), version); // nothing below U+1100 is wide
    }

    private static int columnsOf(int codePoint, String version) {
        String w = org.pyvm.core.objects.UnicodeTables.eastAsianWidth(codePoint, version);
        return "W".equals(w) || "F".equals(w) ? 2 : 1;
    }

    /**
     * The operator's first and one-past-last character in the segment: the first non-blank after the left
     * operand that is not the parenthesis closing it (3.11.7 walks past a ')' followed by more text).
     */
    private static int[] operator(String segment, SegmentParser.Anchored a) {
        int[] range = {-1, -1};
        for (int i = a.leftEnd(); i < a.rightStart(); i++) {
            if (isBlank(segment.charAt(i))) {
                continue;
            }
            range[0] = i;
            range[1] = i + 1;
            if (i + 1 < a.rightStart() && !isBlank(segment.charAt(i + 1))) {
                range[1]++; // a two-character operator such as //
            }
            if (i + 1 < a.rightStart() && segment.charAt(i) == ')') {
                continue;
            }
            break;
        }
        return range;
    }

    /** A subscript's '[' and one past its ']': from the value's end and the slice's end, forward to each bracket. */
    private static int[] brackets(String segment, SegmentParser.Anchored a) {
        int left = a.leftEnd();
        int right = a.rightStart() + 1;
        while (left < segment.length() && segment.charAt(left) != '[') {
            left++;
        }
        while (right < segment.length() && segment.charAt(right) != ']') {
            right++;
        }
        if (right < segment.length()) {
            right++;
        }
        return new int[] {left, right};
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: the characters in the first {@code bytes} UTF-8 bytes. */
    static int charOffset(String line, int bytes) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes, utf8.length + 1);
        if (n > utf8.length) {
            return new String(utf8, StandardCharsets.UTF_8).length() + 1; // the terminating NUL counts as one
        }
        return new String(utf8, 0, n, StandardCharsets.UTF_8).length();
    }
}
