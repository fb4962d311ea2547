package org.pyvm.conformance.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A damaged copy of a real .pyc: which seed file, which kind of damage, and the random numbers
 * that place it. Kept as data so that jqwik can report and shrink it and a failure can be replayed.
 */
record Mutant(int seedIndex, Kind kind, long random) {
    enum Kind {
        /** 1 to 8 bits flipped anywhere. */
        BIT_FLIPS,
        /** cut short at a random length. */
        TRUNCATED,
        /** a random range replaced by bytes from another seed file. */
        SPLICED,
        /** a little-endian int (a length, a count, a code-object field) set to an absurd value. */
        ABSURD_INT,
        /** a few bytes set to marshal type codes. */
        TYPE_CODES,
        /** the header kept, the body replaced by tuples, lists or code objects nested very deep. */
        DEEP_NESTING
    }

    private static final int[] ABSURD = {0x7fffffff, 0xffffffff, 0x80000000, 0x10000000, 0xffff, 0x100, -2, 1 << 24};
    private static final byte[] TYPE_BYTES = "()[]{}<>crlsuNzaZAiIgyY.TF?SR\u00e3\u00a9\u00f2\u00fa".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    byte[] apply(List<byte[]> seeds) {
        byte[] seed = seeds.get(seedIndex % seeds.size());
        Random r = new Random(random);
        byte[] d = seed.clone();
        int header = headerOf(seed);
        switch (kind) {
            case BIT_FLIPS: {
                int n = 1 + r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    int at = r.nextInt(d.length);
                    d[at] ^= (byte) (1 << r.nextInt(8));
                }
                return d;
            }
            case TRUNCATED:
                return Arrays.copyOf(d, r.nextInt(d.length));
            case SPLICED: {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int from = r.nextInt(other.length);
                int len = Math.min(other.length - from, 1 + r.nextInt(64));
                int at = header + r.nextInt(Math.max(1, d.length - header));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(d, 0, at);
                out.write(other, from, len);
                int skip = Math.min(d.length, at + r.nextInt(64));
                out.write(d, skip, d.length - skip);
                return out.toByteArray();
            }
            case ABSURD_INT: {
                int at = header + r.nextInt(Math.max(1, d.length - header - 4));
                int v = ABSURD[r.nextInt(ABSURD.length)];
                for (int i = 0; i < 4 && at + i < d.length; i++) {
                    d[at + i] = (byte) (v >>> (8 * i));
                }
                return d;
            }
            case TYPE_CODES: {
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    d[header + r.nextInt(Math.max(1, d.length - header))] = TYPE_BYTES[r.nextInt(TYPE_BYTES.length)];
                }
                return d;
            }
            default:
                return nested(Arrays.copyOf(seed, header), r);
        }
    }

    /** The pyc header of the seed: 8 bytes for 2.7, 12 for 3.6, 16 for 3.7+ (by its magic number). */
    static int headerOf(byte[] seed) {
        int magic = (seed[0] & 0xff) | (seed[1] & 0xff) << 8;
        return magic >= 3390 ? 16 : magic >= 3000 ? 12 : 8;
    }

    private static byte[] nested(byte[] header, Random r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 200 : 200_000);
        int shape = r.nextInt(5);
        ByteArrayOutputStream open = new ByteArrayOutputStream();
        ByteArrayOutputStream close = new ByteArrayOutputStream();
        switch (shape) {
            case 0: open.write('('); le(open, 1); break;       // tuple of one
            case 1: open.write('['); le(open, 1); break;       // list of one
            case 2: open.write(')'); open.write(1); break;     // small tuple of one (3.4+)
            case 3: open.write('{'); open.write('N'); close.write('0'); break; // dict {None: ...}, then its end
            default: codeObject(open, close); break;           // 3.11 code object around the next one
        }
        // built by copying one level's bytes (up to 15 MB for the deepest code objects): a byte-at-a-time
        // stream spent more time here than pyvm spent on all the cases together
        return concat(header, repeat(open.toByteArray(), depth), new byte[] {'N'}, repeat(close.toByteArray(), depth));
    }

    /**
     * One level of 3.11 code objects, each the only constant of the one around it (LOAD_CONST 0;
     * RETURN_VALUE): what comes before the inner code object, and what after it.
     */
    private static void codeObject(ByteArrayOutputStream before, ByteArrayOutputStream after) {
        before.write('c');
        for (int f = 0; f < 3; f++) {
            le(before, 0); // argcount, posonlyargcount, kwonlyargcount
        }
        le(before, 1); // stacksize
        le(before, 0); // flags
        before.write('s');
        le(before, 6);
        before.writeBytes(new byte[] {(byte) 151, 0, 100, 0, 83, 0});
        before.write('(');
        le(before, 1);
        for (int t = 0; t < 2; t++) { // names, localsplusnames
            after.write('(');
            le(after, 0);
        }
        after.write('s'); // localspluskinds
        le(after, 0);
        for (int t = 0; t < 3; t++) { // filename, name, qualname
            after.write('z');
            after.write(1);
            after.write('x');
        }
        le(after, 1); // firstlineno
        for (int t = 0; t < 2; t++) { // linetable, exceptiontable
            after.write('s');
            le(after, 0);
        }
    }

    /** {@code unit} {@code times} times over, by doubling copies. */
    private static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        if (out.length == 0) {
            return out;
        }
        System.arraycopy(unit, 0, out, 0, unit.length);
        for (int filled = unit.length; filled < out.length; filled *= 2) {
            System.arraycopy(out, 0, out, filled, Math.min(filled, out.length - filled));
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static void le(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
    }
}
