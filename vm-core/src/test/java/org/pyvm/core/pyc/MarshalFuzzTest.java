package org.pyvm.core.pyc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyvm.core.errors.BadInputException;

/**
 * Damaged real .pyc files: cut at every length, and every byte replaced by a few values
 * (deterministic). Loading must give a clean success or a BadInputException, never another
 * exception, an OutOfMemoryError or a StackOverflowError.
 */
class MarshalFuzzTest {
    private static final int[] XORS = {0xff, 0x80, 0x01, 0x40};
    private static final int[] VALUES = {0x00, 0x7f, 0xff, '(', 'r', 'c', 'l'};

    @ParameterizedTest
    @ValueSource(strings = {"consts-2.7", "consts-3.6", "consts-3.11", "tiny-3.11-checked"})
    void truncatedAtEveryLength(String fixture) {
        byte[] data = PycFixtureTest.resource(fixture + ".pyc");
        int failures = 0;
        for (int len = 0; len < data.length; len++) {
            if (!loads(Arrays.copyOf(data, len), fixture + " cut at " + len)) {
                failures++;
            }
        }
        assertTrue(failures == data.length, "every proper prefix is truncated: " + failures + " of " + data.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"consts-2.7", "consts-3.6", "consts-3.11", "tiny-3.11-checked"})
    void everyByteDamaged(String fixture) {
        byte[] data = PycFixtureTest.resource(fixture + ".pyc");
        for (int at = 0; at < data.length; at++) {
            byte original = data[at];
            for (int x : XORS) {
                data[at] = (byte) (original ^ x);
                loads(data, fixture + " byte " + at + " ^ 0x" + Integer.toHexString(x));
            }
            for (int v : VALUES) {
                data[at] = (byte) v;
                loads(data, fixture + " byte " + at + " = 0x" + Integer.toHexString(v));
            }
            data[at] = original;
        }
    }

    /** True on success, false on a BadInputException; anything else fails the test. */
    private static boolean loads(byte[] data, String what) {
        try {
            PycFile.read(data, "fuzz.pyc", TestPacks::forMagic);
            return true;
        } catch (BadInputException e) {
            String m = e.getMessage();
            if (m == null || m.isEmpty() || m.contains("\n")) {
                throw new AssertionError(what + ": not a one-line message: " + m);
            }
            return false;
        } catch (Throwable t) {
            throw new AssertionError(what + ": " + t, t);
        }
    }
}
