package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * Bytes as hex digits, the one way bytes.hex, bytearray.hex and memoryview.hex write them (pystrhex.c's
 * _Py_strhex_impl): with a separator (3.8+), one character between every {@code |perSep} bytes, the groups
 * counted from the right when perSep is positive and from the left when it is negative. binascii.hexlify, whose
 * bytes result may take a non-ASCII separator, and hashlib's hexdigest write theirs here too.
 */
public final class HexDigits {
    private HexDigits() {
    }

    /** {@code b}'s digits, two lowercase hex digits a byte (hexdigest, binascii.hexlify). */
    public static String of(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        appendDigits(sb, b, 0, b.length);
        return sb.toString();
    }

    /** {@code b}'s digits; {@code sep} and {@code perSep} as given to the method (null when not given). */
    public static String of(Runtime rt, byte[] b, PyObject sep, PyObject perSep) {
        return sep == null ? of(b) : separated(rt, b, sep, perSep, 127);
    }

    /**
     * binascii.hexlify's digits, as latin-1 text for its bytes result: a separator may be any character below
     * U+0100 there, where the str-returning methods take only ASCII.
     */
    public static String ofBytes(Runtime rt, byte[] b, PyObject sep, PyObject perSep) {
        return sep == null ? of(b) : separated(rt, b, sep, perSep, 255);
    }

    private static String separated(Runtime rt, byte[] b, PyObject sep, PyObject perSep, int highest) {
        if (Ops.len(rt, sep) != 1) { // an object without a length is len()'s TypeError, as PyObject_Length's
            throw PyError.raise("ValueError", "sep must be length 1.");
        }
        char separator;
        if (sep instanceof PyStr s) {
            separator = s.value().charAt(0);
        } else if (sep instanceof PyBytes s) {
            separator = (char) (s.bytes()[0] & 0xff);
        } else {
            throw PyError.raise("TypeError", "sep must be str or bytes.");
        }
        if (separator > highest) {
            throw PyError.raise("ValueError", "sep must be ASCII.");
        }
        return grouped(b, separator, perSep == null ? 1 : Args.index(rt, perSep));
    }

    /**
     * {@code b}'s digits with {@code separator} between groups of |perSep| bytes, counted from the right when
     * perSep is positive, from the left when negative; none when it is 0 or the groups would hold everything.
     */
    public static String grouped(byte[] b, char separator, long perSep) {
        long size = Math.abs(perSep);
        if (perSep == 0 || size >= b.length) {
            return of(b);
        }
        StringBuilder sb = new StringBuilder(b.length * 3);
        int first = perSep > 0 ? (int) (b.length % size == 0 ? size : b.length % size) : (int) size; // the leftmost group
        appendDigits(sb, b, 0, first);
        for (int at = first; at < b.length; at += (int) size) {
            sb.append(separator);
            appendDigits(sb, b, at, (int) Math.min(b.length, at + size));
        }
        return sb.toString();
    }

    private static void appendDigits(StringBuilder sb, byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
    }
}
