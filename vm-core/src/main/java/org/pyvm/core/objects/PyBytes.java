package org.pyvm.core.objects;

import java.util.Arrays;
import org.pyvm.spi.LanguageFeature;

/** A byte string: 3.x {@code bytes}, 2.7 {@code str}. */
public class PyBytes extends PyObject {
    private final byte[] value;

    protected PyBytes(byte[] value) {
        this(value, false);
    }

    private PyBytes(byte[] value, boolean unshared) {
        this.value = value;
        this.unshared = unshared;
    }

    /** Made as an object of its own where CPython would not hand out its shared one ({@link #fresh}). */
    private final boolean unshared;

    /** The one-byte string of {@code b} (2.7's chr(97), s[0], iteration), which CPython shares (see {@link #sameSharedBytes}). */
    public static PyBytes single(byte b) {
        return new PyBytes(new byte[] {b});
    }

    /** Wraps (does not copy) the array; the caller gives up ownership. */
    public static PyBytes of(byte[] v) {
        return new PyBytes(v);
    }

    /** A byte string that is not CPython's shared object even when empty or of one byte: a marshalled 's' constant. */
    public static PyBytes fresh(byte[] v) {
        return new PyBytes(v, true);
    }

    /**
     * Whether {@code a is b} holds for this and another byte string: CPython keeps one empty byte string and one
     * for each byte, which most operations hand out; pyvm answers {@code is} for them by value (see PyStr.sameSharedText).
     */
    public boolean sameSharedBytes(PyBytes o) {
        return value.length <= 1 && o.value.length == value.length && getClass() == PyBytes.class && o.getClass() == PyBytes.class
                && !unshared && !o.unshared && (value.length == 0 || value[0] == o.value[0]);
    }

    /** The contents; callers must not modify the array. */
    public byte[] bytes() {
        return value;
    }

    @Override
    public String typeName(Language lang) {
        return level(lang).has(LanguageFeature.STR_IS_BYTES) ? "str" : "bytes";
    }

    /**
     * 3.x bytes_repr ({@code b'...'}) and 2.7 string_repr ({@code '...'}) differ only in the prefix: the
     * quote and backslash escaped, \t \n \r, and bytes below space or from DEL up as \xhh.
     */
    @Override
    public String repr(Language lang) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : value) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = PyStr.quoteFor(hasSingle, hasDouble);
        StringBuilder sb = new StringBuilder(value.length + 3);
        if (!level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            sb.append('b');
        }
        sb.append(quote);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                PyStr.hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    @Override
    public long hash(Language lang) {
        Language l = level(lang);
        if (hashLanguage != l) {
            hash = PyHash.bytes(value, l);
            hashLanguage = l;
        }
        return hash;
    }

    /** hash() for {@link #hashLanguage}, computed once: 2.7 names are byte strings and key every namespace. */
    private long hash;
    private Language hashLanguage;

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PyBytes b) {
            return Arrays.equals(value, b.value);
        }
        if (other instanceof PyStr s && level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            return equalsAsciiText(s.value());
        }
        return false;
    }

    /** 2.7 str == unicode: decoded with the default (ASCII) codec; non-ASCII bytes never compare equal. */
    boolean equalsAsciiText(String text) {
        if (text.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] < 0 || text.charAt(i) != value[i]) {
                return false;
            }
        }
        return true;
    }

    /** An instance of a program's subclass of bytes (2.7 str): see {@link UserSubclass}. */
    public static final class Sub extends PyBytes implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, PyBytes value) {
            super(value.value);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyBytes(bytes());
        }
    }
}
