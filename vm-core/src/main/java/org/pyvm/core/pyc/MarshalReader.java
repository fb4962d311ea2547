package org.pyvm.core.pyc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinRef;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.OpcodeTable;

/**
 * Reads CPython marshal data in one pass over a {@code byte[]} with an int position, like ASM's
 * ClassReader: no streams, no cursor objects. One reader reads one object graph; its reference
 * lists (3.x FLAG_REF/'r', 2.7 't'/'R') live as long as the reader.
 *
 * <p>The format is chosen by the pack: marshal version 2 (CPython 2.7) has interned strings
 * ('t' appends to a list, 'R' indexes it) and uses the whole type byte; version 3 and later
 * (3.4+) strip {@link #FLAG_REF} from the type byte, register flagged objects in a reference list
 * and add 'r', 'a'/'A', 'z'/'Z' and ')'. Compare CPython Python/marshal.c: r_object.
 *
 * <p>Every problem is a {@link BadInputException} whose message says what is wrong and at which
 * byte offset of the array (a .pyc's offsets include its header). Sizes and counts are checked
 * against the bytes that remain before anything is allocated, and nesting is capped at
 * {@link #MAX_DEPTH} like CPython's MAX_MARSHAL_STACK_DEPTH, so corrupt input fails fast.
 */
public final class MarshalReader {
    /** CPython's MAX_MARSHAL_STACK_DEPTH (non-Windows): objects nested deeper are rejected. */
    public static final int MAX_DEPTH = 2000;

    /** Bit 7 of a 3.x type byte: register the object in the reference list. */
    public static final int FLAG_REF = 0x80;

    private static final PyObject[] NO_OBJECTS = new PyObject[0];

    private final byte[] buf;
    private final int end;
    private int pos;

    private final OpcodePack pack;
    private final Language lang;
    private final CodeField[] codeFields;
    /** Marshal version 2 (2.7): no FLAG_REF or 'r'; 't' and 'R' share interned strings instead. */
    private final boolean legacy;
    /** 2.7: 's'/'t' strings are {@code str} (bytes), names are byte strings. */
    private final boolean strIsBytes;
    /** See {@link #constantText}. */
    private final boolean ownOneCharConstants;

    /** 3.x reference list; a null slot is reserved for a container still being read. */
    private PyObject[] refs = NO_OBJECTS;
    private int refCount;
    /** 2.7 interned-string list ('t' appends, 'R' indexes). */
    private PyObject[] interned = NO_OBJECTS;
    private int internedCount;
    private boolean endedBeforeObject;

    /**
     * A reader of {@code data[offset, end)} in the marshal format of {@code pack}'s CPython.
     * The array is not copied and must not change while reading.
     */
    public MarshalReader(byte[] data, int offset, int end, OpcodePack pack) {
        if (offset < 0 || end > data.length || offset > end) {
            throw new IllegalArgumentException("bad range " + offset + ".." + end + " of " + data.length + " bytes");
        }
        this.buf = data;
        this.pos = offset;
        this.end = end;
        this.pack = pack;
        OpcodeTable table = pack.table();
        this.lang = Language.of(table);
        this.codeFields = table.codeObjectFields().toArray(new CodeField[0]);
        this.legacy = table.marshalVersion() < 3;
        this.strIsBytes = table.has(LanguageFeature.STR_IS_BYTES);
        this.ownOneCharConstants = table.has(LanguageFeature.EXCEPTION_GROUPS);
    }

    /** A reader of all of {@code data}. */
    public MarshalReader(byte[] data, OpcodePack pack) {
        this(data, 0, data.length, pack);
    }

    /**
     * Reads one object the way {@code marshal.loads} does for that CPython: trailing bytes are
     * ignored.
     *
     * @throws BadInputException when the data is truncated or corrupt
     */
    public static PyObject loads(byte[] data, OpcodePack pack) {
        return new MarshalReader(data, pack).readObject();
    }

    /**
     * Whether reading failed because the data ended where an object's type byte was due (CPython's marshal.loads
     * says "EOF read where object expected" there, and "marshal data too short" inside an object).
     */
    public boolean endedBeforeObject() {
        return endedBeforeObject;
    }

    /** The offset of the next unread byte. */
    public int position() {
        return pos;
    }

    /** The language level the constants are built for. */
    public Language language() {
        return lang;
    }

    /**
     * Reads the next object. A NULL ('0') here is an error, as in CPython's read_object.
     *
     * @throws BadInputException when the data is truncated or corrupt
     */
    public PyObject readObject() {
        int at = pos;
        PyObject v = readNullable();
        if (v == null) {
            throw bad("NULL object where an object was expected", at);
        }
        return v;
    }

    // ---------------------------------------------------------------- objects

    /**
     * One object, or null for TYPE_NULL ('0'), which only a dict uses (as its terminator).
     *
     * <p>Iterative, not recursive: an open container is a {@link Frame} on an explicit stack (at
     * most {@link #MAX_DEPTH} of them, reused), so deep nesting costs no Java stack. Each turn of
     * the loop reads one type byte; a scalar is then handed to the innermost open container, and
     * every container it completes is built and handed to the one outside it.
     */
    private PyObject readNullable() {
        int base = sp;
        read:
        while (true) {
            int at = pos;
            if (at >= end) {
                endedBeforeObject = true;
                throw truncated(at);
            }
            int code = buf[at] & 0xff;
            pos = at + 1;
            boolean flag = false;
            if (!legacy) {
                flag = (code & FLAG_REF) != 0;
                code &= ~FLAG_REF;
            }
            // Compare marshal.c r_object: depth counts this object and every container around it.
            if (sp - base >= MAX_DEPTH) {
                throw bad("objects nested deeper than " + MAX_DEPTH + " levels", at);
            }
            PyObject v = null;
            Frame opened = null;
            // Compare CPython marshal.c r_object's switch. Singletons ignore FLAG_REF there too.
            switch (code) {
                case '0' -> v = null;
                case 'N' -> v = PyNone.NONE;
                case 'F' -> v = PyBool.FALSE;
                case 'T' -> v = PyBool.TRUE;
                case '.' -> v = PyEllipsis.ELLIPSIS;
                case 'S' -> v = PyBuiltinRef.STOP_ITERATION;
                case '(' -> opened = push(K_TUPLE, at, flag, readCount("tuple", at));
                case ')' -> {
                    if (legacy) {
                        throw unknown(at);
                    }
                    opened = push(K_TUPLE, at, flag, readCount(readUInt8(), "tuple", at));
                }
                case '[' -> opened = push(K_LIST, at, flag, readCount("list", at));
                case '{' -> opened = push(K_DICT, at, flag, 0);
                case '<' -> opened = push(K_SET, at, flag, readCount("set", at));
                case '>' -> opened = push(K_FROZENSET, at, flag, readCount("set", at));
                case 'c' -> opened = push(K_CODE, at, flag, 0);
                default -> v = readScalar(code, flag, at);
            }
            if (opened != null) {
                if (!complete(opened)) {
                    continue;
                }
                v = finish(opened);
            }
            while (sp > base) {
                Frame f = frames[sp - 1];
                if (!add(f, v, at)) {
                    continue read;
                }
                v = finish(f);
            }
            return v;
        }
    }

    private static BadInputException unknownCode(int code, int at) {
        return bad("unknown marshal type code 0x" + hex2(code), at);
    }

    private BadInputException unknown(int at) {
        return unknownCode(buf[at] & 0xff, at);
    }

    // ---------------------------------------------------------------- containers

    private static final int K_TUPLE = 0;
    private static final int K_LIST = 1;
    private static final int K_DICT = 2;
    private static final int K_SET = 3;
    private static final int K_FROZENSET = 4;
    private static final int K_CODE = 5;
    private static final String[] KIND_NAMES = {"tuple", "list", "dict", "set", "set", "code object"};

    /** An open container: what it is, where it started, its reserved reference slot, what it has so far. */
    private static final class Frame {
        int kind;
        int at;
        int slot;
        int count;
        int index;
        PyObject[] items;
        ArrayList<PyObject> list;
        EnumMap<CodeField, Object> fields;
    }

    private Frame[] frames = new Frame[8];
    /** Open containers. */
    private int sp;

    /**
     * Opens a container. Its reference slot is reserved now, before its children, as marshal.c
     * does (R_REF on the empty tuple/list/dict/set, r_ref_reserve for frozensets and code).
     */
    private Frame push(int kind, int at, boolean flag, int count) {
        if (sp == frames.length) {
            frames = Arrays.copyOf(frames, sp * 2);
        }
        Frame f = frames[sp];
        if (f == null) {
            f = frames[sp] = new Frame();
        }
        sp++;
        f.kind = kind;
        f.at = at;
        f.slot = reserve(flag);
        f.count = count;
        f.index = 0;
        switch (kind) {
            case K_TUPLE -> f.items = count == 0 ? NO_OBJECTS : new PyObject[count];
            case K_CODE -> {
                f.fields = new EnumMap<>(CodeField.class);
                readRawCodeFields(f);
            }
            default -> f.list = new ArrayList<>(count);
        }
        return f;
    }

    /** Reads the code object's bare int32 fields up to its next object field. */
    private void readRawCodeFields(Frame f) {
        while (f.index < codeFields.length && codeFields[f.index].isRawInt()) {
            f.fields.put(codeFields[f.index++], readInt32());
        }
    }

    private boolean complete(Frame f) {
        return switch (f.kind) {
            case K_DICT -> false;
            case K_CODE -> f.index == codeFields.length;
            default -> f.index == f.count;
        };
    }

    /**
     * Gives the innermost open container its next child {@code v} (read at {@code at}).
     *
     * @return true when that completed the container
     */
    private boolean add(Frame f, PyObject v, int at) {
        switch (f.kind) {
            case K_DICT -> {
                if ((f.index & 1) == 0) {
                    if (v == null) {
                        return true; // the NULL key ends a dict
                    }
                } else if (v == null) {
                    throw nullIn("dict value", at);
                }
                f.list.add(v);
                f.index++;
                return false;
            }
            case K_CODE -> {
                CodeField field = codeFields[f.index];
                if (v == null) {
                    throw bad("NULL object for " + CodeFields.fieldName(field) + " of a code object", at);
                }
                f.fields.put(field, v);
                f.index++;
                readRawCodeFields(f);
                return f.index == codeFields.length;
            }
            case K_TUPLE -> {
                if (v == null) {
                    throw nullIn("tuple", at);
                }
                f.items[f.index++] = v;
                return f.index == f.count;
            }
            default -> {
                if (v == null) {
                    throw nullIn(KIND_NAMES[f.kind], at);
                }
                f.list.add(v);
                f.index++;
                return f.index == f.count;
            }
        }
    }

    /** Builds the innermost open container, fills its reference slot and closes it. */
    private PyObject finish(Frame f) {
        PyObject v;
        try {
            v = switch (f.kind) {
                case K_TUPLE -> PyTuple.of(f.items);
                case K_LIST -> PyList.of(f.list);
                case K_DICT -> PyDict.of(lang, f.list);
                case K_SET -> PySet.of(lang, f.list);
                case K_FROZENSET -> PyFrozenSet.of(lang, f.list);
                default -> CodeFields.build(pack, lang, strIsBytes, f.fields, f.at);
            };
        } catch (PyError | IllegalArgumentException e) {
            throw bad("cannot build the " + (f.kind == K_FROZENSET ? "frozenset" : KIND_NAMES[f.kind]) + ": " + e.getMessage(), f.at);
        }
        fill(f.slot, v);
        f.items = null;
        f.list = null;
        f.fields = null;
        sp--;
        return v;
    }

    /** Objects without children: numbers, strings and references. */
    private PyObject readScalar(int code, boolean flag, int at) {
        switch (code) {
            case 'i':
                return register(flag, PyInt.of(readInt32()));
            case 'I':
                return register(flag, PyInt.of(readInt64()));
            case 'l':
                return register(flag, readLong(at));
            case 'f':
                return register(flag, PyFloat.of(readTextFloat(at)));
            case 'g':
                return register(flag, PyFloat.of(readBinaryDouble()));
            case 'x': {
                double re = readTextFloat(at);
                return register(flag, PyComplex.of(re, readTextFloat(at)));
            }
            case 'y': {
                double re = readBinaryDouble();
                return register(flag, PyComplex.of(re, readBinaryDouble()));
            }
            case 's':
                return register(flag, constantBytes(readRaw(readSize("string", at))));
            case 't':
                return readInterned(flag, at);
            case 'u':
                return register(flag, readText(readSize("string", at)));
            case 'R':
                if (legacy) {
                    return stringRef(at);
                }
                break;
            case 'a':
            case 'A':
                if (!legacy) {
                    return register(flag, constantText(PyStr.of(readLatin1(readSize("string", at)))));
                }
                break;
            case 'z':
            case 'Z':
                if (!legacy) {
                    return register(flag, constantText(PyStr.of(readLatin1(readUInt8()))));
                }
                break;
            case 'r':
                if (!legacy) {
                    return reference(at);
                }
                break;
            default:
                break;
        }
        throw unknown(at);
    }

    /** 't': 2.7 an interned str appended to the interned list; 3.x an interned UTF-8 str. */
    private PyObject readInterned(boolean flag, int at) {
        int n = readSize("string", at);
        if (!legacy) {
            return register(flag, readText(n));
        }
        byte[] raw = strIsBytes ? readRaw(n) : null;
        // an interned one-character str is 2.7's cached character ('abc'[0] is 'a', chr(97) is 'a'): PyBytes.of's
        PyObject s = raw == null ? readText(n) : PyBytes.of(raw);
        if (internedCount == interned.length) {
            interned = grow(interned);
        }
        interned[internedCount++] = s;
        return s;
    }

    /** 'R' (2.7): an index into the interned strings read so far. */
    private PyObject stringRef(int at) {
        int i = readInt32();
        if (i < 0 || i >= internedCount) {
            throw bad("string reference " + i + " out of range (" + internedCount + " interned strings so far)", at);
        }
        return interned[i];
    }

    /** 'r' (3.x): a reference to an object registered earlier with FLAG_REF. */
    private PyObject reference(int at) {
        int i = readInt32();
        if (i < 0 || i >= refCount) {
            throw bad("invalid reference " + i + " (" + refCount + " objects registered so far)", at);
        }
        PyObject v = refs[i];
        if (v == null) {
            // CPython hands out the half-built tuple/list/dict here; constants are never cyclic,
            // and frozensets and code objects are an error there too.
            throw bad("invalid reference " + i + " to an object that is still being read", at);
        }
        return v;
    }

    private static BadInputException nullIn(String container, int at) {
        return bad("NULL object in a " + container, at);
    }

    // ---------------------------------------------------------------- references

    private PyObject register(boolean flag, PyObject v) {
        if (flag) {
            addRef(v);
        }
        return v;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        addRef(null);
        return refCount - 1;
    }

    private PyObject fill(int slot, PyObject v) {
        if (slot >= 0) {
            refs[slot] = v;
        }
        return v;
    }

    private void addRef(PyObject v) {
        if (refCount == refs.length) {
            refs = grow(refs);
        }
        refs[refCount++] = v;
    }

    private static PyObject[] grow(PyObject[] a) {
        PyObject[] b = new PyObject[Math.max(16, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * 'l': an int32 digit count whose sign is the number's, then that many 15-bit digits, least
     * significant first. 2.7 makes a {@code long}, 3.x an {@code int}. Compare marshal.c r_PyLong.
     */
    private PyObject readLong(int at) {
        int n = readInt32();
        if (n == 0) {
            return legacy ? PyInt.longOf(BigInteger.ZERO) : PyInt.of(0);
        }
        if (n == Integer.MIN_VALUE) {
            throw bad("long size out of range", at);
        }
        int digits = Math.abs(n);
        need(2L * digits, "a long of " + digits + " digits");
        BigInteger value;
        if (digits <= 4) {
            long v = 0;
            for (int i = 0; i < digits; i++) {
                v |= (long) readDigit(at, i == digits - 1) << (15 * i);
            }
            value = BigInteger.valueOf(n < 0 ? -v : v);
        } else {
            // Pack the 15-bit digits into a little-endian byte array, then reverse it.
            byte[] le = new byte[(int) ((15L * digits + 7) / 8)];
            long acc = 0;
            int bits = 0;
            int k = 0;
            for (int i = 0; i < digits; i++) {
                acc |= (long) readDigit(at, i == digits - 1) << bits;
                bits += 15;
                while (bits >= 8) {
                    le[k++] = (byte) acc;
                    acc >>>= 8;
                    bits -= 8;
                }
            }
            if (bits > 0) {
                le[k] = (byte) acc;
            }
            byte[] be = new byte[le.length];
            for (int i = 0; i < le.length; i++) {
                be[i] = le[le.length - 1 - i];
            }
            value = new BigInteger(n < 0 ? -1 : 1, be);
        }
        return legacy ? PyInt.longOf(value) : PyInt.of(value);
    }

    private int readDigit(int at, boolean top) {
        int d = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
        pos += 2;
        if (d >= 0x8000) {
            throw bad("digit out of range in long", at);
        }
        if (top && d == 0) {
            throw bad("unnormalized long data", at);
        }
        return d;
    }

    /** 'f' and 'x' parts: a u8 length and ASCII text that PyOS_string_to_double accepts. */
    private double readTextFloat(int at) {
        int n = readUInt8();
        need(n, "float text");
        String text = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        Double d = FloatText.parse(text);
        if (d == null) {
            throw bad("invalid float text '" + printable(text) + "'", at);
        }
        return d;
    }

    private double readBinaryDouble() {
        return Double.longBitsToDouble(readInt64());
    }

    // ---------------------------------------------------------------- strings

    private byte[] readRaw(int n) {
        need(n, "a string of " + n + " bytes");
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** 'a', 'A', 'z', 'Z': one byte per character (CPython makes a 1-byte-kind str of them). */
    private String readLatin1(int n) {
        need(n, "a string of " + n + " bytes");
        String s = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    /** A str object from UTF-8 with surrogatepass: lone and separately encoded surrogates survive. */
    private PyStr readText(int n) {
        need(n, "a string of " + n + " bytes");
        PyStr s = Utf8.decodeText(buf, pos, n);
        pos += n;
        return constantText(s);
    }

    /** An 's' constant: CPython makes one byte of it as a new object (filled after it was made), the empty one shared. */
    private static PyBytes constantBytes(byte[] raw) {
        return raw.length == 1 ? PyBytes.fresh(raw) : PyBytes.of(raw);
    }

    /**
     * A text constant as the code object holds it: from 3.11 (the release of exception groups) a one-character
     * constant is an object of its own, not the shared character runtime operations give ({@code s[0] is 'a'} is
     * False there, True in 3.6).
     */
    private PyStr constantText(PyStr s) {
        return ownOneCharConstants && s.chars() == 1 ? PyStr.fresh(s.value()) : s;
    }

    /** 'u' (and 3.x 't'): UTF-8 with surrogatepass, so lone surrogates survive. */
    private String readUtf8(int n) {
        need(n, "a string of " + n + " bytes");
        String s = Utf8.decodeSurrogatePass(buf, pos, n);
        pos += n;
        return s;
    }

    // ---------------------------------------------------------------- primitives

    /** A non-negative int32 size (CPython: "size out of range" for negatives). */
    private int readSize(String kind, int at) {
        int n = readInt32();
        if (n < 0) {
            throw bad(kind + " size " + n + " out of range", at);
        }
        return n;
    }

    private int readCount(String kind, int at) {
        return readCount(readSize(kind, at), kind, at);
    }

    /** Every item takes at least one byte, so a count larger than what is left is truncated data. */
    private int readCount(int n, String kind, int at) {
        need(n, "a " + kind + " of " + n + " items");
        return n;
    }

    private int readUInt8() {
        if (pos >= end) {
            throw truncated(pos);
        }
        return buf[pos++] & 0xff;
    }

    private int readInt32() {
        int p = pos;
        if (end - p < 4) {
            throw truncated(p);
        }
        pos = p + 4;
        return (buf[p] & 0xff) | (buf[p + 1] & 0xff) << 8 | (buf[p + 2] & 0xff) << 16 | buf[p + 3] << 24;
    }

    private long readInt64() {
        int p = pos;
        if (end - p < 8) {
            throw truncated(p);
        }
        long lo = readInt32() & 0xffffffffL;
        long hi = readInt32();
        return hi << 32 | lo;
    }

    private void need(long n, String what) {
        if (n > end - pos) {
            throw new BadInputException("truncated marshal data at byte " + pos + ": " + what
                    + " but only " + (end - pos) + " bytes left");
        }
    }

    // ---------------------------------------------------------------- errors

    private static BadInputException truncated(int at) {
        return new BadInputException("truncated marshal data at byte " + at);
    }

    static BadInputException bad(String what, int at) {
        return new BadInputException("bad marshal data: " + what + " at byte " + at);
    }

    private static String hex2(int b) {
        return b < 16 ? "0" + Integer.toHexString(b) : Integer.toHexString(b);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append("\\x").append(hex2(c & 0xff));
            }
        }
        return sb.toString();
    }
}
