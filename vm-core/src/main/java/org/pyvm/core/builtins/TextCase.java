package org.pyvm.core.builtins;

import java.util.Locale;

/**
 * The case operations of text as CPython's unicodeobject.c does them. 3.x maps each character by its
 * full case mapping (SpecialCasing: 'ß'.upper() is 'SS', 'ﬁ'.title() is 'Fi') and lowers a capital sigma
 * by its place in the word (final 'ς'); 2.7's unicode maps each character by its simple mapping alone.
 * The tests (isupper, istitle...) follow CPython's loops over the Lowercase, Uppercase and titlecase
 * properties, so text without cased characters is never title-cased.
 */
final class TextCase {
    private TextCase() {
    }

    private static final int CAPITAL_SIGMA = 0x3a3;

    /** Whether every character is ASCII, where every case rule here is the plain A-Z/a-z one. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String upper(String s, boolean full) {
        if (full || ascii(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(caseless27(c) ? c : Character.toUpperCase(c)));
        return sb.toString();
    }

    static String lower(String s, boolean full) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT); // the common case, without the code point walk (wordcount.py: 4x faster)
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            lowerAt(cps, i, full, sb);
        }
        return sb.toString();
    }

    static String swapcase(String s, boolean full) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (isUpper(c, full)) {
                lowerAt(cps, i, full, sb);
            } else if (isLower(c, full)) {
                upperOf(c, full, sb);
            } else {
                sb.appendCodePoint(c); // titlecase letters and uncased characters stay
            }
        }
        return sb.toString();
    }

    /** Each word's first cased character in title case, the rest in lower case. */
    static String title(String s, boolean full) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            if (previousCased) {
                lowerAt(cps, i, full, sb);
            } else {
                titleOf(cps[i], full, sb);
            }
            previousCased = full ? cased(cps[i]) : isUpper(cps[i], false) || isLower(cps[i], false) || Character.isTitleCase(cps[i]);
        }
        return sb.toString();
    }

    /** The first character upper-cased (3.8+: title-cased), the rest lower-cased. */
    static String capitalize(String s, boolean full, boolean firstInTitleCase) {
        if (ascii(s) && !s.isEmpty()) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                lowerAt(cps, i, full, sb);
            } else if (firstInTitleCase) {
                titleOf(cps[0], full, sb);
            } else {
                upperOf(cps[0], full, sb);
            }
        }
        return sb.toString();
    }

    /** Full case folding: lower case of the upper case, except where CaseFolding.txt says otherwise. */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x131 || c >= 0x13a0 && c <= 0x13f5) {
                sb.appendCodePoint(c); // dotless i has no folding; Cherokee capitals fold to themselves
            } else if (c >= 0x13f8 && c <= 0x13fd) {
                sb.appendCodePoint(c - 8);
            } else if (c >= 0xab70 && c <= 0xabbf) {
                sb.appendCodePoint(c - 0xab70 + 0x13a0); // Cherokee small letters fold to the capitals
            } else if (c == 0x1e9e) {
                sb.append("ss"); // capital sharp s folds like ß
            } else {
                sb.append(Character.toString(c).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        });
        return sb.toString();
    }

    static boolean isTitle(String s, boolean full) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : s.codePoints().toArray()) {
            if (isUpper(c, full) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c, full)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** isupper (or, with {@code upper} false, islower): some character of that case and none of the other or title case. */
    static boolean isCase(String s, boolean upper, boolean full) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            boolean same = upper ? isUpper(c, full) : isLower(c, full);
            boolean other = upper ? isLower(c, full) : isUpper(c, full);
            if (other || Character.isTitleCase(c)) {
                return false;
            }
            cased |= same;
        }
        return cased;
    }

    private static boolean cased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /**
     * Upper case as each version's database has it: 3.x the Uppercase property (Lu and Other_Uppercase such as
     * Ⅷ and Ⓐ), 2.7 the category Lu alone.
     */
    private static boolean isUpper(int c, boolean full) {
        return full ? Character.isUpperCase(c) : Character.getType(c) == Character.UPPERCASE_LETTER && !caseless27(c);
    }

    /** Lower case: 3.x the Lowercase property; 2.7 the category Ll (where Unicode 5.2 still put ª and º). */
    private static boolean isLower(int c, boolean full) {
        return full ? Character.isLowerCase(c) : Character.getType(c) == Character.LOWERCASE_LETTER && !caseless27(c) || c == 0xaa || c == 0xba;
    }

    /** Cherokee had no case in 2.7's Unicode 5.2: its small letters came with Unicode 8. */
    private static boolean caseless27(int c) {
        return c >= 0x13a0 && c <= 0x13fd || c >= 0xab70 && c <= 0xabbf;
    }

    private static void upperOf(int c, boolean full, StringBuilder sb) {
        if (full) {
            sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
        } else {
            sb.appendCodePoint(caseless27(c) ? c : Character.toUpperCase(c));
        }
    }

    /**
     * Full title case: the simple mapping where there is one (ǆ to ǅ, ᾳ to ᾼ); otherwise the full upper case
     * with the characters after its first lowered (ß to Ss, ﬁ to Fi), except ŉ, whose title case is 'ʼN'.
     */
    private static void titleOf(int c, boolean full, StringBuilder sb) {
        int simple = Character.toTitleCase(c);
        String upper = full ? Character.toString(c).toUpperCase(Locale.ROOT) : null;
        if (!full && caseless27(c)) {
            sb.appendCodePoint(c);
        } else if (!full || simple != c || Character.isTitleCase(c) || upper.codePointCount(0, upper.length()) == 1) {
            sb.appendCodePoint(simple);
        } else if (c == 0x149) {
            sb.append("\u02bcN");
        } else if (c >= 0x1f00 && c <= 0x1fff && upper.endsWith("\u0399")) {
            // Greek with iota subscript: title case keeps the subscript as a combining ypogegrammeni
            sb.append(upper, 0, upper.length() - 1).append('\u0345');
        } else {
            int first = Character.charCount(upper.codePointAt(0));
            sb.append(upper, 0, first).append(upper.substring(first).toLowerCase(Locale.ROOT));
        }
    }

    /** Character {@code i} lowered; a capital sigma by its place: final (ς) after a cased letter and not before one. */
    private static void lowerAt(int[] cps, int i, boolean full, StringBuilder sb) {
        int c = cps[i];
        if (!full) {
            sb.appendCodePoint(caseless27(c) ? c : Character.toLowerCase(c));
        } else if (c == CAPITAL_SIGMA) {
            sb.append(finalSigma(cps, i) ? '\u03c2' : '\u03c3');
        } else {
            sb.append(Character.toString(c).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && caseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !cased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && caseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !cased(cps[j]);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the apostrophes and dots inside words. */
    private static boolean caseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return "'.:\u00b7\u0387\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a".indexOf(c) >= 0;
        }
    }
}
