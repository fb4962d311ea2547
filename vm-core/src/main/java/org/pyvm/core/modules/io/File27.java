package org.pyvm.core.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * 2.7's builtin {@code file} (what {@code open()} returns there): byte strings over a FileIO, with
 * read/readline/readlines/write/writelines/seek/tell/truncate/iteration/with, {@code 'U'}'s universal
 * newlines, softspace for the print statement, and 2.7's reprs and IOError messages. The same type
 * also serves the standard streams, whose own methods stay theirs.
 */
final class File27 extends IoObject {
    private FileIO raw;
    private Buffered buffer;
    private PyObject name = PyNone.NONE;
    private String mode = "r";
    private boolean universal;
    private boolean closed = true;
    /**
     * Where 2.7's iteration read-ahead ends (it reads the file in 8192-byte chunks), or -1 when none is held:
     * read methods then refuse to lose it, and tell() reports the read-ahead's end, as 2.7 does.
     */
    private long aheadEnd = -1;
    /** The print statement's flag (file's T_INT member softspace). */
    private long softspace;

    File27(Io io, PyType type) {
        super(io, type);
    }

    private void check() {
        if (closed) {
            throw PyError.raise("ValueError", "I/O operation on closed file");
        }
    }

    private void checkReadable() {
        check();
        if (!raw.readable) {
            throw PyError.raise("IOError", "File not open for reading");
        }
    }

    private void checkWritable() {
        check();
        if (!raw.writable) {
            throw PyError.raise("IOError", "File not open for writing");
        }
    }

    void open(PyObject[] a, String[] kw) {
        PyObject[] p = IoArgs.parse("file", a, kw, 1, "name", "mode", "buffering");
        if (!(p[0] instanceof PyBytes || p[0] instanceof PyStr)) {
            throw PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(io.rt, p[0]) + " found");
        }
        String m = p[1] == null ? "r" : io.string(p[1]);
        if (m.isEmpty()) {
            throw PyError.raise("ValueError", "empty mode string");
        }
        if ("rwaU".indexOf(m.charAt(0)) < 0) {
            throw PyError.raise("ValueError", "mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + m + "'");
        }
        openOn(p[0], p[0], m);
    }

    /** {@code file}, a name or a descriptor, opened in mode {@code m} (checked), shown as {@code shownName}. */
    private void openOn(PyObject file, PyObject shownName, String m) {
        boolean plus = m.indexOf('+') >= 0;
        universal = m.indexOf('U') >= 0;
        char kind = m.charAt(0) == 'U' ? 'r' : m.charAt(0);
        if (universal && kind != 'r') {
            throw PyError.raise("ValueError", "universal newline mode can only be used with modes starting with 'r'");
        }
        FileIO f = new FileIO(io, io.fileio);
        f.init(new PyObject[] {file, io.nativeStr(kind + (plus ? "+" : ""))}, null);
        raw = f;
        buffer = new Buffered(io, plus ? io.bufferedRandom : kind == 'r' ? io.bufferedReader : io.bufferedWriter);
        buffer.raw = f;
        name = shownName;
        mode = m;
        closed = false;
        softspace = 0;
    }

    /**
     * 2.7's os.fdopen(fd, mode='r', bufsize=-1) (posix_fdopen): a file object over the open descriptor {@code fd},
     * named {@code <fdopen>}, which closes the descriptor with itself. tempfile's files are made so.
     */
    static File27 fdopen(Io io, PyType fileType, int fd, String m) {
        if (m.isEmpty() || "rwaU".indexOf(m.charAt(0)) < 0) {
            throw PyError.raise("ValueError", "invalid mode ('" + m + "')");
        }
        File27 f = new File27(io, fileType);
        f.openOn(org.pyvm.core.objects.PyInt.of(fd), io.nativeStr("<fdopen>"), m);
        return f;
    }

    private byte[] translate(byte[] b) {
        if (!universal) {
            return b;
        }
        String s = Strings.latin1(b).replace("\r\n", "\n").replace('\r', '\n');
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void checkNotIterating() {
        if (aheadEnd >= 0) {
            throw PyError.raise("ValueError", "Mixing iteration and read methods would lose data");
        }
    }

    /** next(): a line through the read-ahead, whose extent is remembered. */
    byte[] nextLine() {
        checkReadable();
        long pos = buffer.tell();
        if (aheadEnd < 0 || pos >= aheadEnd) {
            long size;
            try {
                size = io.files().fstat(raw.fd).size();
            } catch (org.pyvm.core.host.HostFiles.Failure e) {
                size = pos;
            }
            aheadEnd = Math.max(pos, Math.min(size, pos + 8192));
        }
        long was = aheadEnd;
        aheadEnd = -1;
        byte[] line = readline(-1);
        aheadEnd = line.length == 0 || buffer.tell() >= was ? -1 : was;
        return line;
    }

    byte[] readline(long limit) {
        checkReadable();
        checkNotIterating();
        if (!universal) {
            return buffer.readline(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            byte[] c = buffer.read(1);
            if (c.length == 0) {
                break;
            }
            if (c[0] == '\r') {
                byte[] next = buffer.read(1);
                if (next.length > 0 && next[0] != '\n') {
                    buffer.seek(-1, 1);
                }
                out.write('\n');
                break;
            }
            out.write(c[0]);
            if (c[0] == '\n') {
                break;
            }
        }
        return out.toByteArray();
    }

    @Override
    public String repr(Language lang) {
        return "<" + (closed ? "closed" : "open") + " file " + Ops.repr(io.rt, name) + ", mode '" + mode + "' at 0x"
                + Long.toHexString(Ids.address(this)) + ">";
    }

    static void install(Runtime rt) {
        PyObject existing = rt.builtins.get(rt.name("file"));
        if (!(existing instanceof PyType t)) {
            return;
        }
        PyType.Constructor own = t.constructor();
        Io[] holder = new Io[1];
        java.util.function.Supplier<Io> io = () -> holder[0] != null ? holder[0] : (holder[0] = IoModule.io(rt));
        t.withConstructor((type, a, kw) -> {
            File27 f = new File27(io.get(), type);
            f.open(a, kw);
            return f;
        });
        rt.builtins.put(rt.name("open"), new PyBuiltinFunction("open", (a, kw) -> {
            File27 f = new File27(io.get(), t);
            f.open(a, kw);
            return f;
        }));
        def(rt, t, "read", (f, a, kw) -> {
            f.checkReadable();
            f.checkNotIterating();
            long n = a.length == 0 ? -1 : f.io.integer(a[0], -1, null);
            return PyBytes.of(f.translate(f.buffer.read(n)));
        });
        def(rt, t, "readline", (f, a, kw) -> PyBytes.of(f.readline(a.length == 0 ? -1 : f.io.integer(a[0], -1, null))));
        def(rt, t, "readlines", (f, a, kw) -> {
            List<PyObject> lines = new ArrayList<>();
            for (byte[] l = f.readline(-1); l.length > 0; l = f.readline(-1)) {
                lines.add(PyBytes.of(l));
            }
            return PyList.of(lines);
        });
        def(rt, t, "next", (f, a, kw) -> {
            byte[] l = f.nextLine();
            if (l.length == 0) {
                throw PyError.raiseArgs("StopIteration");
            }
            return PyBytes.of(l);
        });
        def(rt, t, "__iter__", (f, a, kw) -> {
            f.check();
            return f;
        });
        def(rt, t, "xreadlines", (f, a, kw) -> {
            f.check();
            return f;
        });
        def(rt, t, "write", (f, a, kw) -> {
            f.checkWritable();
            f.softspace = 0;
            f.buffer.write(bytes(f, a.length == 0 ? PyNone.NONE : a[0], "expected a string or other character buffer object"));
            return PyNone.NONE;
        });
        def(rt, t, "writelines", (f, a, kw) -> {
            f.checkWritable();
            PyObject it = Ops.iter(rt, a[0]);
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                f.buffer.write(bytes(f, x, "writelines() argument must be a sequence of strings"));
            }
            return PyNone.NONE;
        });
        def(rt, t, "seek", (f, a, kw) -> {
            f.check();
            long whence = a.length > 1 ? f.io.integer(a[1], 0, null) : 0;
            long pos = f.io.integer(a.length > 0 ? a[0] : null, Long.MIN_VALUE, "an integer is required");
            if (whence < 0 || whence > 2) {
                throw PyError.raiseArgs("IOError", PyInt.of(22), Strings.text(rt, "Invalid argument"));
            }
            f.aheadEnd = -1;
            f.buffer.seek(pos, whence);
            return PyNone.NONE;
        });
        def(rt, t, "tell", (f, a, kw) -> {
            f.check();
            return PyInt.of(f.aheadEnd >= 0 ? f.aheadEnd : f.buffer.tell());
        });
        def(rt, t, "truncate", (f, a, kw) -> {
            f.checkWritable();
            Ops.callMethod(rt, f.buffer, "truncate", a.length == 0 ? PyNone.NONE : a[0]);
            return PyNone.NONE;
        });
        def(rt, t, "flush", (f, a, kw) -> {
            f.check();
            return PyNone.NONE;
        });
        def(rt, t, "close", (f, a, kw) -> {
            if (!f.closed) {
                f.closed = true;
                f.raw.close();
            }
            return PyNone.NONE;
        });
        def(rt, t, "fileno", (f, a, kw) -> {
            f.check();
            return PyInt.of(f.raw.fd);
        });
        def(rt, t, "isatty", (f, a, kw) -> {
            f.check();
            return Io.bool(false);
        });
        def(rt, t, "__enter__", (f, a, kw) -> {
            f.check();
            return f;
        });
        def(rt, t, "__exit__", (f, a, kw) -> {
            Ops.callMethod(rt, f, "close");
            return PyNone.NONE;
        });
        prop(rt, t, "closed", f -> Io.bool(f.closed), s -> Io.bool(false));
        prop(rt, t, "name", f -> f.name, s -> Strings.text(rt, "<" + s + ">"));
        prop(rt, t, "mode", f -> Strings.text(rt, f.mode), s -> Strings.text(rt, s.equals("stdin") ? "r" : "w"));
        // a standard stream's encoding and errors are what its CPython took from the environment (interp/StdioSettings)
        streamText(rt, t, "encoding", org.pyvm.core.runtime.PyStream::encoding);
        t.dict.put("softspace", new Softspace(rt));
        prop(rt, t, "newlines", f -> PyNone.NONE, s -> PyNone.NONE);
        streamText(rt, t, "errors", org.pyvm.core.runtime.PyStream::errors);
        if (own != null) {
            return;
        }
    }

    private static byte[] bytes(File27 f, PyObject o, String what) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyStr s) {
            return f.io.bytesLike(Ops.callMethod(f.io.rt, s, "encode", f.io.nativeStr("ascii")), null);
        }
        if (Ops.typeName(f.io.rt, o).equals("bytearray") || Ops.typeName(f.io.rt, o).equals("buffer")) {
            return f.io.bytesLike(o, null);
        }
        throw PyError.raise("TypeError", what.endsWith(" ") ? what + Ops.typeName(f.io.rt, o) : what);
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(File27 f, PyObject[] a, String[] kw);
    }

    /** A method of {@code file}: ours for files opened here, the standard streams' own for those. */
    private static void def(Runtime rt, PyType t, String name, Body body) {
        PyObject old = t.dict.get(name);
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
            if (self instanceof File27 f) {
                return body.call(f, a, kw);
            }
            if (old instanceof PyMethodDescriptor d) {
                return d.invoke(self, a, kw);
            }
            if (name.equals("__enter__") || name.equals("__iter__") || name.equals("xreadlines")) {
                return self;
            }
            if (name.equals("close") || name.equals("__exit__") || name.equals("flush")) {
                return PyNone.NONE;
            }
            throw PyError.raise("IOError", "[Errno 9] Bad file descriptor");
        }));
    }

    /** An attribute of {@code file}: from the file, or for a standard stream from its name. */
    private static void prop(Runtime rt, PyType t, String name, java.util.function.Function<File27, PyObject> get,
            java.util.function.Function<String, PyObject> stream) {
        t.dict.put(name, new StreamProperty(name, self -> {
            if (self instanceof File27 f) {
                return get.apply(f);
            }
            String r = self.repr(rt.lang);
            int q = r.indexOf("'<");
            return stream.apply(q < 0 ? "stream" : r.substring(q + 2, r.indexOf(">'", q)));
        }));
    }

    /** A getset that is None on a file opened here and, on a standard stream, its text (None where that is null). */
    private static void streamText(Runtime rt, PyType t, String name, java.util.function.Function<org.pyvm.core.runtime.PyStream, String> of) {
        t.dict.put(name, new StreamProperty(name, self -> {
            String text = self instanceof org.pyvm.core.runtime.PyStream s ? of.apply(s) : null;
            return text == null ? PyNone.NONE : Strings.text(rt, text);
        }));
    }

    /** file.softspace: a getset of int, of a file opened here or of a standard stream (whose flag the print statement keeps). */
    private static final class Softspace extends PyObject implements org.pyvm.core.runtime.Ops.DataDescriptor {
        private final Runtime rt;

        Softspace(Runtime rt) {
            this.rt = rt;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj instanceof File27 f) {
                return PyInt.of(f.softspace);
            }
            return obj instanceof org.pyvm.core.runtime.PyStream ps ? PyInt.of(ps.softspace ? 1 : 0) : this;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            // set_softspace: PyInt_AsLong, which takes a bool and truncates a float
            long n;
            if (value instanceof org.pyvm.core.objects.PyBool b) {
                n = b.value ? 1 : 0;
            } else if (value instanceof org.pyvm.core.objects.PyFloat d && !Double.isNaN(d.value) && Math.abs(d.value) < 9.2e18) {
                n = (long) d.value;
            } else if (value instanceof PyInt i && i.big == null) {
                n = i.small;
            } else if (value instanceof PyInt) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C long");
            } else {
                throw PyError.raise("TypeError", "an integer is required");
            }
            if (obj instanceof File27 f) {
                f.softspace = n;
            } else if (obj instanceof org.pyvm.core.runtime.PyStream ps) {
                ps.softspace = n != 0;
            }
        }

        @Override
        public void delete(PyObject obj) {
            throw PyError.raise("TypeError", "can't delete softspace attribute");
        }

        @Override
        public String typeName(Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<attribute 'softspace' of 'file' objects>";
        }
    }

    /** A read-only attribute of {@code file} objects. */
    private static final class StreamProperty extends PyObject implements org.pyvm.core.runtime.Ops.DataDescriptor {
        private final String name;
        private final java.util.function.Function<PyObject, PyObject> get;

        StreamProperty(String name, java.util.function.Function<PyObject, PyObject> get) {
            this.name = name;
            this.get = get;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return obj == null ? this : get.apply(obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw PyError.raise(name.equals("closed") || name.equals("name") || name.equals("mode") ? "TypeError" : "AttributeError",
                    "readonly attribute");
        }

        @Override
        public String typeName(Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<attribute '" + name + "' of 'file' objects>";
        }
    }
}
