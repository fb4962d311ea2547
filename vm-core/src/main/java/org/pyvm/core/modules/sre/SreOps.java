package org.pyvm.core.modules.sre;

/**
 * The opcode numbering of one CPython version's SRE code lists (its {@code sre_constants.py} /
 * {@code re/_constants.py}), mapped to version-neutral internal opcodes the engine switches on.
 * Category and AT codes have kept their numbers in all three versions.
 */
final class SreOps {
    static final int FAILURE = 0;
    static final int SUCCESS = 1;
    static final int ANY = 2;
    static final int ANY_ALL = 3;
    static final int ASSERT = 4;
    static final int ASSERT_NOT = 5;
    static final int AT = 6;
    static final int BRANCH = 7;
    static final int CALL = 8;
    static final int CATEGORY = 9;
    static final int CHARSET = 10;
    static final int BIGCHARSET = 11;
    static final int GROUPREF = 12;
    static final int GROUPREF_EXISTS = 13;
    static final int GROUPREF_IGNORE = 14;
    static final int IN = 15;
    static final int IN_IGNORE = 16;
    static final int INFO = 17;
    static final int JUMP = 18;
    static final int LITERAL = 19;
    static final int LITERAL_IGNORE = 20;
    static final int MARK = 21;
    static final int MAX_UNTIL = 22;
    static final int MIN_UNTIL = 23;
    static final int NOT_LITERAL = 24;
    static final int NOT_LITERAL_IGNORE = 25;
    static final int NEGATE = 26;
    static final int RANGE = 27;
    static final int REPEAT = 28;
    static final int REPEAT_ONE = 29;
    static final int SUBPATTERN = 30;
    static final int MIN_REPEAT_ONE = 31;
    /** 3.6's RANGE_IGNORE and 3.11's RANGE_UNI_IGNORE: a range tested on the character and its upper case. */
    static final int RANGE_UNI_IGNORE = 32;
    static final int ATOMIC_GROUP = 33;
    static final int POSSESSIVE_REPEAT = 34;
    static final int POSSESSIVE_REPEAT_ONE = 35;
    static final int GROUPREF_LOC_IGNORE = 36;
    static final int IN_LOC_IGNORE = 37;
    static final int LITERAL_LOC_IGNORE = 38;
    static final int NOT_LITERAL_LOC_IGNORE = 39;
    static final int GROUPREF_UNI_IGNORE = 40;
    static final int IN_UNI_IGNORE = 41;
    static final int LITERAL_UNI_IGNORE = 42;
    static final int NOT_LITERAL_UNI_IGNORE = 43;
    static final int UNKNOWN = -1;

    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_BOUNDARY = 3;
    static final int AT_NON_BOUNDARY = 4;
    static final int AT_END = 5;
    static final int AT_END_LINE = 6;
    static final int AT_END_STRING = 7;
    static final int AT_LOC_BOUNDARY = 8;
    static final int AT_LOC_NON_BOUNDARY = 9;
    static final int AT_UNI_BOUNDARY = 10;
    static final int AT_UNI_NON_BOUNDARY = 11;

    static final int FLAG_TEMPLATE = 1;
    static final int FLAG_IGNORECASE = 2;
    static final int FLAG_LOCALE = 4;
    static final int FLAG_MULTILINE = 8;
    static final int FLAG_DOTALL = 16;
    static final int FLAG_UNICODE = 32;
    static final int FLAG_VERBOSE = 64;
    static final int FLAG_DEBUG = 128;
    static final int FLAG_ASCII = 256;

    /** MAXREPEAT (2**32-1) as it sits in an int code word. */
    static final int MAXREPEAT_CODE = -1;

    /** 2.7 (MAGIC 20031017): opcodes 0..31. */
    private static final int[] PY27 = {FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CALL, CATEGORY,
        CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE, IN, IN_IGNORE, INFO, JUMP, LITERAL,
        LITERAL_IGNORE, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NOT_LITERAL_IGNORE, NEGATE, RANGE, REPEAT, REPEAT_ONE,
        SUBPATTERN, MIN_REPEAT_ONE};
    /** 3.6 (MAGIC 20140917): 2.7's list plus RANGE_IGNORE. */
    private static final int[] PY36 = {FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CALL, CATEGORY,
        CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE, IN, IN_IGNORE, INFO, JUMP, LITERAL,
        LITERAL_IGNORE, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NOT_LITERAL_IGNORE, NEGATE, RANGE, REPEAT, REPEAT_ONE,
        SUBPATTERN, MIN_REPEAT_ONE, RANGE_UNI_IGNORE};
    /** 3.11 (MAGIC 20220615): reordered, with atomic groups, possessive repeats and per-kind IGNORE opcodes. */
    private static final int[] PY311 = {FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY,
        CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL,
        NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
        POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE,
        IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE,
        NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE};

    static final SreOps V27 = new SreOps(PY27, 20031017, false, false);
    static final SreOps V36 = new SreOps(PY36, 20140917, false, false);
    static final SreOps V311 = new SreOps(PY311, 20220615, true, true);

    private final int[] table;
    final int magic;
    /** 3.7+: an empty match right after the previous one is refused (must advance) instead of skipping a character. */
    final boolean mustAdvance;
    /** 3.11's opcode set: IGNORE opcodes fold by their own kind, not by the flags. */
    final boolean version311;

    private SreOps(int[] table, int magic, boolean mustAdvance, boolean version311) {
        this.table = table;
        this.magic = magic;
        this.mustAdvance = mustAdvance;
        this.version311 = version311;
    }

    static SreOps of(int major, int minor) {
        return major == 2 ? V27 : minor < 7 ? V36 : V311;
    }

    int op(int raw) {
        return raw >= 0 && raw < table.length ? table[raw] : UNKNOWN;
    }
}
