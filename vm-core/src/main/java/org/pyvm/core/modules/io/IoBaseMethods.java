package org.pyvm.core.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The abstract bases {@code _IOBase}, {@code _RawIOBase}, {@code _BufferedIOBase}, {@code _TextIOBase}:
 * their methods work through the object's own Python-level methods (read, readline, write, flush,
 * close), so a program's subclass that supplies those gets the rest, as in CPython's iobase.c.
 */
final class IoBaseMethods {
    private IoBaseMethods() {
    }

    static void install(Io io) {
        Runtime rt = io.rt;
        PyType b = io.iobase;
        io.construct(b, t -> new IoObject(io, t), (self, a, kw) -> { });
        b.dict.put("closed", new Io.Property(io, b, "closed", self -> Io.bool(self instanceof IoObject o && o.baseClosed)));
        def(b, "close", (self, a, kw) -> {
            if (self instanceof IoObject o && !o.baseClosed) {
                try {
                    Ops.callMethod(rt, self, "flush");
                } finally {
                    o.baseClosed = true;
                }
            }
            return PyNone.NONE;
        });
        def(b, "flush", (self, a, kw) -> {
            checkClosed(io, self);
            return PyNone.NONE;
        });
        def(b, "__enter__", (self, a, kw) -> {
            checkClosed(io, self);
            return self;
        });
        def(b, "__exit__", (self, a, kw) -> {
            Ops.callMethod(rt, self, "close");
            return PyNone.NONE;
        });
        def(b, "__iter__", (self, a, kw) -> {
            checkClosed(io, self);
            return self;
        });
        def(b, io.py2 ? "next" : "__next__", (self, a, kw) -> {
            PyObject line = Ops.callMethod(rt, self, "readline");
            if (Ops.len(rt, line) == 0) {
                throw PyError.raiseArgs("StopIteration");
            }
            return line;
        });
        def(b, "readline", (self, a, kw) -> readline(io, self, a, kw));
        def(b, "readlines", (self, a, kw) -> {
            PyObject[] p = IoArgs.parse("readlines", a, kw, 0, "hint");
            long hint = io.integer(p[0], -1, null);
            List<PyObject> lines = new ArrayList<>();
            long total = 0;
            PyObject it = Ops.iter(rt, self);
            for (PyObject line = Ops.next(rt, it); line != null; line = Ops.next(rt, it)) {
                lines.add(line);
                total += Ops.len(rt, line);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return PyList.of(lines);
        });
        def(b, "writelines", (self, a, kw) -> {
            checkClosed(io, self);
            PyObject it = Ops.iter(rt, a[0]);
            for (PyObject line = Ops.next(rt, it); line != null; line = Ops.next(rt, it)) {
                Ops.callMethod(rt, self, "write", line);
            }
            return PyNone.NONE;
        });
        def(b, "seek", (self, a, kw) -> {
            throw io.unsupported("seek");
        });
        def(b, "tell", (self, a, kw) -> Ops.callMethod(rt, self, "seek", Io.integer(0), Io.integer(1)));
        def(b, "truncate", (self, a, kw) -> {
            throw io.unsupported("truncate");
        });
        def(b, "fileno", (self, a, kw) -> {
            throw io.unsupported("fileno");
        });
        for (String n : new String[] {"readable", "writable", "seekable"}) {
            def(b, n, (self, a, kw) -> Io.bool(false));
        }
        def(b, "isatty", (self, a, kw) -> {
            checkClosed(io, self);
            return Io.bool(false);
        });
        def(b, "_checkClosed", (self, a, kw) -> {
            checkClosed(io, self);
            return PyNone.NONE;
        });
        def(b, "_checkReadable", (self, a, kw) -> check(io, self, "readable", "File or stream is not readable."));
        def(b, "_checkWritable", (self, a, kw) -> check(io, self, "writable", "File or stream is not writable."));
        def(b, "_checkSeekable", (self, a, kw) -> check(io, self, "seekable", "File or stream is not seekable."));

        PyType raw = io.rawiobase;
        def(raw, "read", (self, a, kw) -> {
            PyObject[] p = IoArgs.parse("read", a, kw, 0, "size");
            long n = io.integer(p[0], -1, null);
            if (n < 0) {
                return Ops.callMethod(rt, self, "readall");
            }
            PyObject buf = Ops.call(rt, rt.builtins.get(rt.name("bytearray")), Io.integer(n));
            PyObject got = Ops.callMethod(rt, self, "readinto", buf);
            if (got == PyNone.NONE) {
                return PyNone.NONE;
            }
            long k = io.integer(got, -1, null);
            return PyBytes.of(java.util.Arrays.copyOf(io.bytesLike(buf, null), (int) k));
        });
        def(raw, "readall", (self, a, kw) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                PyObject chunk = Ops.callMethod(rt, self, "read", Io.integer(Io.DEFAULT_BUFFER_SIZE));
                if (chunk == PyNone.NONE) {
                    return out.size() == 0 ? PyNone.NONE : PyBytes.of(out.toByteArray());
                }
                byte[] c = io.bytesLike(chunk, null);
                if (c.length == 0) {
                    return PyBytes.of(out.toByteArray());
                }
                out.writeBytes(c);
            }
        });
        def(raw, "readinto", (self, a, kw) -> {
            throw io.unsupported("readinto");
        });
        def(raw, "write", (self, a, kw) -> {
            throw io.unsupported("write");
        });

        PyType buffered = io.bufferediobase;
        for (String n : new String[] {"read", "read1", "write", "detach"}) {
            def(buffered, n, (self, a, kw) -> {
                throw io.unsupported(n);
            });
        }
        def(buffered, "readinto", (self, a, kw) -> readinto(io, self, a[0], "read"));
        def(buffered, "readinto1", (self, a, kw) -> readinto(io, self, a[0], "read1"));

        PyType text = io.textiobase;
        for (String n : new String[] {"read", "readline", "write", "detach"}) {
            def(text, n, (self, a, kw) -> {
                throw io.unsupported(n);
            });
        }
        for (String n : new String[] {"encoding", "newlines", "errors"}) {
            text.dict.put(n, new Io.Property(io, text, n, self -> PyNone.NONE));
        }
    }

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, body));
    }

    /** ValueError when the object's {@code closed} attribute is true. */
    static void checkClosed(Io io, PyObject self) {
        if (Ops.truth(io.rt, Ops.getattr(io.rt, self, "closed"))) {
            throw io.closedBase();
        }
    }

    private static PyObject check(Io io, PyObject self, String what, String message) {
        if (!Ops.truth(io.rt, Ops.callMethod(io.rt, self, what))) {
            throw io.unsupported(message);
        }
        return org.pyvm.core.objects.PyBool.TRUE;
    }

    /** readinto(b) of buffered streams: read len(b) bytes and copy them in. */
    private static PyObject readinto(Io io, PyObject self, PyObject target, String how) {
        Runtime rt = io.rt;
        int n = Ops.len(rt, target);
        PyObject data = Ops.callMethod(rt, self, how, Io.integer(n));
        byte[] d = io.bytesLike(data, null);
        io.fill(target, d);
        return io.size(d.length);
    }

    /** _IOBase.readline: byte by byte through read(1) (peek where there is one), to a newline or {@code size}. */
    private static PyObject readline(Io io, PyObject self, PyObject[] a, String[] kw) {
        Runtime rt = io.rt;
        PyObject[] p = IoArgs.parse("readline", a, kw, 0, "size");
        long limit = io.integer(p[0], -1, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Ops.callMethod(rt, self, "read", Io.integer(1));
            if (b == PyNone.NONE || b instanceof PyStr) {
                if (b instanceof PyStr) {
                    throw PyError.raise("OSError", "read() should have returned a bytes object, not 'str'");
                }
                break;
            }
            byte[] c = io.bytesLike(b, null);
            if (c.length == 0) {
                break;
            }
            out.writeBytes(c);
            if (c[c.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(out.toByteArray());
    }
}
