package org.pyvm.core.code;

import java.util.HashMap;
import java.util.Map;

/**
 * The arithmetic operators behind the neutral BINARY_OP and UNARY_OP, named as the packs name
 * them ({@code implied:} of BINARY_ADD, {@code binary_ops:} of 3.11's BINARY_OP).
 */
public enum Operator {
    ADD, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT, SUBTRACT,
    TRUE_DIVIDE, XOR, DIVIDE,
    INPLACE_ADD, INPLACE_AND, INPLACE_FLOOR_DIVIDE, INPLACE_LSHIFT, INPLACE_MATRIX_MULTIPLY, INPLACE_MULTIPLY,
    INPLACE_REMAINDER, INPLACE_OR, INPLACE_POWER, INPLACE_RSHIFT, INPLACE_SUBTRACT, INPLACE_TRUE_DIVIDE,
    INPLACE_XOR, INPLACE_DIVIDE,
    POSITIVE, NEGATIVE, NOT, INVERT, CONVERT;

    /** Read-only once built: every VM in the JVM reads it. */
    private static final Map<String, Operator> BY_NAME = byName();

    private static Map<String, Operator> byName() {
        Map<String, Operator> m = new HashMap<>();
        for (Operator o : values()) {
            m.put(o.name().toLowerCase(java.util.Locale.ROOT), o);
        }
        return Map.copyOf(m);
    }

    /** The operator a pack names, or null when the name is unknown. */
    public static Operator named(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    private final boolean inplace = name().startsWith("INPLACE_");
    private Operator base;

    static {
        for (Operator o : values()) {
            o.base = o.inplace ? valueOf(o.name().substring("INPLACE_".length())) : o;
        }
    }

    /** True for the in-place forms ({@code +=}), which try {@code __iadd__} first. */
    public boolean inplace() {
        return inplace;
    }

    /** The operator without its in-place form: ADD for INPLACE_ADD, itself otherwise. */
    public Operator base() {
        return base;
    }
}
