package org.pyvm.core.modules.array;

import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyIterable;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/**
 * An {@code array.array}: its type code and its items stored as CPython stores them, {@code length} items of
 * {@code code.size()} little-endian bytes each, so that tobytes, frombytes and byteswap see the machine's bytes.
 */
final class ArrayObject extends PyInstance implements PyIterable, CustomAttributes {
    final TypeCode code;
    private final ArrayType owner;
    byte[] data;
    int length;

    ArrayObject(PyType type, TypeCode code, ArrayType owner) {
        super(type);
        this.code = code;
        this.owner = owner;
        this.data = new byte[Math.max(16, code.size() * 4)];
    }

    // ------------------------------------------------------------------ storage

    int itemSize() {
        return code.size();
    }

    /** The number of items (what {@link PyIterable} calls size). */
    @Override
    public int size() {
        return length;
    }

    /** The raw bits of item {@code i} (unsigned for the unsigned and non-integer kinds). */
    long bits(int i) {
        int n = code.size();
        int at = i * n;
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = (v << 8) | (data[at + k] & 0xff);
        }
        if (code.kind() == TypeCode.Kind.SIGNED && n < 8) {
            int shift = 64 - 8 * n;
            v = (v << shift) >> shift;
        }
        return v;
    }

    void put(int i, long bits) {
        int n = code.size();
        int at = i * n;
        for (int k = 0; k < n; k++) {
            data[at + k] = (byte) (bits >>> (8 * k));
        }
    }

    private void ensure(int items) {
        long need = (long) items * code.size();
        if (need > Integer.MAX_VALUE - 8) {
            throw PyError.raiseArgs("MemoryError");
        }
        if (need > data.length) {
            data = java.util.Arrays.copyOf(data, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
        }
    }

    void append(long bits) {
        ensure(length + 1);
        put(length++, bits);
    }

    void insert(int i, long bits) {
        ensure(length + 1);
        int n = code.size();
        System.arraycopy(data, i * n, data, (i + 1) * n, (length - i) * n);
        length++;
        put(i, bits);
    }

    /** Removes items {@code [from, to)}. */
    void delete(int from, int to) {
        int n = code.size();
        System.arraycopy(data, to * n, data, from * n, (length - to) * n);
        length -= to - from;
    }

    /** Replaces items {@code [from, to)} by the bytes {@code b} (whole items). */
    void replace(int from, int to, byte[] b) {
        int n = code.size();
        int count = b.length / n;
        int newLength = length - (to - from) + count;
        ensure(newLength);
        System.arraycopy(data, to * n, data, (from + count) * n, (length - to) * n);
        System.arraycopy(b, 0, data, from * n, b.length);
        length = newLength;
    }

    /** The bytes of items {@code [from, to)}. */
    byte[] bytes(int from, int to) {
        int n = code.size();
        return java.util.Arrays.copyOfRange(data, from * n, to * n);
    }

    void addBytes(byte[] b) {
        replace(length, length, b);
    }

    // ------------------------------------------------------------------ object protocol

    @Override
    public PyObject iterate() {
        ArrayObject self = this;
        return new org.pyvm.core.objects.PyIterator("arrayiterator") {
            private int next;

            @Override
            public PyObject next() {
                if (next < 0 || next >= self.length) {
                    if (!owner.py2) {
                        next = -1; // 3.x: an exhausted iterator stays exhausted (CPython drops its array)
                    }
                    return null;
                }
                return owner.items.item(self, next++);
            }
        };
    }

    /** An array is unhashable (its type's __hash__ is None). */
    @Override
    public long identityHash() {
        throw PyError.raise("TypeError", "unhashable type: '" + typeName(null) + "'");
    }

    /** CPython's tp_name, {@code array.array}; a program's subclass by its own name. */
    @Override
    public String typeName(Language lang) {
        PyType t = type();
        return t.builtin ? "array." + t.name(lang) : t.name(lang);
    }

    @Override
    public PyObject attribute(String name) {
        return null;
    }

    /**
     * The builtin type has no instance dict: a new attribute is refused; typecode and itemsize, data descriptors,
     * refuse in their own words (as deque's maxlen does).
     */
    @Override
    public boolean setAttribute(String name, PyObject value) {
        if (type().lookup(name) instanceof Ops.DataDescriptor) {
            return false;
        }
        return refuseNewAttribute(name);
    }
}
