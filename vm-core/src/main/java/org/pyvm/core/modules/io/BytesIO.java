package org.pyvm.core.modules.io;

import java.util.Arrays;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/** {@code _io.BytesIO}: a growable byte buffer with a position. */
final class BytesIO extends IoObject {
    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    BytesIO(Io io, PyType type) {
        super(io, type);
    }

    private void check() {
        if (closed) {
            throw PyError.raise("ValueError", "I/O operation on closed file."); // with the period in 2.7 too
        }
    }

    byte[] read(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        byte[] out = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return out;
    }

    byte[] readline(long limit) {
        check();
        int end = pos;
        while (end < size && (limit < 0 || end - pos < limit)) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        byte[] out = pos >= size ? new byte[0] : Arrays.copyOfRange(buf, pos, end);
        pos = Math.max(pos, end);
        return out;
    }

    int write(byte[] b) {
        check();
        int end = pos + b.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = end;
        size = Math.max(size, end);
        return b.length;
    }

    static void install(Io io) {
        PyType t = io.bytesio;
        io.construct(t, type -> new BytesIO(io, type), (self, a, kw) -> {
            BytesIO b = io.as(t, BytesIO.class, "__init__", self);
            PyObject[] p = IoArgs.parse("BytesIO", a, kw, 0, "initial_bytes");
            b.size = 0;
            b.pos = 0;
            if (p[0] != null && p[0] != PyNone.NONE) {
                b.write(io.bytesLike(p[0], null));
                b.pos = 0;
            }
        });
        io.property(t, BytesIO.class, "closed", b -> Io.bool(b.closed));
        // (value, position, dict): what copy and pickle keep of it, and give back to a fresh one
        io.def(t, BytesIO.class, "__getstate__", (b, a, kw) -> {
            b.check();
            return org.pyvm.core.objects.PyTuple.of(PyBytes.of(Arrays.copyOf(b.buf, b.size)), org.pyvm.core.objects.PyInt.of(b.pos), Io.stateDict(io, b));
        });
        io.def(t, BytesIO.class, "__setstate__", (b, a, kw) -> {
            b.check();
            PyObject[] st = Io.state(io, t, a, 3);
            byte[] value = io.bytesLike(st[0], null);
            b.buf = Arrays.copyOf(value, value.length);
            b.size = value.length;
            b.pos = (int) Io.statePosition(io, st[1]);
            Io.restoreDict(io, b, st[2]);
            return PyNone.NONE;
        });
        io.def(t, BytesIO.class, "getvalue", (b, a, kw) -> {
            b.check();
            return PyBytes.of(Arrays.copyOf(b.buf, b.size));
        });
        if (io.rt.lang.major() >= 3) {
            // a memoryview of the contents (pickle's framer writes through one). Deviation: CPython's view shares
            // the buffer, so writes through it reach the BytesIO; this one views a copy
            io.def(t, BytesIO.class, "getbuffer", (b, a, kw) -> {
                b.check();
                PyObject copy = Ops.call(io.rt, io.rt.builtins.get(io.rt.name("bytearray")), PyBytes.of(Arrays.copyOf(b.buf, b.size)));
                return Ops.call(io.rt, io.rt.builtins.get(io.rt.name("memoryview")), copy);
            });
        }
        io.def(t, BytesIO.class, "read", (b, a, kw) -> PyBytes.of(b.read(io.integer(IoArgs.parse("read", a, kw, 0, "size")[0], -1, null))));
        io.def(t, BytesIO.class, "read1", (b, a, kw) -> PyBytes.of(b.read(io.integer(IoArgs.parse("read1", a, kw, 0, "size")[0], -1, null))));
        io.def(t, BytesIO.class, "readline", (b, a, kw) ->
                PyBytes.of(b.readline(io.integer(IoArgs.parse("readline", a, kw, 0, "size")[0], -1, null))));
        io.def(t, BytesIO.class, "readinto", (b, a, kw) -> {
            byte[] d = b.read(Ops.len(io.rt, a[0]));
            io.fill(a[0], d);
            return io.size(d.length);
        });
        io.def(t, BytesIO.class, "write", (b, a, kw) -> {
            b.check();
            return io.size(b.write(io.bytesLike(a[0], null)));
        });
        io.def(t, BytesIO.class, "seek", (b, a, kw) -> {
            b.check();
            PyObject[] p = IoArgs.parse("seek", a, kw, 1, "pos", "whence");
            long pos = io.offset(p[0]);
            long whence = io.integer(p[1], 0, null);
            if (whence == 0 && pos < 0) {
                throw PyError.raise("ValueError", "negative seek value " + pos);
            }
            if (whence < 0 || whence > 2) {
                throw PyError.raise("ValueError", "invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            long base = whence == 0 ? 0 : whence == 1 ? b.pos : b.size;
            b.pos = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, base + pos));
            return io.size(b.pos);
        });
        io.def(t, BytesIO.class, "tell", (b, a, kw) -> {
            b.check();
            return io.size(b.pos);
        });
        io.def(t, BytesIO.class, "truncate", (b, a, kw) -> {
            b.check();
            long n = a.length == 0 || a[0] == PyNone.NONE ? b.pos : io.integer(a[0], 0, null);
            if (n < 0) {
                throw PyError.raise("ValueError", "negative size value " + n);
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            return io.size(n);
        });
        for (String n : new String[] {"readable", "writable", "seekable"}) {
            io.def(t, BytesIO.class, n, (b, a, kw) -> {
                b.check();
                return Io.bool(true);
            });
        }
        io.def(t, BytesIO.class, "flush", (b, a, kw) -> {
            b.check();
            return PyNone.NONE;
        });
        io.def(t, BytesIO.class, "close", (b, a, kw) -> {
            b.closed = true;
            return PyNone.NONE;
        });
    }
}
