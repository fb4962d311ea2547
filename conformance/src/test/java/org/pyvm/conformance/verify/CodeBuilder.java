package org.pyvm.conformance.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hand-made module .pyc files for the verifier's tests, one broken rule each: a 3.6 or 3.11 code
 * object with the given bytecode, stack size, constants (all None), names and variables, in that
 * version's marshal layout.
 */
final class CodeBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private byte[] code;
    private int stacksize = 4;
    private int consts = 1;
    private String[] names = {};
    private String[] varnames = {};
    private String[] cellvars = {};
    private byte[] exceptionTable = {};

    static CodeBuilder code(int... bytes) {
        CodeBuilder b = new CodeBuilder();
        b.code = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b.code[i] = (byte) bytes[i];
        }
        return b;
    }

    CodeBuilder stacksize(int n) {
        stacksize = n;
        return this;
    }

    CodeBuilder names(String... n) {
        names = n;
        return this;
    }

    CodeBuilder varnames(String... n) {
        varnames = n;
        return this;
    }

    CodeBuilder cellvars(String... n) {
        cellvars = n;
        return this;
    }

    /** 3.11 only: raw co_exceptiontable bytes. */
    CodeBuilder exceptionTable(int... bytes) {
        exceptionTable = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            exceptionTable[i] = (byte) bytes[i];
        }
        return this;
    }

    byte[] py36() {
        u16(3379);
        raw(0x0d, 0x0a);
        i32(0);
        i32(0);
        out.write('c');
        i32(0); // argcount
        i32(0); // kwonlyargcount
        i32(varnames.length);
        i32(stacksize);
        i32(0x40);
        bytes(code);
        nones(consts);
        strings(names);
        strings(varnames);
        strings(); // freevars
        strings(cellvars);
        str("bad.py");
        str("<module>");
        i32(1);
        bytes(new byte[] {0, 1});
        return out.toByteArray();
    }

    byte[] py311() {
        u16(3495);
        raw(0x0d, 0x0a);
        i32(0);
        i32(0);
        i32(0);
        out.write('c');
        i32(0); // argcount
        i32(0); // posonlyargcount
        i32(0); // kwonlyargcount
        i32(stacksize);
        i32(0);
        bytes(code);
        nones(consts);
        strings(names);
        String[] plus = new String[varnames.length + cellvars.length];
        byte[] kinds = new byte[plus.length];
        for (int i = 0; i < plus.length; i++) {
            boolean local = i < varnames.length;
            plus[i] = local ? varnames[i] : cellvars[i - varnames.length];
            kinds[i] = (byte) (local ? 0x20 : 0x40);
        }
        strings(plus);
        bytes(kinds);
        str("bad.py");
        str("<module>");
        str("<module>");
        i32(1);
        bytes(new byte[0]);
        bytes(exceptionTable);
        return out.toByteArray();
    }

    private void nones(int n) {
        out.write('(');
        i32(n);
        for (int i = 0; i < n; i++) {
            out.write('N');
        }
    }

    private void strings(String... s) {
        out.write('(');
        i32(s.length);
        for (String n : s) {
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
