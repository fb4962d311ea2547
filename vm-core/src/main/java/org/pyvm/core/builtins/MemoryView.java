package org.pyvm.core.builtins;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code memoryview} over bytes (read-only, format 'B'): length, indexing to ints (2.7: one-character
 * strings), slicing, tobytes(), its shape attributes, and the hash and equality of the bytes it shows.
 */
final class MemoryView extends PyObject implements Typed {
    private final PyType type;
    final PyBytes bytes;
    /** The struct format of the items ("B" unless cast) and their size in bytes. */
    private final String format;
    private final int itemsize;

    private MemoryView(PyType type, PyBytes bytes) {
        this(type, bytes, "B", 1);
    }

    private MemoryView(PyType type, PyBytes bytes, String format, int itemsize) {
        this.type = type;
        this.bytes = bytes;
        this.format = format;
        this.itemsize = itemsize;
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

    private PyObject item(int i) {
        byte[] b = bytes.bytes();
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = v.shiftLeft(8).or(java.math.BigInteger.valueOf(b[i * itemsize + k] & 0xff));
        }
        return PyInt.of(v);
    }

    static void install(Runtime rt) {
        PyType t = PyType.builtin("memoryview", null, rt.types.object);
        t.withConstructor((type, a, kw) -> {
            if (a.length == 1 && a[0] instanceof ByteArray ba) {
                // a snapshot of the bytearray's content: enough for reading it (sre_compile's cast('I'))
                return new MemoryView(t, PyBytes.of(ba.bytes()));
            }
            if (a.length != 1 || !(a[0] instanceof PyBytes b)) {
                throw PyError.raise("TypeError", rt.lang.major() == 2 && a.length == 1
                        ? "cannot make memory view because object does not have the buffer interface"
                        : "memoryview: a bytes-like object is required, not '" + (a.length == 0 ? "nothing" : Ops.typeName(rt, a[0])) + "'");
            }
            return new MemoryView(t, b);
        });
        t.dict.put("tobytes", new PyMethodDescriptor("tobytes", t, (self, a, kw) -> ((MemoryView) self).bytes));
        t.dict.put("__len__", new PyMethodDescriptor("__len__", t,
                (self, a, kw) -> PyInt.of(((MemoryView) self).bytes.bytes().length / ((MemoryView) self).itemsize)));
        t.dict.put("cast", new PyMethodDescriptor("cast", t, (self, a, kw) -> {
            MemoryView m = (MemoryView) self;
            String f = a.length > 0 && a[0] instanceof org.pyvm.core.objects.PyStr fs ? fs.value() : null;
            if (f == null) {
                throw PyError.raise("TypeError", "memoryview: format argument must be a string");
            }
            int size = unsignedSize(f);
            if (size < 0) {
                throw PyError.raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (m.bytes.bytes().length % size != 0) {
                throw PyError.raise("TypeError", "memoryview: length is not a multiple of itemsize");
            }
            return new MemoryView(t, m.bytes, f, size);
        }));
        t.dict.put("tolist", new PyMethodDescriptor("tolist", t, (self, a, kw) -> {
            MemoryView m = (MemoryView) self;
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            for (int i = 0; i < m.bytes.bytes().length / m.itemsize; i++) {
                out.add(m.item(i));
            }
            return org.pyvm.core.objects.PyList.of(out);
        }));
        t.dict.put("itemsize", new org.pyvm.core.runtime.ReadOnlyAttribute("itemsize", m -> size(rt, ((MemoryView) m).itemsize)));
        t.dict.put("format", new org.pyvm.core.runtime.ReadOnlyAttribute("format", m -> org.pyvm.core.runtime.Strings.text(rt, ((MemoryView) m).format)));
        t.dict.put("nbytes", new org.pyvm.core.runtime.ReadOnlyAttribute("nbytes", m -> PyInt.of(((MemoryView) m).bytes.bytes().length)));
        // a read-only one-dimensional view (pyvm's views are snapshots of bytes)
        t.dict.put("readonly", new org.pyvm.core.runtime.ReadOnlyAttribute("readonly", m -> org.pyvm.core.objects.PyBool.of(true)));
        t.dict.put("ndim", new org.pyvm.core.runtime.ReadOnlyAttribute("ndim", m -> size(rt, 1)));
        t.dict.put("shape", new org.pyvm.core.runtime.ReadOnlyAttribute("shape", m -> org.pyvm.core.objects.PyTuple.of(
                size(rt, ((MemoryView) m).bytes.bytes().length / ((MemoryView) m).itemsize))));
        t.dict.put("strides", new org.pyvm.core.runtime.ReadOnlyAttribute("strides", m -> org.pyvm.core.objects.PyTuple.of(
                size(rt, ((MemoryView) m).itemsize))));
        t.dict.put("__getitem__", new PyMethodDescriptor("__getitem__", t, (self, a, kw) -> {
            MemoryView m = (MemoryView) self;
            if (m.itemsize != 1 && a[0] instanceof PyInt idx) {
                long n = m.bytes.bytes().length / m.itemsize;
                long i = idx.small < 0 ? idx.small + n : idx.small;
                if (i < 0 || i >= n) {
                    throw PyError.raise("IndexError", "index out of bounds on dimension 1");
                }
                return m.item((int) i);
            }
            if (a[0] instanceof PyInt idx) {
                long n = m.bytes.bytes().length;
                if ((idx.small < 0 ? idx.small + n : idx.small) < 0 || (idx.small < 0 ? idx.small + n : idx.small) >= n) {
                    throw PyError.raise("IndexError", rt.lang.major() == 2 ? "index out of bounds" : "index out of bounds on dimension 1");
                }
            }
            PyObject r = Ops.getitem(rt, m.bytes, a[0]);
            if (a[0] instanceof PySlice) {
                return new MemoryView(t, (PyBytes) r);
            }
            // 2.7's view of 'B' items gives one-character strings; 3.x ints
            return rt.lang.major() == 2 && r instanceof PyInt i ? PyBytes.of(new byte[] {(byte) i.small}) : r;
        }));
        t.dict.put("__eq__", new PyMethodDescriptor("__eq__", t, (self, a, kw) -> org.pyvm.core.objects.PyBool.of(self.eq(a[0], rt.lang))));
        // bytes + memoryview: bytes' concatenation takes any buffer (the view's own + takes nothing)
        t.dict.put("__radd__", new PyMethodDescriptor("__radd__", t, (self, a, kw) -> {
            if (a.length == 1 && a[0] instanceof PyBytes b) {
                byte[] mine = ((MemoryView) self).bytes.bytes();
                byte[] r = java.util.Arrays.copyOf(b.bytes(), b.bytes().length + mine.length);
                System.arraycopy(mine, 0, r, b.bytes().length, mine.length);
                return PyBytes.of(r);
            }
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }));
        if (rt.lang.major() == 2) {
            t.dict.remove("nbytes"); // 3.3's additions
            t.dict.remove("cast");
        }
        Builtins.put(rt, "memoryview", t);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Equal to any bytes-like object showing the same bytes (bytes, bytearray, another view), as memory_richcompare. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        byte[] mine = bytes.bytes();
        if (other instanceof MemoryView m) {
            return java.util.Arrays.equals(mine, m.bytes.bytes());
        }
        if (other instanceof PyBytes b) {
            return java.util.Arrays.equals(mine, b.bytes());
        }
        if (other instanceof ByteArray ba) {
            return java.util.Arrays.equals(mine, ba.bytes());
        }
        return false;
    }

    /** hash(memoryview(b)) == hash(b) for read-only byte views. */
    @Override
    public long hash(Language lang) {
        return bytes.hash(lang);
    }

    @Override
    public String typeName(Language lang) {
        return "memoryview";
    }

    @Override
    public String repr(Language lang) {
        return "<memory at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
