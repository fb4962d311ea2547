package org.pyvm.core.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The matcher alone, on code lists CPython 3.11's re._compiler produced for small patterns. */
class SreEngineTest {
    /** (\w+) \1 */
    private static final int[] WORD_TWICE = {14, 4, 0, 3, -1, 17, 0, 24, 9, 1, -1, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 11, 0, 1};
    /** x* */
    private static final int[] X_STAR = {14, 4, 0, 0, -1, 24, 6, 0, -1, 16, 120, 1, 1};

    /** [a-z0-9_]+: CHARSET */
    private static final int[] CHARSET_WORD = {
        14, 4, 0, 1, -1, 24, 16, 1, -1, 13, 11, 9, 0, 67043328, -2147483648, 134217726, 0, 0, 0, 0, 0, 1, 1};

    /** [^ U+00E9 U+4E00-U+4E05 x]: NEGATE, BIGCHARSET */
    private static final int[] BIG_NEGATED = {
        14, 96, 4, 1, 1, 21, 10, 3, 16843008, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16908545, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 0, 0, 0, 16777216, 0, 0, 0, 512,
        0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0, 13, 93, 21, 10, 3, 16843008, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16908545, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009,
        16843009, 0, 0, 0, 16777216, 0, 0, 0, 512, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    /** [U+0100 U+0200 ... U+0900 U+1000-U+1005]: BIGCHARSET with three blocks */
    private static final int[] BIG_BLOCKS = {
        14, 95, 4, 1, 1, 10, 3, 16843008, 16843009, 257, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0,
        13, 92, 10, 3, 16843008, 16843009, 257, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    /** (?i)[a-f U+00E9]+: IN_UNI_IGNORE with a RANGE */
    private static final int[] IGNORE_RANGE = {
        14, 4, 0, 1, -1, 24, 12, 1, -1, 39, 7, 22, 97, 102, 16, 233, 0, 1, 1};

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

    private static int fullLength(int[] code, String s) {
        SreEngine e = engine(code, s, 0);
        e.matchAll = true;
        return e.matchAt(0);
    }

    @Test
    void charsetBitmapHoldsTheAsciiClass() {
        assertEquals(4, fullLength(CHARSET_WORD, "a_9z"));
        assertEquals(-1, fullLength(CHARSET_WORD, "aB"));
        assertEquals(-1, fullLength(CHARSET_WORD, "\u00e9"));
    }

    @Test
    void bigCharsetLooksUpTheBlockOfEachCharacter() {
        assertEquals(1, fullLength(BIG_BLOCKS, "\u1000"));
        assertEquals(1, fullLength(BIG_BLOCKS, "\u1005"));
        assertEquals(1, fullLength(BIG_BLOCKS, "\u0900"));
        assertEquals(-1, fullLength(BIG_BLOCKS, "\u1006"));
        assertEquals(-1, fullLength(BIG_BLOCKS, "\u0101"));
        assertEquals(-1, fullLength(BIG_BLOCKS, "a"));
    }

    @Test
    void negatedBigCharsetTakesWhatItDoesNotList() {
        assertEquals(1, fullLength(BIG_NEGATED, "a"));
        assertEquals(1, fullLength(BIG_NEGATED, "\u4e06"));
        assertEquals(-1, fullLength(BIG_NEGATED, "\u00e9"));
        assertEquals(-1, fullLength(BIG_NEGATED, "\u4e03"));
        assertEquals(-1, fullLength(BIG_NEGATED, "x"));
        assertEquals(1, fullLength(BIG_NEGATED, "\ud83d\ude00"), "an astral character lies outside every block");
    }

    @Test
    void ignoreCaseSetFoldsTheSubjectCharacter() {
        assertEquals(3, fullLength(IGNORE_RANGE, "AbE"));
        assertEquals(2, fullLength(IGNORE_RANGE, "\u00c9f"));
        assertEquals(-1, fullLength(IGNORE_RANGE, "g"));
    }
}
