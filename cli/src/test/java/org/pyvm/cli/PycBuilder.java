package org.pyvm.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes small hand-made CPython 3.6 .pyc files for bad-input tests: a module code object with the
 * given bytecode, constants and names, in 3.6's marshal layout (CPYTHON-FACTS 2.3).
 */
final class PycBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] py36(byte[] code, int constCount, String... names) {
        return py36(code, constCount, 4, names);
    }

    static byte[] py36(byte[] code, int constCount, int stacksize, String... names) {
        PycBuilder b = new PycBuilder();
        b.u16(3379);
        b.raw(0x0d, 0x0a);
        b.i32(0);
        b.i32(0);
        b.out.write('c');
        b.i32(0); // argcount
        b.i32(0); // kwonlyargcount
        b.i32(0); // nlocals
        b.i32(stacksize);
        b.i32(0x40); // flags
        b.bytes(code);
        b.out.write('(');
        b.i32(constCount);
        for (int i = 0; i < constCount; i++) {
            b.out.write('N');
        }
        b.tupleOfStrings(names);
        b.tupleOfStrings(); // varnames
        b.tupleOfStrings(); // freevars
        b.tupleOfStrings(); // cellvars
        b.str("bad.py");
        b.str("<module>");
        b.i32(1);
        b.bytes(new byte[] {0, 1});
        return b.out.toByteArray();
    }

    private void tupleOfStrings(String... names) {
        out.write('(');
        i32(names.length);
        for (String n : names) {
            str(n);
        }
    }

    private void str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write('u');
        i32(b.length);
        out.writeBytes(b);
    }

    private void bytes(byte[] b) {
        out.write('s');
        i32(b.length);
        out.writeBytes(b);
    }

    private void u16(int v) {
        raw(v & 0xff, (v >> 8) & 0xff);
    }

    private void i32(int v) {
        raw(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
    }

    private void raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
