package org.pyvm.core.dis;

import java.util.BitSet;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.code.ExceptionTable;
import org.pyvm.core.code.LineNumbers;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.DisFormat;
import org.pyvm.spi.FreeIndexSpace;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * Prints what {@code dis.dis(code)} of the code object's CPython version prints, byte for byte.
 * One disassembler serves every version; the pack's {@link DisFormat} switches the differences.
 *
 * <p>Row layout (compare dis.py {@code Instruction._disassemble}, and 2.7's {@code disassemble},
 * whose print statement joins the same fields with spaces): line number, current-instruction
 * marker, jump-target marker {@code >>}, offset, opname padded to 20, argument padded to 5, then
 * {@code (argrepr)}.
 */
public final class Disassembler {
    private static final String[] FORMAT_VALUE_CONVERSIONS = {"", "str", "repr", "ascii"};
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private final StringBuilder out = new StringBuilder();

    private Disassembler() {
    }

    /** The text {@code dis.dis(co)} prints, nested code objects included where the version recurses. */
    public static String dis(CodeObject co) {
        Disassembler d = new Disassembler();
        d.disassembleRecursive(co);
        return d.out.toString();
    }

    private void disassembleRecursive(CodeObject co) {
        disassemble(co);
        if (!co.pack.table().dis().recurse()) {
            return;
        }
        for (PyObject c : co.consts) {
            if (c instanceof CodeObject nested) {
                out.append('\n');
                out.append("Disassembly of ").append(nested.repr(co.lang)).append(":\n");
                disassembleRecursive(nested);
            }
        }
    }

    private void disassemble(CodeObject co) {
        OpcodeTable table = co.pack.table();
        DisFormat format = table.dis();
        DecodedCode decoded = co.decoded();
        RawInstructions raw = decoded.raw;
        OpcodeDef[] defs = decoded.rawDefs;
        LineNumbers lines = decoded.lines;
        int codeLength = co.code.length;

        int[] lineStartAt = new int[codeLength + 1];
        java.util.Arrays.fill(lineStartAt, -1);
        int maxLine = -1;
        for (int s = 0; s < lines.startCount(); s++) {
            int offset = lines.startOffset(s);
            if (offset <= codeLength) {
                lineStartAt[offset] = lines.startLine(s);
            }
            maxLine = Math.max(maxLine, lines.startLine(s));
        }
        // 2.7 and 3.6 always have a line start; 3.11 drops the column when co_lines() has no line at all.
        boolean showLines = lines.startCount() > 0;
        int lineWidth = !showLines ? 0 : format.wideColumns() && maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int maxOffset = codeLength - 2;
        int offsetWidth = format.wideColumns() && maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;

        BitSet labels = labels(raw, defs, decoded.exceptionTable, format);
        boolean afterExtendedArg = false;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < raw.count(); i++) {
            int offset = raw.offset(i);
            OpcodeDef d = defs[i];
            int line = lineStartAt[offset];
            if (showLines && line >= 0 && offset > 0) {
                out.append('\n');
            }
            row.setLength(0);
            if (lineWidth > 0) {
                padLeft(row, line >= 0 ? Integer.toString(line) : "", lineWidth);
                row.append(' ');
            }
            row.append("   ").append(' ');
            row.append(labels.get(offset) ? ">>" : "  ").append(' ');
            padLeft(row, Integer.toString(offset), offsetWidth);
            row.append(' ');
            row.append(d.name());
            for (int p = d.name().length(); p < OPNAME_WIDTH; p++) {
                row.append(' ');
            }
            if (raw.arg(i) >= 0) {
                // 2.7 adds an EXTENDED_ARG prefix as a long, so the argument after it prints with L.
                String suffix = format.longExtendedArg() && afterExtendedArg ? "L" : "";
                row.append(' ');
                padLeft(row, raw.arg(i) + suffix, OPARG_WIDTH);
                String argrepr = argrepr(co, table, d, raw, i, suffix);
                if (argrepr != null && (!argrepr.isEmpty() || format.emptyArgreprParens())) {
                    row.append(" (").append(argrepr).append(')');
                }
                afterExtendedArg = d.op() == NeutralOp.EXTENDED_ARG;
            }
            if (format.rstripRows()) {
                int end = row.length();
                while (end > 0 && row.charAt(end - 1) == ' ') {
                    end--;
                }
                row.setLength(end);
            }
            out.append(row).append('\n');
        }
        if (format.exceptionTable() && decoded.exceptionTable.size() > 0) {
            ExceptionTable t = decoded.exceptionTable;
            out.append("ExceptionTable:\n");
            for (int e = 0; e < t.size(); e++) {
                out.append("  ").append(t.get(e, ExceptionTable.START)).append(" to ")
                        .append(t.get(e, ExceptionTable.END) - 2).append(" -> ")
                        .append(t.get(e, ExceptionTable.TARGET)).append(" [")
                        .append(t.get(e, ExceptionTable.DEPTH)).append(']')
                        .append(t.get(e, ExceptionTable.LASTI) != 0 ? " lasti" : "").append('\n');
            }
        }
    }

    /**
     * Offsets that dis marks with {@code >>}: jump targets, and in 3.11 exception handlers too.
     * 2.7's findlabels reads only the 16-bit argument, ignoring EXTENDED_ARG; we do the same.
     */
    private static BitSet labels(RawInstructions raw, OpcodeDef[] defs, ExceptionTable exceptions, DisFormat format) {
        BitSet labels = new BitSet();
        for (int i = 0; i < raw.count(); i++) {
            OpcodeDef d = defs[i];
            if (d.arg() == ArgKind.JUMP && raw.arg(i) >= 0) {
                int arg = format.longExtendedArg() ? raw.arg(i) & 0xffff : raw.arg(i);
                int target = d.jump().target(raw.next(i), arg);
                if (target >= 0) {
                    labels.set(target);
                }
            }
        }
        for (int e = 0; e < exceptions.size(); e++) {
            if (exceptions.get(e, ExceptionTable.END) > exceptions.get(e, ExceptionTable.START)) {
                labels.set(exceptions.get(e, ExceptionTable.TARGET));
            }
        }
        return labels;
    }

    /**
     * The text dis puts in parentheses after the argument of raw instruction {@code rawIndex} of
     * {@code co} (e.g. {@code 42} for {@code LOAD_CONST 1 (42)}); null when it shows none.
     * Reprs are of constants only, so no Python code runs.
     */
    public static String argrepr(CodeObject co, int rawIndex) {
        RawInstructions raw = co.decoded().raw;
        if (raw.arg(rawIndex) < 0) {
            return null;
        }
        String r = argrepr(co, co.pack.table(), co.decoded().rawDefs[rawIndex], raw, rawIndex, "");
        return r == null || r.isEmpty() && !co.pack.table().dis().emptyArgreprParens() ? null : r;
    }

    /** The text dis puts in parentheses after the argument; null when this kind of argument has none. */
    private static String argrepr(CodeObject co, OpcodeTable table, OpcodeDef d, RawInstructions raw, int i, String longSuffix) {
        int arg = raw.arg(i);
        switch (d.arg()) {
            case CONST:
                return co.consts[arg].repr(co.lang);
            case NAME:
                return co.names[arg];
            case GLOBAL_NAME:
                return ((arg & 1) != 0 ? "NULL + " : "") + co.names[arg >> 1];
            case LOCAL:
                return table.freeIndexSpace() == FreeIndexSpace.LOCALSPLUS ? co.localsplusNames[arg] : co.varnames[arg];
            case FREE:
                if (table.freeIndexSpace() == FreeIndexSpace.LOCALSPLUS) {
                    return co.localsplusNames[arg];
                }
                return arg < co.cellvars.length ? co.cellvars[arg] : co.freevars[arg - co.cellvars.length];
            case COMPARE:
                return table.compareOps().get(arg);
            case JUMP: {
                if (!d.jump().relative() && !table.dis().absoluteJumpsShowTo()) {
                    return null;
                }
                return "to " + d.jump().target(raw.next(i), arg) + longSuffix;
            }
            case BINARY_OP:
                return table.binaryOps().get(arg).symbol();
            case FORMAT_VALUE: {
                String r = FORMAT_VALUE_CONVERSIONS[arg & 3];
                if ((arg & 4) != 0) {
                    r = r.isEmpty() ? "with format" : r + ", with format";
                }
                return r;
            }
            case MAKE_FUNCTION_FLAGS: {
                StringBuilder sb = new StringBuilder();
                for (int bit = 0; bit < table.makeFunctionFlags().size(); bit++) {
                    if ((arg & (1 << bit)) != 0) {
                        if (sb.length() > 0) {
                            sb.append(", ");
                        }
                        sb.append(table.makeFunctionFlags().get(bit));
                    }
                }
                return sb.toString();
            }
            default:
                return null;
        }
    }

    private static void padLeft(StringBuilder sb, String s, int width) {
        for (int p = s.length(); p < width; p++) {
            sb.append(' ');
        }
        sb.append(s);
    }
}
