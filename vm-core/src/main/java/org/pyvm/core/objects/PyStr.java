package org.pyvm.core.objects;

import org.pyvm.spi.LanguageFeature;

/**
 * Text: 3.x {@code str}, 2.7 {@code unicode}. Held as a Java string; lone surrogates are allowed and
 * count as one character each. (A surrogate pair always means the astral character it encodes: a
 * Python string holding two separate surrogates that happen to pair cannot be told apart.)
 */
public final class PyStr extends PyObject {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String value;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String v) {
        return new PyStr(v);
    }

    public String value() {
        return value;
    }

    @Override
    public String typeName(Language lang) {
        return level(lang).has(LanguageFeature.STR_IS_BYTES) ? "unicode" : "str";
    }

    @Override
    public String repr(Language lang) {
        return level(lang).has(LanguageFeature.STR_IS_BYTES) ? repr27(value) : repr3(value);
    }

    /** 2.7 and 3.x: equal to another text string with the same characters; 2.7 also to an ASCII str. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PyStr s) {
            return value.equals(s.value);
        }
        if (other instanceof PyBytes b && level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            return b.equalsAsciiText(value);
        }
        return false;
    }

    /** 3.x: SipHash of the PEP 393 form; 2.7: the classic hash over code points (equal to str's for ASCII). */
    @Override
    public long hash(Language lang) {
        return PyHash.text(value, level(lang));
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
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
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
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(sb, 'u', c, 4);
            } else {
                hex(sb, 'U', c, 8);
            }
        });
        return sb.append(quote).toString();
    }

    /**
     * 2.7 unicode repr (unicodeescape_string with quotes, UCS4 build): {@code u'...'}, escaping the quote
     * and backslash, \t \n \r, everything below space and from DEL to 0xff as \xhh, the rest of the BMP as
     * \\uhhhh and astral characters as \\Uhhhhhhhh. Only printable ASCII stays as is.
     */
    public static String repr27(String s) {
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder sb = new StringBuilder(s.length() + 3).append('u').append(quote);
        s.codePoints().forEach(c -> {
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
        });
        return sb.append(quote).toString();
    }

    static void hex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(c >>> shift) & 0xf]);
        }
    }

    /**
     * Py_UNICODE_ISPRINTABLE, approximated with Java's Unicode tables: not printable are the categories
     * Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. Java 17 knows Unicode 13; CPython 3.6 uses
     * 9.0 and 3.11 14.0, so characters assigned in between can differ.
     */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
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
}
