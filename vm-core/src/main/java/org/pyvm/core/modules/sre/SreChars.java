package org.pyvm.core.modules.sre;

/**
 * SRE's character predicates and case mappings: the ASCII rules (\d \s \w of bytes and of
 * ASCII-flagged patterns), the Unicode rules (Python's str.isdecimal/isspace/isalnum and simple
 * case mappings) and the "locale" rules, taken as the C locale pyvm always runs in.
 */
final class SreChars {
    private SreChars() {
    }

    static final int CATEGORY_DIGIT = 0;
    static final int CATEGORY_NOT_DIGIT = 1;
    static final int CATEGORY_SPACE = 2;
    static final int CATEGORY_NOT_SPACE = 3;
    static final int CATEGORY_WORD = 4;
    static final int CATEGORY_NOT_WORD = 5;
    static final int CATEGORY_LINEBREAK = 6;
    static final int CATEGORY_NOT_LINEBREAK = 7;
    static final int CATEGORY_LOC_WORD = 8;
    static final int CATEGORY_LOC_NOT_WORD = 9;
    static final int CATEGORY_UNI_DIGIT = 10;
    static final int CATEGORY_UNI_NOT_DIGIT = 11;
    static final int CATEGORY_UNI_SPACE = 12;
    static final int CATEGORY_UNI_NOT_SPACE = 13;
    static final int CATEGORY_UNI_WORD = 14;
    static final int CATEGORY_UNI_NOT_WORD = 15;
    static final int CATEGORY_UNI_LINEBREAK = 16;
    static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

    static boolean category(int cat, int ch) {
        switch (cat) {
            case CATEGORY_DIGIT:
                return isAsciiDigit(ch);
            case CATEGORY_NOT_DIGIT:
                return !isAsciiDigit(ch);
            case CATEGORY_SPACE:
                return isAsciiSpace(ch);
            case CATEGORY_NOT_SPACE:
                return !isAsciiSpace(ch);
            case CATEGORY_WORD:
                return isWord(SreEngine.FOLD_ASCII, ch);
            case CATEGORY_NOT_WORD:
                return !isWord(SreEngine.FOLD_ASCII, ch);
            case CATEGORY_LINEBREAK:
                return ch == '\n';
            case CATEGORY_NOT_LINEBREAK:
                return ch != '\n';
            case CATEGORY_LOC_WORD:
                return isWord(SreEngine.FOLD_LOCALE, ch);
            case CATEGORY_LOC_NOT_WORD:
                return !isWord(SreEngine.FOLD_LOCALE, ch);
            case CATEGORY_UNI_DIGIT:
                return isDecimal(ch);
            case CATEGORY_UNI_NOT_DIGIT:
                return !isDecimal(ch);
            case CATEGORY_UNI_SPACE:
                return isUnicodeSpace(ch);
            case CATEGORY_UNI_NOT_SPACE:
                return !isUnicodeSpace(ch);
            case CATEGORY_UNI_WORD:
                return isWord(SreEngine.FOLD_UNICODE, ch);
            case CATEGORY_UNI_NOT_WORD:
                return !isWord(SreEngine.FOLD_UNICODE, ch);
            case CATEGORY_UNI_LINEBREAK:
                return isUnicodeLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK:
                return !isUnicodeLinebreak(ch);
            default:
                return false;
        }
    }

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiAlnum(int ch) {
        return ch < 128 && (isAsciiDigit(ch) || (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }

    static boolean isDecimal(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** str.isspace(): the whitespace of Unicode's Zs category and the bidirectional classes WS, B and S. */
    static boolean isUnicodeSpace(int ch) {
        if (ch < 128) {
            return isAsciiSpace(ch) || (ch >= 0x1c && ch <= 0x1f);
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x2028 || ch == 0x2029
                || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    static boolean isUnicodeLinebreak(int ch) {
        return ch == '\n' || ch == 0x0b || ch == 0x0c || ch == '\r' || ch == 0x1c || ch == 0x1d || ch == 0x1e || ch == 0x85
                || ch == 0x2028 || ch == 0x2029;
    }

    /** str.isalnum() (a letter, or a character with a numeric value) or '_'. */
    static boolean isUnicodeAlnum(int ch) {
        if (Character.isLetter(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isWord(int kind, int ch) {
        if (ch == '_') {
            return true;
        }
        return kind == SreEngine.FOLD_UNICODE ? isUnicodeAlnum(ch) : isAsciiAlnum(ch);
    }

    static int lower(int kind, int ch) {
        if (kind == SreEngine.FOLD_UNICODE) {
            return Character.toLowerCase(ch);
        }
        return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upper(int kind, int ch) {
        if (kind == SreEngine.FOLD_UNICODE) {
            return Character.toUpperCase(ch);
        }
        return ch < 128 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static boolean unicodeIsCased(int ch) {
        return ch != Character.toLowerCase(ch) || ch != Character.toUpperCase(ch);
    }
}
