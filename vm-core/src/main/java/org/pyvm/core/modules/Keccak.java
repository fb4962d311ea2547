package org.pyvm.core.modules;

import java.util.Arrays;

/**
 * The Keccak-f[1600] sponge of SHA-3 (FIPS 202): SHA3-224..512 (domain suffix 0x06) and the SHAKE
 * extendable-output functions (suffix 0x1F), whose digest length the caller chooses.
 */
final class Keccak implements HashModules.Digest {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final long[] state = new long[25];
    private final byte[] buffer;
    private int filled;
    private final int rate;
    private final byte suffix;
    private final int outputLength;

    /** A sponge of {@code rate} bytes; {@code outputLength} 0 for SHAKE (length given at digest time). */
    Keccak(int rate, int suffix, int outputLength) {
        this.rate = rate;
        this.suffix = (byte) suffix;
        this.outputLength = outputLength;
        this.buffer = new byte[rate];
    }

    private Keccak(Keccak o) {
        this(o.rate, o.suffix, o.outputLength);
        System.arraycopy(o.state, 0, state, 0, 25);
        System.arraycopy(o.buffer, 0, buffer, 0, rate);
        filled = o.filled;
    }

    int rate() {
        return rate;
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            buffer[filled++] = b;
            if (filled == rate) {
                absorb();
            }
        }
    }

    private void absorb() {
        for (int i = 0; i < rate / 8; i++) {
            long w = 0;
            for (int k = 0; k < 8; k++) {
                w |= (buffer[8 * i + k] & 0xffL) << (8 * k);
            }
            state[i] ^= w;
        }
        permute(state);
        filled = 0;
    }

    @Override
    public byte[] digest() {
        return squeeze(outputLength);
    }

    /** The first {@code length} bytes of output, leaving this sponge as it was. */
    byte[] squeeze(int length) {
        Keccak k = new Keccak(this);
        Arrays.fill(k.buffer, k.filled, k.rate, (byte) 0);
        k.buffer[k.filled] ^= k.suffix;
        k.buffer[k.rate - 1] ^= (byte) 0x80;
        k.absorb();
        byte[] out = new byte[length];
        int at = 0;
        while (true) {
            for (int i = 0; i < k.rate && at < length; i++, at++) {
                out[at] = (byte) (k.state[i / 8] >>> (8 * (i % 8)));
            }
            if (at >= length) {
                return out;
            }
            permute(k.state);
        }
    }

    @Override
    public HashModules.Digest copy() {
        return new Keccak(this);
    }

    @Override
    public int size() {
        return outputLength;
    }

    private static void permute(long[] a) {
        long[] b = new long[25];
        long[] c = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= RC[round];
        }
    }
}
