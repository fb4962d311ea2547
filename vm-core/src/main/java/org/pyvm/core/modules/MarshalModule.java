package org.pyvm.core.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pyvm.core.errors.BadInputException;
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
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.pyc.MarshalReader;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.OpcodePack;

/**
 * {@code marshal}: {@code version} (2 in 2.7, 4 in 3.4+), {@code loads} (pyvm's .pyc reader, for the running
 * program's version) and {@code dumps} of None, bools, ints, floats, complex numbers, str/bytes/unicode, tuples,
 * lists, dicts, sets and frozensets in each version's format (CPython's Python/marshal.c: w_object).
 *
 * <p>Two things CPython decides from its object internals are approximated: whether a string is interned (2.7
 * 't'/'R', 3.x 't'/'A'/'Z') is taken to be whether it looks like an identifier, as the compiler interns such
 * constants; and 3.x's FLAG_REF, which CPython sets on objects referenced more than once, is set on every
 * object but the singletons (objects a program passes to dumps are almost always referenced elsewhere too).
 * Code objects are not written (ValueError "unmarshallable object").
 */
public final class MarshalModule {
    private final Runtime rt;
    private final Supplier<OpcodePack> pack;

    private MarshalModule(Runtime rt, Supplier<OpcodePack> pack) {
        this.rt = rt;
        this.pack = pack;
    }

    public static PyModule create(Runtime rt, Supplier<OpcodePack> pack) {
        return new MarshalModule(rt, pack).build();
    }

    private boolean py2() {
        return rt.lang.major() == 2;
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "marshal");
        int current = py2() ? 2 : 4;
        m.put("version", PyInt.of(current));
        m.def("dumps", (a, kw) -> {
            ModuleSupport.count(rt, "dumps", a, kw, 1, 2);
            int version = a.length == 2 ? (int) ModuleSupport.index(rt, a[1]) : current;
            Writer w = new Writer(version);
            w.write(a[0], 0);
            return PyBytes.of(w.out.toByteArray());
        });
        m.def("loads", (a, kw) -> {
            ModuleSupport.count(rt, "loads", a, kw, 1, 1);
            return loads(a[0]);
        });
        return m.build();
    }

    private PyObject loads(PyObject arg) {
        byte[] data = ModuleSupport.bytes(rt, arg);
        if (data == null) {
            if (py2()) {
                throw PyError.raise("TypeError", "loads() argument 1 must be string or read-only buffer, not " + Ops.argumentTypeName(rt, arg));
            }
            throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, arg) + "'");
        }
        PyObject v;
        MarshalReader reader = new MarshalReader(data, pack.get());
        try {
            v = reader.readObject();
        } catch (BadInputException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.startsWith("truncated")) {
                // a container whose count outruns the data: with nothing left CPython meets the end at its first item
                // (with a partial item left, most likely inside it)
                boolean atObject = reader.endedBeforeObject() || msg.contains(" items but only 0 bytes left");
                throw PyError.raise("EOFError", py2() || atObject ? "EOF read where object expected" : "marshal data too short");
            }
            String why = msg.startsWith("unknown marshal type code") ? "unknown type code"
                    : msg.startsWith("digit out of range") ? "digit out of range in long"
                    : msg.startsWith("unnormalized long") ? "unnormalized long data"
                    : msg.startsWith("long size") ? "long size out of range"
                    : msg.startsWith("invalid reference") ? "invalid reference"
                    : msg.startsWith("NULL object") ? "NULL object in marshal data for object" : "unknown type code";
            throw PyError.raise("ValueError", "bad marshal data (" + why + ")");
        }
        return v == PyBuiltinRef.STOP_ITERATION ? rt.builtins.get(rt.name("StopIteration")) : v;
    }

    /** One dumps call: the bytes so far and, for 3.x, the objects given a reference index. */
    private final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        final Map<PyObject, Integer> refs = new IdentityHashMap<>();
        final Map<String, Integer> interned = new java.util.HashMap<>();

        Writer(int version) {
            this.version = version;
        }

        void int32(long v) {
            out.write((int) v);
            out.write((int) (v >> 8));
            out.write((int) (v >> 16));
            out.write((int) (v >> 24));
        }

        void int64(long v) {
            int32(v);
            int32(v >> 32);
        }

        void dbl(double d) {
            int64(Double.doubleToRawLongBits(d));
        }

        void raw(byte[] b) {
            out.write(b, 0, b.length);
        }

        void sized(int code, byte[] b) {
            out.write(code);
            int32(b.length);
            raw(b);
        }

        void write(PyObject o, int depth) {
            if (depth > MarshalReader.MAX_DEPTH) {
                throw PyError.raise("ValueError", "object too deeply nested to marshal");
            }
            if (o == PyNone.NONE) {
                out.write('N');
                return;
            }
            if (o == PyBool.TRUE || o == PyBool.FALSE) {
                out.write(o == PyBool.TRUE ? 'T' : 'F');
                return;
            }
            if (o == PyEllipsis.ELLIPSIS) {
                out.write('.');
                return;
            }
            if (o == rt.builtins.get(rt.name("StopIteration"))) {
                out.write('S');
                return;
            }
            int flag = 0;
            if (version >= 3) {
                Integer ref = refs.get(o);
                if (ref != null) {
                    out.write('r');
                    int32(ref);
                    return;
                }
                refs.put(o, refs.size());
                flag = MarshalReader.FLAG_REF;
            }
            Class<?> c = o.getClass();
            if (c == PyInt.class) {
                PyInt i = (PyInt) o;
                if (i.big == null && i.small == (int) i.small && !(py2() && i.isLong)) {
                    out.write('i' | flag);
                    int32(i.small);
                } else if (py2() && !i.isLong && i.big == null) {
                    out.write('I');
                    int64(i.small);
                } else {
                    out.write('l' | flag);
                    writeLong(i.toBigInteger());
                }
            } else if (c == PyFloat.class) {
                double d = ((PyFloat) o).value;
                if (version > 1) {
                    out.write('g' | flag);
                    dbl(d);
                } else {
                    byte[] text = text17g(d);
                    out.write('f' | flag);
                    out.write(text.length);
                    raw(text);
                }
            } else if (c == PyComplex.class) {
                PyComplex z = (PyComplex) o;
                if (version > 1) {
                    out.write('y' | flag);
                    dbl(z.real);
                    dbl(z.imag);
                } else {
                    out.write('x' | flag);
                    for (double d : new double[] {z.real, z.imag}) {
                        byte[] text = text17g(d);
                        out.write(text.length);
                        raw(text);
                    }
                }
            } else if (c == PyBytes.class) {
                byte[] b = ((PyBytes) o).bytes();
                if (py2() && version >= 1 && identifier(new String(b, StandardCharsets.ISO_8859_1))) {
                    String key = new String(b, StandardCharsets.ISO_8859_1);
                    Integer at = interned.get(key);
                    if (at != null) {
                        out.write('R');
                        int32(at);
                    } else {
                        interned.put(key, interned.size());
                        sized('t', b);
                    }
                } else {
                    sized('s' | flag, b);
                }
            } else if (c == PyStr.class) {
                writeText(((PyStr) o).value(), flag);
            } else if (c == PyTuple.class) {
                PyObject[] items = ((PyTuple) o).items();
                if (version >= 4 && items.length < 256) {
                    out.write(')' | flag);
                    out.write(items.length);
                } else {
                    out.write('(' | flag);
                    int32(items.length);
                }
                for (PyObject x : items) {
                    write(x, depth + 1);
                }
            } else if (c == PyList.class) {
                List<PyObject> items = ((PyList) o).items();
                out.write('[' | flag);
                int32(items.size());
                for (PyObject x : List.copyOf(items)) {
                    write(x, depth + 1);
                }
            } else if (c == PyDict.class) {
                PyDict d = (PyDict) o;
                out.write('{' | flag);
                for (PyObject k : d.keys()) {
                    write(k, depth + 1);
                    write(d.get(k), depth + 1);
                }
                out.write('0');
            } else if (c == PySet.class || c == PyFrozenSet.class) {
                List<PyObject> items = c == PySet.class ? ((PySet) o).items() : ((PyFrozenSet) o).items();
                out.write((c == PySet.class ? '<' : '>') | flag);
                int32(items.size());
                for (PyObject x : List.copyOf(items)) {
                    write(x, depth + 1);
                }
            } else {
                throw PyError.raise("ValueError", "unmarshallable object");
            }
        }

        /** A str: 2.7 unicode is 'u'; 3.x picks the short ASCII forms (version 4) and marks interned strings. */
        private void writeText(String s, int flag) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (py2()) {
                sized('u', utf8);
                return;
            }
            boolean interned = version >= 3 && identifier(s);
            if (version >= 4 && utf8.length == s.length() && ascii(s)) {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                if (b.length < 256) {
                    out.write((interned ? 'Z' : 'z') | flag);
                    out.write(b.length);
                    raw(b);
                } else {
                    sized((interned ? 'A' : 'a') | flag, b);
                }
                return;
            }
            sized((interned ? 't' : 'u') | flag, utf8);
        }

        /** The 'l' form: the count of 15-bit digits (negative for a negative number), then the digits, low first. */
        private void writeLong(BigInteger v) {
            BigInteger mag = v.abs();
            int n = (mag.bitLength() + 14) / 15;
            int32(v.signum() < 0 ? -n : n);
            for (int i = 0; i < n; i++) {
                int d = mag.shiftRight(15 * i).intValue() & 0x7fff;
                out.write(d);
                out.write(d >> 8);
            }
        }
    }

    /** C's "%.17g" (format versions 0 and 1 write floats as text). */
    private static byte[] text17g(double d) {
        return org.pyvm.core.runtime.Formatting.formatFloat(d, 'g', 17, false).getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Strings made only of name characters, which the compiler interns (the empty string included). */
    private static boolean identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }
}
