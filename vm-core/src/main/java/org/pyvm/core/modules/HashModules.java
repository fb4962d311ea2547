package org.pyvm.core.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The hash modules hashlib falls back to when there is no OpenSSL ({@code _hashlib}): 2.7's {@code _md5},
 * {@code _sha}, {@code _sha256}, {@code _sha512} and 3.x's {@code _md5}, {@code _sha1}, {@code _sha256},
 * {@code _sha512}, on the JDK's MessageDigest. Their objects have update, digest, hexdigest, copy, name,
 * digest_size and block_size.
 */
public final class HashModules {
    private HashModules() {
    }

    /** A running hash: the digest and what describes it. */
    static final class HashObject extends ModuleSupport.NativeInstance {
        final Digest digest;
        final String name;
        final int blockSize;

        HashObject(PyType type, Digest digest, String name, int blockSize) {
            super(type);
            this.digest = digest;
            this.name = name;
            this.blockSize = blockSize;
        }
    }

    /** What a hash object needs of its algorithm: the JDK's MessageDigest or pyvm's own (Keccak, BLAKE2). */
    interface Digest {
        void update(byte[] data);

        byte[] digest();

        Digest copy();

        int size();
    }

    /** A JDK MessageDigest as a Digest; the digest is taken from a clone so updating can go on. */
    static final class Jdk implements Digest {
        private final MessageDigest md;

        Jdk(MessageDigest md) {
            this.md = md;
        }

        static Jdk of(String algorithm) {
            try {
                return new Jdk(MessageDigest.getInstance(algorithm));
            } catch (NoSuchAlgorithmException e) {
                throw PyError.raise("ValueError", "unsupported hash type " + algorithm);
            }
        }

        @Override
        public void update(byte[] data) {
            md.update(data);
        }

        @Override
        public byte[] digest() {
            return ((Jdk) copy()).md.digest();
        }

        @Override
        public Digest copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw PyError.raise("ValueError", "cannot copy this hash");
            }
        }

        @Override
        public int size() {
            return md.getDigestLength();
        }
    }

    /** One algorithm of a module: its constructor's name, the hash's name, the JDK algorithm, block size. */
    private record Algo(String function, String name, String jdk, int blockSize) {
    }

    /** 2.7 {@code _md5} / {@code _sha}: {@code new()}; 3.x {@code _md5.md5}, {@code _sha1.sha1}. */
    public static PyModule md5(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        return module(rt, "_md5", new Algo(py2 ? "new" : "md5", py2 ? "MD5" : "md5", "MD5", 64), py2 ? "md5" : "md5");
    }

    public static PyModule sha1(Runtime rt, String module) {
        boolean py2 = rt.lang.major() == 2;
        return module(rt, module, new Algo(py2 ? "new" : "sha1", py2 ? "SHA1" : "sha1", "SHA-1", 64), py2 ? "sha" : "sha1");
    }

    public static PyModule sha256(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        return module(rt, "_sha256", new Algo("sha224", py2 ? "SHA224" : "sha224", "SHA-224", 64), null,
                new Algo("sha256", py2 ? "SHA256" : "sha256", "SHA-256", 64));
    }

    public static PyModule sha512(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        return module(rt, "_sha512", new Algo("sha384", py2 ? "SHA384" : "sha384", "SHA-384", 128), null,
                new Algo("sha512", py2 ? "SHA512" : "sha512", "SHA-512", 128));
    }

    private static PyModule module(Runtime rt, String moduleName, Algo first, String typeName, Algo... more) {
        ModuleBuilder m = new ModuleBuilder(rt, moduleName);
        java.util.List<Algo> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(java.util.List.of(more));
        for (Algo a : all) {
            PyType t = hashType(rt, moduleName, typeName != null ? typeName : a.function);
            m.def(a.function, (args, kw) -> construct(rt, t, a.function, a.name, Jdk.of(a.jdk), a.blockSize, args, kw));
            if (rt.lang.major() == 2 && typeName != null) {
                m.put(typeName.equals("md5") ? "MD5Type" : "SHAType", t);
                int size = Jdk.of(a.jdk).size();
                m.put("digest_size", PyInt.of(size));
                if (typeName.equals("sha")) {
                    m.put("digestsize", PyInt.of(size)).put("blocksize", PyInt.of(1));
                }
            } else if (rt.lang.major() != 2) {
                m.put(a.function.toUpperCase() + "Type", t);
            }
        }
        return m.build();
    }

    /** 3.x {@code _sha3}: SHA3-224..512 on the JDK, SHAKE-128/256 on pyvm's Keccak sponge. */
    public static PyModule sha3(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_sha3");
        int[] bits = {224, 256, 384, 512};
        for (int b : bits) {
            String name = "sha3_" + b;
            PyType t = hashType(rt, "_sha3", name);
            int rate = 200 - 2 * (b / 8);
            m.def(name, (a, kw) -> construct(rt, t, name, name, Jdk.of("SHA3-" + b), rate, a, kw));
        }
        for (int b : new int[] {128, 256}) {
            String name = "shake_" + b;
            PyType t = hashType(rt, "_sha3", name);
            int rate = 200 - 2 * (b / 8);
            for (String method : new String[] {"digest", "hexdigest"}) {
                boolean hex = method.equals("hexdigest");
                ModuleSupport.method(t, method, HashObject.class, (h, a, kw) -> {
                    ModuleSupport.count(rt, ModuleSupport.qualified(rt, name, method), a, kw, 1, 1);
                    PyObject length = a[0];
                    long n = ModuleSupport.index(rt, length);
                    if (n < 0) {
                        throw PyError.raise("ValueError", "negative digest length");
                    }
                    byte[] out = ((Keccak) h.digest).squeeze((int) Math.min(n, Integer.MAX_VALUE - 8));
                    return hex ? Strings.text(rt, org.pyvm.core.builtins.HexDigits.of(out)) : PyBytes.of(out);
                });
            }
            m.def(name, (a, kw) -> construct(rt, t, name, name, new Keccak(rate, 0x1f, 0), rate, a, kw));
        }
        m.put("implementation", Strings.text(rt, "pyvm"));
        return m.build();
    }

    /** 3.x {@code _blake2}: blake2b and blake2s with digest_size, key, salt and person. */
    public static PyModule blake2(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_blake2");
        for (boolean big : new boolean[] {true, false}) {
            String name = big ? "blake2b" : "blake2s";
            String up = big ? "BLAKE2B" : "BLAKE2S";
            int max = big ? 64 : 32;
            int small = big ? 16 : 8;
            m.put(up + "_MAX_DIGEST_SIZE", PyInt.of(max)).put(up + "_MAX_KEY_SIZE", PyInt.of(max));
            m.put(up + "_PERSON_SIZE", PyInt.of(small)).put(up + "_SALT_SIZE", PyInt.of(small));
            PyType t = hashType(rt, "_blake2", name);
            t.withConstructor((type, a, kw) -> {
                PyObject size = ModuleSupport.arg(a, kw, 99, "digest_size");
                long n = size == null ? max : ModuleSupport.index(rt, size);
                if (n < 1 || n > max) {
                    throw PyError.raise("ValueError", "digest_size must be between 1 and " + max + " bytes");
                }
                byte[] key = optionalBytes(rt, ModuleSupport.arg(a, kw, 99, "key"));
                byte[] salt = optionalBytes(rt, ModuleSupport.arg(a, kw, 99, "salt"));
                byte[] person = optionalBytes(rt, ModuleSupport.arg(a, kw, 99, "person"));
                if (key.length > max) {
                    throw PyError.raise("ValueError", "maximum key length is " + max + " bytes");
                }
                if (salt.length > small) {
                    throw PyError.raise("ValueError", "maximum salt length is " + small + " bytes");
                }
                if (person.length > small) {
                    throw PyError.raise("ValueError", "maximum person length is " + small + " bytes");
                }
                Blake2 d = new Blake2(big, (int) n, key, salt, person);
                HashObject h = new HashObject(type, d, name, d.blockSize());
                PyObject data = ModuleSupport.arg(a, kw, 0, "data");
                if (data == null) {
                    data = ModuleSupport.arg(a, kw, 99, "string");
                }
                if (data != null) {
                    d.update(data(rt, name, data));
                }
                return h;
            });
            m.put(name, t);
        }
        return m.build();
    }

    private static byte[] optionalBytes(Runtime rt, PyObject o) {
        return o == null ? new byte[0] : data(rt, "blake2", o);
    }

    /** {@code md5(data)}: a new hash object fed with {@code data} when given. */
    static PyObject construct(Runtime rt, PyType t, String fname, String name, Digest d, int blockSize, PyObject[] a, String[] kw) {
        PyObject data = ModuleSupport.arg(a, kw, 0, "string");
        if (data == null) {
            data = ModuleSupport.arg(a, kw, 0, "data");
        }
        if (ModuleSupport.positional(a, kw) > 1) {
            throw PyError.raise("TypeError", fname + "() takes at most 1 argument (" + ModuleSupport.positional(a, kw) + " given)");
        }
        HashObject h = new HashObject(t, d, name, blockSize);
        if (data != null) {
            h.digest.update(data(rt, fname, data));
        }
        return h;
    }

    /** The bytes to hash, with each version's error for text and for objects without a buffer. */
    static byte[] data(Runtime rt, String fname, PyObject o) {
        if (o instanceof PyStr s) {
            if (rt.lang.major() == 2) {
                return ((PyBytes) Ops.callMethod(rt, s, "encode", Strings.text(rt, "ascii"))).bytes(); // 2.7 hashes unicode as ASCII
            }
            boolean modern = rt.lang.minor() >= 8;
            throw PyError.raise("TypeError", modern ? "Strings must be encoded before hashing" : "Unicode-objects must be encoded before hashing");
        }
        byte[] b = ModuleSupport.bytes(rt, o);
        if (b == null) {
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? fname + "() argument 1 must be string or buffer, not " + Ops.typeName(rt, o)
                    : "object supporting the buffer API required");
        }
        return b;
    }

    /** The type of a module's hash objects, with the methods and attributes they share. */
    static PyType hashType(Runtime rt, String module, String name) {
        PyType t = ModuleSupport.type(rt, module, name, rt.types.object);
        ModuleSupport.method(t, "update", HashObject.class, (h, a, kw) -> {
            if (rt.lang.major() == 2 && a.length != 1) {
                throw PyError.raise("TypeError", "update() takes exactly 1 argument (" + a.length + " given)");
            }
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, h.type().name(rt.lang), "update"), a, kw, 1, 1);
            h.digest.update(data(rt, "update", a[0]));
            return PyNone.NONE;
        });
        ModuleSupport.method(t, "digest", HashObject.class, (h, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, h.type().name(rt.lang), "digest"), a, kw, 0, 0);
            return PyBytes.of(h.digest.digest());
        });
        ModuleSupport.method(t, "hexdigest", HashObject.class, (h, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, h.type().name(rt.lang), "hexdigest"), a, kw, 0, 0);
            return Strings.text(rt, org.pyvm.core.builtins.HexDigits.of(h.digest.digest()));
        });
        ModuleSupport.method(t, "copy", HashObject.class, (h, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, h.type().name(rt.lang), "copy"), a, kw, 0, 0);
            return new HashObject(h.type(), h.digest.copy(), h.name, h.blockSize);
        });
        t.dict.put("name", new Getter(o -> Strings.text(rt, ((HashObject) o).name)));
        t.dict.put("digest_size", new Getter(o -> PyInt.of(((HashObject) o).digest.size())));
        t.dict.put("block_size", new Getter(o -> PyInt.of(((HashObject) o).blockSize)));
        if (rt.lang.major() == 2) {
            t.dict.put("digestsize", new Getter(o -> PyInt.of(((HashObject) o).digest.size())));
        }
        return t;
    }
}
