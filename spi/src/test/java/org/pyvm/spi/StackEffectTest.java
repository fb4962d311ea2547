package org.pyvm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stack-effect formulas evaluate as Python evaluates the same text (the generators check them that way). */
class StackEffectTest {
    private static long at(String formula, int arg) {
        return StackEffect.parse(formula).at(arg);
    }

    @Test
    void constantsAndArithmetic() {
        assertEquals(-1, at("-1", 7));
        assertEquals(-4, at("1 - arg", 5));
        assertEquals(-9, at("1 - 2 * arg", 5));
        assertEquals(-3, at("-(arg)", 3));
    }

    @Test
    void pythonPrecedence() {
        // >> binds tighter than &, & tighter than ==, as in Python
        assertEquals(1, at("arg >> 1 & 1", 2));
        assertEquals(258 % 256 + (258 >> 8), at("(arg & 255) + (arg >> 8)", 258));
        assertEquals(-2, at("-1 - (arg == 3)", 3));
        assertEquals(-1, at("-1 - (arg == 3)", 2));
        assertEquals(-1, at("-((arg & 4) == 4)", 255));
        assertEquals(-5, at("-1 - (arg & 1) - (arg >> 1 & 1) - (arg >> 2 & 1) - (arg >> 3 & 1)", 15));
    }

    @Test
    void argumentsAreUnsignedAndNeverOverflow() {
        // an argument of 0xFFFFFFFF (EXTENDED_ARG chains) is 4294967295, not -1
        assertEquals(1 - 4294967295L, at("1 - arg", -1));
        assertEquals(1 - 2 * 4294967295L, at("1 - 2 * arg", -1));
    }

    @Test
    void malformedFormulasAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StackEffect.parse("1 - "));
        assertTrue(e.getMessage().contains("'1 - '"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StackEffect.parse("arg ** 2"));
        assertThrows(IllegalArgumentException.class, () -> StackEffect.parse("(arg"));
        assertThrows(IllegalArgumentException.class, () -> StackEffect.parse("oparg"));
    }
}
