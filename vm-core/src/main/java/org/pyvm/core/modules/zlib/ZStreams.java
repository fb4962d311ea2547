package org.pyvm.core.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.pyvm.core.modules.Getter;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;

/** zlib's streaming objects: {@code Compress} (compressobj) and {@code Decompress} (decompressobj). */
final class ZStreams {
    private ZStreams() {
    }

    /** An instance of one of zlib's types, named by CPython's tp_name ({@code zlib.Compress}). */
    abstract static class Native extends PyInstance {
        Native(PyType type) {
            super(type);
        }

        @Override
        public String typeName(Language lang) {
            return "zlib." + type().name(lang);
        }
    }

    /** A compressor: a Deflater writing raw or zlib data, with the gzip header and trailer added here. */
    static final class Comp extends Native {
        private final ZlibModule z;
        private final Deflater d;
        private final ZlibModule.Container container;
        private final int level;
        private boolean headerDone;
        private boolean ended;
        private long crc;
        private long size;

        Comp(ZlibModule z, PyType type, int level, int strategy, ZlibModule.Container container) {
            super(type);
            this.z = z;
            this.level = level;
            this.container = container;
            this.d = new Deflater(level, container != ZlibModule.Container.ZLIB);
            d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
        }

        void setDictionary(byte[] dict) {
            d.setDictionary(dict);
        }

        private void header(ByteArrayOutputStream out) {
            if (headerDone || container != ZlibModule.Container.GZIP) {
                headerDone = true;
                return;
            }
            headerDone = true;
            int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
            out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
        }

        void feed(byte[] b, ByteArrayOutputStream out) {
            if (ended) {
                throw z.zerror(-2, "compressing data", "inconsistent stream state");
            }
            header(out);
            crc = ZlibModule.crc32(crc, b);
            size += b.length;
            d.setInput(b);
            byte[] buf = new byte[16384];
            while (!d.needsInput()) {
                int n = d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
        }

        void flush(int mode, ByteArrayOutputStream out) {
            if (mode == ZlibModule.Z_NO_FLUSH) {
                return;
            }
            if (ended) {
                throw z.zerror(-2, "flushing", "inconsistent stream state");
            }
            header(out);
            byte[] buf = new byte[16384];
            if (mode == ZlibModule.Z_FINISH) {
                d.setInput(new byte[0]);
                d.finish();
                while (!d.finished()) {
                    int n = d.deflate(buf);
                    out.write(buf, 0, n);
                }
                if (container == ZlibModule.Container.GZIP) {
                    writeLe(out, crc);
                    writeLe(out, size);
                }
                d.end();
                ended = true;
                return;
            }
            int flush = mode == ZlibModule.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }

        private static void writeLe(ByteArrayOutputStream out, long v) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xff);
            }
        }
    }

    /** A decompressor: an Inflater over raw or zlib data; gzip headers and trailers are read here. */
    static final class Decomp extends Native {
        private final ZlibModule z;
        private ZlibModule.Container container;
        private Inflater inf;
        byte[] zdict;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];
        /** gzip: header bytes gathered so far (null once the header is read), then trailer bytes. */
        private byte[] pending = new byte[0];
        private boolean inTrailer;
        private long crc;
        private long size;

        Decomp(ZlibModule z, PyType type, ZlibModule.Container container) {
            super(type);
            this.z = z;
            this.container = container;
            if (container == ZlibModule.Container.ZLIB || container == ZlibModule.Container.RAW) {
                inf = new Inflater(container == ZlibModule.Container.RAW);
                pending = null;
            }
        }

        /** Decompresses {@code b} into {@code out}, at most {@code max} bytes when max > 0. */
        void feed(byte[] b, long max, ByteArrayOutputStream out, String what) {
            if (eof) {
                unusedData = concat(unusedData, b);
                return;
            }
            if (pending != null && !inTrailer) {
                byte[] all = concat(pending, b);
                if (container == ZlibModule.Container.AUTO) {
                    if (all.length < 2) {
                        pending = all;
                        return;
                    }
                    container = (all[0] & 0xff) == 0x1f && (all[1] & 0xff) == 0x8b ? ZlibModule.Container.GZIP : ZlibModule.Container.ZLIB;
                    if (container == ZlibModule.Container.ZLIB) {
                        inf = new Inflater(false);
                        pending = null;
                        feed(all, max, out, what);
                        return;
                    }
                }
                int h = gzipHeader(all, what);
                if (h < 0) {
                    pending = all;
                    return;
                }
                pending = null;
                inf = new Inflater(true);
                b = Arrays.copyOfRange(all, h, all.length);
            }
            if (inTrailer) {
                trailer(b, what);
                return;
            }
            inf.setInput(b);
            byte[] buf = new byte[16384];
            long produced = 0;
            try {
                while (true) {
                    int room = buf.length;
                    if (max > 0) {
                        room = (int) Math.min(room, max - produced);
                        if (room <= 0) {
                            break;
                        }
                    }
                    int n = inf.inflate(buf, 0, room);
                    if (n > 0) {
                        out.write(buf, 0, n);
                        produced += n;
                        if (container == ZlibModule.Container.GZIP) {
                            crc = ZlibModule.crc32(crc, Arrays.copyOf(buf, n));
                            size += n;
                        }
                        continue;
                    }
                    if (inf.needsDictionary()) {
                        if (zdict == null) {
                            throw z.zerror(2, what, "invalid input data");
                        }
                        inf.setDictionary(zdict);
                        continue;
                    }
                    break;
                }
            } catch (DataFormatException e) {
                throw z.zerror(-3, what, e.getMessage() == null ? "invalid input data" : e.getMessage());
            } catch (IllegalArgumentException e) {
                throw z.zerror(-3, what, "invalid dictionary");
            }
            int rest = inf.getRemaining();
            byte[] tail = Arrays.copyOfRange(b, b.length - rest, b.length);
            if (inf.finished()) {
                unconsumedTail = new byte[0];
                if (container == ZlibModule.Container.GZIP) {
                    inTrailer = true;
                    pending = new byte[0];
                    trailer(tail, what);
                } else {
                    eof = true;
                    unusedData = concat(unusedData, tail);
                }
            } else {
                unconsumedTail = tail;
            }
        }

        private void trailer(byte[] b, String what) {
            byte[] all = concat(pending, b);
            if (all.length < 8) {
                pending = all;
                return;
            }
            long c = le(all, 0);
            long n = le(all, 4);
            if (c != crc) {
                throw z.zerror(-3, what, "incorrect data check");
            }
            if (n != (size & 0xffffffffL)) {
                throw z.zerror(-3, what, "incorrect length check");
            }
            eof = true;
            pending = null;
            unusedData = concat(unusedData, Arrays.copyOfRange(all, 8, all.length));
        }

        private static long le(byte[] b, int at) {
            return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
        }

        /** The length of a complete gzip header at the start of {@code b}, or -1 when more bytes are needed. */
        private int gzipHeader(byte[] b, String what) {
            if (b.length < 10) {
                if (b.length >= 1 && (b[0] & 0xff) != 0x1f || b.length >= 2 && (b[1] & 0xff) != 0x8b) {
                    throw z.zerror(-3, what, "incorrect header check");
                }
                return -1;
            }
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
                throw z.zerror(-3, what, "incorrect header check");
            }
            if (b[2] != 8) {
                throw z.zerror(-3, what, "unknown compression method");
            }
            int flags = b[3] & 0xff;
            int at = 10;
            if ((flags & 4) != 0) {
                if (b.length < at + 2) {
                    return -1;
                }
                at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < b.length && b[at] != 0) {
                        at++;
                    }
                    if (at >= b.length) {
                        return -1;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                at += 2;
            }
            return at <= b.length ? at : -1;
        }

        /** flush(): what the pending input still gives. */
        void flush(ByteArrayOutputStream out) {
            byte[] tail = unconsumedTail;
            unconsumedTail = new byte[0];
            feed(tail, 0, out, "flushing");
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Puts the methods and attributes of both types. */
    static void install(ZlibModule z) {
        boolean py2 = z.py2;
        PyType ct = z.compType;
        z.method(ct, "compress", Comp.class, (self, a, kw) -> {
            Comp c = (Comp) self;
            onlyPositional(z, "compress", a, kw, 1, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.feed(z.data(a[0], "compress"), out);
            return PyBytes.of(out.toByteArray());
        });
        z.method(ct, "flush", Comp.class, (self, a, kw) -> {
            Comp c = (Comp) self;
            onlyPositional(z, "flush", a, kw, 0, 1);
            int mode = a.length == 0 ? ZlibModule.Z_FINISH : z.cint(a[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.flush(mode, out);
            return PyBytes.of(out.toByteArray());
        });
        z.method(ct, "copy", Comp.class, (self, a, kw) -> {
            throw PyError.raise("ValueError", "Inconsistent stream state");
        });
        PyType dt = z.decompType;
        z.method(dt, "decompress", Decomp.class, (self, a, kw) -> {
            Decomp d = (Decomp) self;
            PyObject[] r = py2 ? z.bind("decompress", a, kw, 1, 2, "data", "max_length")
                    : z.bind("decompress", a, kw, 1, 1, "data", "max_length");
            byte[] b = z.data(r[0], "decompress");
            long max = r[1] == null ? 0 : z.ssize(r[1]);
            if (max < 0) {
                throw PyError.raise("ValueError", py2 ? "max_length must be greater than zero" : "max_length must be non-negative");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.feed(b, max, out, py2 ? "decompressing" : "decompressing data");
            return PyBytes.of(out.toByteArray());
        });
        z.method(dt, "flush", Decomp.class, (self, a, kw) -> {
            Decomp d = (Decomp) self;
            onlyPositional(z, "flush", a, kw, 0, 1);
            long length = a.length == 0 ? ZlibModule.DEF_BUF_SIZE : z.ssize(a[0]);
            if (length <= 0) {
                throw PyError.raise("ValueError", "length must be greater than zero");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.flush(out);
            return PyBytes.of(out.toByteArray());
        });
        z.method(dt, "copy", Decomp.class, (self, a, kw) -> {
            throw PyError.raise("ValueError", "Inconsistent stream state");
        });
        dt.dict.put("unused_data", Getter.member(o -> PyBytes.of(((Decomp) o).unusedData)));
        dt.dict.put("unconsumed_tail", Getter.member(o -> PyBytes.of(((Decomp) o).unconsumedTail)));
        if (!py2) {
            dt.dict.put("eof", Getter.member(o -> PyBool.of(((Decomp) o).eof)));
        }
    }

    private static void onlyPositional(ZlibModule z, String name, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", name + "() takes no keyword arguments");
        }
        if (a.length < min || a.length > max) {
            String bound = min == max ? "exactly " + min : a.length < min ? "at least " + min : "at most " + max;
            int k = a.length < min ? min : max;
            if (!z.py2 && z.rt.lang.minor() >= 7) {
                throw PyError.raise("TypeError", name + " expected " + (min == max ? "" : a.length < min ? "at least " : "at most ") + k
                        + " argument" + (k == 1 ? "" : "s") + ", got " + a.length);
            }
            throw PyError.raise("TypeError", name + "() takes " + bound + " argument" + (k == 1 ? "" : "s") + " (" + a.length + " given)");
        }
    }
}
