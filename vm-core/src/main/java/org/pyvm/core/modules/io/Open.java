package org.pyvm.core.modules.io;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _io.open} (3.x's builtin {@code open}): checks the mode as CPython does, opens a FileIO, wraps it
 * in the buffered class for the mode and, for text, in a TextIOWrapper whose {@code mode} is the one given.
 */
final class Open {
    private Open() {
    }

    /** A path argument as text: str, bytes (decoded as the file system's UTF-8), or (3.6+) an os.PathLike. */
    static String fspath(Io io, PyObject file) {
        if (file instanceof PyStr s) {
            return s.value();
        }
        if (file instanceof PyBytes b) {
            return io.py2 ? Strings.latin1(b.bytes()) : new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!io.py2) {
            PyObject m = io.rt.types.of(file).lookup("__fspath__");
            if (m != null) {
                PyObject r = Ops.call(io.rt, m, file);
                if (r instanceof PyStr || r instanceof PyBytes) {
                    return fspath(io, r);
                }
                throw PyError.raise("TypeError", "expected " + io.rt.types.of(file).name(io.rt.lang) + ".__fspath__() to return str or bytes, not "
                        + Ops.typeName(io.rt, r));
            }
            throw PyError.raise("TypeError", "expected str, bytes or os.PathLike object, not " + Ops.typeName(io.rt, file));
        }
        throw PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(io.rt, file) + " found");
    }

    static PyObject open(Io io, PyObject[] a, String[] kw) {
        PyObject[] p = IoArgs.parse("open", a, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        PyObject file = p[0];
        if (!(file instanceof PyStr || file instanceof PyBytes || file instanceof PyInt || file instanceof PyBool)) {
            boolean number = file instanceof PyFloat && io.rt.lang.minor() < 7 && !io.py2; // 3.6 lets FileIO refuse it
            if (!number && (file instanceof PyFloat || io.py2 || io.rt.types.of(file).lookup("__fspath__") == null)) {
                throw PyError.raise("TypeError", io.py2 || io.rt.lang.minor() < 6 ? "invalid file: " + Ops.repr(io.rt, file)
                        : "expected str, bytes or os.PathLike object, not " + Ops.typeName(io.rt, file));
            }
        }
        if (p[1] != null && !(p[1] instanceof PyStr) && !(io.py2 && p[1] instanceof PyBytes)) {
            // Argument Clinic names a keyword-capable argument by its name from 3.10, by its position before
            String which = io.rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "'mode'" : "2";
            throw PyError.raise("TypeError", "open() argument " + which + " must be str, not " + Ops.argumentTypeName(io.rt, p[1]));
        }
        String mode = p[1] == null ? "r" : io.string(p[1]);
        long buffering = io.integer(p[2], -1, null);
        PyObject encoding = p[3] == null ? PyNone.NONE : p[3];
        PyObject errors = p[4] == null ? PyNone.NONE : p[4];
        PyObject newline = p[5] == null ? PyNone.NONE : p[5];
        boolean closefd = p[6] == null || Ops.truth(io.rt, p[6]);
        PyObject opener = p[7] == null ? PyNone.NONE : p[7];

        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        boolean universal = false;
        String seen = "";
        for (char c : mode.toCharArray()) {
            if ("xrwab+tU".indexOf(c) < 0 || seen.indexOf(c) >= 0 || c == 'U' && io.rt.lang.minor() >= 11 && !io.py2) {
                throw PyError.raise("ValueError", "invalid mode: " + Ops.repr(io.rt, io.nativeStr(mode)));
            }
            seen += c;
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> universal = true;
            }
        }
        if (universal) {
            if (creating || writing || appending || updating) {
                throw PyError.raise("ValueError", "mode U cannot be combined with 'x', 'w', 'a', or '+'");
            }
            reading = true;
        }
        if (text && binary) {
            throw PyError.raise("ValueError", "can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyError.raise("ValueError", io.py2 ? "must have exactly one of read/write/append mode"
                    : "must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != PyNone.NONE) {
            throw PyError.raise("ValueError", "binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw PyError.raise("ValueError", "binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyError.raise("ValueError", "binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1 && !io.py2 && io.rt.lang.minor() >= 8) {
            buffering = -1; // 3.8+ warns (RuntimeWarning) and buffers as usual
        }
        // no mode at all is FileIO's to refuse, in its words
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        FileIO raw = new FileIO(io, io.fileio);
        raw.init(new PyObject[] {file, io.nativeStr(rawMode), Io.bool(closefd), opener}, null);
        try {
            boolean lineBuffering = buffering == 1 || buffering < 0 && io.files().isatty(raw.fd);
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PyError.raise("ValueError", "can't have unbuffered text I/O");
            }
            Buffered buffer = new Buffered(io, updating ? io.bufferedRandom : creating || writing || appending ? io.bufferedWriter
                    : io.bufferedReader);
            buffer.raw = raw;
            if (binary) {
                return buffer;
            }
            TextIOWrapper w = new TextIOWrapper(io, io.textiowrapper);
            w.init(new PyObject[] {buffer, encoding, errors, newline, Io.bool(lineBuffering)}, null);
            w.dict.put("mode", io.nativeStr(mode));
            return w;
        } catch (PyError e) {
            raw.close();
            throw e;
        }
    }
}
