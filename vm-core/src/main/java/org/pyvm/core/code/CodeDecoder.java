package org.pyvm.core.code;

import java.util.Arrays;
import java.util.List;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.BinaryOpDef;
import org.pyvm.spi.BytecodeFormatException;
import org.pyvm.spi.FreeIndexSpace;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * Turns a code object's bytes into its {@link DecodedCode}, once: the pack's decoder splits the
 * bytes, the pack's table names each opcode, and this class checks every argument and resolves it.
 * Invalid bytecode (an unknown opcode, an index out of range, a jump off an instruction boundary)
 * is a {@link BadInputException} naming the code object, the offset and the rule broken.
 */
final class CodeDecoder {
    private final CodeObject co;
    private final OpcodeTable table;
    private final OpcodeDef[] defs;

    private CodeDecoder(CodeObject co) {
        this.co = co;
        this.table = co.pack.table();
        this.defs = co.pack.opcodesByNumber();
    }

    static DecodedCode decode(CodeObject co) {
        return new CodeDecoder(co).run();
    }

    private DecodedCode run() {
        RawInstructions raw;
        try {
            raw = co.pack.decoder().decode(co.code, table);
        } catch (BytecodeFormatException e) {
            throw invalid(e.offset(), e.getMessage());
        }
        int n = raw.count();
        OpcodeDef[] rawDefs = new OpcodeDef[n];
        // Executable index of the instruction at each byte offset; an EXTENDED_ARG prefix maps to
        // the instruction it extends, since jumping to the prefix runs that instruction.
        int[] indexAt = new int[co.code.length + 1];
        Arrays.fill(indexAt, -1);
        int executable = 0;
        int prefixStart = -1;
        for (int i = 0; i < n; i++) {
            OpcodeDef d = defs[raw.opcode(i)];
            if (d == null) {
                throw invalid(raw.offset(i), "unknown opcode " + raw.opcode(i));
            }
            rawDefs[i] = d;
            if (d.op() == NeutralOp.EXTENDED_ARG) {
                if (prefixStart < 0) {
                    prefixStart = i;
                }
                continue;
            }
            for (int p = prefixStart < 0 ? i : prefixStart; p <= i; p++) {
                indexAt[raw.offset(p)] = executable;
            }
            prefixStart = -1;
            executable++;
        }
        indexAt[co.code.length] = executable;

        LineNumbers lines = LineNumbers.of(co, table.lineTable());
        int[] op = new int[executable];
        int[] arg = new int[executable];
        int[] offset = new int[executable];
        int[] line = new int[executable];
        int[] rawArg = new int[executable];
        OpcodeDef[] def = new OpcodeDef[executable];
        int k = 0;
        for (int i = 0; i < n; i++) {
            OpcodeDef d = rawDefs[i];
            if (d.op() == NeutralOp.EXTENDED_ARG) {
                continue;
            }
            op[k] = d.op().ordinal();
            arg[k] = resolve(d, raw, i, indexAt);
            rawArg[k] = raw.arg(i);
            offset[k] = raw.offset(i);
            line[k] = lines.lineAt(raw.offset(i));
            def[k] = d;
            k++;
        }
        ExceptionTable exceptions = ExceptionTable.parse(co.exceptiontable);
        int[] handlers = handlers(exceptions, indexAt);
        int depth = StackDepth.check(co, def, rawArg, arg, offset, handlers, this::invalid);
        return new DecodedCode(co, raw, rawDefs, op, arg, rawArg, offset, line, def, handlers, lines, exceptions, depth);
    }

    private int resolve(OpcodeDef d, RawInstructions raw, int i, int[] indexAt) {
        int a = raw.arg(i);
        int at = raw.offset(i);
        ArgKind kind = d.arg();
        switch (kind) {
            case NONE:
                if (d.implied() != null) {
                    // BINARY_ADD: the operator; 2.7 SLICE+2: which bounds are on the stack
                    Operator o = Operator.named(d.implied());
                    if (o != null) {
                        return o.ordinal();
                    }
                    if (d.implied().chars().allMatch(Character::isDigit)) {
                        return Integer.parseInt(d.implied());
                    }
                }
                return 0;
            case CONST:
            case KW_NAMES:
                return checkIndex(a, co.consts.length, at, "constant");
            case NAME:
                return checkIndex(a, co.names.length, at, "name");
            case GLOBAL_NAME:
                checkIndex(a >> 1, co.names.length, at, "name");
                return a;
            case LOCAL:
                return checkIndex(a, table.freeIndexSpace() == FreeIndexSpace.LOCALSPLUS
                        ? co.localsplusNames.length : co.varnames.length, at, "local variable");
            case FREE:
                return checkIndex(a, table.freeIndexSpace() == FreeIndexSpace.LOCALSPLUS
                        ? co.localsplusNames.length : co.cellvars.length + co.freevars.length, at, "cell or free variable");
            case COMPARE: {
                List<String> ops = table.compareOps();
                checkIndex(a, ops.size(), at, "comparison");
                Comparison c = Comparison.of(ops.get(a));
                if (c == null) {
                    throw invalid(at, "comparison " + a + " (" + ops.get(a) + ") has no meaning");
                }
                return c.ordinal();
            }
            case BINARY_OP: {
                List<BinaryOpDef> ops = table.binaryOps();
                checkIndex(a, ops.size(), at, "binary operator");
                Operator o = Operator.named(ops.get(a).operator());
                if (o == null) {
                    throw invalid(at, "binary operator " + a + " (" + ops.get(a).symbol() + ") has no meaning");
                }
                return o.ordinal();
            }
            case JUMP: {
                int target = d.jump().target(raw.next(i), a);
                if (target < 0 || target >= co.code.length || indexAt[target] < 0) {
                    throw invalid(at, "jump target " + target + " is not the start of an instruction in this code");
                }
                return indexAt[target];
            }
            default:
                return a;
        }
    }

    private int checkIndex(int index, int size, int at, String what) {
        if (index < 0 || index >= size) {
            throw invalid(at, what + " index " + index + " out of range (" + size + " available)");
        }
        return index;
    }

    private int[] handlers(ExceptionTable exceptions, int[] indexAt) {
        int n = exceptions.size();
        int[] out = new int[n * ExceptionTable.WIDTH];
        for (int e = 0; e < n; e++) {
            int start = exceptions.get(e, ExceptionTable.START);
            int end = exceptions.get(e, ExceptionTable.END);
            int target = exceptions.get(e, ExceptionTable.TARGET);
            if (start < 0 || end > co.code.length || start >= end || indexAt[start] < 0 || indexAt[end] < 0) {
                throw invalid(start, "exception table entry " + e + " covers " + start + " to " + end
                        + ", which is not a range of instructions in this code");
            }
            if (target < 0 || target >= co.code.length || indexAt[target] < 0) {
                throw invalid(start, "exception table entry " + e + " jumps to " + target + ", not the start of an instruction");
            }
            int b = e * ExceptionTable.WIDTH;
            out[b + ExceptionTable.START] = indexAt[start];
            out[b + ExceptionTable.END] = indexAt[end];
            out[b + ExceptionTable.TARGET] = indexAt[target];
            out[b + ExceptionTable.DEPTH] = exceptions.get(e, ExceptionTable.DEPTH);
            out[b + ExceptionTable.LASTI] = exceptions.get(e, ExceptionTable.LASTI);
        }
        return out;
    }

    private BadInputException invalid(int offset, String rule) {
        return new BadInputException("invalid bytecode in code object '" + co.name + "' (" + co.filename
                + ", line " + co.firstlineno + ") at offset " + offset + ": " + rule);
    }
}
