package org.pyvm.core.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The matcher alone, on code lists CPython 3.11's re._compiler produced for small patterns. */
class SreEngineTest {
    /** (\w+) \1 */
    private static final int[] WORD_TWICE = {14, 4, 0, 3, -1, 17, 0, 24, 9, 1, -1, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 11, 0, 1};
    /** x* */
    private static final int[] X_STAR = {14, 4, 0, 0, -1, 24, 6, 0, -1, 16, 120, 1, 1};

    private static SreEngine engine(int[] code, String s, int groups) {
        return new SreEngine(SreOps.V311, code, s.codePoints().toArray(), s.codePointCount(0, s.length()), 32, groups);
    }

    @Test
    void backreferenceGivesBackCharactersUntilTheGroupRepeats() {
        SreEngine e = engine(WORD_TWICE, "hey hey!", 1);
        assertEquals(7, e.matchAt(0));
        assertEquals(0, e.marks[0]);
        assertEquals(3, e.marks[1]);
        assertEquals(1, e.lastindex);
        assertEquals(-1, engine(WORD_TWICE, "hey hex", 1).matchAt(0));
    }

    @Test
    void unicodeWordCategoryTakesAccentedLetters() {
        SreEngine e = engine(WORD_TWICE, "\u00e9t\u00e9 \u00e9t\u00e9", 1);
        assertEquals(7, e.matchAt(0));
    }

    @Test
    void searchFindsEmptyMatchFirstAndMustAdvanceRefusesIt() {
        SreEngine e = engine(X_STAR, "abx", 0);
        assertEquals(0, e.search(0));
        assertEquals(0, e.start);
        e.mustAdvance = true;
        assertEquals(3, e.search(2));
        assertEquals(2, e.start);
    }

    @Test
    void fullmatchNeedsTheWholeSubject() {
        SreEngine e = engine(X_STAR, "xxa", 0);
        e.matchAll = true;
        assertEquals(-1, e.matchAt(0));
        SreEngine f = engine(X_STAR, "xx", 0);
        f.matchAll = true;
        assertEquals(2, f.matchAt(0));
    }
}
