package org.pyvm.core.objects;

import java.math.BigInteger;
import org.pyvm.spi.LanguageFeature;

/**
 * An int (or 2.7 long) with a long fast path: {@link #big} is null when the value fits {@link #small}.
 * Under 2.7 a value outside a C long (64-bit) is always a {@code long}, whichever factory made it.
 */
public class PyInt extends PyObject {
    public final long small;
    public final BigInteger big;
    /** 2.7 only: this is a {@code long}, not an {@code int}. */
    public final boolean isLong;

    protected PyInt(long small, BigInteger big, boolean isLong) {
        this.small = small;
        this.big = big;
        this.isLong = isLong;
    }

    /** The ints loops and counters use most, made once (as CPython keeps -5..256). */
    private static final PyInt[] SMALL = new PyInt[256 + 1 + 5];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5, null, false);
        }
    }

    /** An exact int held in a long (2.7: an int, not a long): what the interpreter's fast paths and sum() compute in a long. */
    public static boolean isWord(PyObject o) {
        return o.getClass() == PyInt.class && ((PyInt) o).big == null && !((PyInt) o).isLong;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v < SMALL.length - 5) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v, null, false);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? new PyInt(v.longValue(), null, false) : new PyInt(0, v, false);
    }

    /** A 2.7 {@code long} (repr ends in L), whatever its size. */
    public static PyInt longOf(BigInteger v) {
        return v.bitLength() < 64 ? new PyInt(v.longValue(), null, true) : new PyInt(0, v, true);
    }

    /** The value as a BigInteger. */
    public BigInteger toBigInteger() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    /** 2.7: whether this value is a {@code long} (explicitly, or because it exceeds a C long). */
    public boolean isLong(Language lang) {
        return level(lang).has(LanguageFeature.INT_AND_LONG) && (isLong || big != null);
    }

    @Override
    public String typeName(Language lang) {
        return isLong(lang) ? "long" : "int";
    }

    @Override
    public String repr(Language lang) {
        return repr(lang, MAX_STR_DIGITS);
    }

    /** The repr within a VM's own limit of digits ({@code sys.set_int_max_str_digits}, 3.11; 0 for none). */
    public String repr(Language lang, int maxStrDigits) {
        return (big == null ? Long.toString(small) : decimal(lang, maxStrDigits, big)) + (isLong(lang) ? "L" : "");
    }

    /** 3.11's default sys.get_int_max_str_digits(). */
    public static final int MAX_STR_DIGITS = 4300;
    /** The least limit sys.set_int_max_str_digits() takes, but for 0 (sys.int_info.str_digits_check_threshold). */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;
    /**
     * 2.7 and 3.6 convert any int to decimal, in time that grows faster than its length: past this
     * many bits (about 1.3 million digits) pyvm raises MemoryError rather than work for minutes
     * where no limit can stop it (found by fuzzing: print(2 ** (2 ** 28))).
     */
    public static final int MAX_DECIMAL_BITS = 1 << 22;

    /** The decimal text of a big int, refused as CPython 3.11 refuses it (default limit), or as pyvm refuses an absurd one. */
    public static String decimal(Language lang, java.math.BigInteger big) {
        return decimal(lang, MAX_STR_DIGITS, big);
    }

    /** As {@link #decimal(Language, java.math.BigInteger)} within a VM's own limit ({@code sys.set_int_max_str_digits}; 0: none). */
    public static String decimal(Language lang, int maxStrDigits, java.math.BigInteger big) {
        if (lang.has(org.pyvm.spi.LanguageFeature.INT_MAX_STR_DIGITS) && maxStrDigits > 0) {
            // CPython 3.11 refuses before converting when the size alone says too many digits
            if ((long) big.bitLength() * 30103 / 100000 > maxStrDigits || big.abs().toString().length() > maxStrDigits) {
                throw PyError.raise("ValueError", "Exceeds the limit (" + maxStrDigits
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return big.toString();
        }
        if (big.bitLength() > MAX_DECIMAL_BITS) {
            throw PyError.raiseArgs("MemoryError");
        }
        return big.toString();
    }

    @Override
    public long hash(Language lang) {
        return big == null ? PyHash.ofLong(small, level(lang)) : PyHash.ofBig(big, level(lang));
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other instanceof PyInt o && big == null && o.big == null) {
            return small == o.small;
        }
        return Numbers.eq(this, other);
    }

    /** An instance of a program's subclass of int: see {@link UserSubclass}. */
    public static final class Sub extends PyInt implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, PyInt value) {
            super(value.small, value.big, value.isLong);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyInt(small, big, isLong);
        }
    }
}
