package org.pyvm.core.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Java C modules' algorithms against their reference outputs. */
class TwisterAndCrcTest {
    private static long[] outputs(RandomModule.Twister t, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = t.next32() & 0xffffffffL;
        }
        return out;
    }

    @Test
    void unseededTwisterStartsFromMatsumotoNishimurasDefaultSeed() {
        // mt19937ar.c with init_genrand(5489): the first outputs of the reference implementation
        assertArrayEquals(new long[] {3499211612L, 581869302L, 3890346734L, 3586334585L, 545404204L},
                outputs(new RandomModule.Twister(), 5));
    }

    @Test
    void initByArrayMatchesTheReferenceTestVector() {
        // mt19937ar.out: init_by_array({0x123, 0x234, 0x345, 0x456})
        RandomModule.Twister t = new RandomModule.Twister();
        t.initByArray(new int[] {0x123, 0x234, 0x345, 0x456});
        assertArrayEquals(new long[] {1067595299L, 955945823L, 477289528L, 4107218783L, 4228976476L}, outputs(t, 5));
    }

    @Test
    void seedingWithAnIntUsesItsWordsAsCPythonDoes() {
        // CPython: random.seed(5); random.random() == 0.6229016948897019
        RandomModule.Twister t = new RandomModule.Twister();
        t.seed(BigInteger.valueOf(5));
        assertEquals(0.6229016948897019, t.random());
    }

    @Test
    void crc32MatchesZlib() {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertEquals(907060870, BinasciiModule.crc32(hello, 0));
        java.util.zip.CRC32 z = new java.util.zip.CRC32();
        z.update(hello);
        assertEquals(z.getValue(), BinasciiModule.crc32(hello, 0) & 0xffffffffL);
    }
}
