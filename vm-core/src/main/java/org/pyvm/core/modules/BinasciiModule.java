package org.pyvm.core.modules;

import java.io.ByteArrayOutputStream;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code binascii} (C in CPython), which base64.py builds on: hex and base64 both ways, crc32 (signed in
 * 2.7, unsigned in 3.x) and crc_hqx, with {@code Error} (a ValueError in 3.x) and {@code Incomplete}.
 */
public final class BinasciiModule {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Runtime rt;
    private final boolean py2;
    private final boolean modern;
    private final PyType error;

    private BinasciiModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.modern = !py2 && rt.lang.minor() >= 8;
        this.error = ModuleSupport.exception(rt, "binascii", "Error", rt.types.exceptions.get(py2 ? "Exception" : "ValueError"));
    }

    public static PyModule create(Runtime rt) {
        return new BinasciiModule(rt).build();
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "binascii");
        m.put("Error", error);
        m.put("Incomplete", ModuleSupport.exception(rt, "binascii", "Incomplete", rt.types.exceptions.get("Exception")));
        // 2.7's aliases share one C function, whose parser names it b2a_hex / a2b_hex
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            m.def(name, (a, kw) -> hexlify(py2 ? "b2a_hex" : name, a, kw));
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            String fname = py2 ? "a2b_hex" : name;
            m.def(name, (a, kw) -> {
                if (a.length != 1 || kw != null && kw.length > 0) {
                    throw PyError.raise("TypeError", oneArgument(fname, a.length));
                }
                return unhexlify(ascii(fname, a[0]));
            });
        }
        m.def("b2a_base64", (a, kw) -> {
            PyObject data = ModuleSupport.arg(a, kw, 0, "data");
            if (data == null || ModuleSupport.positional(a, kw) != 1) {
                throw PyError.raise("TypeError", "b2a_base64() takes exactly one argument (" + ModuleSupport.positional(a, kw) + " given)");
            }
            PyObject newline = py2 ? null : ModuleSupport.arg(a, kw, 99, "newline");
            boolean nl = newline == null || Ops.truth(rt, newline);
            return PyBytes.of(b2aBase64(binary("b2a_base64", data), nl));
        });
        m.def("a2b_base64", (a, kw) -> {
            PyObject data = ModuleSupport.arg(a, kw, 0, "data");
            if (data == null) {
                throw PyError.raise("TypeError", "a2b_base64() takes exactly one argument (0 given)");
            }
            PyObject strict = rt.lang.minor() >= 11 ? ModuleSupport.arg(a, kw, 1, "strict_mode") : null; // 3.11's keyword
            return PyBytes.of(a2bBase64(ascii("a2b_base64", data), strict != null && Ops.truth(rt, strict)));
        });
        m.def("crc32", (a, kw) -> {
            ModuleSupport.count(rt, "crc32", a, kw, 1, 2);
            long crc = 0;
            if (a.length > 1) {
                java.math.BigInteger v = ModuleSupport.integer(rt, a[1]);
                if (v == null) {
                    throw PyError.raise("TypeError", py2 ? "an integer is required" : modern ? "'" + Ops.typeName(rt, a[1])
                            + "' object cannot be interpreted as an integer" : "an integer is required (got type " + Ops.typeName(rt, a[1]) + ")");
                }
                crc = v.longValue(); // the C unsigned int keeps the low 32 bits
            }
            int v = crc32(binary("crc32", a[0]), (int) crc);
            return py2 ? PyInt.of(v) : PyInt.of(v & 0xffffffffL);
        });
        m.def("crc_hqx", (a, kw) -> {
            ModuleSupport.count(rt, "crc_hqx", a, kw, 2, 2);
            int crc = (int) (ModuleSupport.index(rt, a[1]) & 0xffff);
            for (byte b : binary("crc_hqx", a[0])) {
                crc ^= (b & 0xff) << 8;
                for (int k = 0; k < 8; k++) {
                    crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                }
                crc &= 0xffff;
            }
            return PyInt.of(crc);
        });
        return m.build();
    }

    private PyError err(String message) {
        return ModuleSupport.error(rt, error, message);
    }

    /** A binary argument: any bytes-like object (2.7: also unicode, as ASCII). */
    private byte[] binary(String fname, PyObject o) {
        if (py2 && o instanceof PyStr s) {
            return ((PyBytes) Ops.callMethod(rt, s, "encode", Strings.text(rt, "ascii"))).bytes();
        }
        byte[] b = ModuleSupport.bytes(rt, o);
        if (b == null) {
            // 2.7's getargs calls None by its name, other values by their type's (Ops.argumentTypeName)
            throw PyError.raise("TypeError", py2 ? fname + "() argument 1 must be string or buffer, not " + Ops.argumentTypeName(rt, o)
                    : "a bytes-like object is required, not '" + Ops.typeName(rt, o) + "'");
        }
        return b;
    }

    /**
     * An ASCII argument of the a2b functions: bytes-like, or a str of ASCII characters (3.x's
     * ascii_buffer_converter takes an ASCII str too, and says so when refusing).
     */
    private byte[] ascii(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            if (!py2 && !s.value().chars().allMatch(c -> c < 128)) {
                throw PyError.raise("ValueError", "string argument should contain only ASCII characters");
            }
            if (!py2) {
                return s.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
        }
        if (!py2 && ModuleSupport.bytes(rt, o) == null) {
            throw PyError.raise("TypeError", "argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(rt, o) + "'");
        }
        return binary(fname, o);
    }

    /** A one-argument function called with n: 2.7's "s*:name" parser, 3.x's METH_O check (3.11 qualified). */
    private String oneArgument(String fname, int n) {
        if (py2) {
            return fname + "() takes exactly 1 argument (" + n + " given)";
        }
        return (rt.lang.minor() >= 11 ? "binascii." : "") + fname + "() takes exactly one argument (" + n + " given)";
    }

    private PyObject hexlify(String fname, PyObject[] a, String[] kw) {
        PyObject data = ModuleSupport.arg(a, kw, 0, "data");
        if (!modern && (a.length != 1 || kw != null && kw.length > 0)) {
            throw PyError.raise("TypeError", py2 ? oneArgument(fname, a.length) : fname + "() takes exactly one argument (" + a.length + " given)");
        }
        if (data == null) {
            throw PyError.raise("TypeError", fname + "() missing required argument 'data' (pos 1)"); // 3.8+'s clinic
        }
        byte[] b = binary(fname, data);
        PyObject sep = modern ? ModuleSupport.arg(a, kw, 1, "sep") : null;
        PyObject per = modern ? ModuleSupport.arg(a, kw, 2, "bytes_per_sep") : null;
        String hex = org.pyvm.core.builtins.HexDigits.ofBytes(rt, b, sep, per);
        return PyBytes.of(hex.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private PyObject unhexlify(byte[] b) {
        if (b.length % 2 != 0) {
            throw py2 ? PyError.raise("TypeError", "Odd-length string") : err("Odd-length string");
        }
        byte[] out = new byte[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(b[2 * i] & 0xff, 16);
            int lo = Character.digit(b[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (b[2 * i] & 0xff) > 127 || (b[2 * i + 1] & 0xff) > 127) {
                throw py2 ? PyError.raise("TypeError", "Non-hexadecimal digit found") : err("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return PyBytes.of(out);
    }

    private static byte[] b2aBase64(byte[] b, boolean newline) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i += 3) {
            int n = Math.min(3, b.length - i);
            int v = (b[i] & 0xff) << 16 | (n > 1 ? (b[i + 1] & 0xff) << 8 : 0) | (n > 2 ? b[i + 2] & 0xff : 0);
            sb.append(B64.charAt(v >> 18 & 63)).append(B64.charAt(v >> 12 & 63));
            sb.append(n > 1 ? B64.charAt(v >> 6 & 63) : '=').append(n > 2 ? B64.charAt(v & 63) : '=');
        }
        if (newline) {
            sb.append('\n');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Base64 decoding as binascii's: characters outside the alphabet skipped, the pad ending the data once a
     * quad has two or more characters. In strict mode (base64.b64decode(validate=True) in 3.11) a stray
     * character, a leading pad, data between pads or after the closing ones is an error instead.
     */
    private byte[] a2bBase64(byte[] b, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quad = 0;
        int left = 0;
        int pads = 0;
        int data = 0;
        boolean done = false;
        boolean padding = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c == '=') {
                padding = true;
                if (strict && i == 0) {
                    throw err("Leading padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < b.length) {
                        throw err("Excess data after padding");
                    }
                    done = true;
                    break;
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                if (strict) {
                    throw err("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padding) {
                throw err("Discontinuous padding not allowed");
            }
            pads = 0;
            data++;
            switch (quad) {
                case 0:
                    left = v;
                    quad = 1;
                    break;
                case 1:
                    out.write(left << 2 | v >> 4);
                    left = v & 0xf;
                    quad = 2;
                    break;
                case 2:
                    out.write(left << 4 | v >> 2);
                    left = v & 0x3;
                    quad = 3;
                    break;
                default:
                    out.write(left << 6 | v);
                    quad = 0;
                    break;
            }
        }
        if (!done && quad != 0) {
            if (quad == 1 && modern) {
                throw err("Invalid base64-encoded string: number of data characters (" + data + ") cannot be 1 more than a multiple of 4");
            }
            throw err("Incorrect padding");
        }
        return out.toByteArray();
    }

    /** CRC-32 (zlib's polynomial) continuing from {@code crc}. */
    static int crc32(byte[] data, int crc) {
        int c = ~crc;
        for (byte b : data) {
            c ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
        }
        return ~c;
    }
}
