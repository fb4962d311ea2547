package org.pyvm.core.modules.io;

import java.util.Arrays;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/**
 * {@code _io.StringIO}: text kept as code points, with a position counted in code points. Newlines as
 * CPython's: {@code newline=None} turns {@code \r\n} and {@code \r} written into {@code \n}; {@code '\r'}
 * or {@code '\r\n'} write {@code \n} as that; lines end at {@code \n}, or at any of the three with {@code ''}.
 */
final class StringIO extends IoObject {
    private int[] buf = new int[16];
    private int size;
    private int pos;
    private boolean closed;
    /** The newline argument: null (universal, translating), "", "\n", "\r" or "\r\n". */
    private String newline = "\n";

    StringIO(Io io, PyType type) {
        super(io, type);
    }

    private void check() {
        if (closed) {
            throw PyError.raise("ValueError", "I/O operation on closed file"); // StringIO's own words, without a period
        }
    }

    private String slice(int from, int to) {
        return new String(buf, from, to - from);
    }

    String read(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        String s = k == 0 ? "" : slice(pos, pos + k);
        pos += k;
        return s;
    }

    String readline(long limit) {
        check();
        if (pos >= size) {
            return "";
        }
        int end = pos;
        int max = limit < 0 ? size : (int) Math.min(size, pos + limit);
        boolean universal = newline != null && newline.isEmpty();
        String nl = newline == null ? "\n" : newline;
        while (end < max) {
            int c = buf[end++];
            if (universal) {
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (end < max && buf[end] == '\n') {
                        end++;
                    }
                    break;
                }
            } else if (c == nl.charAt(nl.length() - 1) && endsWith(end, nl)) {
                break;
            }
        }
        String s = slice(pos, end);
        pos = end;
        return s;
    }

    private boolean endsWith(int end, String nl) {
        if (end - nl.length() < pos) {
            return false;
        }
        for (int i = 0; i < nl.length(); i++) {
            if (buf[end - nl.length() + i] != nl.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int write(String s) {
        check();
        int given = s.codePointCount(0, s.length());
        if (newline == null) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            s = s.replace("\n", newline);
        }
        int[] cps = s.codePoints().toArray();
        int end = pos + cps.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = end;
        size = Math.max(size, end);
        return given;
    }

    private String text(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        // write() quotes the type's name; __init__'s "initial_value must be str or None, not bytes" does not
        boolean quoted = io.py2 || what.endsWith("'");
        throw PyError.raise("TypeError", (io.py2 ? "unicode argument expected, got '" : what) + Ops.typeName(io.rt, o) + (quoted ? "'" : ""));
    }

    static void install(Io io) {
        PyType t = io.stringio;
        io.construct(t, type -> new StringIO(io, type), (self, a, kw) -> {
            StringIO s = io.as(t, StringIO.class, "__init__", self);
            PyObject[] p = IoArgs.parse("StringIO", a, kw, 0, "initial_value", "newline");
            s.newline = TextIOWrapper.newlineArg(io, p[1] == null ? PyStr.of("\n") : p[1], true);
            s.size = 0;
            s.pos = 0;
            if (p[0] != null && p[0] != PyNone.NONE) {
                s.write(s.text(p[0], "initial_value must be str or None, not "));
                s.pos = 0;
            }
        });
        io.property(t, StringIO.class, "closed", s -> Io.bool(s.closed));
        // (value, newline, position, dict): what copy and pickle keep of it, and give back to a fresh one
        io.def(t, StringIO.class, "__getstate__", (s, a, kw) -> {
            s.check();
            return org.pyvm.core.objects.PyTuple.of(PyStr.of(s.slice(0, s.size)), s.newline == null ? PyNone.NONE : PyStr.of(s.newline),
                    org.pyvm.core.objects.PyInt.of(s.pos), Io.stateDict(io, s)); // 2.7 too: an int, where tell() says a long
        });
        io.def(t, StringIO.class, "__setstate__", (s, a, kw) -> {
            s.check();
            PyObject[] st = Io.state(io, t, a, 4);
            if (!(st[0] instanceof PyStr value)) {
                throw PyError.raise("TypeError", "initial_value must be str, not " + Ops.typeName(io.rt, st[0]));
            }
            s.newline = TextIOWrapper.newlineArg(io, st[1], true);
            int[] cps = value.codePoints();
            s.buf = Arrays.copyOf(cps, Math.max(16, cps.length)); // as it was: no newline translation on the way back
            s.size = cps.length;
            s.pos = (int) Io.statePosition(io, st[2]);
            Io.restoreDict(io, s, st[3]);
            return PyNone.NONE;
        });
        io.property(t, StringIO.class, "line_buffering", s -> Io.bool(false));
        io.def(t, StringIO.class, "getvalue", (s, a, kw) -> {
            s.check();
            return PyStr.of(s.slice(0, s.size));
        });
        io.def(t, StringIO.class, "read", (s, a, kw) -> PyStr.of(s.read(io.integer(IoArgs.parse("read", a, kw, 0, "size")[0], -1, null))));
        io.def(t, StringIO.class, "readline", (s, a, kw) ->
                PyStr.of(s.readline(io.integer(IoArgs.parse("readline", a, kw, 0, "size")[0], -1, null))));
        io.def(t, StringIO.class, io.py2 ? "next" : "__next__", (s, a, kw) -> {
            String line = s.readline(-1);
            if (line.isEmpty()) {
                throw PyError.raiseArgs("StopIteration");
            }
            return PyStr.of(line);
        });
        io.def(t, StringIO.class, "write", (s, a, kw) -> {
            s.check();
            return io.size(s.write(s.text(a[0], "string argument expected, got '")));
        });
        io.def(t, StringIO.class, "seek", (s, a, kw) -> {
            s.check();
            PyObject[] p = IoArgs.parse("seek", a, kw, 1, "pos", "whence");
            long pos = io.offset(p[0]);
            long whence = io.integer(p[1], 0, null);
            if (whence < 0 || whence > 2) {
                throw PyError.raise("ValueError", "Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (pos < 0 && whence == 0) {
                throw PyError.raise("ValueError", "Negative seek position " + pos);
            }
            if (whence != 0 && pos != 0) {
                throw PyError.raise(io.py2 ? "IOError" : "OSError", "Can't do nonzero cur-relative seeks");
            }
            s.pos = whence == 0 ? (int) Math.min(pos, Integer.MAX_VALUE - 8) : whence == 2 ? s.size : s.pos;
            return io.size(s.pos);
        });
        io.def(t, StringIO.class, "tell", (s, a, kw) -> {
            s.check();
            return io.size(s.pos);
        });
        io.def(t, StringIO.class, "truncate", (s, a, kw) -> {
            s.check();
            long n = a.length == 0 || a[0] == PyNone.NONE ? s.pos : io.integer(a[0], 0, null);
            if (n < 0) {
                throw PyError.raise("ValueError", "Negative size value " + n);
            }
            if (n < s.size) {
                s.size = (int) n;
            }
            return io.size(n);
        });
        for (String n : new String[] {"readable", "writable", "seekable"}) {
            io.def(t, StringIO.class, n, (s, a, kw) -> {
                s.check();
                return Io.bool(true);
            });
        }
        io.def(t, StringIO.class, "close", (s, a, kw) -> {
            s.closed = true;
            return PyNone.NONE;
        });
    }
}
