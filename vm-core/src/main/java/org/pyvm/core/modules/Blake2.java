package org.pyvm.core.modules;

/**
 * BLAKE2b (64-bit words, 12 rounds, 128-byte blocks) and BLAKE2s (32-bit words, 10 rounds, 64-byte
 * blocks) of RFC 7693, with key, salt and personalisation as hashlib's blake2b/blake2s take them.
 * Words are kept in longs for both; BLAKE2s masks them to 32 bits.
 */
final class Blake2 implements HashModules.Digest {
    private static final long[] IV_B = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final long[] IV_S = {
        0x6a09e667L, 0xbb67ae85L, 0x3c6ef372L, 0xa54ff53aL, 0x510e527fL, 0x9b05688cL, 0x1f83d9abL, 0x5be0cd19L};
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private final boolean big;
    private final int wordBytes;
    private final int blockBytes;
    private final int outLen;
    private final long[] h = new long[8];
    private long t0;
    private long t1;
    private final byte[] buffer;
    private int filled;

    /** BLAKE2b when {@code big}, else BLAKE2s; salt and person are zero-padded to their full size. */
    Blake2(boolean big, int outLen, byte[] key, byte[] salt, byte[] person) {
        this.big = big;
        this.wordBytes = big ? 8 : 4;
        this.blockBytes = big ? 128 : 64;
        this.outLen = outLen;
        this.buffer = new byte[blockBytes];
        long[] iv = big ? IV_B : IV_S;
        System.arraycopy(iv, 0, h, 0, 8);
        byte[] param = new byte[8 * wordBytes];
        param[0] = (byte) outLen;
        param[1] = (byte) key.length;
        param[2] = 1;
        param[3] = 1;
        int saltAt = big ? 32 : 16;
        int size = big ? 16 : 8;
        System.arraycopy(salt, 0, param, saltAt, Math.min(salt.length, size));
        System.arraycopy(person, 0, param, saltAt + size, Math.min(person.length, size));
        for (int i = 0; i < 8; i++) {
            h[i] ^= word(param, i * wordBytes);
        }
        if (key.length > 0) {
            byte[] block = new byte[blockBytes];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block);
        }
    }

    private Blake2(Blake2 o) {
        this.big = o.big;
        this.wordBytes = o.wordBytes;
        this.blockBytes = o.blockBytes;
        this.outLen = o.outLen;
        this.buffer = o.buffer.clone();
        System.arraycopy(o.h, 0, h, 0, 8);
        this.t0 = o.t0;
        this.t1 = o.t1;
        this.filled = o.filled;
    }

    int blockSize() {
        return blockBytes;
    }

    private long word(byte[] b, int at) {
        long w = 0;
        for (int k = 0; k < wordBytes; k++) {
            w |= (b[at + k] & 0xffL) << (8 * k);
        }
        return w;
    }

    private long mask(long v) {
        return big ? v : v & 0xffffffffL;
    }

    private long rotr(long v, int n) {
        return big ? Long.rotateRight(v, n) : ((v >>> n) | (v << (32 - n))) & 0xffffffffL;
    }

    private void count(int n) {
        if (big) {
            long before = t0;
            t0 += n;
            if (Long.compareUnsigned(t0, before) < 0) {
                t1++;
            }
        } else {
            t0 += n; // the two 32-bit counter words kept as one long
        }
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            if (filled == blockBytes) {
                count(blockBytes);
                compress(buffer, false);
                filled = 0;
            }
            buffer[filled++] = b;
        }
    }

    private void compress(byte[] block, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(block, i * wordBytes);
        }
        long[] iv = big ? IV_B : IV_S;
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(iv, 0, v, 8, 8);
        if (big) {
            v[12] ^= t0;
            v[13] ^= t1;
        } else {
            v[12] ^= t0 & 0xffffffffL;
            v[13] ^= t0 >>> 32;
        }
        if (last) {
            v[14] = mask(~v[14]);
        }
        int[] r = big ? new int[] {32, 24, 16, 63} : new int[] {16, 12, 8, 7};
        for (int round = 0; round < (big ? 12 : 10); round++) {
            int[] s = SIGMA[round % 10];
            g(v, r, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, r, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, r, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, r, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, r, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, r, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, r, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, r, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] = mask(h[i] ^ v[i] ^ v[i + 8]);
        }
    }

    private void g(long[] v, int[] r, int a, int b, int c, int d, long x, long y) {
        v[a] = mask(v[a] + v[b] + x);
        v[d] = rotr(v[d] ^ v[a], r[0]);
        v[c] = mask(v[c] + v[d]);
        v[b] = rotr(v[b] ^ v[c], r[1]);
        v[a] = mask(v[a] + v[b] + y);
        v[d] = rotr(v[d] ^ v[a], r[2]);
        v[c] = mask(v[c] + v[d]);
        v[b] = rotr(v[b] ^ v[c], r[3]);
    }

    @Override
    public byte[] digest() {
        Blake2 k = new Blake2(this);
        k.count(k.filled);
        java.util.Arrays.fill(k.buffer, k.filled, k.blockBytes, (byte) 0);
        k.compress(k.buffer, true);
        byte[] out = new byte[outLen];
        for (int i = 0; i < outLen; i++) {
            out[i] = (byte) (k.h[i / wordBytes] >>> (8 * (i % wordBytes)));
        }
        return out;
    }

    @Override
    public HashModules.Digest copy() {
        return new Blake2(this);
    }

    @Override
    public int size() {
        return outLen;
    }
}
