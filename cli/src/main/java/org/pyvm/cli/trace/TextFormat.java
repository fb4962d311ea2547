package org.pyvm.cli.trace;

/**
 * One line per step, for people:
 * {@code #12 depth=2 fib offset=6 line=2 COMPARE_OP 0 (<)  stack=[4, 2]  blocks=[]}; 3.11 code
 * shows {@code exc=4 to 20 -> 24 [0]} (the entry dis lists) or {@code exc=none} instead of blocks.
 * Every line starts with {@code #} and the step number, so trace lines are told apart from a
 * program's own stderr when both go there.
 */
public final class TextFormat {
    private TextFormat() {
    }

    public static String line(Step s) {
        StringBuilder sb = new StringBuilder(120);
        sb.append('#').append(s.step()).append(" depth=").append(s.depth()).append(' ').append(s.function())
                .append(" offset=").append(s.offset()).append(" line=").append(s.line() >= 0 ? String.valueOf(s.line()) : "-").append(' ')
                .append(s.instruction()).append("  stack=[").append(String.join(", ", s.stack())).append(']');
        if (s.blocks() != null) {
            sb.append("  blocks=[");
            for (int k = 0; k < s.blocks().size(); k++) {
                Step.Block b = s.blocks().get(k);
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(b.type()).append("(handler=").append(b.handler()).append(", level=").append(b.level()).append(')');
            }
            sb.append(']');
        } else {
            sb.append("  exc=").append(s.entry() == null ? "none" : s.entry().text());
        }
        return sb.toString();
    }
}
