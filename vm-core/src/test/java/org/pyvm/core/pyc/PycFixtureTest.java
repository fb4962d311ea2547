package org.pyvm.core.pyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;

/**
 * .pyc files compiled by the real CPython 2.7, 3.6 and 3.11 (resources/pyc/make_fixtures.py):
 * every code object pyvm loads must match the .expect file that CPython wrote about it.
 */
class PycFixtureTest {
    static final List<String> FIXTURES = List.of("consts-2.7", "consts-3.6", "consts-3.11", "tiny-2.7", "tiny-3.6",
            "tiny-3.11", "tiny-3.11-checked", "tiny-3.11-unchecked");

    static byte[] resource(String name) {
        try (InputStream in = PycFixtureTest.class.getResourceAsStream("/pyc/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static PycFile load(String fixture) {
        return PycFile.read(resource(fixture + ".pyc"), fixture + ".pyc", TestPacks::forMagic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"consts-2.7", "consts-3.6", "consts-3.11", "tiny-2.7", "tiny-3.6", "tiny-3.11",
        "tiny-3.11-checked", "tiny-3.11-unchecked"})
    void matchesWhatCPythonSaw(String fixture) {
        PycFile f = load(fixture);
        String expected = new String(resource(fixture + ".expect"), StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        describe(f.module(), "<module>", actual);
        assertEquals(expected, actual.toString());
        assertEquals(0, f.trailingBytes());
    }

    @Test
    void headersOfRealFiles() {
        assertEquals(1700000000L, load("consts-2.7").mtime());
        assertEquals(-1, load("consts-2.7").sourceSize());
        PycFile six = load("consts-3.6");
        assertEquals(3379, six.magic());
        assertEquals(1700000000L, six.mtime());
        assertEquals(resource("consts.py").length, six.sourceSize());
        PycFile eleven = load("tiny-3.11");
        assertEquals(0, eleven.flags());
        assertEquals(1700000000L, eleven.mtime());
        PycFile checked = load("tiny-3.11-checked");
        assertTrue(checked.hashBased() && checked.checkSource());
        assertEquals(3, checked.flags());
        PycFile unchecked = load("tiny-3.11-unchecked");
        assertTrue(unchecked.hashBased() && !unchecked.checkSource());
        assertArrayEquals(checked.sourceHash(), unchecked.sourceHash());
        assertEquals(-1, checked.mtime());
    }

    @Test
    void constantsHaveTheirVersionsTypes() {
        CodeObject two = load("consts-2.7").module();
        assertEquals("<module>", two.name);
        assertEquals("consts.py", two.filename);
        assertEquals(1, two.firstlineno);
        assertTrue(((PyInt) find(two, "long:1180591620717411303424")).isLong, "2.7 big literals are longs");
        assertInstanceOf(PyBytes.class, two.consts[0], "2.7 docstring is a str");
        assertInstanceOf(PyStr.class, find(two, "text:\\u{d800}x"), "2.7 unicode literal");
        CodeObject eleven = load("consts-3.11").module();
        assertInstanceOf(PyStr.class, eleven.consts[0], "3.x docstring is a str");
        assertEquals("\ud800x", ((PyStr) find(eleven, "text:\\u{d800}x")).value(), "lone surrogate survives");
        assertEquals(new BigInteger("1180591620717411303424"), ((PyInt) find(eleven, "int:1180591620717411303424")).big);
        CodeObject method = (CodeObject) ((CodeObject) find(eleven, "code:K")).consts[2];
        assertEquals("K.method", method.qualname);
        assertInstanceOf(PyFrozenSet.class, method.consts[method.consts.length - 1]);
    }

    private static PyObject find(CodeObject co, String canon) {
        for (PyObject c : co.consts) {
            if (canon(c).equals(canon)) {
                return c;
            }
        }
        throw new AssertionError(canon + " not among the constants of " + co.name);
    }

    // ------------------------------------------------------------ the canonical text of make_fixtures.py

    static void describe(CodeObject co, String path, StringBuilder out) {
        line(out, "code " + path);
        line(out, "  name=" + co.name);
        line(out, "  qualname=" + co.qualname);
        line(out, "  filename=" + co.filename);
        line(out, "  firstlineno=" + co.firstlineno);
        line(out, "  argcount=" + co.argcount + " posonly=" + co.posonlyargcount + " kwonly=" + co.kwonlyargcount
                + " nlocals=" + co.nlocals + " stacksize=" + co.stacksize + " flags=0x" + Integer.toHexString(co.flags));
        line(out, "  names=" + String.join(",", co.names));
        line(out, "  varnames=" + String.join(",", co.varnames));
        line(out, "  cellvars=" + String.join(",", co.cellvars));
        line(out, "  freevars=" + String.join(",", co.freevars));
        line(out, "  code=" + hex(co.code));
        line(out, "  linetable=" + hex(co.linetable));
        line(out, "  exceptiontable=" + hex(co.exceptiontable));
        line(out, "  consts:");
        for (PyObject c : co.consts) {
            line(out, "    " + canon(c));
        }
        for (PyObject c : co.consts) {
            if (c instanceof CodeObject nested) {
                describe(nested, path + "/" + nested.name, out);
            }
        }
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }

    static String canon(PyObject v) {
        if (v instanceof PyNone) {
            return "None";
        }
        if (v instanceof PyEllipsis) {
            return "Ellipsis";
        }
        if (v instanceof PyBool b) {
            return "bool:" + (b.value ? "True" : "False");
        }
        if (v instanceof PyInt i) {
            return (i.isLong ? "long:" : "int:") + (i.big != null ? i.big.toString() : Long.toString(i.small));
        }
        if (v instanceof PyFloat f) {
            return "float:" + bits(f.value);
        }
        if (v instanceof PyComplex c) {
            return "complex:" + bits(c.real) + "," + bits(c.imag);
        }
        if (v instanceof PyStr s) {
            StringBuilder sb = new StringBuilder("text:");
            s.value().codePoints().forEach(cp -> {
                if (cp >= 0x20 && cp < 0x7f && cp != '\\') {
                    sb.append((char) cp);
                } else {
                    sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
                }
            });
            return sb.toString();
        }
        if (v instanceof PyBytes b) {
            return "bytes:" + hex(b.bytes());
        }
        if (v instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("tuple(");
            PyObject[] items = t.items();
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(canon(items[i]));
            }
            return sb.append(')').toString();
        }
        if (v instanceof PyFrozenSet) {
            return "frozenset";
        }
        if (v instanceof CodeObject co) {
            return "code:" + co.name;
        }
        return "?" + v.getClass().getSimpleName();
    }

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }
}
