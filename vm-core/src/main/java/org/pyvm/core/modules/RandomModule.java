package org.pyvm.core.modules;

import java.math.BigInteger;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _random} (C in CPython): the {@code Random} type random.py subclasses, a Mersenne Twister
 * (MT19937) seeded as CPython seeds it, so {@code random.seed(n)} gives CPython's numbers: an int seed's
 * absolute value split into 32-bit words for {@code init_by_array}, any other seed through its hash.
 */
public final class RandomModule {
    private RandomModule() {
    }

    /** The generator's state: 624 words and the position in them. */
    static final class Twister {
        static final int N = 624;
        private static final int M = 397;
        final int[] mt = new int[N];
        int index = N + 1;

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            index = N;
        }

        /** The next 32 random bits, as an unsigned value in an int. */
        int next32() {
            if (index >= N) {
                if (index == N + 1) {
                    initGenrand(5489);
                }
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** A float in [0, 1) with 53 random bits, as CPython's random_random. */
        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** Seeds from a non-negative integer: its 32-bit words, least significant first. */
        void seed(BigInteger n) {
            int bits = n.bitLength();
            int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[words];
            for (int w = 0; w < words; w++) {
                key[w] = n.shiftRight(32 * w).intValue();
            }
            initByArray(key);
        }

        BigInteger bits(int k) {
            if (k <= 32) {
                return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
            }
            int words = (k - 1) / 32 + 1;
            byte[] big = new byte[words * 4 + 1]; // big-endian with a zero sign byte
            for (int w = 0; w < words; w++, k -= 32) {
                long r = next32() & 0xffffffffL;
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = big.length - 4 * (w + 1);
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
            }
            return new BigInteger(big);
        }
    }

    /** An instance of {@code _random.Random} or of a subclass. */
    static final class RandomObject extends ModuleSupport.NativeInstance {
        final Twister tw = new Twister();

        RandomObject(PyType type) {
            super(type);
        }
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        boolean modern = !py2 && rt.lang.minor() >= 8;
        ModuleBuilder m = new ModuleBuilder(rt, "_random");
        PyType t = ModuleSupport.type(rt, "_random", "Random", rt.types.object);
        t.withConstructor((type, a, kw) -> {
            int n = ModuleSupport.positional(a, kw);
            if (type == t && kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", modern ? "Random() takes no keyword arguments" : "Random() does not take keyword arguments");
            }
            if (n > 1 && type == t) {
                throw PyError.raise("TypeError", modern ? "Random() requires 0 or 1 argument" : "seed expected at most 1 arguments, got " + n);
            }
            RandomObject r = new RandomObject(type);
            seed(rt, r, n == 1 ? a[0] : PyNone.NONE);
            ModuleSupport.initSubclass(rt, t, type, r, a, kw);
            return r;
        });
        ModuleSupport.method(t, "random", RandomObject.class, (r, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Random", "random"), a, kw, 0, 0);
            return PyFloat.of(r.tw.random());
        });
        ModuleSupport.method(t, "seed", RandomObject.class, (r, a, kw) -> {
            if (a.length > 1) {
                throw PyError.raise("TypeError", "seed expected at most 1 argument" + (modern ? "" : "s") + ", got " + a.length);
            }
            seed(rt, r, a.length == 0 ? PyNone.NONE : a[0]);
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "getrandbits", RandomObject.class, (r, a, kw) -> {
            if (!modern && a.length != 1) {
                throw PyError.raise("TypeError", "getrandbits() takes exactly 1 argument (" + a.length + " given)");
            }
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Random", "getrandbits"), a, kw, 1, 1);
            long k = ModuleSupport.index(rt, a[0]);
            if (modern && k == 0) {
                return PyInt.of(0);
            }
            if (k <= 0) {
                throw PyError.raise("ValueError", modern ? "number of bits must be non-negative" : "number of bits must be greater than zero");
            }
            if (k > Integer.MAX_VALUE - 32) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C int");
            }
            BigInteger v = r.tw.bits((int) k);
            return py2 ? PyInt.longOf(v) : PyInt.of(v);
        });
        ModuleSupport.method(t, "getstate", RandomObject.class, (r, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Random", "getstate"), a, kw, 0, 0);
            PyObject[] items = new PyObject[Twister.N + 1];
            for (int i = 0; i < Twister.N; i++) {
                long w = r.tw.mt[i] & 0xffffffffL;
                items[i] = py2 ? PyInt.longOf(BigInteger.valueOf(w)) : PyInt.of(w);
            }
            items[Twister.N] = py2 ? PyInt.longOf(BigInteger.valueOf(r.tw.index)) : PyInt.of(r.tw.index);
            return PyTuple.of(items);
        });
        ModuleSupport.method(t, "setstate", RandomObject.class, (r, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Random", "setstate"), a, kw, 1, 1);
            if (!(a[0] instanceof PyTuple state)) {
                throw PyError.raise("TypeError", "state vector must be a tuple");
            }
            if (state.size() != Twister.N + 1) {
                throw PyError.raise("ValueError", "state vector is the wrong size");
            }
            int[] words = new int[Twister.N];
            for (int i = 0; i < Twister.N; i++) {
                words[i] = (int) unsignedLong(rt, state.get(i));
            }
            long index = ModuleSupport.index(rt, state.get(Twister.N));
            if (index < 0 || index > Twister.N) {
                throw PyError.raise("ValueError", "invalid state");
            }
            System.arraycopy(words, 0, r.tw.mt, 0, Twister.N);
            r.tw.index = (int) index;
            return PyNone.NONE;
        });
        if (py2) {
            ModuleSupport.method(t, "jumpahead", RandomObject.class, (r, a, kw) -> {
                ModuleSupport.count(rt, ModuleSupport.qualified(rt, "Random", "jumpahead"), a, kw, 1, 1);
                BigInteger n = ModuleSupport.integer(rt, a[0]);
                if (n == null) {
                    throw PyError.raise("TypeError", "jumpahead requires an integer, not '" + Ops.typeName(rt, a[0]) + "'");
                }
                int[] mt = r.tw.mt;
                for (int i = Twister.N - 1; i > 1; i--) {
                    int j = n.mod(BigInteger.valueOf(i)).intValue();
                    int tmp = mt[i];
                    mt[i] = mt[j];
                    mt[j] = tmp;
                }
                for (int i = 0; i < Twister.N; i++) {
                    mt[i] += i + 1;
                }
                r.tw.index = Twister.N;
                return PyNone.NONE;
            });
        }
        m.put("Random", t);
        return m.build();
    }

    private static long unsignedLong(Runtime rt, PyObject o) {
        BigInteger v = ModuleSupport.integer(rt, o);
        if (v == null) {
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? "an integer is required" : "an integer is required (got type "
                    + Ops.typeName(rt, o) + ")");
        }
        if (v.signum() < 0) {
            throw PyError.raise("OverflowError", "can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C unsigned long");
        }
        return v.longValue();
    }

    /** {@code seed(arg)}: None from the system's entropy, an int by its absolute value, else its hash. */
    static void seed(Runtime rt, RandomObject r, PyObject arg) {
        BigInteger n;
        if (arg == PyNone.NONE) {
            java.security.SecureRandom sr = new java.security.SecureRandom();
            byte[] b = new byte[2500];
            sr.nextBytes(b);
            n = new BigInteger(1, b);
        } else {
            n = ModuleSupport.integer(rt, arg);
            if (n == null || !(arg instanceof PyInt || arg instanceof org.pyvm.core.objects.PyBool)) {
                long h = Ops.hash(rt, arg);
                // every version reads a negative hash as an unsigned C long / size_t (2.7's (unsigned long)hash)
                n = h < 0 ? BigInteger.valueOf(h).add(BigInteger.ONE.shiftLeft(64)) : BigInteger.valueOf(h);
            }
        }
        r.tw.seed(n.abs());
    }
}
