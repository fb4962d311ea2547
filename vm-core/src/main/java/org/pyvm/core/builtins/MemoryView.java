package org.pyvm.core.builtins;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.ReadOnlyAttribute;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code memoryview}: a one-dimensional view of the memory of a bytes object (read-only) or a bytearray
 * (writable: {@code m[i] = v} and {@code m[a:b] = data} change the bytearray, and the view sees the bytearray's
 * changes), in unsigned native formats ({@code B}, or {@code H I L Q} by cast()). A slice is a view of the same
 * memory (with a step, a strided one). 2.7's items are one-character strings.
 *
 * <p>Not as CPython: a bytearray may still be resized while viewed (CPython refuses, BufferError, until every view
 * is released; pyvm cannot tell when a view is dropped), and then the view shows what lies at its offsets now.
 */
final class MemoryView extends PyObject implements Typed {
    private final PyType type;
    /** What the view shows: a bytes object or a bytearray (its current content, read at every access). */
    private final PyObject obj;
    /** Where its first item starts, in bytes, how many items it has, and the bytes from one item to the next. */
    private final int offset;
    private final int count;
    private final int stride;
    /** The struct format of the items ("B" unless cast) and their size in bytes. */
    private final String format;
    private final int itemsize;
    private boolean released;

    private MemoryView(PyType type, PyObject obj, int offset, int count, int stride, String format, int itemsize) {
        this.type = type;
        this.obj = obj;
        this.offset = offset;
        this.count = count;
        this.stride = stride;
        this.format = format;
        this.itemsize = itemsize;
    }

    private static MemoryView of(PyType type, PyObject obj, int length) {
        return new MemoryView(type, obj, 0, length, 1, "B", 1);
    }

    boolean readonly() {
        return !(obj instanceof ByteArray);
    }

    /** The memory itself: bytes' array, or the bytearray's current one (written in place through the view). */
    private byte[] memory() {
        return obj instanceof ByteArray ba ? ba.memory() : ((PyBytes) obj).bytes();
    }

    /** What the view shows, as new bytes (tobytes(), bytes(m), and every bytes-like use of a view). */
    byte[] contents() {
        checkReleased();
        byte[] m = memory();
        byte[] out = new byte[count * itemsize];
        for (int i = 0; i < count; i++) {
            int at = offset + i * stride;
            if (at < 0 || at + itemsize > m.length) {
                throw PyError.raise("IndexError", "index out of bounds on dimension 1"); // the bytearray shrank under it
            }
            System.arraycopy(m, at, out, i * itemsize, itemsize);
        }
        return out;
    }

    private void checkReleased() {
        if (released) {
            throw PyError.raise("ValueError", "operation forbidden on released memoryview object");
        }
    }

    /** Unsigned native (little-endian, x86-64) item formats cast() accepts here, with their sizes. */
    private static int unsignedSize(String format) {
        switch (format) {
            case "B":
                return 1;
            case "H":
                return 2;
            case "I":
                return 4;
            case "L":
            case "Q":
                return 8;
            default:
                return -1;
        }
    }

    /** A size attribute: 2.7's memoryview gives them as longs ({@code 1L}). */
    private static PyObject size(Runtime rt, long n) {
        return rt.lang.major() == 2 ? PyInt.longOf(java.math.BigInteger.valueOf(n)) : PyInt.of(n);
    }

    /** Item {@code i} (checked), as an int; when {@code indexed}, 2.7's items as one-character strings (its tolist() gives ints). */
    private PyObject item(Runtime rt, int i, boolean indexed) {
        byte[] m = memory();
        int at = offset + i * stride;
        if (at + itemsize > m.length) {
            throw PyError.raise("IndexError", "index out of bounds on dimension 1");
        }
        if (indexed && rt.lang.major() == 2 && itemsize == 1) {
            return PyBytes.of(new byte[] {m[at]});
        }
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = v << 8 | (m[at + k] & 0xff);
        }
        return itemsize == 8 && v < 0 ? PyInt.of(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64))) : PyInt.of(v);
    }

    /** The index an int subscript names, checked against the view's length (CPython's words per version). */
    private int index(Runtime rt, PyObject key) {
        long i = Args.index(rt, key);
        long n = count;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyError.raise("IndexError", rt.lang.major() == 2 ? "index out of bounds" : "index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private void store(Runtime rt, int i, PyObject value) {
        long v;
        if (rt.lang.major() == 2) {
            // 2.7's view takes one-character strings for its 'B' items
            if (!(value instanceof PyBytes b) || b.bytes().length != 1) {
                throw PyError.raise("TypeError", "'" + Ops.typeName(rt, value) + "' does not have the buffer interface");
            }
            v = b.bytes()[0] & 0xff;
        } else {
            if (!(value instanceof PyInt || value instanceof PyBool)) {
                throw PyError.raise("TypeError", "memoryview: invalid type for format '" + format + "'");
            }
            java.math.BigInteger big = value instanceof PyBool bo ? java.math.BigInteger.valueOf(bo.value ? 1 : 0) : ((PyInt) value).toBigInteger();
            if (big.signum() < 0 || big.bitLength() > itemsize * 8) {
                throw PyError.raise("ValueError", "memoryview: invalid value for format '" + format + "'");
            }
            v = big.longValue();
        }
        byte[] m = memory();
        int at = offset + i * stride;
        for (int k = 0; k < itemsize; k++) {
            m[at + k] = (byte) (v >>> (8 * k));
        }
    }

    private void storeSlice(Runtime rt, PySlice s, PyObject value) {
        int[] r = org.pyvm.core.runtime.Sequences.indices(rt, s, count);
        int start = r[0];
        int step = r[2];
        int n = org.pyvm.core.runtime.Sequences.sliceLength(r);
        byte[] data;
        if (value instanceof MemoryView mv) {
            if (mv.itemsize != itemsize) {
                throw PyError.raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
            }
            data = mv.contents();
        } else if (value instanceof PyBytes b) {
            data = b.bytes();
        } else if (value instanceof ByteArray ba) {
            data = ba.bytes();
        } else {
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? "'" + Ops.typeName(rt, value) + "' does not have the buffer interface"
                    : "a bytes-like object is required, not '" + Ops.typeName(rt, value) + "'");
        }
        if (data.length != n * itemsize) {
            throw PyError.raise("ValueError", rt.lang.major() == 2 ? "cannot modify size of memoryview object"
                    : "memoryview assignment: lvalue and rvalue have different structures");
        }
        byte[] m = memory();
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, i * itemsize, m, offset + (start + i * step) * stride, itemsize);
        }
    }

    static void install(Runtime rt) {
        PyType t = PyType.builtin("memoryview", null, rt.types.object).withCollectionFlag(PyType.SEQUENCE);
        boolean py2 = rt.lang.major() == 2;
        t.withConstructor((type, a, kw) -> {
            if (a.length == 1 && a[0] instanceof ByteArray ba) {
                return of(t, ba, ba.size());
            }
            if (a.length == 1 && a[0] instanceof MemoryView mv) {
                mv.checkReleased();
                return new MemoryView(t, mv.obj, mv.offset, mv.count, mv.stride, mv.format, mv.itemsize);
            }
            if (a.length != 1 || !(a[0] instanceof PyBytes b)) {
                throw PyError.raise("TypeError", py2 && a.length == 1
                        ? "cannot make memory view because object does not have the buffer interface"
                        : "memoryview: a bytes-like object is required, not '" + (a.length == 0 ? "nothing" : Ops.typeName(rt, a[0])) + "'");
            }
            return of(t, b, b.bytes().length);
        });
        method(t, "tobytes", (m, a) -> PyBytes.of(m.contents()));
        method(t, "__len__", (m, a) -> PyInt.of(m.count));
        method(t, "tolist", (m, a) -> {
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            for (int i = 0; i < m.count; i++) {
                out.add(m.item(rt, i, false));
            }
            return PyList.of(out);
        });
        method(t, "release", (m, a) -> {
            m.released = true;
            return PyNone.NONE;
        });
        method(t, "__enter__", (m, a) -> m);
        method(t, "__exit__", (m, a) -> {
            m.released = true;
            return PyNone.NONE;
        });
        method(t, "cast", (m, a) -> {
            String f = a.length > 0 && a[0] instanceof PyStr fs ? fs.value() : null;
            if (f == null) {
                throw PyError.raise("TypeError", "memoryview: format argument must be a string");
            }
            int size = unsignedSize(f);
            if (size < 0) {
                throw PyError.raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (m.stride != m.itemsize) {
                throw PyError.raise("TypeError", "memoryview: casts are restricted to C-contiguous views");
            }
            int bytes = m.count * m.itemsize;
            if (bytes % size != 0) {
                throw PyError.raise("TypeError", "memoryview: length is not a multiple of itemsize");
            }
            return new MemoryView(t, m.obj, m.offset, bytes / size, size, f, size);
        });
        method(t, "hex", (m, a) -> {
            // 3.8 added sep and bytes_per_sep (positional here: the method takes no keywords)
            int most = Level.since38(rt) ? 2 : 0;
            if (a.length > most) {
                throw PyError.raise("TypeError", most == 0 ? "hex() takes no arguments (" + a.length + " given)"
                        : "hex() takes at most 2 arguments (" + a.length + " given)");
            }
            return PyStr.of(HexDigits.of(rt, m.contents(), a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null));
        });
        method(t, "__getitem__", (m, a) -> {
            if (a[0] instanceof PySlice s) {
                int[] r = org.pyvm.core.runtime.Sequences.indices(rt, s, m.count);
                if (py2 && r[2] != 1) {
                    throw PyError.raiseArgs("NotImplementedError"); // 2.7's views take no step
                }
                return new MemoryView(t, m.obj, m.offset + r[0] * m.stride, org.pyvm.core.runtime.Sequences.sliceLength(r), m.stride * r[2],
                        m.format, m.itemsize);
            }
            return m.item(rt, m.index(rt, a[0]), true);
        });
        method(t, "__setitem__", (m, a) -> {
            if (m.readonly()) {
                throw PyError.raise("TypeError", "cannot modify read-only memory");
            }
            if (a[0] instanceof PySlice s) {
                m.storeSlice(rt, s, a[1]);
            } else {
                m.store(rt, m.index(rt, a[0]), a[1]);
            }
            return PyNone.NONE;
        });
        method(t, "__delitem__", (m, a) -> {
            throw PyError.raise("TypeError", py2 ? "cannot delete memory" : "cannot delete memory");
        });
        method(t, "__eq__", (m, a) -> PyBool.of(m.eq(a[0], rt.lang)));
        // bytes + memoryview: bytes' concatenation takes any buffer (the view's own + takes nothing)
        method(t, "__radd__", (m, a) -> {
            if (a.length == 1 && a[0] instanceof PyBytes b) {
                byte[] mine = m.contents();
                byte[] r = java.util.Arrays.copyOf(b.bytes(), b.bytes().length + mine.length);
                System.arraycopy(mine, 0, r, b.bytes().length, mine.length);
                return PyBytes.of(r);
            }
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        });
        attribute(t, "obj", m -> m.obj);
        attribute(t, "itemsize", m -> size(rt, m.itemsize));
        attribute(t, "format", m -> org.pyvm.core.runtime.Strings.text(rt, m.format));
        attribute(t, "nbytes", m -> PyInt.of((long) m.count * m.itemsize));
        attribute(t, "readonly", m -> PyBool.of(m.readonly()));
        attribute(t, "ndim", m -> size(rt, 1));
        attribute(t, "shape", m -> PyTuple.of(size(rt, m.count)));
        attribute(t, "strides", m -> PyTuple.of(size(rt, m.stride)));
        attribute(t, "contiguous", m -> PyBool.of(m.stride == m.itemsize || m.count <= 1));
        attribute(t, "c_contiguous", m -> PyBool.of(m.stride == m.itemsize || m.count <= 1));
        if (py2) {
            for (String later : new String[] {"nbytes", "cast", "obj", "release", "__enter__", "__exit__", "hex", "contiguous", "c_contiguous"}) {
                t.dict.remove(later); // 3.x's additions
            }
        }
        Builtins.put(rt, "memoryview", t);
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(MemoryView m, PyObject[] args);
    }

    private static void method(PyType t, String name, Body body) {
        // all but release() and the with-block's methods refuse a released view
        boolean guarded = !name.equals("release") && !name.equals("__exit__") && !name.equals("__enter__");
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
            MemoryView m = (MemoryView) self;
            if (guarded) {
                m.checkReleased();
            }
            return body.call(m, a);
        }));
    }

    private static void attribute(PyType t, String name, java.util.function.Function<MemoryView, PyObject> get) {
        t.dict.put(name, new ReadOnlyAttribute(name, o -> {
            MemoryView m = (MemoryView) o;
            m.checkReleased();
            return get.apply(m);
        }));
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Equal to any bytes-like object showing the same bytes (bytes, bytearray, another view), as memory_richcompare. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        if (released) {
            return other == this;
        }
        byte[] mine = contents();
        if (other instanceof MemoryView m) {
            return !m.released && m.format.equals(format) && java.util.Arrays.equals(mine, m.contents());
        }
        if (other instanceof PyBytes b) {
            return java.util.Arrays.equals(mine, b.bytes());
        }
        if (other instanceof ByteArray ba) {
            return java.util.Arrays.equals(mine, ba.bytes());
        }
        return false;
    }

    /** hash(memoryview(b)) == hash(b) for read-only byte views; a writable view has none. */
    @Override
    public long hash(Language lang) {
        if (lang.major() == 2) {
            throw PyError.raise("TypeError", "unhashable type: 'memoryview'");
        }
        checkReleased();
        if (!readonly()) {
            throw PyError.raise("ValueError", "cannot hash writable memoryview object");
        }
        return PyBytes.of(contents()).hash(lang);
    }

    @Override
    public String typeName(Language lang) {
        return "memoryview";
    }

    @Override
    public String repr(Language lang) {
        return (released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(Ids.address(this)) + ">";
    }
}
