package org.pyvm.core.objects;

import java.math.BigInteger;
import org.pyvm.spi.LanguageFeature;

/**
 * CPython's {@code hash()} algorithms for the built-in value types, per language level, as a 64-bit
 * build computes them with {@code PYTHONHASHSEED=0} (so 2.7's prefix/suffix and 3.x's SipHash key are zero).
 *
 * <p>Compare CPython Python/pyhash.c (SipHash, _Py_HashDouble), Objects/longobject.c (long_hash),
 * 2.7 Objects/stringobject.c (string_hash) and Objects/unicodeobject.c (unicode_hash).
 */
public final class PyHash {
    /** 3.x {@code sys.hash_info.modulus}: the Mersenne prime 2**61-1 that numeric hashes reduce by. */
    public static final long MODULUS = (1L << 61) - 1;
    /** 3.x {@code _PyHASH_BITS}. */
    static final int BITS = 61;
    /** 3.x {@code sys.hash_info.inf}. */
    public static final long INF = 314159;
    /** 3.x {@code sys.hash_info.imag}; also 2.7's complex multiplier. */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private PyHash() {
    }

    /** -1 is CPython's error return, so a hash that comes out as -1 becomes -2. */
    static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- strings and bytes

    /** {@code hash()} of a text string ({@code str}; 2.7 {@code unicode}). */
    public static long text(String s, Language lang) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) > 0xff) {
                return text(s.codePoints().toArray(), lang);
            }
        }
        // Latin-1 text, the common case: its PEP 393 bytes are its chars, and 2.7's units the same values
        if (isFnv(lang)) {
            long x = (long) s.charAt(0) << 7;
            for (int i = 0; i < n; i++) {
                x = (1000003L * x) ^ s.charAt(i);
            }
            x ^= n;
            return fix(x);
        }
        return siphash(s, lang);
    }

    /** {@code hash()} of a text string given as its code points. */
    public static long text(int[] cps, Language lang) {
        if (cps.length == 0) {
            return 0;
        }
        if (isFnv(lang)) {
            // 2.7 (UCS4 build) hashes the code points with the same formula as str.
            return fnv(cps);
        }
        return siphash(pep393Bytes(cps), lang);
    }

    /** {@code hash()} of a byte string (3.x {@code bytes}, 2.7 {@code str}). */
    public static long bytes(byte[] b, Language lang) {
        if (b.length == 0) {
            return 0;
        }
        if (isFnv(lang)) {
            int[] units = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                units[i] = b[i] & 0xff;
            }
            return fnv(units);
        }
        return siphash(b, lang);
    }

    private static boolean isFnv(Language lang) {
        return lang.has(LanguageFeature.STRING_HASH_FNV);
    }

    /**
     * 2.7 string_hash / unicode_hash with a zero secret: {@code x = c0 << 7; x = 1000003*x ^ c; x ^= len}.
     * Java long arithmetic wraps exactly like C's 64-bit long.
     */
    static long fnv(int[] units) {
        if (units.length == 0) {
            return 0;
        }
        long x = (long) units[0] << 7;
        for (int u : units) {
            x = (1000003L * x) ^ u;
        }
        x ^= units.length;
        return fix(x);
    }

    /**
     * The PEP 393 canonical form that 3.x hashes: 1 byte per character when all are below 256, else
     * 2 (UTF-16-LE units, which here are the code points themselves) when all are below 65536, else 4.
     */
    static byte[] pep393Bytes(int[] cps) {
        int max = 0;
        for (int c : cps) {
            max = Math.max(max, c);
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] out = new byte[cps.length * width];
        int p = 0;
        for (int c : cps) {
            for (int k = 0; k < width; k++) {
                out[p++] = (byte) (c >>> (8 * k));
            }
        }
        return out;
    }

    private static long siphash(byte[] data, Language lang) {
        boolean sip13 = lang.has(LanguageFeature.STRING_HASH_SIPHASH13);
        return fix(sipHash(0, 0, data, null, data.length, sip13 ? 1 : 2, sip13 ? 3 : 4));
    }

    /** The same over Latin-1 text, whose chars are its PEP 393 bytes: no byte array made for it. */
    private static long siphash(String latin1, Language lang) {
        boolean sip13 = lang.has(LanguageFeature.STRING_HASH_SIPHASH13);
        return fix(sipHash(0, 0, null, latin1, latin1.length(), sip13 ? 1 : 2, sip13 ? 3 : 4));
    }

    /** SipHash-c-d with key (k0, k1) over {@code data}: 3.4-3.10 use 2-4, 3.11+ 1-3. */
    public static long sipHash(long k0, long k1, byte[] data, int cRounds, int dRounds) {
        return sipHash(k0, k1, data, null, data.length, cRounds, dRounds);
    }

    /**
     * SipHash-c-d over {@code len} bytes: those of {@code data}, or when it is null the chars of {@code latin1}.
     * One loop does every compression and the finalisation, the state in four locals (an array of them
     * was a third of the hash's time). Blocks 0 .. whole-1 are the message's 8-byte words, block whole its
     * tail with the length in the top byte, and one more the finalisation (v2 ^= 0xff, d rounds).
     */
    private static long sipHash(long k0, long k1, byte[] data, String latin1, int len, int cRounds, int dRounds) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int whole = len >>> 3;
        for (int block = 0; block <= whole + 1; block++) {
            long m = 0;
            int rounds = cRounds;
            if (block <= whole) {
                int off = block << 3;
                int n = block < whole ? 8 : len & 7;
                for (int k = n - 1; k >= 0; k--) {
                    m = (m << 8) | (data != null ? data[off + k] & 0xffL : latin1.charAt(off + k) & 0xffL);
                }
                if (block == whole) {
                    m |= ((long) len) << 56;
                }
                v3 ^= m;
            } else {
                v2 ^= 0xff;
                rounds = dRounds;
            }
            for (int r = 0; r < rounds; r++) {
                v0 += v1;
                v1 = Long.rotateLeft(v1, 13);
                v1 ^= v0;
                v0 = Long.rotateLeft(v0, 32);
                v2 += v3;
                v3 = Long.rotateLeft(v3, 16);
                v3 ^= v2;
                v0 += v3;
                v3 = Long.rotateLeft(v3, 21);
                v3 ^= v0;
                v2 += v1;
                v1 = Long.rotateLeft(v1, 17);
                v1 ^= v2;
                v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    // ---------------------------------------------------------------- numbers

    /** {@code hash()} of an int that fits a Java long. */
    public static long ofLong(long v, Language lang) {
        if (lang.has(LanguageFeature.NUMERIC_HASH_MODULUS)) {
            // 3.x long_hash: sign * (|v| mod 2**61-1). |Long.MIN_VALUE| needs the unsigned remainder.
            if (v > -MODULUS && v < MODULUS) {
                return fix(v); // below the modulus in magnitude: the value itself, no division
            }
            long r = v >= 0 ? v % MODULUS : -Long.remainderUnsigned(-v, MODULUS);
            return fix(r);
        }
        // 2.7: an int (C long) is its own hash; a long of the same value hashes the same.
        return fix(v);
    }

    /** {@code hash()} of an arbitrary-size int. */
    public static long ofBig(BigInteger v, Language lang) {
        if (v.bitLength() < 64) {
            return ofLong(v.longValue(), lang);
        }
        BigInteger abs = v.abs();
        long r;
        if (lang.has(LanguageFeature.NUMERIC_HASH_MODULUS)) {
            r = abs.mod(BIG_MODULUS).longValue();
        } else {
            // 2.7 long_hash: rotate-and-add over 30-bit digits with end-around carry, i.e. |v| mod
            // (2**64-1), where a non-zero multiple of 2**64-1 comes out as 2**64-1 itself.
            BigInteger m = abs.mod(ULONG_MAX);
            r = m.signum() == 0 ? -1L : m.longValue();
        }
        if (v.signum() < 0) {
            r = -r;
        }
        return fix(r);
    }

    /** {@code hash()} of a float. NaN: 0 before 3.10; 3.10+ hashes the object's address (see {@link PyFloat#hash}). */
    /** A NaN part of {@code owner}: 0 before 3.10, then the object's own (identity) hash, as _Py_HashPointer gives it. */
    public static long nan(PyObject owner, Language lang) {
        return lang.major() == 3 && lang.minor() >= 10 ? fix(Ids.address(owner) >>> 4) : 0;
    }

    public static long ofDouble(double d, Language lang) {
        if (lang.has(LanguageFeature.NUMERIC_HASH_MODULUS)) {
            return ofDouble3(d);
        }
        return ofDouble27(d);
    }

    /** 3.x _Py_HashDouble: the value as a rational reduced mod 2**61-1, so equal numbers hash equal. */
    private static long ofDouble3(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (d == 0) {
            return 0;
        }
        long mant = ExactDecimal.significand(d);
        int e = ExactDecimal.binaryExponent(d); // |d| = mant * 2**e
        long x = mant % MODULUS;
        // 2**61 == 1 (mod P), so multiplying by 2**e is a rotation by e mod 61 of a 61-bit value.
        int s = Math.floorMod(e, BITS);
        x = ((x << s) & MODULUS) | (x >>> (BITS - s));
        if (x >= MODULUS) {
            x -= MODULUS;
        }
        return fix(d < 0 ? -x : x);
    }

    /** 2.7 _Py_HashDouble: integral values hash as the equal int/long; others mix frexp's bits. */
    private static long ofDouble27(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -271828;
        }
        double intpart = v < 0 ? Math.ceil(v) : Math.floor(v);
        if (v - intpart == 0.0) {
            if (Math.abs(intpart) > (double) (Long.MAX_VALUE / 2)) {
                return ofBig(new java.math.BigDecimal(intpart).toBigInteger(), Language27.INSTANCE);
            }
            return fix((long) intpart);
        }
        int expo = Math.getExponent(v);
        double m;
        if (expo == Double.MIN_EXPONENT - 1) { // subnormal: normalise like frexp
            double scaled = v * 0x1p54;
            expo = Math.getExponent(scaled) - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            m = v / Math.scalb(1.0, expo + 1);
        }
        expo += 1; // frexp: v = m * 2**expo with 0.5 <= |m| < 1
        m *= 2147483648.0;
        long hipart = (long) m;
        m = (m - (double) hipart) * 2147483648.0;
        long x = hipart + (long) m + (long) (expo << 15);
        return fix(x);
    }

    /** A 2.7-like language level for internal reuse of the 2.7 long hash. */
    private static final class Language27 {
        static final Language INSTANCE = new Language("2.7", java.util.EnumSet.of(LanguageFeature.STRING_HASH_FNV));
    }
}
