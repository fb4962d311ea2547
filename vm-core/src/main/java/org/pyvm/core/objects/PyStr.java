package org.pyvm.core.objects;

import org.pyvm.spi.LanguageFeature;

/**
 * Text: 3.x {@code str}, 2.7 {@code unicode}. Held as a Java string; lone surrogates are allowed and
 * count as one character each. A Python string can also hold a high and a low surrogate as two
 * separate characters, which a Java string would read as one astral character: such a string also
 * keeps its code points ({@link #ofCodePoints}), and repr and hash use those.
 */
public class PyStr extends PyObject {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The text; null in a string grown in place ({@link #grown}) until something asks for it. */
    private String value;
    /**
     * A string made by {@code x + y} from a long {@code x}: the builder whose first {@link #grownLength} chars it is.
     * The string at the builder's end is extended in place by the next {@code +}, as CPython resizes a string
     * only its variable refers to: {@code s += t} in a loop copied all of {@code s} each time (200,000 turns: 3.3 s
     * against CPython's 0.01). Any other string of the builder stays a prefix of it, unchanged.
     */
    private StringBuilder grown;
    private int grownLength;
    /** The builder's capacity when this string was made: the memory limit counts its growth (see {@link #grownBy}). */
    private int grownCapacity;
    /** The code points, kept only when {@link #value} would pair two separate surrogates; else null. */
    private final int[] separateSurrogates;
    private int length = -1;
    /** hash() for {@link #hashLanguage}: strings are dict keys everywhere, so it is computed once. */
    private long hash;
    private Language hashLanguage;

    protected PyStr(String value, int[] separateSurrogates) {
        this(value, separateSurrogates, false);
    }

    private PyStr(String value, int[] separateSurrogates, boolean unshared) {
        this.value = value;
        this.separateSurrogates = separateSurrogates;
        this.unshared = unshared;
    }

    /** A string made as an object of its own where CPython would not hand out its shared one ({@link #fresh}). */
    private final boolean unshared;

    public static PyStr of(String v) {
        return new PyStr(v, null);
    }

    /**
     * A string that is not CPython's shared object for its text even when it is empty or one character: 3.x's
     * str(int) writes its digits into a new object, and 3.11's one-character constants are objects of their own.
     */
    public static PyStr fresh(String v) {
        return new PyStr(v, null, true);
    }

    /**
     * Whether {@code a is b} holds for this and another string object: CPython keeps one empty string and one
     * string for each character below U+0100, which most operations hand out ({@code ''.join([]) is ''},
     * {@code 'abc'[0] is 'a'}, {@code chr(97) is 'a'}). pyvm makes new objects and answers {@code is} for them by
     * value, as it does for the small ints (one object per VM could not be shared by VMs of other versions).
     */
    public boolean sameSharedText(PyStr o) {
        int n = chars();
        return n <= 1 && o.chars() == n && getClass() == PyStr.class && o.getClass() == PyStr.class && !unshared && !o.unshared
                && separateSurrogates == null && o.separateSurrogates == null && (n == 0 || lastChar() == o.lastChar() && lastChar() < 256);
    }

    /** Text made of these code points, surrogates among them kept as separate characters. */
    public static PyStr ofCodePoints(int[] cps, int count) {
        String s = new String(cps, 0, count);
        for (int i = 0; i + 1 < count; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff && Character.isLowSurrogate((char) cps[i + 1])
                    && cps[i + 1] <= 0xffff) {
                return new PyStr(s, java.util.Arrays.copyOf(cps, count));
            }
        }
        return new PyStr(s, null);
    }

    /** Whether this text holds lone surrogates that Java's UTF-16 would read as pairs (its code points then kept apart). */
    public boolean hasSeparateSurrogates() {
        return separateSurrogates != null;
    }

    /** The Python characters; callers must not modify the array. */
    public int[] codePoints() {
        return separateSurrogates != null ? separateSurrogates : value().codePoints().toArray();
    }

    public String value() {
        String v = value;
        if (v == null) {
            v = value = grown.substring(0, grownLength);
        }
        return v;
    }

    /** Below this many chars {@code x + y} copies both; from it on, it grows a builder (see {@link #grown}). */
    private static final int GROW_FROM = 512;

    /** {@code x + y} of two strings of one char per character whose chars do not join into one (the caller checks). */
    public static PyStr concatSimple(PyStr x, PyStr y) {
        String tail = y.value();
        int total = x.chars() + tail.length();
        StringBuilder sb = x.grown;
        if (x.getClass() == PyStr.class && sb != null && x.grownLength == sb.length()) {
            sb.append(tail);
        } else if (x.getClass() == PyStr.class && total >= GROW_FROM) {
            sb = new StringBuilder(total * 2).append(x.value()).append(tail);
        } else {
            PyStr r = of(x.value() + tail);
            r.length = total;
            return r;
        }
        PyStr r = new PyStr(null, null);
        r.grown = sb;
        r.grownLength = total;
        r.grownCapacity = sb.capacity();
        r.length = total;
        return r;
    }

    /**
     * For the memory limit: the chars the builder of this string grown in place took on since {@code before}
     * was made (all of its capacity when before has another text), 0 for any other string.
     */
    public long grownBy(PyObject before) {
        if (grown == null) {
            return 0;
        }
        return before instanceof PyStr b && b.grown == grown ? Math.max(0, grownCapacity - b.grownCapacity) : grownCapacity;
    }

    /** What the memory limit holds a grown string's count against: its builder, which outlives each of its strings. */
    public Object textOwner() {
        return grown != null ? grown : this;
    }

    /** Java chars of the text, without making it (a string grown in place). */
    public int chars() {
        return value != null ? value.length() : grownLength;
    }

    /** The last Java char of non-empty text, without making it. */
    public char lastChar() {
        return value != null ? value.charAt(value.length() - 1) : grown.charAt(grownLength - 1);
    }

    public boolean isEmpty() {
        return chars() == 0;
    }

    /** Number of Python characters (code points), counted once. */
    public int length() {
        int n = length;
        if (n < 0) {
            n = separateSurrogates != null ? separateSurrogates.length : value().codePointCount(0, value().length());
            length = n;
        }
        return n;
    }

    /**
     * True when each Java char is one Python character, so char indexes are character indexes and a piece of the
     * text is a string of its own. Not for text that keeps separate surrogates: a piece holding a high and a low
     * one side by side would read as one character ({@code (s + "\ude00")[-2:]} had length 1).
     */
    public boolean isSimple() {
        return separateSurrogates == null && length() == chars();
    }

    /** Characters {@code from} (inclusive) to {@code to} (exclusive), by Python character index. */
    public PyStr substring(int from, int to) {
        if (isSimple()) {
            return of(value().substring(from, to));
        }
        int[] cps = codePoints();
        return ofCodePoints(java.util.Arrays.copyOfRange(cps, from, to), to - from);
    }

    /** The code point at Python character index {@code i}. */
    public int codePointAt(int i) {
        return isSimple() ? value().charAt(i) : codePoints()[i];
    }

    @Override
    public String typeName(Language lang) {
        return level(lang).has(LanguageFeature.STR_IS_BYTES) ? "unicode" : "str";
    }

    @Override
    public String repr(Language lang) {
        boolean unicode27 = level(lang).has(LanguageFeature.STR_IS_BYTES);
        String plain = separateSurrogates == null ? plainRepr(value()) : null;
        if (plain != null) {
            return unicode27 ? "u" + plain : plain;
        }
        int[] cps = codePoints();
        return unicode27 ? repr27(cps) : repr3(cps, level(lang));
    }

    /**
     * The repr of the commonest text, printable ASCII with no backslash and not both quotes, which every version
     * quotes as it is; null for anything else. Without the code point array of the general escaper (printing a
     * list of words, a KeyError's message).
     */
    private static String plainRepr(String s) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '\\') {
                return null;
            }
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        if (hasSingle && hasDouble) {
            return null; // the quote is escaped
        }
        char quote = quoteFor(hasSingle, hasDouble);
        return quote + s + quote;
    }

    /** 2.7 and 3.x: equal to another text string with the same characters; 2.7 also to an ASCII str. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PyStr s) {
            return value().equals(s.value()) && java.util.Arrays.equals(separateSurrogates, s.separateSurrogates);
        }
        if (other instanceof PyBytes b && level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            return b.equalsAsciiText(value());
        }
        return false;
    }

    /** 3.x: SipHash of the PEP 393 form; 2.7: the classic hash over code points (equal to str's for ASCII). */
    @Override
    public long hash(Language lang) {
        Language l = level(lang);
        if (hashLanguage != l) {
            hash = separateSurrogates != null ? PyHash.text(separateSurrogates, l) : PyHash.text(value(), l);
            hashLanguage = l;
        }
        return hash;
    }

    /** Quote choice shared by every version: ' unless the text has ' and no ". */
    static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /**
     * 3.x unicode_repr: escapes the quote, backslash, \t \n \r, ASCII controls and DEL as \xhh, and
     * non-printable non-ASCII characters as \xhh, \\uhhhh or \\Uhhhhhhhh; printable ones stay as they are.
     */
    public static String repr3(String s) {
        return repr3(s.codePoints().toArray(), null);
    }

    private static String repr3(int[] cps, Language lang) {
        char quote = quoteFor(cps);
        StringBuilder sb = new StringBuilder(cps.length + 2).append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, 'x', c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c, lang)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(sb, 'u', c, 4);
            } else {
                hex(sb, 'U', c, 8);
            }
        }
        return sb.append(quote).toString();
    }

    private static char quoteFor(int[] cps) {
        boolean single = false;
        boolean dbl = false;
        for (int c : cps) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        return quoteFor(single, dbl);
    }

    /**
     * 2.7 unicode repr (unicodeescape_string with quotes, UCS4 build): {@code u'...'}, escaping the quote
     * and backslash, \t \n \r, everything below space and from DEL to 0xff as \xhh, the rest of the BMP as
     * \\uhhhh and astral characters as \\Uhhhhhhhh. Only printable ASCII stays as is.
     */
    public static String repr27(String s) {
        return repr27(s.codePoints().toArray());
    }

    private static String repr27(int[] cps) {
        char quote = quoteFor(cps);
        StringBuilder sb = new StringBuilder(cps.length + 3).append('u').append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x10000) {
                hex(sb, 'U', c, 8);
            } else if (c >= 0x100) {
                hex(sb, 'u', c, 4);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    static void hex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(c >>> shift) & 0xf]);
        }
    }

    /**
     * Py_UNICODE_ISPRINTABLE: not printable are the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the
     * space. Unassigned (Cn) is the running version's Unicode database's answer ({@link UnicodeTables}: 3.6 has
     * 9.0, 3.11 14.0); the rest Java's tables', whose newer Unicode can differ on a character's category only where
     * the Unicode standard changed it. {@code lang} null: Java's tables alone.
     */
    public static boolean isPrintable(int c, Language lang) {
        if (c == ' ') {
            return true;
        }
        if (lang != null && c >= 0x80 && UnicodeTables.unassigned(c, lang.version())) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.UNASSIGNED && lang != null && c >= 0x80 && UnicodeTables.hasUnassignedTable(lang.version())) {
            return true; // assigned in that CPython's Unicode, not yet in this JVM's (JDK 17 has Unicode 13)
        }
        switch (type) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** An instance of a program's subclass of str: see {@link UserSubclass}. */
    public static final class Sub extends PyStr implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, PyStr value) {
            super(value.value(), value.separateSurrogates);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyStr(((PyStr) this).value(), ((PyStr) this).separateSurrogates);
        }
    }
}
