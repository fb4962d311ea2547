package org.pyvm.core.modules.array;

import java.math.BigInteger;
import java.util.List;

/**
 * One of array's type codes, as CPython's {@code descriptors} table gives it on x86-64 Linux: its letter, the
 * size of an item in bytes and the kind of C value it holds. The table is data; {@link Items} turns Python values
 * into an item's bytes and back.
 */
record TypeCode(char code, int size, Kind kind) {
    /** What an item is in C. */
    enum Kind {
        /** a signed C integer (char, short, int, long, long long) */
        SIGNED,
        /** an unsigned C integer */
        UNSIGNED,
        /** a C float (4 bytes) or double (8 bytes) */
        REAL,
        /** a 2.7 'c' item: one byte of a str */
        CHAR,
        /** a 'u' item: one Py_UNICODE (4 bytes, UCS-4, on Linux) */
        UNICODE
    }

    /** 2.7's codes, in the order its "bad typecode" message lists them. */
    static final List<TypeCode> PY27 = List.of(
            new TypeCode('c', 1, Kind.CHAR), new TypeCode('b', 1, Kind.SIGNED), new TypeCode('B', 1, Kind.UNSIGNED),
            new TypeCode('u', 4, Kind.UNICODE), new TypeCode('h', 2, Kind.SIGNED), new TypeCode('H', 2, Kind.UNSIGNED),
            new TypeCode('i', 4, Kind.SIGNED), new TypeCode('I', 4, Kind.UNSIGNED), new TypeCode('l', 8, Kind.SIGNED),
            new TypeCode('L', 8, Kind.UNSIGNED), new TypeCode('f', 4, Kind.REAL), new TypeCode('d', 8, Kind.REAL));

    /** 3.x's codes, in the order of {@code array.typecodes} and the "bad typecode" message. */
    static final List<TypeCode> PY3 = List.of(
            new TypeCode('b', 1, Kind.SIGNED), new TypeCode('B', 1, Kind.UNSIGNED), new TypeCode('u', 4, Kind.UNICODE),
            new TypeCode('h', 2, Kind.SIGNED), new TypeCode('H', 2, Kind.UNSIGNED), new TypeCode('i', 4, Kind.SIGNED),
            new TypeCode('I', 4, Kind.UNSIGNED), new TypeCode('l', 8, Kind.SIGNED), new TypeCode('L', 8, Kind.UNSIGNED),
            new TypeCode('q', 8, Kind.SIGNED), new TypeCode('Q', 8, Kind.UNSIGNED), new TypeCode('f', 4, Kind.REAL),
            new TypeCode('d', 8, Kind.REAL));

    static TypeCode find(List<TypeCode> table, int code) {
        for (TypeCode t : table) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    boolean integral() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    /** The smallest and largest value of an integer item. */
    BigInteger min() {
        return kind == Kind.UNSIGNED ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
    }

    BigInteger max() {
        return kind == Kind.UNSIGNED ? BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
    }
}
