package org.pyvm.core.pyc;

import java.nio.charset.StandardCharsets;
import org.pyvm.core.objects.PyStr;

/**
 * UTF-8 decoding with CPython's {@code surrogatepass} error handler: strict UTF-8 (no overlong
 * forms, nothing above U+10FFFF, no stray continuation bytes), except that encoded surrogates
 * (ED A0..BF xx) decode to lone UTF-16 surrogates instead of failing. CPython 3.x marshal reads
 * 'u'/'t' that way; 2.7's UTF-8 codec lets surrogates through too.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Decodes {@code len} bytes at {@code off}.
     *
     * @throws org.pyvm.core.errors.BadInputException naming the offset of the first invalid byte
     */
    static String decodeSurrogatePass(byte[] b, int off, int len) {
        if (isAscii(b, off, len)) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        int[] cps = new int[len];
        return new String(cps, 0, decode(b, off, len, cps));
    }

    /** Decodes text for a str object, keeping separately encoded surrogates as separate characters. */
    static PyStr decodeText(byte[] b, int off, int len) {
        if (isAscii(b, off, len)) {
            return PyStr.of(new String(b, off, len, StandardCharsets.ISO_8859_1));
        }
        int[] cps = new int[len];
        return PyStr.ofCodePoints(cps, decode(b, off, len, cps));
    }

    private static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes into {@code out} (at least {@code len} long) and returns the number of code points. */
    private static int decode(byte[] b, int off, int len, int[] out) {
        int end = off + len;
        int i = off;
        int n = 0;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = c;
                i++;
                continue;
            }
            int need;
            int cp;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) {
                    lo = 0xa0; // no overlong 3-byte forms; ED A0..BF (surrogates) is allowed: surrogatepass
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                throw MarshalReader.bad("invalid UTF-8 start byte 0x" + Integer.toHexString(c) + " in a string", i);
            }
            if (end - i <= need) {
                throw MarshalReader.bad("truncated UTF-8 sequence in a string", i);
            }
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xff;
                if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xbf)) {
                    throw MarshalReader.bad("invalid UTF-8 continuation byte 0x" + Integer.toHexString(cc) + " in a string", i + k);
                }
                cp = cp << 6 | (cc & 0x3f);
            }
            out[n++] = cp;
            i += need + 1;
        }
        return n;
    }
}
