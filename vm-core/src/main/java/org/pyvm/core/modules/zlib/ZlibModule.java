package org.pyvm.core.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.Deflater;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code zlib} (a C module over the zlib library in CPython), on {@link Deflater}/{@link Inflater}, which
 * wrap the same library: checksums ({@code crc32}, {@code adler32}, 2.7's results signed, 3.x's
 * unsigned), one-shot {@code compress}/{@code decompress} and the streaming compress and decompress
 * objects ({@code unused_data}, {@code unconsumed_tail}, 3.x {@code eof}), with zlib, raw deflate
 * (negative wbits), gzip (wbits 16 + n) and automatic (32 + n) containers, and CPython's messages
 * ("Error -3 while decompressing data: incorrect header check"). The java.util.zip classes cannot
 * copy a stream's state, so {@code copy()} is refused with a ValueError; memLevel and window sizes
 * under 15 are checked but compress with zlib's defaults (the output stays valid zlib data).
 */
public final class ZlibModule {
    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int DEF_BUF_SIZE = 16384;
    private static final String VERSION = "1.2.13";
    private static final int[] CRC_TABLE = crcTable();

    final Runtime rt;
    final boolean py2;
    final PyType error;
    final PyType compType;
    final PyType decompType;

    private ZlibModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        PyDict ns = PyDict.of(rt.lang, List.of());
        ns.put(rt.name("__module__"), Strings.text(rt, "zlib"));
        this.error = (PyType) Ops.call(rt, rt.types.type, Strings.text(rt, "error"), PyTuple.of(rt.types.exceptions.get("Exception")), ns);
        this.compType = type("Compress");
        this.decompType = type("Decompress");
    }

    private PyType type(String name) {
        PyType t = PyType.builtin(name, null, rt.types.object).withoutSubclasses();
        t.dict.put("__module__", PyStr.of("zlib"));
        return t.withConstructor((type, a, kw) -> {
            throw PyError.raise("TypeError", "cannot create 'zlib." + name + "' instances");
        });
    }

    public static PyModule create(Runtime rt) {
        ZlibModule z = new ZlibModule(rt);
        return z.build();
    }

    private PyModule build() {
        PyModule m = new PyModule("zlib", PyDict.of(rt.lang, List.of()));
        put(m, "__name__", Strings.text(rt, "zlib"));
        put(m, "__doc__", PyNone.NONE);
        put(m, "__package__", py2 ? PyNone.NONE : Strings.text(rt, ""));
        put(m, "__version__", Strings.text(rt, "1.0"));
        put(m, "ZLIB_VERSION", Strings.text(rt, VERSION));
        put(m, "error", error);
        put(m, "MAX_WBITS", PyInt.of(15));
        put(m, "DEFLATED", PyInt.of(8));
        put(m, "DEF_MEM_LEVEL", PyInt.of(8));
        put(m, "Z_BEST_SPEED", PyInt.of(1));
        put(m, "Z_BEST_COMPRESSION", PyInt.of(9));
        put(m, "Z_DEFAULT_COMPRESSION", PyInt.of(-1));
        put(m, "Z_FILTERED", PyInt.of(1));
        put(m, "Z_HUFFMAN_ONLY", PyInt.of(2));
        put(m, "Z_DEFAULT_STRATEGY", PyInt.of(0));
        put(m, "Z_FINISH", PyInt.of(Z_FINISH));
        put(m, "Z_NO_FLUSH", PyInt.of(Z_NO_FLUSH));
        put(m, "Z_SYNC_FLUSH", PyInt.of(Z_SYNC_FLUSH));
        put(m, "Z_FULL_FLUSH", PyInt.of(Z_FULL_FLUSH));
        if (!py2) {
            put(m, "ZLIB_RUNTIME_VERSION", Strings.text(rt, VERSION));
            put(m, "DEF_BUF_SIZE", PyInt.of(DEF_BUF_SIZE));
            put(m, "Z_NO_COMPRESSION", PyInt.of(0));
            put(m, "Z_PARTIAL_FLUSH", PyInt.of(Z_PARTIAL_FLUSH));
            put(m, "Z_BLOCK", PyInt.of(5));
            put(m, "Z_TREES", PyInt.of(6));
            put(m, "Z_RLE", PyInt.of(3));
            put(m, "Z_FIXED", PyInt.of(4));
        }
        def(m, "crc32", (a, kw) -> checksum("crc32", a, kw, true));
        def(m, "adler32", (a, kw) -> checksum("adler32", a, kw, false));
        def(m, "compress", this::compress);
        def(m, "decompress", this::decompress);
        def(m, "compressobj", this::compressobj);
        def(m, "decompressobj", this::decompressobj);
        ZStreams.install(this);
        return m;
    }

    private void put(PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }

    private void def(PyModule m, String name, org.pyvm.core.objects.PyCallable impl) {
        put(m, name, new PyBuiltinFunction(name, impl));
    }

    // ------------------------------------------------------------------ errors and arguments

    PyError error(String message) {
        return PyError.of(Ops.call(rt, error, Strings.text(rt, message)));
    }

    /** CPython's zlib_error: "Error N while WHAT: MSG". */
    PyError zerror(int code, String while_, String msg) {
        return error("Error " + code + " while " + while_ + ": " + msg);
    }

    static int positional(PyObject[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    /**
     * Binds arguments to {@code names}; {@code posOnly} of them are positional-only, {@code required} are
     * required. 2.7's functions take no keywords at all.
     */
    PyObject[] bind(String fname, PyObject[] a, String[] kw, int required, int posOnly, String... names) {
        int n = positional(a, kw);
        PyObject[] out = new PyObject[names.length];
        boolean kwGiven = kw != null && kw.length > 0;
        if (py2 && kwGiven) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        if (n > names.length) {
            if (py2) {
                throw PyError.raise("TypeError", fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                        + " (" + n + " given)");
            }
            throw PyError.raise("TypeError", fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + (n + (kw == null ? 0 : kw.length)) + " given)");
        }
        System.arraycopy(a, 0, out, 0, n);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int at = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[at] != null) {
                throw PyError.raise("TypeError", "argument for " + fname + "() given by name ('" + kw[k] + "') and position (" + (at + 1) + ")");
            }
            out[at] = a[n + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (py2) {
                    throw PyError.raise("TypeError", fname + "() takes at least " + required + " argument" + (required == 1 ? "" : "s")
                            + " (" + n + " given)");
                }
                if (i < posOnly) {
                    boolean v311 = rt.lang.minor() >= 7;
                    throw PyError.raise("TypeError", v311 ? fname + "() takes at least " + posOnly + " positional argument" + (posOnly == 1 ? "" : "s")
                            + " (" + n + " given)" : "Function takes at least " + posOnly + " positional arguments (" + n + " given)");
                }
                throw PyError.raise("TypeError", fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /**
     * The bytes of a bytes-like argument; 2.7's "s#" takes str, buffer and unicode (through the default
     * encoding) and refuses bytearray and memoryview.
     */
    byte[] data(PyObject o, String fname) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        String tn = rt.types.of(o).name(rt.lang);
        if (py2) {
            if (o instanceof PyStr s) {
                return ((PyBytes) Ops.callMethod(rt, s, "encode", Strings.text(rt, "ascii"))).bytes();
            }
            if (tn.equals("buffer")) {
                return ((PyBytes) Ops.call(rt, rt.types.bytes, o)).bytes();
            }
            throw PyError.raise("TypeError", fname + "() argument 1 must be string or read-only buffer, not " + Ops.argumentTypeName(rt, o));
        }
        if (tn.equals("bytearray") || tn.equals("memoryview")) {
            return ((PyBytes) Ops.call(rt, rt.types.bytes, o)).bytes();
        }
        throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, o) + "'");
    }

    /** An integer argument as a C int ('i' format). */
    int cint(PyObject o) {
        BigInteger v = integer(o);
        if (v.bitLength() >= 32) {
            throw PyError.raise("OverflowError", v.signum() < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        return v.intValue();
    }

    /** An integer argument as a C ssize_t ('n' format, or 3.x's ssize_t converters). */
    long ssize(PyObject o) {
        BigInteger v = integer(o);
        if (v.bitLength() >= 64) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    BigInteger integer(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyError.raise("TypeError", rt.lang.major() == 3 && rt.lang.minor() >= 10 ? "'float' object cannot be interpreted as an integer"
                    : "integer argument expected, got float");
        }
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (o instanceof PyBool b) {
            return b.value ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (o instanceof PyInstance && rt.types.of(o).lookup("__index__") != null) {
            PyObject v = Ops.callMethod(rt, o, "__index__");
            if (v instanceof PyInt i) {
                return i.toBigInteger();
            }
        }
        if (py2) {
            throw PyError.raise("TypeError", "an integer is required");
        }
        throw PyError.raise("TypeError", rt.lang.minor() >= 10 ? "'" + Ops.typeName(rt, o) + "' object cannot be interpreted as an integer"
                : "an integer is required (got type " + Ops.typeName(rt, o) + ")");
    }

    // ------------------------------------------------------------------ checksums

    private PyObject checksum(String fname, PyObject[] a, String[] kw, boolean crc) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            if (!py2 && rt.lang.minor() >= 7) {
                throw PyError.raise("TypeError", fname + " expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + a.length);
            }
            throw PyError.raise("TypeError", fname + "() takes " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments") + " (" + a.length + " given)");
        }
        byte[] b = data(a[0], fname);
        long start = crc ? 0 : 1;
        if (a.length == 2) {
            start = integer(a[1]).longValue() & 0xffffffffL; // the value is taken modulo 2**32 (PyLong_AsUnsignedLongMask)
        }
        long v = crc ? crc32(start, b) : adler32(start, b);
        return PyInt.of(py2 ? (int) v : v);
    }

    private static int[] crcTable() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }

    static long crc32(long start, byte[] b) {
        int c = ~(int) start;
        for (byte x : b) {
            c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    static long adler32(long start, byte[] b) {
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        int i = 0;
        while (i < b.length) {
            int n = Math.min(3800, b.length - i);
            for (int k = 0; k < n; k++) {
                s1 += b[i++] & 0xff;
                s2 += s1;
            }
            s1 %= 65521;
            s2 %= 65521;
        }
        return (s2 << 16) | s1;
    }

    // ------------------------------------------------------------------ one-shot

    private PyObject compress(PyObject[] a, String[] kw) {
        PyObject[] r = py2 ? bind("compress", a, kw, 1, 2, "string", "level")
                : rt.lang.minor() >= 11 ? bind("compress", a, kw, 1, 1, "data", "level", "wbits")
                : bind("compress", a, kw, 1, 1, "data", "level");
        byte[] b = data(r[0], "compress");
        int level = r[1] == null ? -1 : cint(r[1]);
        int wbits = r.length > 2 && r[2] != null ? cint(r[2]) : 15;
        if (level < -1 || level > 9) {
            throw error("Bad compression level");
        }
        Container c = Container.forCompress(wbits);
        if (c == null) {
            throw zerror(-2, "compressing data", "inconsistent stream state"); // deflateInit2's Z_STREAM_ERROR
        }
        ZStreams.Comp comp = new ZStreams.Comp(this, compType, level, 0, c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        comp.feed(b, out);
        comp.flush(Z_FINISH, out);
        return PyBytes.of(out.toByteArray());
    }

    private PyObject decompress(PyObject[] a, String[] kw) {
        PyObject[] r = py2 ? bind("decompress", a, kw, 1, 3, "string", "wbits", "bufsize")
                : bind("decompress", a, kw, 1, 1, "data", "wbits", "bufsize");
        byte[] b = data(r[0], "decompress");
        int wbits = r[1] == null ? 15 : cint(r[1]);
        long bufsize = r[2] == null ? DEF_BUF_SIZE : ssize(r[2]);
        if (!py2 && bufsize < 0) {
            throw PyError.raise("ValueError", "bufsize must be non-negative");
        }
        Container c = Container.forDecompress(wbits);
        if (c == null) {
            throw zerror(-2, "preparing to decompress data", "inconsistent stream state");
        }
        ZStreams.Decomp d = new ZStreams.Decomp(this, decompType, c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.feed(b, 0, out, "decompressing data");
        if (!d.eof) {
            throw zerror(-5, "decompressing data", "incomplete or truncated stream");
        }
        return PyBytes.of(out.toByteArray());
    }

    private PyObject compressobj(PyObject[] a, String[] kw) {
        PyObject[] r = py2 ? bind("compressobj", a, kw, 0, 5, "level", "method", "wbits", "memLevel", "strategy")
                : bind("compressobj", a, kw, 0, 0, "level", "method", "wbits", "memLevel", "strategy", "zdict");
        int level = r[0] == null ? -1 : cint(r[0]);
        int method = r[1] == null ? 8 : cint(r[1]);
        int wbits = r[2] == null ? 15 : cint(r[2]);
        int memLevel = r[3] == null ? 8 : cint(r[3]);
        int strategy = r[4] == null ? 0 : cint(r[4]);
        Container c = Container.forCompress(wbits);
        if (level < -1 || level > 9 || method != 8 || c == null || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            throw PyError.raise("ValueError", "Invalid initialization option");
        }
        ZStreams.Comp comp = new ZStreams.Comp(this, compType, level, strategy, c);
        if (r.length > 5 && r[5] != null) {
            comp.setDictionary(zdict(r[5]));
        }
        return comp;
    }

    private byte[] zdict(PyObject o) {
        byte[] b = ModuleBytes.of(rt, o);
        if (b == null) {
            throw PyError.raise("TypeError", "zdict argument must support the buffer protocol");
        }
        return b;
    }

    private PyObject decompressobj(PyObject[] a, String[] kw) {
        PyObject[] r = py2 ? bind("decompressobj", a, kw, 0, 1, "wbits")
                : bind("decompressobj", a, kw, 0, 0, "wbits", "zdict");
        int wbits = r[0] == null ? 15 : cint(r[0]);
        Container c = Container.forDecompress(wbits);
        if (c == null) {
            throw PyError.raise("ValueError", "Invalid initialization option");
        }
        ZStreams.Decomp d = new ZStreams.Decomp(this, decompType, c);
        if (r.length > 1 && r[1] != null) {
            d.zdict = zdict(r[1]);
        }
        return d;
    }

    /** Bytes of a buffer-protocol object, or null. */
    static final class ModuleBytes {
        private ModuleBytes() {
        }

        static byte[] of(Runtime rt, PyObject o) {
            if (o instanceof PyBytes b) {
                return b.bytes();
            }
            String tn = rt.types.of(o).name(rt.lang);
            if (tn.equals("bytearray") || tn.equals("memoryview")) {
                return ((PyBytes) Ops.call(rt, rt.types.bytes, o)).bytes();
            }
            return null;
        }
    }

    /** The container a wbits value selects: zlib header, raw deflate, gzip, or (decompressing) zlib or gzip. */
    enum Container {
        ZLIB, RAW, GZIP, AUTO;

        static Container forCompress(int wbits) {
            if (wbits >= 8 && wbits <= 15) {
                return ZLIB;
            }
            if (wbits >= -15 && wbits <= -9) {
                return RAW;
            }
            if (wbits >= 25 && wbits <= 31) {
                return GZIP;
            }
            return null;
        }

        static Container forDecompress(int wbits) {
            if (wbits == 0 || wbits >= 8 && wbits <= 15) {
                return ZLIB;
            }
            if (wbits >= -15 && wbits <= -8) {
                return RAW;
            }
            if (wbits >= 24 && wbits <= 31) {
                return GZIP;
            }
            if (wbits >= 40 && wbits <= 47) {
                return AUTO;
            }
            return null;
        }
    }


    /** Puts method {@code name} into the type's dict; it refuses any other self as CPython's descriptors do. */
    void method(PyType t, String name, Class<?> self, PyMethodDescriptor.Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (o, a, kw) -> {
            if (!self.isInstance(o)) {
                String tp = "zlib." + t.name(null);
                throw PyError.raise("TypeError", rt.lang.major() == 3 && rt.lang.minor() >= 10
                        ? "descriptor '" + name + "' for '" + tp + "' objects doesn't apply to a '" + Ops.typeName(rt, o) + "' object"
                        : "descriptor '" + name + "' requires a '" + tp + "' object but received a '" + Ops.typeName(rt, o) + "'");
            }
            return body.call(o, a, kw);
        }));
    }
}
