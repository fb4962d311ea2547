package org.pyvm.core.objects;

import org.pyvm.spi.LanguageFeature;

/** A tuple. */
public class PyTuple extends PyObject {
    private final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** The empty tuple: one object, as CPython's ({@code tuple() is ()}). */
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /** Wraps (does not copy) the array. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The items; callers must not modify the array. */
    public PyObject[] items() {
        return items;
    }

    @Override
    public String typeName(Language lang) {
        return "tuple";
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i].repr(lang));
        }
        return sb.append(items.length == 1 ? ",)" : ")").toString();
    }

    /**
     * tuplehash. 2.7 and 3.0-3.7: {@code x = (x ^ h) * mult; mult += 82520 + 2*remaining}, seeded with
     * 0x345678 and ending with {@code + 97531}. 3.8+ (TUPLE_HASH_XXHASH): the xxHash64-style lane loop.
     */
    @Override
    public long hash(Language lang) {
        Language l = level(lang);
        if (l.has(LanguageFeature.TUPLE_HASH_XXHASH)) {
            long acc = XXPRIME_5;
            for (PyObject item : items) {
                long lane = item.hash(l);
                acc += lane * XXPRIME_2;
                acc = Long.rotateLeft(acc, 31);
                acc *= XXPRIME_1;
            }
            acc += items.length ^ (XXPRIME_5 ^ 3527539L);
            return acc == -1 ? 1546275796L : acc;
        }
        long x = 0x345678L;
        long mult = 1000003L;
        for (int i = 0, left = items.length - 1; i < items.length; i++, left--) {
            x = (x ^ items[i].hash(l)) * mult;
            mult += 82520L + left + left;
        }
        x += 97531L;
        return PyHash.fix(x);
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** Same length and pairwise equal (identity first, as CPython's comparison does). */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof PyTuple t) || t.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (items[i] != t.items[i] && !items[i].eq(t.items[i], lang)) {
                return false;
            }
        }
        return true;
    }

    /** An instance of a program's subclass of tuple: see {@link UserSubclass}. */
    public static final class Sub extends PyTuple implements UserSubclass {
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, PyObject[] items) {
            super(items);
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public PyObject plain() {
            return new PyTuple(items());
        }
    }
}
