package org.pyvm.core.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
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
 * {@code _struct} (C in CPython; struct.py re-exports it): packing values into bytes by a format of
 * byte order ({@code @=<>!}) and codes, with x86-64 Linux's native sizes and alignment. As on CPython
 * of a little-endian machine, {@code <} and {@code =} use the native packers wherever the standard size
 * equals the native one, which is why their range errors read like native ones. Each version's codes
 * (2.7 lacks {@code e n N}) and error words are its own.
 */
public final class StructModule {
    private final Runtime rt;
    private final boolean py2;
    private final boolean modern;
    private final PyType error;
    private final PyType structType;
    private final Map<String, Format> cache = new HashMap<>();

    private StructModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.modern = !py2 && rt.lang.minor() >= 8;
        this.error = ModuleSupport.exception(rt, "struct", "error", rt.types.exceptions.get("Exception"));
        // tp_name "Struct" until 3.7 made it "_struct.Struct": CPython's __module__ (and its messages) follow it
        this.structType = ModuleSupport.type(rt, py2 ? "__builtin__" : rt.lang.minor() < 7 ? "builtins" : "_struct", "Struct", rt.types.object);
    }

    /** A parsed format: its items and total size. */
    private record Format(String text, char order, boolean nativeMode, List<Item> items, int size) {
    }

    /** One code with its repeat count and offset. */
    private record Item(char code, int count, int offset) {
    }

    /** An instance of {@code Struct}. */
    private static final class StructObject extends PyInstance {
        Format format;
        PyObject formatValue;

        StructObject(PyType type) {
            super(type);
        }
    }

    public static PyModule create(Runtime rt) {
        return new StructModule(rt).build();
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "_struct");
        m.put("error", error);
        m.def("pack", (a, kw) -> {
            noKeywords("pack", kw);
            if (a.length == 0) {
                throw PyError.raise("TypeError", modern ? "pack expected at least 1 argument, got 0" : "pack expected at least 1 arguments, got 0");
            }
            return pack(format(a[0]), a, 1);
        });
        m.def("unpack", (a, kw) -> {
            ModuleSupport.count(true, "unpack", a, kw, 2, 2);
            return unpack(format(a[0]), a[1]);
        });
        m.def("unpack_from", (a, kw) -> {
            PyObject f = ModuleSupport.arg(a, kw, 0, "format");
            PyObject buf = ModuleSupport.arg(a, kw, 1, "buffer");
            PyObject off = ModuleSupport.arg(a, kw, 2, "offset");
            if (f == null || buf == null) {
                throw PyError.raise("TypeError", "unpack_from() missing required argument 'buffer' (pos 2)");
            }
            return unpackFrom(format(f), buf, off == null ? 0 : ModuleSupport.index(rt, off));
        });
        m.def("pack_into", (a, kw) -> {
            noKeywords("pack_into", kw);
            if (a.length < 3) {
                throw PyError.raise("TypeError", "pack_into expected at least 3 arguments, got " + a.length);
            }
            packInto(format(a[0]), a[1], ModuleSupport.index(rt, a[2]), a, 3);
            return PyNone.NONE;
        });
        m.def("calcsize", (a, kw) -> {
            ModuleSupport.count(rt, "calcsize", a, kw, 1, 1);
            return PyInt.of(format(a[0]).size);
        });
        if (!py2) {
            m.def("iter_unpack", (a, kw) -> {
                ModuleSupport.count(true, "iter_unpack", a, kw, 2, 2);
                return iterUnpack(format(a[0]), a[1]);
            });
        }
        m.def("_clearcache", (a, kw) -> {
            cache.clear();
            return PyNone.NONE;
        });
        installStruct();
        m.put("Struct", structType);
        return m.build();
    }

    private void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", fname + "() takes no keyword arguments");
        }
    }

    private void installStruct() {
        PyType t = structType;
        t.withConstructor((type, a, kw) -> {
            PyObject f = ModuleSupport.arg(a, kw, 0, "format");
            if (f == null) {
                throw PyError.raise("TypeError", py2 ? "Struct() takes at least 1 argument (0 given)"
                        : "Struct() missing required argument 'format' (pos 1)");
            }
            StructObject s = new StructObject(type);
            s.format = format(f);
            s.formatValue = py2 || modern ? Strings.text(rt, s.format.text) : PyBytes.of(s.format.text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            ModuleSupport.initSubclass(rt, t, type, s, a, kw);
            return s;
        });
        ModuleSupport.method(t, "pack", StructObject.class, (s, a, kw) -> {
            noKeywords("pack", kw);
            return pack(s.format, a, 0);
        });
        ModuleSupport.method(t, "unpack", StructObject.class, (s, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Struct", "unpack"), a, kw, 1, 1);
            return unpack(s.format, a[0]);
        });
        ModuleSupport.method(t, "unpack_from", StructObject.class, (s, a, kw) -> {
            PyObject buf = ModuleSupport.arg(a, kw, 0, "buffer");
            PyObject off = ModuleSupport.arg(a, kw, 1, "offset");
            if (buf == null) {
                throw PyError.raise("TypeError", "unpack_from() missing required argument 'buffer' (pos 1)");
            }
            return unpackFrom(s.format, buf, off == null ? 0 : ModuleSupport.index(rt, off));
        });
        ModuleSupport.method(t, "pack_into", StructObject.class, (s, a, kw) -> {
            noKeywords("pack_into", kw);
            if (a.length < 2) {
                throw PyError.raise("TypeError", "pack_into expected at least 2 arguments, got " + a.length);
            }
            packInto(s.format, a[0], ModuleSupport.index(rt, a[1]), a, 2);
            return PyNone.NONE;
        });
        if (!py2) {
            ModuleSupport.method(t, "iter_unpack", StructObject.class, (s, a, kw) -> {
                ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Struct", "iter_unpack"), a, kw, 1, 1);
                return iterUnpack(s.format, a[0]);
            });
        }
        t.dict.put("format", new Getter(s -> ((StructObject) s).formatValue));
        t.dict.put("size", new Getter(s -> PyInt.of(((StructObject) s).format.size)));
    }

    // ------------------------------------------------------------------ formats

    private Format format(PyObject f) {
        if (f instanceof StructObject s) {
            return s.format;
        }
        String text = ModuleSupport.text(f);
        if (text == null) {
            if (py2) {
                throw PyError.raise("TypeError", "Struct() argument 1 must be string, not " + Ops.typeName(rt, f));
            }
            throw PyError.raise("TypeError", "Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(rt, f));
        }
        Format cached = cache.get(text);
        if (cached == null) {
            cached = parse(text);
            if (cache.size() > 100) {
                cache.clear();
            }
            cache.put(text, cached);
        }
        return cached;
    }

    private int nativeSize(char c) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
                return 8;
            default:
                return -1;
        }
    }

    private int standardSize(char c) {
        switch (c) {
            case 'l': case 'L':
                return 4;
            case 'n': case 'N': case 'P':
                return -1;
            default:
                return nativeSize(c);
        }
    }

    private boolean known(char c) {
        return !(py2 && (c == 'e' || c == 'n' || c == 'N'));
    }

    private Format parse(String text) {
        int i = 0;
        char order = '@';
        if (!text.isEmpty() && "@=<>!".indexOf(text.charAt(0)) >= 0) {
            order = text.charAt(0);
            i = 1;
        }
        boolean nativeMode = order == '@';
        List<Item> items = new ArrayList<>();
        long size = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (Character.isWhitespace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    num = num * 10 + (text.charAt(i++) - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw err("total struct size too long");
                    }
                }
                if (i >= text.length()) {
                    if (py2) {
                        break;
                    }
                    throw err("repeat count given without format specifier");
                }
                c = text.charAt(i++);
            }
            int sz = !known(c) ? -1 : nativeMode ? nativeSize(c) : standardSize(c);
            if (sz < 0) {
                throw err("bad char in struct format");
            }
            if (nativeMode && c != 's' && c != 'p' && c != 'x' && c != 'c') {
                size = (size + sz - 1) / sz * sz;
            }
            items.add(new Item(c, (int) num, (int) size));
            size += (c == 's' || c == 'p') ? num : num * sz;
            if (size > Integer.MAX_VALUE) {
                throw err("total struct size too long");
            }
        }
        return new Format(text, order, nativeMode, items, (int) size);
    }

    private PyError err(String message) {
        return ModuleSupport.error(rt, error, message);
    }

    private int itemCount(Format f) {
        int n = 0;
        for (Item it : f.items) {
            n += (it.code == 's' || it.code == 'p') ? 1 : it.code == 'x' ? 0 : it.count;
        }
        return n;
    }

    // ------------------------------------------------------------------ packing

    private PyObject pack(Format f, PyObject[] a, int from) {
        byte[] out = new byte[f.size];
        write(f, a, from, out, 0);
        return PyBytes.of(out);
    }

    private void write(Format f, PyObject[] a, int from, byte[] out, int base) {
        int expected = itemCount(f);
        if (a.length - from != expected) {
            throw err("pack expected " + expected + " items for packing (got " + (a.length - from) + ")");
        }
        int k = from;
        boolean little = f.order != '>' && f.order != '!';
        for (Item it : f.items) {
            int sz = f.nativeMode ? nativeSize(it.code) : standardSize(it.code);
            int off = base + it.offset;
            switch (it.code) {
                case 'x':
                    break;
                case 's':
                case 'p': {
                    byte[] data = stringArg(it.code, a[k++]);
                    int n = it.count;
                    if (it.code == 's') {
                        System.arraycopy(data, 0, out, off, Math.min(n, data.length));
                    } else if (n > 0) {
                        int len = Math.min(data.length, n - 1);
                        System.arraycopy(data, 0, out, off + 1, len);
                        out[off] = (byte) Math.min(len, 255);
                    }
                    break;
                }
                default:
                    for (int r = 0; r < it.count; r++) {
                        packOne(f, it.code, a[k++], out, off + r * sz, sz, little);
                    }
            }
        }
    }

    private byte[] stringArg(char code, PyObject v) {
        if (v instanceof PyBytes b) {
            return b.bytes();
        }
        if (!py2 && ModuleSupport.bytesLike(rt, v)) {
            return ModuleSupport.bytes(rt, v);
        }
        throw err(py2 ? "argument for '" + code + "' must be a string" : "argument for '" + code + "' must be a bytes object");
    }

    private void packOne(Format f, char code, PyObject v, byte[] out, int off, int sz, boolean little) {
        switch (code) {
            case 'c': {
                byte[] b = v instanceof PyBytes bs ? bs.bytes() : null;
                if (b == null || b.length != 1) {
                    throw err(py2 ? "char format require string of length 1" : "char format requires a bytes object of length 1");
                }
                out[off] = b[0];
                return;
            }
            case '?':
                out[off] = (byte) (Ops.truth(rt, v) ? 1 : 0);
                return;
            case 'e':
            case 'f':
            case 'd': {
                double x = floatArg(v);
                long bits;
                if (code == 'd') {
                    bits = Double.doubleToRawLongBits(x);
                } else if (code == 'f') {
                    float y = (float) x;
                    if (Float.isInfinite(y) && !Double.isInfinite(x)) {
                        throw PyError.raise("OverflowError", "float too large to pack with f format");
                    }
                    bits = Float.floatToRawIntBits(y) & 0xffffffffL;
                } else {
                    bits = HalfFloat.pack(x);
                    if (bits < 0) {
                        throw PyError.raise("OverflowError", "float too large to pack with e format");
                    }
                }
                put(out, off, sz, bits, little);
                return;
            }
            default:
                put(out, off, sz, intArg(f, code, v, little).longValue(), little);
        }
    }

    private double floatArg(PyObject v) {
        if (v instanceof PyFloat x) {
            return x.value;
        }
        if (v instanceof PyInt || v instanceof PyBool) {
            return ModuleSupport.integer(rt, v).doubleValue();
        }
        if (v instanceof PyInstance && rt.types.of(v).lookup("__float__") != null) {
            PyObject r = Ops.callMethod(rt, v, "__float__");
            if (r instanceof PyFloat x) {
                return x.value;
            }
        }
        throw err("required argument is not a float");
    }

    private static void put(byte[] out, int off, int sz, long bits, boolean little) {
        for (int i = 0; i < sz; i++) {
            byte b = (byte) (bits >>> (8 * i));
            out[little ? off + i : off + sz - 1 - i] = b;
        }
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Whether the native packer handles this code ({@code @}, or {@code <}/{@code =} where sizes agree). */
    private boolean nativePacker(Format f, char code) {
        if (f.nativeMode || code == 'b' || code == 'B') {
            return true;
        }
        return (f.order == '<' || f.order == '=') && "hHiIqQ".indexOf(code) >= 0;
    }

    private BigInteger intArg(Format f, char code, PyObject v, boolean little) {
        BigInteger x = ModuleSupport.integer(rt, v);
        if (x == null) {
            if (py2 && v instanceof PyFloat fl) {
                if (Double.isNaN(fl.value)) {
                    throw PyError.raise("ValueError", "cannot convert float NaN to integer");
                }
                if (Double.isInfinite(fl.value)) {
                    throw err("integer out of range for '" + code + "' format code");
                }
                x = new java.math.BigDecimal(fl.value).toBigInteger(); // 2.7 truncates floats (with a DeprecationWarning)
            } else {
                throw err(py2 ? "cannot convert argument to integer" : "required argument is not an integer");
            }
        }
        boolean unsigned = Character.isUpperCase(code);
        String outOfRange = py2 ? "integer out of range for '" + code + "' format code" : "argument out of range";
        boolean nat = nativePacker(f, code);
        int sz = f.nativeMode ? nativeSize(code) : standardSize(code);
        if (!nat && sz == 8 && !py2) {
            BigInteger lo = unsigned ? BigInteger.ZERO : LONG_MIN;
            BigInteger hi = unsigned ? ULONG_MAX : LONG_MAX;
            if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                throw err("int too large to convert");
            }
            return x;
        }
        // the native packers of 'B' and 'H' (np_ubyte, np_ushort) read a signed long and range-check it
        // themselves, so a negative value gets their own message rather than the unsigned read's
        boolean readsSigned = !unsigned || code == 'B' || nat && code == 'H';
        if (readsSigned ? (x.compareTo(LONG_MIN) < 0 || x.compareTo(LONG_MAX) > 0) : (x.signum() < 0 || x.compareTo(ULONG_MAX) > 0)) {
            throw err(outOfRange);
        }
        if (sz == 8) {
            return x;
        }
        long lo = unsigned ? 0 : -(1L << (8 * sz - 1));
        long hi = unsigned ? (1L << (8 * sz)) - 1 : (1L << (8 * sz - 1)) - 1;
        long val = x.longValue();
        if (code == 'B' ? x.compareTo(BigInteger.valueOf(lo)) >= 0 && x.compareTo(BigInteger.valueOf(hi)) <= 0 : val >= lo && val <= hi) {
            return x;
        }
        if (code == 'b') {
            throw err("byte format requires -128 <= number <= 127");
        }
        if (code == 'B') {
            throw err("ubyte format requires 0 <= number <= 255");
        }
        if (nat && code == 'h') {
            throw err("short format requires " + (py2 ? "SHRT_MIN <= number <= SHRT_MAX" : modern ? "-32768 <= number <= 32767"
                    : "(-0x7fff - 1) <= number <= 0x7fff"));
        }
        if (nat && code == 'H') {
            throw err("ushort format requires " + (py2 ? "0 <= number <= USHRT_MAX" : modern ? "0 <= number <= 65535"
                    : "0 <= number <= (0x7fff * 2 + 1)"));
        }
        throw err("'" + code + "' format requires " + lo + " <= number <= " + hi);
    }

    private void packInto(Format f, PyObject buffer, long offset, PyObject[] a, int from) {
        byte[] current = ModuleSupport.bytes(rt, buffer);
        if (current == null || buffer instanceof PyBytes) {
            if (py2) {
                throw PyError.raise("TypeError", "Cannot use string as modifiable buffer");
            }
            throw PyError.raise("TypeError", "argument must be read-write bytes-like object, not " + Ops.typeName(rt, buffer));
        }
        int len = current.length;
        if (modern && offset < 0) {
            if (offset + f.size > 0) {
                throw err("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw err("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        } else if (offset < 0) {
            offset += len;
        }
        if (offset < 0 || len - offset < f.size) {
            throw err(modern ? "pack_into requires a buffer of at least " + (f.size + offset) + " bytes for packing " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + len + ")"
                    : "pack_into requires a buffer of at least " + f.size + " bytes");
        }
        byte[] out = new byte[f.size];
        write(f, a, from, out, 0);
        for (int i = 0; i < out.length; i++) {
            Ops.setitem(rt, buffer, PyInt.of(offset + i), PyInt.of(out[i] & 0xff));
        }
    }

    // ------------------------------------------------------------------ unpacking

    private byte[] readable(PyObject buffer) {
        if (py2 && buffer instanceof PyStr s) {
            return s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return ModuleSupport.buffer(rt, buffer);
    }

    private PyObject unpack(Format f, PyObject buffer) {
        byte[] b = readable(buffer);
        if (b.length != f.size) {
            throw err(py2 ? "unpack requires a string argument of length " + f.size : "unpack requires a buffer of " + f.size + " bytes");
        }
        return read(f, b, 0);
    }

    private PyObject unpackFrom(Format f, PyObject buffer, long offset) {
        byte[] b = readable(buffer);
        int len = b.length;
        if (modern && offset < 0) {
            if (offset + len < 0) {
                throw err("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        } else if (offset < 0) {
            offset += len;
        }
        if (offset < 0 || len - offset < f.size) {
            throw err(modern ? "unpack_from requires a buffer of at least " + (f.size + offset) + " bytes for unpacking " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + len + ")"
                    : "unpack_from requires a buffer of at least " + f.size + " bytes");
        }
        return read(f, b, (int) offset);
    }

    private PyObject iterUnpack(Format f, PyObject buffer) {
        byte[] b = readable(buffer);
        if (f.size == 0) {
            throw err("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % f.size != 0) {
            throw err("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new PyIterator("unpack_iterator") {
            private int at;

            @Override
            public PyObject next() {
                if (at + f.size > b.length) {
                    return null;
                }
                PyObject r = read(f, b, at);
                at += f.size;
                return r;
            }
        };
    }

    private PyTuple read(Format f, byte[] b, int base) {
        List<PyObject> out = new ArrayList<>();
        boolean little = f.order != '>' && f.order != '!';
        for (Item it : f.items) {
            int sz = f.nativeMode ? nativeSize(it.code) : standardSize(it.code);
            int off = base + it.offset;
            switch (it.code) {
                case 'x':
                    break;
                case 's':
                    out.add(PyBytes.of(java.util.Arrays.copyOfRange(b, off, off + it.count)));
                    break;
                case 'p': {
                    if (it.count == 0) {
                        out.add(PyBytes.of(new byte[0]));
                        break;
                    }
                    int n = Math.min(b[off] & 0xff, it.count - 1);
                    out.add(PyBytes.of(java.util.Arrays.copyOfRange(b, off + 1, off + 1 + n)));
                    break;
                }
                default:
                    for (int r = 0; r < it.count; r++) {
                        out.add(readOne(it.code, b, off + r * sz, sz, little));
                    }
            }
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private PyObject readOne(char code, byte[] b, int off, int sz, boolean little) {
        long bits = 0;
        for (int i = 0; i < sz; i++) {
            long v = b[little ? off + i : off + sz - 1 - i] & 0xffL;
            bits |= v << (8 * i);
        }
        switch (code) {
            case 'c':
                return PyBytes.of(new byte[] {b[off]});
            case '?':
                return PyBool.of(bits != 0);
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(bits));
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'e':
                return PyFloat.of(HalfFloat.unpack((int) bits));
            default:
                break;
        }
        if (Character.isUpperCase(code)) {
            if (sz == 8 && bits < 0) {
                return PyInt.of(BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64)));
            }
            return PyInt.of(bits);
        }
        if (sz < 8) {
            bits = (bits << (64 - 8 * sz)) >> (64 - 8 * sz);
        }
        return PyInt.of(bits);
    }

    /** IEEE 754 half precision ('e'), rounded half to even as CPython's PyFloat_Pack2. */
    private static final class HalfFloat {
        private HalfFloat() {
        }

        /** The 16 bits of {@code x}, or -1 when it is too large. */
        static long pack(double x) {
            long sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
            double a = Math.abs(x);
            if (Double.isNaN(x)) {
                return sign | 0x7e00;
            }
            if (Double.isInfinite(x)) {
                return sign | 0x7c00;
            }
            if (a == 0) {
                return sign;
            }
            if (a < 0x1p-14) {
                return sign | (long) Math.rint(a * 0x1p24);
            }
            int e = Math.getExponent(a);
            double r = Math.rint((a / Math.scalb(1.0, e) - 1) * 1024);
            if (r == 1024) {
                e++;
                r = 0;
            }
            if (e > 15) {
                return -1;
            }
            return sign | ((long) (e + 15) << 10) | (long) r;
        }

        static double unpack(int h) {
            double sign = (h & 0x8000) != 0 ? -1 : 1;
            int e = (h >> 10) & 0x1f;
            int f = h & 0x3ff;
            if (e == 0) {
                return sign * f * 0x1p-24;
            }
            if (e == 31) {
                return f == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
            }
            return sign * (1 + f / 1024.0) * Math.scalb(1.0, e - 15);
        }
    }
}
