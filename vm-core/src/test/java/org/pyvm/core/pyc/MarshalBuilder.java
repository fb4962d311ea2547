package org.pyvm.core.pyc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Hand-built marshal data for tests: each method appends bytes and returns the builder. */
final class MarshalBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] build() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    MarshalBuilder b(int... bytes) {
        for (int x : bytes) {
            out.write(x);
        }
        return this;
    }

    MarshalBuilder raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    MarshalBuilder u16(int v) {
        return b(v & 0xff, (v >> 8) & 0xff);
    }

    MarshalBuilder i32(int v) {
        return b(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
    }

    MarshalBuilder i64(long v) {
        i32((int) v);
        return i32((int) (v >>> 32));
    }

    MarshalBuilder f64(double d) {
        return i64(Double.doubleToRawLongBits(d));
    }

    /** A type byte. */
    MarshalBuilder t(char type) {
        return b(type);
    }

    /** A type byte with FLAG_REF. */
    MarshalBuilder tRef(char type) {
        return b(type | 0x80);
    }

    MarshalBuilder none() {
        return t('N');
    }

    MarshalBuilder int32(int v) {
        return t('i').i32(v);
    }

    /** type + i32 length + bytes ('s', 't', 'u', 'a', 'A'). */
    MarshalBuilder sized(char type, byte[] data) {
        return t(type).i32(data.length).raw(data);
    }

    MarshalBuilder bytes(String latin1) {
        return sized('s', latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    MarshalBuilder bytes(byte[] data) {
        return sized('s', data);
    }

    /** 'u' with the UTF-8 of {@code s}. */
    MarshalBuilder unicode(String s) {
        return sized('u', s.getBytes(StandardCharsets.UTF_8));
    }

    /** 'z' short ASCII. */
    MarshalBuilder shortAscii(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return t('z').b(b.length).raw(b);
    }

    MarshalBuilder tuple(int n) {
        return t('(').i32(n);
    }

    MarshalBuilder smallTuple(int n) {
        return t(')').b(n);
    }

    /** A 3.x tuple of short-ASCII names. */
    MarshalBuilder names(String... names) {
        smallTuple(names.length);
        for (String n : names) {
            shortAscii(n);
        }
        return this;
    }

    /** A 2.7 tuple of 't' names. */
    MarshalBuilder names27(String... names) {
        tuple(names.length);
        for (String n : names) {
            sized('t', n.getBytes(StandardCharsets.ISO_8859_1));
        }
        return this;
    }

    /** 2.7 code object: {@code consts} writes the whole co_consts object. */
    MarshalBuilder code27(String name, Consumer<MarshalBuilder> consts) {
        t('c').i32(0).i32(0).i32(1).i32(0x40);
        bytes(new byte[] {100, 0, 0, 83});
        consts.accept(this);
        names27().names27().names27().names27();
        bytes("f.py").bytes(name);
        return i32(1).bytes("");
    }

    /** 3.6 code object: {@code consts} writes the whole co_consts object. */
    MarshalBuilder code36(String name, Consumer<MarshalBuilder> consts) {
        t('c').i32(0).i32(0).i32(0).i32(1).i32(0x40);
        bytes(new byte[] {100, 0, 83, 0});
        consts.accept(this);
        names().names().names().names();
        unicode("f.py").unicode(name);
        return i32(1).bytes("");
    }

    /** 3.11 code object: {@code consts} writes the whole co_consts object. */
    MarshalBuilder code311(String name, Consumer<MarshalBuilder> consts) {
        t('c').i32(0).i32(0).i32(0).i32(1).i32(0);
        bytes(new byte[] {(byte) 151, 0, 100, 0, 83, 0});
        consts.accept(this);
        names().names().bytes("");
        shortAscii("f.py").shortAscii(name).shortAscii(name);
        return i32(1).bytes("").bytes("");
    }

    /** A .pyc header for a test pack, zero mtime/size/flags. */
    static MarshalBuilder header(int magic, int length) {
        MarshalBuilder m = new MarshalBuilder().u16(magic).b('\r', '\n');
        for (int i = 4; i < length; i++) {
            m.b(0);
        }
        return m;
    }
}
