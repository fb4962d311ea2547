package org.pyvm.core.code;

/** COMPARE_OP's meanings, named by the strings of {@code dis.cmp_op}. */
public enum Comparison {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">="), IN("in"), NOT_IN("not in"), IS("is"),
    IS_NOT("is not"), EXCEPTION_MATCH("exception match"), BAD("BAD");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison {@code dis.cmp_op} names {@code symbol}, or null. */
    public static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }
}
