package org.pyvm.core.modules.io;

import java.util.Locale;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _io.TextIOWrapper}: text over a buffered byte stream, decoded and encoded through the
 * str/bytes codecs of the running version. The default encoding is the locale's, which pyvm takes as
 * UTF-8 (what CPython reports under the C.UTF-8 locale the goldens run in: {@code 'UTF-8'}). Newlines
 * as CPython's: {@code newline=None} reads {@code \n}, {@code \r} and {@code \r\n} as {@code \n};
 * {@code ''} splits lines at any of them untranslated; {@code '\n'}, {@code '\r'}, {@code '\r\n'}
 * split at that one only; writing translates {@code \n} to {@code newline} unless it is None, '' or '\n'.
 * tell() is the byte position of the next character (CPython's cookie for a stateless decoder).
 */
final class TextIOWrapper extends IoObject {
    static final int CHUNK = 8192;
    PyObject buffer;
    String encoding = "UTF-8";
    String errors = "strict";
    /** null (universal, translating), "", "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering;
    private boolean detached;
    /** Decoded text not yet returned, before newline translation. */
    private String pending = "";
    /** Bytes read but not yet decodable (an incomplete multi-byte character). */
    private byte[] undecoded = new byte[0];
    private boolean eof;
    /** False from a next() until the end of the file (or a seek), as CPython refuses tell() while iterating. */
    private boolean telling = true;

    TextIOWrapper(Io io, PyType type) {
        super(io, type);
    }

    private Runtime rt() {
        return io.rt;
    }

    PyObject buffer() {
        if (detached || buffer == null) {
            throw PyError.raise("ValueError", detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        }
        return buffer;
    }

    private void checkClosed() {
        if (Ops.truth(rt(), Ops.getattr(rt(), buffer(), "closed"))) {
            throw io.closed();
        }
    }

    private void checkReadable() {
        checkClosed();
        if (!Ops.truth(rt(), Ops.callMethod(rt(), buffer(), "readable"))) {
            throw io.unsupported("not readable");
        }
    }

    /**
     * The newline argument as text, null for None. 2.7 takes a byte string too (its "z" argument format);
     * 3.x's StringIO quotes a bad value in its message ({@code quoted}), TextIOWrapper does not.
     */
    static String newlineArg(Io io, PyObject o, boolean quoted) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        String v;
        if (o instanceof PyStr s) {
            v = s.value();
        } else if (io.py2 && o instanceof org.pyvm.core.objects.PyBytes b) {
            v = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyError.raise("TypeError", "newline must be str or None, not " + Ops.typeName(io.rt, o));
        }
        if (!v.isEmpty() && !v.equals("\n") && !v.equals("\r") && !v.equals("\r\n")) {
            throw PyError.raise("ValueError", "illegal newline value: " + (quoted && !io.py2 ? Ops.repr(io.rt, o) : v));
        }
        return v;
    }

    private String codecName() {
        return encoding.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How many leading bytes of {@code b} decode to whole characters (the rest waits for more). */
    private int complete(byte[] b) {
        String e = codecName();
        if (e.startsWith("utf-16") || e.startsWith("utf16")) {
            return b.length & ~1;
        }
        if (e.startsWith("utf-32") || e.startsWith("utf32")) {
            return b.length & ~3;
        }
        if (!(e.equals("utf-8") || e.equals("utf8"))) {
            return b.length;
        }
        int n = b.length;
        for (int back = 1; back <= 3 && n - back >= 0; back++) {
            int c = b[n - back] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue;
            }
            int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    private String decode(byte[] b) {
        if (b.length == 0) {
            return "";
        }
        PyObject s = Ops.callMethod(rt(), PyBytes.of(b), "decode", io.nativeStr(encoding), io.nativeStr(errors));
        return ((PyStr) s).value();
    }

    private byte[] encode(String s) {
        PyObject b = Ops.callMethod(rt(), PyStr.of(s), "encode", io.nativeStr(encoding), io.nativeStr(errors));
        return io.bytesLike(b, null);
    }

    /** Reads one more chunk into {@link #pending}; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        PyObject r = Ops.getattrOrNull(rt(), buffer(), "read1") != null
                ? Ops.callMethod(rt(), buffer(), "read1", Io.integer(CHUNK)) : Ops.callMethod(rt(), buffer(), "read", Io.integer(CHUNK));
        byte[] chunk = r == PyNone.NONE ? new byte[0] : io.bytesLike(r, null);
        byte[] all = new byte[undecoded.length + chunk.length];
        System.arraycopy(undecoded, 0, all, 0, undecoded.length);
        System.arraycopy(chunk, 0, all, undecoded.length, chunk.length);
        if (chunk.length == 0) {
            eof = true;
            undecoded = new byte[0];
            pending += noted(decode(all));
            if (crLast) {
                seenNewlines |= SEEN_CR; // a \r at the very end is no half of \r\n after all
            }
            return false;
        }
        int k = complete(all);
        undecoded = java.util.Arrays.copyOfRange(all, k, all.length);
        pending += noted(decode(java.util.Arrays.copyOf(all, k)));
        return true;
    }

    /** The kinds of line ending read so far in a universal newline mode (IncrementalNewlineDecoder's seennl). */
    private int seenNewlines;
    /** The text decoded so far ended in \r, which the next text's \n would make a \r\n. */
    private boolean crLast;
    private static final int SEEN_LF = 1;
    private static final int SEEN_CR = 2;
    private static final int SEEN_CRLF = 4;

    /** {@code text} as decoded, its line endings noted where newline is None or '' (the modes that look for all three). */
    private String noted(String text) {
        if (newline != null && !newline.isEmpty() || text.isEmpty()) {
            return text;
        }
        int i = 0;
        if (crLast) {
            crLast = false;
            if (text.charAt(0) == '\n') {
                seenNewlines |= SEEN_CRLF;
                i = 1;
            } else {
                seenNewlines |= SEEN_CR;
            }
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seenNewlines |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 == text.length()) {
                    crLast = true;
                } else if (text.charAt(i + 1) == '\n') {
                    seenNewlines |= SEEN_CRLF;
                    i++;
                } else {
                    seenNewlines |= SEEN_CR;
                }
            }
        }
        return text;
    }

    /**
     * The {@code newlines} attribute: None, one ending (text: 2.7's unicode), or a tuple of them in CPython's order
     * (made with Py_BuildValue's "s": 2.7's byte strings).
     */
    private PyObject newlines() {
        PyObject lf = io.nativeStr("\n");
        PyObject cr = io.nativeStr("\r");
        PyObject crlf = io.nativeStr("\r\n");
        return switch (seenNewlines) {
            case 0 -> PyNone.NONE;
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_LF | SEEN_CR -> org.pyvm.core.objects.PyTuple.of(cr, lf);
            case SEEN_LF | SEEN_CRLF -> org.pyvm.core.objects.PyTuple.of(lf, crlf);
            case SEEN_CR | SEEN_CRLF -> org.pyvm.core.objects.PyTuple.of(cr, crlf);
            default -> org.pyvm.core.objects.PyTuple.of(cr, lf, crlf);
        };
    }

    private String translate(String s) {
        return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    /** Everything to the end, translated. */
    String readAll() {
        while (fill()) {
            // read on
        }
        String s = translate(pending);
        pending = "";
        return s;
    }

    /** Up to {@code n} characters, translated ({@code \r\n} counts as one where it becomes {@code \n}). */
    String read(long n) {
        StringBuilder out = new StringBuilder();
        int got = 0;
        while (got < n) {
            if (pending.isEmpty() || newline == null && pending.endsWith("\r") && !eof) {
                if (!fill() && pending.isEmpty()) {
                    break;
                }
                if (pending.endsWith("\r") && !eof) {
                    continue;
                }
            }
            int i = 0;
            while (i < pending.length() && got < n) {
                int c = pending.codePointAt(i);
                if (newline == null && c == '\r') {
                    if (i + 1 >= pending.length() && !eof) {
                        break; // a \r at the end of what is read so far may be half of \r\n
                    }
                    out.append('\n');
                    i += i + 1 < pending.length() && pending.charAt(i + 1) == '\n' ? 2 : 1;
                } else {
                    out.appendCodePoint(c);
                    i += Character.charCount(c);
                }
                got++;
            }
            pending = pending.substring(i);
            if (i == 0 && eof && pending.isEmpty()) {
                break;
            }
        }
        return out.toString();
    }

    /** One line (with its ending, translated), at most {@code limit} characters. */
    String readline(long limit) {
        int searched = 0;
        while (true) {
            int end = lineEnd(searched);
            if (end >= 0) {
                return take(end, limit);
            }
            if (limit >= 0 && pending.codePointCount(0, pending.length()) >= limit) {
                return take(pending.length(), limit);
            }
            searched = Math.max(0, pending.length() - 1);
            if (!fill()) {
                int e = lineEnd(0);
                return take(e >= 0 ? e : pending.length(), limit);
            }
        }
    }

    /** The index just after the first line ending in {@link #pending}, or -1 (also for a trailing \r that may be \r\n). */
    private int lineEnd(int from) {
        if (newline == null || newline.isEmpty()) {
            for (int i = from; i < pending.length(); i++) {
                char c = pending.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < pending.length()) {
                        return pending.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return eof ? i + 1 : -1;
                }
            }
            return -1;
        }
        int i = pending.indexOf(newline, from);
        return i < 0 ? -1 : i + newline.length();
    }

    private String take(int end, long limit) {
        String raw = pending.substring(0, end);
        if (limit >= 0 && raw.codePointCount(0, raw.length()) > limit) {
            raw = raw.substring(0, raw.offsetByCodePoints(0, (int) limit));
        }
        pending = pending.substring(raw.length());
        return translate(raw);
    }

    int write(String s) {
        checkClosed();
        if (!Ops.truth(rt(), Ops.callMethod(rt(), buffer(), "writable"))) {
            throw io.unsupported("not writable");
        }
        int n = s.codePointCount(0, s.length());
        boolean hasNewline = s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        String out = newline != null && (newline.equals("\r") || newline.equals("\r\n")) ? s.replace("\n", newline) : s;
        // what was read ahead is dropped, as CPython resets its decoder
        pending = "";
        undecoded = new byte[0];
        eof = false;
        Ops.callMethod(rt(), buffer(), "write", PyBytes.of(encode(out)));
        if (lineBuffering && hasNewline) {
            Ops.callMethod(rt(), buffer(), "flush");
        }
        return n;
    }

    long tell() {
        checkClosed();
        if (!Ops.truth(rt(), Ops.callMethod(rt(), buffer(), "seekable"))) {
            throw io.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyError.raise(io.py2 ? "IOError" : "OSError", "telling position disabled by next() call");
        }
        Ops.callMethod(rt(), this, "flush");
        long pos = io.integer(Ops.callMethod(rt(), buffer(), "tell"), 0, null);
        return pos - undecoded.length - (pending.isEmpty() ? 0 : encode(pending).length);
    }

    long seek(long cookie, long whence) {
        checkClosed();
        if (!Ops.truth(rt(), Ops.callMethod(rt(), buffer(), "seekable"))) {
            throw io.unsupported("underlying stream is not seekable");
        }
        if (whence == 1) {
            if (cookie != 0) {
                throw io.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
            whence = 0;
        } else if (whence == 2) {
            if (cookie != 0) {
                throw io.unsupported("can't do nonzero end-relative seeks");
            }
            Ops.callMethod(rt(), this, "flush");
            reset();
            return io.integer(Ops.callMethod(rt(), buffer(), "seek", Io.integer(0), Io.integer(2)), 0, null);
        } else if (whence != 0) {
            throw PyError.raise("ValueError", "invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie < 0) {
            throw PyError.raise("ValueError", "negative seek position " + cookie);
        }
        Ops.callMethod(rt(), this, "flush");
        reset();
        Ops.callMethod(rt(), buffer(), "seek", Io.integer(cookie));
        return cookie;
    }

    private void reset() {
        telling = true;
        pending = "";
        undecoded = new byte[0];
        eof = false;
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = IoArgs.parse("TextIOWrapper", a, kw, 1, "buffer", "encoding", "errors", "newline", "line_buffering",
                "write_through");
        String enc = p[1] == null || p[1] == PyNone.NONE ? "UTF-8" : io.string(p[1]);
        if (p[1] != null && p[1] != PyNone.NONE && !(p[1] instanceof PyStr) && !io.py2) {
            throw PyError.raise("TypeError", "TextIOWrapper() argument 'encoding' must be str or None, not " + Ops.argumentTypeName(rt(), p[1]));
        }
        if (enc.equals("locale") && !io.py2 && rt().lang.minor() >= 10) {
            enc = "UTF-8"; // 3.10+'s encoding="locale" (what io.text_encoding(None) gives): the locale's, which is UTF-8 here
        }
        String err = p[2] == null || p[2] == PyNone.NONE ? "strict" : io.string(p[2]);
        String nl = newlineArg(io, p[3], false);
        // an unknown encoding is refused here, as CPython's codec lookup does
        Ops.callMethod(rt(), PyStr.of(""), "encode", io.nativeStr(enc));
        buffer = p[0];
        encoding = enc;
        errors = err;
        newline = nl;
        lineBuffering = p[4] != null && Ops.truth(rt(), p[4]);
        detached = false;
        reset();
    }

    static void install(Io io) {
        PyType t = io.textiowrapper;
        Runtime rt = io.rt;
        io.construct(t, type -> new TextIOWrapper(io, type), (self, a, kw) -> io.as(t, TextIOWrapper.class, "__init__", self).init(a, kw));
        io.property(t, TextIOWrapper.class, "buffer", w -> w.buffer());
        io.property(t, TextIOWrapper.class, "encoding", w -> io.nativeStr(w.encoding));
        io.property(t, TextIOWrapper.class, "errors", w -> io.nativeStr(w.errors));
        io.property(t, TextIOWrapper.class, "line_buffering", w -> Io.bool(w.lineBuffering));
        io.property(t, TextIOWrapper.class, "newlines", TextIOWrapper::newlines);
        io.property(t, TextIOWrapper.class, "closed", w -> Ops.getattr(rt, w.buffer(), "closed"));
        io.property(t, TextIOWrapper.class, "name", w -> Ops.getattr(rt, w.buffer(), "name"));
        io.def(t, TextIOWrapper.class, "read", (w, a, kw) -> {
            long n = io.integer(IoArgs.parse("read", a, kw, 0, "size")[0], -1, null);
            w.checkReadable();
            return PyStr.of(n < 0 ? w.readAll() : w.read(n));
        });
        io.def(t, TextIOWrapper.class, "readline", (w, a, kw) -> {
            long n = io.integer(IoArgs.parse("readline", a, kw, 0, "size")[0], -1, null);
            w.checkReadable();
            return PyStr.of(w.readline(n));
        });
        io.def(t, TextIOWrapper.class, io.py2 ? "next" : "__next__", (w, a, kw) -> {
            w.checkReadable();
            w.telling = false;
            String line = w.readline(-1);
            if (line.isEmpty()) {
                w.telling = true;
                throw PyError.raiseArgs("StopIteration");
            }
            return PyStr.of(line);
        });
        io.def(t, TextIOWrapper.class, "write", (w, a, kw) -> {
            if (!(a.length > 0 && a[0] instanceof PyStr s)) {
                PyObject x = a.length > 0 ? a[0] : PyNone.NONE;
                throw PyError.raise("TypeError", io.py2 ? "can't write " + Ops.typeName(rt, x) + " to text stream"
                        : "write() argument must be str, not " + Ops.argumentTypeName(rt, x));
            }
            return io.size(w.write(s.value()));
        });
        io.def(t, TextIOWrapper.class, "tell", (w, a, kw) -> io.size(w.tell()));
        io.def(t, TextIOWrapper.class, "seek", (w, a, kw) -> {
            PyObject[] p = IoArgs.parse("seek", a, kw, 1, "cookie", "whence");
            return Io.integer(w.seek(io.integer(p[0], Long.MIN_VALUE, null), io.integer(p[1], 0, null)));
        });
        io.def(t, TextIOWrapper.class, "truncate", (w, a, kw) -> {
            Ops.callMethod(rt, w, "flush");
            return Ops.callMethod(rt, w.buffer(), "truncate", a.length == 0 ? PyNone.NONE : a[0]);
        });
        io.def(t, TextIOWrapper.class, "flush", (w, a, kw) -> {
            w.checkClosed();
            Ops.callMethod(rt, w.buffer(), "flush");
            return PyNone.NONE;
        });
        io.def(t, TextIOWrapper.class, "close", (w, a, kw) -> {
            if (!Ops.truth(rt, Ops.getattr(rt, w.buffer(), "closed"))) {
                try {
                    Ops.callMethod(rt, w, "flush");
                } finally {
                    Ops.callMethod(rt, w.buffer(), "close");
                }
            }
            return PyNone.NONE;
        });
        io.def(t, TextIOWrapper.class, "detach", (w, a, kw) -> {
            Ops.callMethod(rt, w, "flush");
            PyObject b = w.buffer();
            w.detached = true;
            return b;
        });
        for (String n : new String[] {"fileno", "isatty", "readable", "writable", "seekable"}) {
            io.def(t, TextIOWrapper.class, n, (w, a, kw) -> Ops.callMethod(rt, w.buffer(), n));
        }
        io.def(t, TextIOWrapper.class, "__repr__", (w, a, kw) -> {
            StringBuilder sb = new StringBuilder("<").append(rt.types.of(w) == t ? "_io.TextIOWrapper" : w.type().name(rt.lang));
            for (String attr : io.py2 ? new String[] {"name"} : new String[] {"name", "mode"}) {
                PyObject v;
                try {
                    v = Ops.getattrOrNull(rt, w, attr);
                } catch (PyError e) {
                    v = null;
                }
                if (v != null) {
                    sb.append(' ').append(attr).append('=').append(Ops.repr(rt, v));
                }
            }
            sb.append(" encoding=").append(Ops.repr(rt, io.nativeStr(w.encoding))).append('>');
            return Strings.text(rt, sb.toString());
        });
    }
}
