package org.pyvm.core.modules.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** zlib's checksums with a start value (which java.util.zip cannot take), checked against java.util.zip by chaining. */
class ZlibChecksumTest {
    @Test
    void chainedChecksumsMatchJavaUtilZip() {
        Random r = new Random(42);
        for (int n : new int[] {0, 1, 7, 3800, 3801, 10_000, 70_000}) {
            byte[] a = new byte[n];
            byte[] b = new byte[n / 3 + 1];
            r.nextBytes(a);
            r.nextBytes(b);
            CRC32 crc = new CRC32();
            crc.update(a);
            assertEquals(crc.getValue(), ZlibModule.crc32(0, a));
            crc.update(b);
            assertEquals(crc.getValue(), ZlibModule.crc32(ZlibModule.crc32(0, a), b));
            Adler32 adler = new Adler32();
            adler.update(a);
            assertEquals(adler.getValue(), ZlibModule.adler32(1, a));
            adler.update(b);
            assertEquals(adler.getValue(), ZlibModule.adler32(ZlibModule.adler32(1, a), b));
        }
    }

    @Test
    void knownValues() {
        byte[] hello = "hello world".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(222957957L, ZlibModule.crc32(0, hello)); // CPython: zlib.crc32(b'hello world')
        assertEquals(436929629L, ZlibModule.adler32(1, hello)); // zlib.adler32(b'hello world')
    }
}
