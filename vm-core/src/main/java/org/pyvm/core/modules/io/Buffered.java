package org.pyvm.core.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: one implementation over a raw
 * stream reached through its Python methods (so a program's RawIOBase works too). Writes go straight
 * through to the raw stream; bytes read ahead (for peek and readline) are given back to a seekable raw
 * stream before anything that moves or writes, so the raw position always is the logical one after it.
 */
final class Buffered extends IoObject {
    PyObject raw;
    private byte[] ahead = new byte[0];
    private boolean detached;

    Buffered(Io io, PyType type) {
        super(io, type);
    }

    private Runtime rt() {
        return io.rt;
    }

    private PyObject raw() {
        if (detached || raw == null) {
            throw PyError.raise("ValueError", detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
        return raw;
    }

    private boolean rawClosed() {
        return Ops.truth(rt(), Ops.getattr(rt(), raw(), "closed"));
    }

    /** CHECK_CLOSED of bufferedio.c: the error names the operation (null: the raw file's own words, 2.7's read1 and peek). */
    private void checkClosed(String operation) {
        if (rawClosed()) {
            throw operation == null ? io.closedRaw() : io.closedFor(operation);
        }
    }

    private byte[] rawRead(long n) {
        PyObject r = Ops.callMethod(rt(), raw(), "read", Io.integer(n));
        return r == PyNone.NONE ? null : io.bytesLike(r, null);
    }

    /** Gives unread bytes back to the raw stream (seeking it back), so its position is the logical one. */
    private void rewind() {
        if (ahead.length > 0) {
            Ops.callMethod(rt(), raw(), "seek", Io.integer(-ahead.length), Io.integer(1));
            ahead = new byte[0];
        }
    }

    byte[] read(long n) {
        checkClosed("read");
        if (n < 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(ahead);
            ahead = new byte[0];
            // the raw stream's readall when it has one, else its read() until end of file (a BytesIO has none)
            PyObject readall = Ops.getattrOrNull(rt(), raw(), "readall");
            if (readall != null) {
                PyObject all = Ops.call(rt(), readall);
                if (all != PyNone.NONE) {
                    out.writeBytes(io.bytesLike(all, null));
                }
                return out.toByteArray();
            }
            while (true) {
                PyObject chunk = Ops.callMethod(rt(), raw(), "read");
                byte[] c = chunk == PyNone.NONE ? new byte[0] : io.bytesLike(chunk, null);
                if (c.length == 0) {
                    return out.toByteArray();
                }
                out.writeBytes(c);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int fromAhead = (int) Math.min(n, ahead.length);
        out.write(ahead, 0, fromAhead);
        ahead = Arrays.copyOfRange(ahead, fromAhead, ahead.length);
        while (out.size() < n) {
            byte[] c = rawRead(n - out.size());
            if (c == null || c.length == 0) {
                break;
            }
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    byte[] read1(long n) {
        checkClosed(io.py2 ? null : "read");
        if (ahead.length > 0) {
            int k = n < 0 ? ahead.length : (int) Math.min(n, ahead.length);
            byte[] out = Arrays.copyOf(ahead, k);
            ahead = Arrays.copyOfRange(ahead, k, ahead.length);
            return out;
        }
        byte[] c = rawRead(n < 0 ? Io.DEFAULT_BUFFER_SIZE : n);
        return c == null ? new byte[0] : c;
    }

    private void fill() {
        byte[] c = rawRead(Io.DEFAULT_BUFFER_SIZE);
        if (c != null && c.length > 0) {
            byte[] joined = Arrays.copyOf(ahead, ahead.length + c.length);
            System.arraycopy(c, 0, joined, ahead.length, c.length);
            ahead = joined;
        }
    }

    byte[] readline(long limit) {
        checkClosed("readline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (ahead.length == 0) {
                fill();
                if (ahead.length == 0) {
                    break;
                }
            }
            int i = 0;
            boolean done = false;
            while (i < ahead.length && (limit < 0 || out.size() + i < limit)) {
                if (ahead[i++] == '\n') {
                    done = true;
                    break;
                }
            }
            out.write(ahead, 0, i);
            ahead = Arrays.copyOfRange(ahead, i, ahead.length);
            if (done) {
                break;
            }
        }
        return out.toByteArray();
    }

    int write(byte[] b) {
        checkClosed("write");
        rewind();
        PyObject r = Ops.callMethod(rt(), raw(), "write", PyBytes.of(b));
        return r == PyNone.NONE ? 0 : (int) io.integer(r, 0, null);
    }

    long seek(long pos, long whence) {
        checkClosed("seek");
        if (whence == 1) {
            pos -= ahead.length;
        }
        ahead = new byte[0];
        return io.integer(Ops.callMethod(rt(), raw(), "seek", Io.integer(pos), Io.integer(whence)), 0, null);
    }

    long tell() {
        long p = io.integer(Ops.callMethod(rt(), raw(), "tell"), 0, null) - ahead.length;
        return Math.max(p, 0);
    }

    static void install(Io io) {
        install(io, io.bufferedReader, true, false);
        install(io, io.bufferedWriter, false, true);
        install(io, io.bufferedRandom, true, true);
    }

    private static void install(Io io, PyType t, boolean reads, boolean writes) {
        Runtime rt = io.rt;
        String tn = t.name(rt.lang);
        io.construct(t, type -> new Buffered(io, type), (self, a, kw) -> {
            Buffered b = io.as(t, Buffered.class, "__init__", self);
            PyObject[] p = IoArgs.parse(tn, a, kw, 1, "raw", "buffer_size");
            long size = io.integer(p[1], Io.DEFAULT_BUFFER_SIZE, null);
            if (size <= 0) {
                throw PyError.raise("ValueError", "buffer size must be strictly positive");
            }
            if (reads && !Ops.truth(rt, Ops.callMethod(rt, p[0], "readable"))) {
                throw io.unsupported("File or stream is not readable.");
            }
            if (writes && !Ops.truth(rt, Ops.callMethod(rt, p[0], "writable"))) {
                throw io.unsupported("File or stream is not writable.");
            }
            b.raw = p[0];
            b.ahead = new byte[0];
            b.detached = false;
        });
        io.property(t, Buffered.class, "raw", b -> b.raw());
        io.property(t, Buffered.class, "closed", b -> Ops.getattr(rt, b.raw(), "closed"));
        io.property(t, Buffered.class, "name", b -> Ops.getattr(rt, b.raw(), "name"));
        io.property(t, Buffered.class, "mode", b -> Ops.getattr(rt, b.raw(), "mode"));
        if (reads) {
            io.def(t, Buffered.class, "read", (b, a, kw) -> {
                long n = io.integer(IoArgs.parse("read", a, kw, 0, "size")[0], -1, null);
                if (n < -1) {
                    throw PyError.raise("ValueError", "read length must be non-negative or -1");
                }
                return PyBytes.of(b.read(n));
            });
            io.def(t, Buffered.class, "read1", (b, a, kw) -> PyBytes.of(b.read1(io.integer(IoArgs.parse("read1", a, kw, 0, "size")[0], -1, null))));
            io.def(t, Buffered.class, "peek", (b, a, kw) -> {
                b.checkClosed(io.py2 ? null : "peek");
                if (b.ahead.length == 0) {
                    b.fill();
                }
                return PyBytes.of(b.ahead.clone());
            });
            io.def(t, Buffered.class, "readline", (b, a, kw) ->
                    PyBytes.of(b.readline(io.integer(IoArgs.parse("readline", a, kw, 0, "size")[0], -1, null))));
            io.def(t, Buffered.class, io.py2 ? "next" : "__next__", (b, a, kw) -> {
                byte[] line = b.readline(-1);
                if (line.length == 0) {
                    throw PyError.raiseArgs("StopIteration");
                }
                return PyBytes.of(line);
            });
            io.def(t, Buffered.class, "readinto", (b, a, kw) -> {
                b.checkClosed(io.py2 ? "read" : "readinto");
                byte[] d = b.read(Ops.len(rt, a[0]));
                io.fill(a[0], d);
                return io.size(d.length);
            });
        }
        if (writes) {
            io.def(t, Buffered.class, "write", (b, a, kw) -> io.size(b.write(io.writeData(a[0]))));
        }
        io.def(t, Buffered.class, "flush", (b, a, kw) -> {
            if (b.rawClosed()) {
                throw writes ? io.closedFor("flush") : io.closedBase(); // a reader's flush is IOBase's, with a period
            }
            if (writes) {
                Ops.callMethod(rt, b.raw(), "flush");
            }
            return PyNone.NONE;
        });
        io.def(t, Buffered.class, "seek", (b, a, kw) -> {
            PyObject[] p = IoArgs.parse("seek", a, kw, 1, "target", "whence");
            long whence = io.integer(p[1], 0, null);
            if (whence < 0 || whence > 2) {
                throw PyError.raise("ValueError", "whence value " + whence + " unsupported");
            }
            return io.size(b.seek(io.integer(p[0], Long.MIN_VALUE, null), whence));
        });
        io.def(t, Buffered.class, "tell", (b, a, kw) -> io.size(b.tell()));
        io.def(t, Buffered.class, "truncate", (b, a, kw) -> {
            b.checkClosed(io.py2 || rt.lang.minor() < 7 ? null : "truncate"); // before 3.7 the raw file's own check
            if (!writes) {
                throw io.unsupported("truncate");
            }
            b.rewind();
            return Ops.callMethod(rt, b.raw(), "truncate", a.length == 0 ? PyNone.NONE : a[0]);
        });
        io.def(t, Buffered.class, "close", (b, a, kw) -> {
            if (Ops.truth(rt, Ops.getattr(rt, b.raw(), "closed"))) {
                return PyNone.NONE;
            }
            try {
                if (writes) {
                    Ops.callMethod(rt, b, "flush");
                }
            } finally {
                b.ahead = new byte[0];
                Ops.callMethod(rt, b.raw(), "close");
            }
            return PyNone.NONE;
        });
        io.def(t, Buffered.class, "detach", (b, a, kw) -> {
            PyObject r = b.raw();
            Ops.callMethod(rt, b, "flush");
            b.rewind();
            b.detached = true;
            return r;
        });
        for (String n : new String[] {"fileno", "isatty", "readable", "writable", "seekable"}) {
            io.def(t, Buffered.class, n, (b, a, kw) -> Ops.callMethod(rt, b.raw(), n));
        }
        io.def(t, Buffered.class, "__repr__", (b, a, kw) -> {
            String name = io.rt.types.of(b) == t ? "_io." + tn : b.type().name(rt.lang);
            PyObject n;
            try {
                n = Ops.getattrOrNull(rt, b, "name");
            } catch (PyError e) {
                n = null;
            }
            return Strings.text(rt, "<" + name + (n == null ? "" : " name=" + Ops.repr(rt, n)) + ">");
        });
    }
}
