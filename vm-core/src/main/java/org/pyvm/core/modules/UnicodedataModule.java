package org.pyvm.core.modules;

import java.text.Normalizer;
import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The {@code unicodedata} module (a C module in CPython) over the JDK's Unicode tables. Each version reports
 * its own {@code unidata_version} (2.7: 5.2.0, 3.6: 9.0.0, 3.11: 14.0.0), but the answers come from Java 17's
 * tables (Unicode 13.0): characters added or changed after 5.2 or after 13.0 may differ from CPython's answers
 * for that version; east_asian_width, which the JDK lacks, comes from each CPython's own table. Not provided: the ucd_3_2_0 object,
 * name aliases and named sequences in lookup(), and Unihan numeric values (numeric() of CJK ideographs).
 * Names that Unicode derives by rule (Hangul syllables, CJK unified ideographs) are made by that rule, as
 * CPython does. The canonical combining class, which the JDK does not expose, is found by canonical
 * reordering against one reference mark of each class.
 */
public final class UnicodedataModule {
    /** One combining mark of each canonical combining class (value, code point), classes ascending;
     * all assigned in Unicode 5.2 with the same class in every version since. */
    private static final List<int[]> CLASS_REFERENCES = List.of(new int[] {1, 0x334}, new int[] {7, 0x93C}, new int[] {8, 0x3099},
            new int[] {9, 0x94D}, new int[] {10, 0x5B0}, new int[] {11, 0x5B1}, new int[] {12, 0x5B2}, new int[] {13, 0x5B3},
            new int[] {14, 0x5B4}, new int[] {15, 0x5B5}, new int[] {16, 0x5B6}, new int[] {17, 0x5B7}, new int[] {18, 0x5B8},
            new int[] {19, 0x5B9}, new int[] {20, 0x5BB}, new int[] {21, 0x5BC}, new int[] {22, 0x5BD}, new int[] {23, 0x5BF},
            new int[] {24, 0x5C1}, new int[] {25, 0x5C2}, new int[] {26, 0xFB1E}, new int[] {27, 0x64B}, new int[] {28, 0x64C},
            new int[] {29, 0x64D}, new int[] {30, 0x618}, new int[] {31, 0x619}, new int[] {32, 0x61A}, new int[] {33, 0x651},
            new int[] {34, 0x652}, new int[] {35, 0x670}, new int[] {36, 0x711}, new int[] {84, 0xC55}, new int[] {91, 0xC56},
            new int[] {103, 0xE38}, new int[] {107, 0xE48}, new int[] {118, 0xEB8}, new int[] {122, 0xEC8}, new int[] {129, 0xF71},
            new int[] {130, 0xF72}, new int[] {132, 0xF74}, new int[] {202, 0x321}, new int[] {214, 0x1DCE}, new int[] {216, 0x31B}, new int[] {218, 0x302A},
            new int[] {220, 0x316}, new int[] {222, 0x59A}, new int[] {224, 0x302E}, new int[] {226, 0x1D16D}, new int[] {228, 0x5AE}, new int[] {230, 0x300}, new int[] {232, 0x315},
            new int[] {233, 0x35C}, new int[] {234, 0x35D}, new int[] {240, 0x345});
    private static final List<String> CATEGORIES = List.of("Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No",
            "Zs", "Zl", "Zp", "Cc", "Cf", "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf");
    private static final List<String> BIDI = List.of("L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
            "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI");
    private static final List<String> JAMO_L = List.of("G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
            "K", "T", "P", "H");
    private static final List<String> JAMO_V = List.of("A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
            "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I");
    private static final List<String> JAMO_T = List.of("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
            "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H");
    private static final int S_BASE = 0xAC00;
    private static final int S_COUNT = 19 * 21 * 28;
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";

    private UnicodedataModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        ModuleBuilder m = new ModuleBuilder(rt, "unicodedata");
        m.put("unidata_version", Strings.text(rt, py2 ? "5.2.0" : rt.lang.minor() < 11 ? "9.0.0" : "14.0.0"));
        m.def("category", (a, kw) -> Strings.text(rt, category(ch(rt, "category", a, 1, 1))));
        m.def("bidirectional", (a, kw) -> {
            int c = ch(rt, "bidirectional", a, 1, 1);
            byte d = Character.getDirectionality(c);
            return Strings.text(rt, Character.getType(c) == Character.UNASSIGNED || d < 0 || d >= BIDI.size() ? "" : BIDI.get(d));
        });
        m.def("mirrored", (a, kw) -> PyInt.of(Character.isMirrored(ch(rt, "mirrored", a, 1, 1)) ? 1 : 0));
        // from that CPython's own table (objects/UnicodeTables): the JDK has no East Asian Width
        m.def("east_asian_width", (a, kw) -> Strings.text(rt,
                org.pyvm.core.objects.UnicodeTables.eastAsianWidth(ch(rt, "east_asian_width", a, 1, 1), rt.lang.version())));
        m.def("combining", (a, kw) -> PyInt.of(combining(ch(rt, "combining", a, 1, 1))));
        m.def("name", (a, kw) -> {
            String n = name(ch(rt, "name", a, 1, 2));
            if (n == null) {
                return orElse(a, "no such name");
            }
            return Strings.text(rt, n);
        });
        m.def("decimal", (a, kw) -> {
            int c = ch(rt, "decimal", a, 1, 2);
            return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? PyInt.of(Character.digit(c, 10)) : orElse(a, "not a decimal");
        });
        m.def("digit", (a, kw) -> {
            int d = digit(ch(rt, "digit", a, 1, 2));
            return d >= 0 ? PyInt.of(d) : orElse(a, "not a digit");
        });
        m.def("numeric", (a, kw) -> {
            double v = numeric(ch(rt, "numeric", a, 1, 2));
            return Double.isNaN(v) ? orElse(a, "not a numeric character") : PyFloat.of(v);
        });
        m.def("lookup", (a, kw) -> {
            if (a.length != 1) {
                throw PyError.raise("TypeError", "lookup() takes exactly one argument (" + a.length + " given)");
            }
            String key;
            if (a[0] instanceof PyBytes b) {
                key = Strings.latin1(b.bytes());
            } else if (a[0] instanceof PyStr s) {
                key = s.value();
            } else {
                throw PyError.raise("TypeError", py2 ? "lookup() argument 1 must be string or read-only buffer, not " + Ops.argumentTypeName(rt, a[0])
                        : "a bytes-like object is required, not '" + Ops.typeName(rt, a[0]) + "'");
            }
            int c = lookup(key);
            if (c < 0) {
                throw PyError.raise("KeyError", "undefined character name '" + key + "'");
            }
            return PyStr.of(new String(Character.toChars(c)));
        });
        m.def("normalize", (a, kw) -> {
            arity("normalize", a, py2);
            return PyStr.of(Normalizer.normalize(text(rt, "normalize", a[1], py2), form(rt, "normalize", a[0], py2)));
        });
        if (!py2 && rt.lang.minor() >= 8) {
            m.def("is_normalized", (a, kw) -> {
                arity("is_normalized", a, false);
                return PyBool.of(Normalizer.isNormalized(text(rt, "is_normalized", a[1], false), form(rt, "is_normalized", a[0], false)));
            });
        }
        return m.build();
    }

    private static void arity(String name, PyObject[] a, boolean py2) {
        if (a.length != 2) {
            throw PyError.raise("TypeError", py2 ? name + "() takes exactly 2 arguments (" + a.length + " given)"
                    : name + " expected 2 arguments, got " + a.length);
        }
    }

    private static Normalizer.Form form(Runtime rt, String fn, PyObject f, boolean py2) {
        String s;
        if (f instanceof PyStr str) {
            s = str.value();
        } else if (py2 && f instanceof PyBytes b) {
            s = Strings.latin1(b.bytes());
        } else {
            throw PyError.raise("TypeError", fn + "() argument 1 must be " + (py2 ? "string" : "str") + ", not " + Ops.argumentTypeName(rt, f));
        }
        return switch (s) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyError.raise("ValueError", "invalid normalization form");
        };
    }

    private static String text(Runtime rt, String fn, PyObject o, boolean py2) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyError.raise("TypeError", fn + "() argument 2 must be " + (py2 ? "unicode" : "str") + ", not " + Ops.argumentTypeName(rt, o));
    }

    /** The default argument when given, else ValueError(message). */
    private static PyObject orElse(PyObject[] a, String message) {
        if (a.length > 1) {
            return a[1];
        }
        throw PyError.raise("ValueError", message);
    }

    /** The character argument: one unicode character, with each version's messages. */
    private static int ch(Runtime rt, String fn, PyObject[] a, int min, int max) {
        boolean py2 = rt.lang.major() == 2;
        if (a.length < min || a.length > max) {
            String count = min == max ? "exactly " + min : a.length < min ? "at least " + min : "at most " + max;
            int shown = min == max ? min : a.length < min ? min : max;
            String s = shown == 1 ? "" : "s";
            if (!py2 && rt.lang.minor() >= 7 && min != max) {
                throw PyError.raise("TypeError", fn + " expected " + (a.length < min ? "at least " : "at most ") + shown + " argument" + s
                        + ", got " + a.length);
            }
            throw PyError.raise("TypeError", fn + "() takes " + (min == max && !py2 ? "exactly one argument" : count + " argument" + s)
                    + " (" + a.length + " given)");
        }
        PyObject o = a[0];
        // Argument Clinic numbers the argument of a function that takes more than one (name(chr, default))
        String argument = fn + "() argument " + (max > 1 ? "1 " : "");
        if (!(o instanceof PyStr s)) {
            throw PyError.raise("TypeError", py2 ? fn + "() argument 1 must be unicode, not " + Ops.argumentTypeName(rt, o)
                    : argument + "must be a unicode character, not " + Ops.argumentTypeName(rt, o));
        }
        if (s.length() != 1) {
            throw PyError.raise("TypeError", py2 ? "need a single Unicode character as parameter"
                    : argument + "must be a unicode character, not " + Ops.typeName(rt, o));
        }
        return s.codePointAt(0);
    }

    private static String category(int c) {
        int t = Character.getType(c);
        return t >= 0 && t < CATEGORIES.size() ? CATEGORIES.get(t) : "Cn";
    }

    /** The character's name, or null: derived for Hangul syllables and CJK ideographs, none for controls and unassigned. */
    static String name(int c) {
        if (c >= S_BASE && c < S_BASE + S_COUNT) {
            int s = c - S_BASE;
            return HANGUL + JAMO_L.get(s / (21 * 28)) + JAMO_V.get(s % (21 * 28) / 28) + JAMO_T.get(s % 28);
        }
        String cat = category(c);
        if (cat.equals("Cc") || cat.equals("Cn") || cat.equals("Co") || cat.equals("Cs")) {
            return null;
        }
        String n = Character.getName(c);
        if (n == null) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (block != null && n.equals(block.toString().replace('_', ' ') + " " + hex)) {
            // the JDK's made-up name for a character without one in UnicodeData.txt
            return n.startsWith("CJK UNIFIED IDEOGRAPHS") && cat.equals("Lo") ? CJK + hex : null;
        }
        return n;
    }

    /** The code point named {@code key} (any case), or -1. */
    static int lookup(String key) {
        String k = key.toUpperCase(java.util.Locale.ROOT);
        if (k.startsWith(HANGUL)) {
            for (int c = S_BASE; c < S_BASE + S_COUNT; c++) {
                if (k.equals(name(c))) {
                    return c;
                }
            }
            return -1;
        }
        if (k.startsWith(CJK)) {
            String hex = k.substring(CJK.length());
            if ((hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                int c = Integer.parseInt(hex, 16);
                return k.equals(name(c)) ? c : -1;
            }
            return -1;
        }
        try {
            int c = Character.codePointOf(k);
            return k.equals(name(c)) ? c : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int digit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(c, 10);
        }
        if (t == Character.OTHER_NUMBER) {
            // Numeric_Type=Digit is not in the JDK: superscripts, circled and parenthesized digits decompose to a
            // digit (not to a fraction or an ideograph); the few without a decomposition are named "... DIGIT ..."
            int v = Character.getNumericValue(c);
            if (v < 0 || v > 9) {
                return -1;
            }
            String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
            boolean toDigit = d.codePoints().anyMatch(x -> Character.getType(x) == Character.DECIMAL_DIGIT_NUMBER) && d.indexOf('\u2044') < 0;
            String n = Character.getName(c);
            boolean named = d.length() == 1 && d.codePointAt(0) == c && n != null && n.contains(" DIGIT ") && !n.contains("FRACTION");
            return toDigit || named ? v : -1;
        }
        return -1;
    }

    /** The numeric value of a number character (fractions through their compatibility decomposition), else NaN. */
    private static double numeric(int c) {
        int t = Character.getType(c);
        if (t != Character.DECIMAL_DIGIT_NUMBER && t != Character.LETTER_NUMBER && t != Character.OTHER_NUMBER) {
            return Double.NaN;
        }
        int v = Character.getNumericValue(c);
        if (v >= 0) {
            return v;
        }
        String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
        int slash = d.indexOf('\u2044');
        if (slash > 0) {
            try {
                return (double) Integer.parseInt(d.substring(0, slash)) / Integer.parseInt(d.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The canonical combining class, read off canonical reordering against one mark of each class. */
    static int combining(int c) {
        String x = new String(Character.toChars(c));
        String nfd = Normalizer.normalize(x, Normalizer.Form.NFD);
        if (!nfd.equals(x)) {
            // a decomposable character: its class is that of its decomposition's first character (0 for precomposed letters)
            // that of its decomposition when it is one character; of the four non-starters that decompose into two,
            // only U+0344 COMBINING GREEK DIALYTIKA TONOS has a class (230), the Tibetan vowel signs have 0
            if (nfd.codePointCount(0, nfd.length()) == 1) {
                return combining(nfd.codePointAt(0));
            }
            return c == 0x344 ? 230 : 0;
        }
        boolean reorders = false;
        int equal = 0;
        for (int[] ref : CLASS_REFERENCES) {
            String r = new String(Character.toChars(ref[1]));
            boolean before = !reordered("a" + r + x);
            boolean after = !reordered("a" + x + r);
            if (before && after) {
                equal = ref[0];
            } else {
                reorders = true;
            }
        }
        return reorders ? equal : 0;
    }

    private static boolean reordered(String s) {
        return !Normalizer.normalize(s, Normalizer.Form.NFD).equals(s);
    }
}
