package org.pyvm.cli.trace;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.code.ExceptionTable;
import org.pyvm.core.dis.Disassembler;
import org.pyvm.spi.ExceptionModel;
import org.pyvm.spi.RawInstructions;

/**
 * What the trace shows of each instruction of one code object that does not change while it
 * runs: opname, offset, line, argument and argrepr as dis prints them, and (3.11) the
 * exception-table entry covering it. Worked out once per code object, not once per step.
 */
final class CodeInfo {
    final String function;
    /** True for 3.11's zero-cost exception table, false for the 2.7/3.6 block stack. */
    final boolean tableModel;
    final String[] opname;
    final int[] offset;
    /** Source line of each instruction, -1 for none. */
    final int[] line;
    /** The raw argument dis shows, or -1 for an instruction without one. */
    final int[] arg;
    final String[] argrepr;
    /** Index of the exception-table entry covering each instruction, -1 for none (always -1 before 3.11). */
    final int[] entry;
    final DecodedCode dc;

    private CodeInfo(CodeObject co) {
        this.function = co.name;
        this.dc = co.decoded();
        this.tableModel = co.pack.table().exceptionModel() == ExceptionModel.EXCEPTION_TABLE;
        int n = dc.length();
        opname = new String[n];
        offset = new int[n];
        line = new int[n];
        arg = new int[n];
        argrepr = new String[n];
        entry = new int[n];
        RawInstructions raw = dc.raw;
        // executable instruction k sits at dc.offset[k]; the raw instruction at that offset holds
        // the argument dis prints (EXTENDED_ARG folded in), so pair them up by offset
        int r = 0;
        for (int k = 0; k < n; k++) {
            offset[k] = dc.offset[k];
            opname[k] = dc.def[k].name();
            line[k] = dc.line[k]; // -1: no line (3.11 handlers' PUSH_EXC_INFO), as CPython's co_lines says
            while (r < raw.count() && raw.offset(r) < offset[k]) {
                r++;
            }
            boolean found = r < raw.count() && raw.offset(r) == offset[k];
            arg[k] = found ? raw.arg(r) : -1;
            argrepr[k] = found ? Disassembler.argrepr(co, r) : null;
            entry[k] = covering(dc.exceptionTable, offset[k]);
        }
    }

    private static int covering(ExceptionTable t, int offset) {
        for (int e = 0; e < t.size(); e++) {
            if (t.get(e, ExceptionTable.START) <= offset && offset < t.get(e, ExceptionTable.END)) {
                return e;
            }
        }
        return -1;
    }

    /** Exception-table entry {@code e} as dis prints it: {@code 4 to 20 -> 24 [0] lasti}. */
    String entryText(int e) {
        ExceptionTable t = dc.exceptionTable;
        return t.get(e, ExceptionTable.START) + " to " + (t.get(e, ExceptionTable.END) - 2) + " -> "
                + t.get(e, ExceptionTable.TARGET) + " [" + t.get(e, ExceptionTable.DEPTH) + "]"
                + (t.get(e, ExceptionTable.LASTI) != 0 ? " lasti" : "");
    }

    int entryField(int e, int field) {
        return dc.exceptionTable.get(e, field);
    }

    /** Byte offset of executable instruction {@code index}, or -1 when there is none (a block without handler). */
    int offsetOf(int index) {
        return index >= 0 && index < offset.length ? offset[index] : -1;
    }

    static CodeInfo of(CodeObject co) {
        return new CodeInfo(co);
    }
}
