package org.pyvm.pack.tiny;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.NeutralOp;
import org.pyvm.spi.OpcodeDef;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.ProgramCode;
import org.pyvm.spi.ProgramFormatException;

/**
 * Turns a tiny program (the YAML tree) into code for the core, checking it as it goes so that every
 * mistake is reported in the program's own terms (instruction 3, numbers, names) rather than as
 * invalid bytecode:
 * <pre>
 * instructions: [[LOAD_VALUE, 0], [LOAD_VALUE, 1], [ADD_TWO_VALUES, null], [PRINT_ANSWER, null]]
 * numbers: [7, 5]
 * names: [a, b]          # only when the program uses STORE_NAME/LOAD_NAME
 * </pre>
 * Instruction names come from the pack's table, so a new instruction is a new table row (plus its
 * stack effect below when it maps to an operation not listed there).
 */
final class TinyProgram {
    /** How many values each operation the table uses takes from the stack and leaves on it. */
    private static final Map<NeutralOp, int[]> STACK_EFFECT = Map.of(
            NeutralOp.LOAD_CONST, new int[] {0, 1},
            NeutralOp.LOAD_NAME, new int[] {0, 1},
            NeutralOp.STORE_NAME, new int[] {1, 0},
            NeutralOp.BINARY_OP, new int[] {2, 1},
            NeutralOp.PRINT_EXPR, new int[] {1, 0},
            NeutralOp.RETURN_VALUE, new int[] {1, 0});

    private final OpcodeTable table;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private int depth;
    private int maxDepth;

    private TinyProgram(OpcodeTable table) {
        this.table = table;
    }

    static ProgramCode compile(Object tree, OpcodeTable table, String fileName) throws ProgramFormatException {
        if (!(tree instanceof Map<?, ?> program)) {
            throw new ProgramFormatException("not a tiny program: expected a mapping with instructions: and numbers:");
        }
        for (Object key : program.keySet()) {
            if (!List.of("instructions", "numbers", "names").contains(key)) {
                throw new ProgramFormatException("unknown key '" + key + "' (a tiny program has instructions, numbers and names)");
            }
        }
        List<Object> consts = new ArrayList<>();
        List<?> numbers = list(program.get("numbers"), "numbers");
        for (int i = 0; i < numbers.size(); i++) {
            consts.add(number(numbers.get(i), i));
        }
        List<String> names = new ArrayList<>();
        for (Object n : list(program.get("names"), "names")) {
            if (n == null) {
                throw new ProgramFormatException("names holds an empty entry");
            }
            names.add(n.toString());
        }
        if (program.get("instructions") == null) {
            throw new ProgramFormatException("the program has no instructions: list");
        }
        TinyProgram out = new TinyProgram(table);
        List<?> instructions = list(program.get("instructions"), "instructions");
        for (int i = 0; i < instructions.size(); i++) {
            out.instruction(i, instructions.get(i), numbers.size(), names.size());
        }
        // Like CPython's compiler, end the module with "return None"; None is one constant more.
        consts.add(null);
        out.emit(out.opcode("LOAD_VALUE"), consts.size() - 1, NeutralOp.LOAD_CONST);
        out.emit(out.opcode("RETURN_VALUE"), 0, NeutralOp.RETURN_VALUE);
        return new ProgramCode("<module>", fileName, 1, out.code.toByteArray(), consts, names, out.maxDepth);
    }

    private void instruction(int i, Object item, int numberCount, int nameCount) throws ProgramFormatException {
        if (!(item instanceof List<?> pair) || pair.size() != 2) {
            throw new ProgramFormatException("instruction " + i + " must be a pair [NAME, argument], e.g. [LOAD_VALUE, 0]");
        }
        String name = String.valueOf(pair.get(0));
        OpcodeDef def = table.opcodes().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
        if (def == null) {
            throw new ProgramFormatException("instruction " + i + ": unknown instruction '" + name + "' (known: "
                    + String.join(", ", known()) + ")");
        }
        Object argument = pair.get(1);
        int arg = 0;
        if (def.arg() == ArgKind.NONE) {
            if (argument != null) {
                throw new ProgramFormatException("instruction " + i + " (" + name + ") takes no argument: write [" + name + ", null]");
            }
        } else {
            String listName = def.arg() == ArgKind.CONST ? "numbers" : "names";
            int size = def.arg() == ArgKind.CONST ? numberCount : nameCount;
            arg = index(argument, i, name, listName, size);
        }
        int[] effect = STACK_EFFECT.get(def.op());
        if (effect != null && depth < effect[0]) {
            throw new ProgramFormatException("instruction " + i + " (" + name + ") needs " + effect[0] + " value"
                    + (effect[0] == 1 ? "" : "s") + " on the stack, but the instructions before it leave " + depth);
        }
        emit(def.code(), arg, def.op());
    }

    private List<String> known() {
        List<String> names = new ArrayList<>();
        for (OpcodeDef d : table.opcodes()) {
            names.add(d.name());
        }
        names.sort(null);
        return names;
    }

    private int opcode(String name) {
        return table.opcodes().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().code();
    }

    private void emit(int opcode, int arg, NeutralOp op) throws ProgramFormatException {
        int[] effect = STACK_EFFECT.get(op);
        if (effect == null) {
            throw new ProgramFormatException("the tiny table maps an instruction to " + op + ", whose stack effect TinyProgram does not know");
        }
        code.write(opcode);
        code.write(arg);
        depth += effect[1] - effect[0];
        maxDepth = Math.max(maxDepth, depth);
    }

    private static int index(Object argument, int i, String name, String listName, int size) throws ProgramFormatException {
        int index;
        try {
            index = Integer.parseInt(String.valueOf(argument));
        } catch (NumberFormatException e) {
            throw new ProgramFormatException("instruction " + i + " (" + name + ") needs an index into " + listName + ", not '" + argument + "'");
        }
        if (index < 0 || index >= size) {
            throw new ProgramFormatException("instruction " + i + " (" + name + " " + index + "): index out of range, "
                    + listName + " has " + size + (size == 1 ? " entry" : " entries"));
        }
        if (index > 255) {
            throw new ProgramFormatException("instruction " + i + " (" + name + " " + index + "): tiny arguments go up to 255");
        }
        return index;
    }

    /** A number from the numbers list: an int of any size, or a float. */
    private static Object number(Object value, int i) throws ProgramFormatException {
        String text = String.valueOf(value).strip();
        try {
            return new BigInteger(text);
        } catch (NumberFormatException notAnInt) {
            try {
                if (!text.isEmpty() && (Character.isDigit(text.charAt(text.length() - 1)) || text.endsWith("."))) {
                    return Double.valueOf(text);
                }
            } catch (NumberFormatException notAFloat) {
                // reported below
            }
            throw new ProgramFormatException("numbers[" + i + "] is '" + value + "', not a number");
        }
    }

    private static List<?> list(Object value, String key) throws ProgramFormatException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new ProgramFormatException(key + ": must be a list, like [7, 5]");
        }
        return l;
    }
}
