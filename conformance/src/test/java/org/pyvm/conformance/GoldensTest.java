package org.pyvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The one normalisation the dis comparison allows beyond masking addresses. */
class GoldensTest {
    private static String sorted(String s) {
        return Goldens.sortFrozensetsHoldingNone(s);
    }

    @Test
    void frozensetsHoldingNoneCompareByTheirItems() {
        assertEquals(sorted("  9 LOAD_CONST  9 (frozenset({0, None}))"), sorted("  9 LOAD_CONST  9 (frozenset({None, 0}))"));
        assertEquals(sorted("(frozenset({'a, b', None, ('x', '}')}))"), sorted("(frozenset({None, ('x', '}'), 'a, b'}))"));
    }

    @Test
    void otherFrozensetsKeepTheirOrder() {
        assertNotEquals(sorted("(frozenset({'a', 'b'}))"), sorted("(frozenset({'b', 'a'}))"));
        assertNotEquals(sorted("(frozenset({0, None}))"), sorted("(frozenset({1, None}))"));
        assertEquals("x (frozenset({'b', 'a'})) y", sorted("x (frozenset({'b', 'a'})) y"));
    }
}
