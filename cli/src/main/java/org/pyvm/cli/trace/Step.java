package org.pyvm.cli.trace;

import java.util.List;

/**
 * One executed instruction as the trace shows it.
 *
 * @param step      its number in the run, from 1 (filtered steps keep their number)
 * @param depth     Python frames running, the module's counted as 1
 * @param line      the source line, -1 for an instruction without one
 * @param frame     a number naming the frame (the same for every step of one call or generator)
 * @param stack     the frame's data stack after the instruction, bottom first, as safe summaries
 * @param blocks    2.7/3.6: the frame's block stack after the instruction, bottom first; null for 3.11
 * @param entry     3.11: the exception-table entry covering the instruction, or null
 * @param arg       the argument dis shows, or -1 for none
 * @param argrepr   what dis shows in parentheses after it, or null
 */
public record Step(long step, int depth, int frame, String function, int offset, int line, String opname,
                   int arg, String argrepr, List<String> stack, List<Block> blocks, Entry entry) {

    /** A 2.7/3.6 block: its kind (SETUP_LOOP...), handler offset (-1 for none) and data-stack level. */
    public record Block(String type, int handler, int level) {
    }

    /** A 3.11 exception-table entry, offsets as dis shows them ({@code end} exclusive) and dis's own text. */
    public record Entry(int start, int end, int target, int depth, boolean lasti, String text) {
    }

    /** The instruction as dis prints it: {@code LOAD_CONST 1 (42)}. */
    public String instruction() {
        StringBuilder sb = new StringBuilder(opname);
        if (arg >= 0) {
            sb.append(' ').append(arg);
            if (argrepr != null) {
                sb.append(" (").append(argrepr).append(')');
            }
        }
        return sb.toString();
    }
}
