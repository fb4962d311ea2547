package org.pyvm.core.pyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyvm.core.pyc.TestPacks.PY27;
import static org.pyvm.core.pyc.TestPacks.PY311;
import static org.pyvm.core.pyc.TestPacks.PY36;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinRef;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.OpcodePack;

/** Every marshal type code of 2.7, 3.6 and 3.11, from hand-built bytes. */
class MarshalReaderTest {

    private static PyObject load(OpcodePack pack, MarshalBuilder m) {
        return MarshalReader.loads(m.build(), pack);
    }

    private static String error(OpcodePack pack, MarshalBuilder m) {
        return assertThrows(BadInputException.class, () -> load(pack, m)).getMessage();
    }

    private static MarshalBuilder m() {
        return new MarshalBuilder();
    }

    private static BigInteger value(PyObject o) {
        PyInt i = assertInstanceOf(PyInt.class, o);
        return i.big != null ? i.big : BigInteger.valueOf(i.small);
    }

    private static PyObject[] items(PyObject o) {
        return assertInstanceOf(PyTuple.class, o).items();
    }

    // ------------------------------------------------------------ singletons and ints

    @Test
    void singletons() {
        for (OpcodePack p : TestPacks.ALL) {
            assertSame(PyNone.NONE, load(p, m().t('N')));
            assertSame(PyBool.TRUE, load(p, m().t('T')));
            assertSame(PyBool.FALSE, load(p, m().t('F')));
            assertSame(PyEllipsis.ELLIPSIS, load(p, m().t('.')));
            assertSame(PyBuiltinRef.STOP_ITERATION, load(p, m().t('S')));
        }
    }

    @Test
    void int32AndInt64() {
        for (OpcodePack p : TestPacks.ALL) {
            assertEquals(BigInteger.valueOf(-5), value(load(p, m().int32(-5))));
            assertEquals(BigInteger.valueOf(Integer.MAX_VALUE), value(load(p, m().int32(Integer.MAX_VALUE))));
            assertEquals(BigInteger.valueOf(1L << 40), value(load(p, m().t('I').i64(1L << 40))));
            assertEquals(BigInteger.valueOf(Long.MIN_VALUE), value(load(p, m().t('I').i64(Long.MIN_VALUE))));
            assertFalse(((PyInt) load(p, m().int32(3))).isLong, "'i' is an int, not a 2.7 long");
            assertFalse(((PyInt) load(p, m().t('I').i64(1L << 40))).isLong, "2.7 'I' is an int on 64-bit builds");
        }
    }

    /** The 15-bit digits of marshal 'l', least significant first, count negative for negatives. */
    private static MarshalBuilder marshalLong(BigInteger v) {
        List<Integer> digits = new ArrayList<>();
        BigInteger a = v.abs();
        while (a.signum() > 0) {
            digits.add(a.intValue() & 0x7fff);
            a = a.shiftRight(15);
        }
        MarshalBuilder b = m().t('l').i32(v.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) {
            b.u16(d);
        }
        return b;
    }

    @Test
    void longs() {
        BigInteger[] values = {
            BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(32767), BigInteger.valueOf(32768),
            BigInteger.valueOf(-1234567890123L), BigInteger.ONE.shiftLeft(59), BigInteger.ONE.shiftLeft(60).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(70),
            BigInteger.ONE.shiftLeft(70).negate(), new BigInteger("-123456789012345678901234567890123456789012345678901234567890"),
            BigInteger.TWO.pow(1000).add(BigInteger.valueOf(12345)),
        };
        for (BigInteger v : values) {
            PyObject three = load(PY311, marshalLong(v));
            assertEquals(v, value(three), v.toString());
            assertFalse(((PyInt) three).isLong);
            assertEquals(v, value(load(PY36, marshalLong(v))));
            PyObject two = load(PY27, marshalLong(v));
            assertEquals(v, value(two));
            assertTrue(((PyInt) two).isLong, "2.7 'l' is a long: " + v);
        }
    }

    @Test
    void badLongs() {
        assertEquals("bad marshal data: unnormalized long data at byte 0", error(PY36, m().t('l').i32(2).u16(5).u16(0)));
        assertEquals("bad marshal data: digit out of range in long at byte 0", error(PY36, m().t('l').i32(1).u16(0x8000)));
        assertEquals("bad marshal data: long size out of range at byte 0", error(PY36, m().t('l').i32(Integer.MIN_VALUE)));
        assertEquals("truncated marshal data at byte 5: a long of 1000000000 digits but only 2 bytes left",
                error(PY27, m().t('l').i32(-1_000_000_000).u16(1)));
    }

    // ------------------------------------------------------------ floats and complex

    @Test
    void binaryFloatsAndComplex() {
        for (OpcodePack p : TestPacks.ALL) {
            assertEquals(1.5, assertInstanceOf(PyFloat.class, load(p, m().t('g').f64(1.5))).value);
            double negZero = ((PyFloat) load(p, m().t('g').f64(-0.0))).value;
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(negZero));
            assertTrue(Double.isNaN(((PyFloat) load(p, m().t('g').f64(Double.NaN))).value));
            PyComplex c = assertInstanceOf(PyComplex.class, load(p, m().t('y').f64(-2.0).f64(0.25)));
            assertEquals(-2.0, c.real);
            assertEquals(0.25, c.imag);
        }
    }

    private static MarshalBuilder textFloat(char type, String... parts) {
        MarshalBuilder b = m().t(type);
        for (String s : parts) {
            b.b(s.length()).raw(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        return b;
    }

    @Test
    void textFloatsAndComplex() {
        String[][] cases = {
            {"1.5", "1.5"}, {"-2.5e-3", "-0.0025"}, {"1e+16", "1.0E16"}, {".5", "0.5"}, {"5.", "5.0"}, {"0.1", "0.1"},
            {"inf", "Infinity"}, {"-inf", "-Infinity"}, {"Infinity", "Infinity"}, {"nan", "NaN"}, {"1e400", "Infinity"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], Double.toString(((PyFloat) load(PY27, textFloat('f', c[0]))).value), c[0]);
        }
        PyComplex z = assertInstanceOf(PyComplex.class, load(PY36, textFloat('x', "0.0", "-3.25")));
        assertEquals(0.0, z.real);
        assertEquals(-3.25, z.imag);
        for (String badText : new String[] {"", "1.5x", "0x1p3", "1.5d", " 1", "e5", ".", "1e", "+-1", "infx"}) {
            assertEquals("bad marshal data: invalid float text '" + badText + "' at byte 0", error(PY27, textFloat('f', badText)), badText);
        }
        assertEquals("truncated marshal data at byte 2: float text but only 1 bytes left", error(PY27, m().t('f').b(3).b('1')));
    }

    // ------------------------------------------------------------ strings

    @Test
    void bytesAreBytesEverywhere() {
        for (OpcodePack p : TestPacks.ALL) {
            PyBytes b = assertInstanceOf(PyBytes.class, load(p, m().bytes(new byte[] {0, (byte) 0xff, 'a'})));
            assertArrayEquals(new byte[] {0, (byte) 0xff, 'a'}, b.bytes());
            assertEquals(0, ((PyBytes) load(p, m().bytes(""))).bytes().length);
        }
    }

    @Test
    void unicodeIsUtf8WithLoneSurrogates() {
        String text = "h\u00e9llo \u20ac \ud83d\ude00";
        for (OpcodePack p : TestPacks.ALL) {
            assertEquals(text, assertInstanceOf(PyStr.class, load(p, m().unicode(text))).value());
            assertEquals("", ((PyStr) load(p, m().unicode(""))).value());
            // U+D800 and U+DFFF as CPython's surrogatepass writes them: ED A0 80, ED BF BF.
            byte[] lone = {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b', (byte) 0xed, (byte) 0xbf, (byte) 0xbf};
            assertEquals("a\ud800b\udfff", ((PyStr) load(p, m().sized('u', lone))).value());
        }
    }

    @Test
    void invalidUtf8() {
        assertEquals("bad marshal data: invalid UTF-8 start byte 0xc0 in a string at byte 6",
                error(PY311, m().sized('u', new byte[] {'a', (byte) 0xc0, (byte) 0x80})));
        assertEquals("bad marshal data: invalid UTF-8 start byte 0xff in a string at byte 5",
                error(PY311, m().sized('u', new byte[] {(byte) 0xff})));
        assertEquals("bad marshal data: truncated UTF-8 sequence in a string at byte 5",
                error(PY36, m().sized('u', new byte[] {(byte) 0xe2, (byte) 0x82})));
        assertEquals("bad marshal data: invalid UTF-8 continuation byte 0x80 in a string at byte 6",
                error(PY36, m().sized('u', new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80})));
        assertEquals("bad marshal data: invalid UTF-8 continuation byte 0x90 in a string at byte 6",
                error(PY27, m().sized('u', new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})));
        assertEquals("bad marshal data: invalid UTF-8 continuation byte 0x41 in a string at byte 6",
                error(PY27, m().sized('u', new byte[] {(byte) 0xc3, 'A'})));
    }

    @Test
    void asciiStringsAre3xOnly() {
        for (OpcodePack p : List.of(PY36, PY311)) {
            assertEquals("abc", ((PyStr) load(p, m().sized('a', "abc".getBytes(StandardCharsets.US_ASCII)))).value());
            assertEquals("abc", ((PyStr) load(p, m().sized('A', "abc".getBytes(StandardCharsets.US_ASCII)))).value());
            assertEquals("xy", ((PyStr) load(p, m().shortAscii("xy"))).value());
            assertEquals("\u00e9", ((PyStr) load(p, m().t('Z').b(1).b(0xe9))).value(), "one byte per character");
            assertEquals("", ((PyStr) load(p, m().t('Z').b(0))).value());
            assertEquals("bad marshal data: unknown marshal type code 0x52 at byte 0", error(p, m().t('R').i32(0)));
        }
        for (char c : new char[] {'a', 'A', 'z', 'Z', ')', 'r'}) {
            assertEquals("bad marshal data: unknown marshal type code 0x" + Integer.toHexString(c) + " at byte 0",
                    error(PY27, m().t(c).i32(0)));
        }
    }

    @Test
    void interned3xIsText() {
        PyObject s = load(PY311, m().sized('t', "caf\u00e9".getBytes(StandardCharsets.UTF_8)));
        assertEquals("caf\u00e9", assertInstanceOf(PyStr.class, s).value());
    }

    @Test
    void interned27StringsAndStringRefs() {
        // ('spam', 'eggs', R0, R1, 'ham'(s: not interned), R1)
        MarshalBuilder b = m().tuple(6).sized('t', "spam".getBytes(StandardCharsets.US_ASCII))
                .sized('t', "eggs".getBytes(StandardCharsets.US_ASCII)).t('R').i32(0).t('R').i32(1).bytes("ham").t('R').i32(1);
        PyObject[] t = items(load(PY27, b));
        assertInstanceOf(PyBytes.class, t[0], "2.7 't' is a str (bytes)");
        assertSame(t[0], t[2]);
        assertSame(t[1], t[3]);
        assertSame(t[1], t[5]);
        assertArrayEquals("eggs".getBytes(StandardCharsets.US_ASCII), ((PyBytes) t[5]).bytes());
        assertEquals("bad marshal data: string reference 2 out of range (2 interned strings so far) at byte 17",
                error(PY27, m().tuple(3).sized('t', new byte[] {'a'}).sized('t', new byte[] {'b'}).t('R').i32(2)));
        assertEquals("bad marshal data: string reference -1 out of range (0 interned strings so far) at byte 0",
                error(PY27, m().t('R').i32(-1)));
    }

    @Test
    void unicodeIn27IsUnicode() {
        assertEquals("\u20ac", assertInstanceOf(PyStr.class, load(PY27, m().unicode("\u20ac"))).value());
    }

    // ------------------------------------------------------------ containers

    @Test
    void tuples() {
        for (OpcodePack p : TestPacks.ALL) {
            PyObject[] t = items(load(p, m().tuple(3).int32(1).none().tuple(0)));
            assertEquals(3, t.length);
            assertEquals(0, items(t[2]).length);
        }
        for (OpcodePack p : List.of(PY36, PY311)) {
            PyObject[] t = items(load(p, m().smallTuple(2).smallTuple(0).smallTuple(1).shortAscii("x")));
            assertEquals(0, items(t[0]).length);
            assertEquals("x", ((PyStr) items(t[1])[0]).value());
            assertEquals(255, items(load(p, smallTupleOfNones(255))).length);
        }
    }

    private static MarshalBuilder smallTupleOfNones(int n) {
        MarshalBuilder b = m().smallTuple(n);
        for (int i = 0; i < n; i++) {
            b.none();
        }
        return b;
    }

    @Test
    void listsDictsSets() {
        for (OpcodePack p : TestPacks.ALL) {
            assertInstanceOf(PyList.class, load(p, m().t('[').i32(2).int32(1).int32(2)));
            assertInstanceOf(PyList.class, load(p, m().t('[').i32(0)));
            assertInstanceOf(PyDict.class, load(p, m().t('{').int32(1).none().int32(2).t('T').t('0')));
            assertInstanceOf(PyDict.class, load(p, m().t('{').t('0')));
            assertInstanceOf(PySet.class, load(p, m().t('<').i32(2).int32(1).int32(2)));
            assertInstanceOf(PyFrozenSet.class, load(p, m().t('>').i32(2).int32(1).int32(2)));
            assertInstanceOf(PyFrozenSet.class, load(p, m().t('>').i32(0)));
        }
        assertEquals("truncated marshal data at byte 7", error(PY36, m().t('{').int32(1).none()));
        assertEquals("bad marshal data: NULL object in a dict value at byte 6", error(PY36, m().t('{').int32(1).t('0')));
    }

    @Test
    void nullObjects() {
        assertEquals("bad marshal data: NULL object where an object was expected at byte 0", error(PY36, m().t('0')));
        assertEquals("bad marshal data: NULL object in a tuple at byte 6", error(PY36, m().tuple(2).none().t('0')));
        assertEquals("bad marshal data: NULL object in a list at byte 5", error(PY27, m().t('[').i32(1).t('0')));
        assertEquals("bad marshal data: NULL object in a set at byte 5", error(PY311, m().t('>').i32(1).t('0')));
    }

    @Test
    void negativeAndAbsurdCounts() {
        assertEquals("bad marshal data: tuple size -1 out of range at byte 0", error(PY36, m().tuple(-1)));
        assertEquals("bad marshal data: list size -7 out of range at byte 0", error(PY27, m().t('[').i32(-7)));
        assertEquals("bad marshal data: set size -2147483648 out of range at byte 0", error(PY311, m().t('<').i32(Integer.MIN_VALUE)));
        assertEquals("bad marshal data: string size -3 out of range at byte 0", error(PY311, m().t('s').i32(-3)));
        assertEquals("bad marshal data: string size -3 out of range at byte 0", error(PY311, m().t('u').i32(-3)));
        assertEquals("bad marshal data: string size -3 out of range at byte 0", error(PY27, m().t('t').i32(-3)));
        // Counts far beyond the data fail before anything is allocated.
        MarshalBuilder big = m().tuple(Integer.MAX_VALUE);
        for (int i = 0; i < 95; i++) {
            big.none();
        }
        assertEquals("truncated marshal data at byte 5: a tuple of 2147483647 items but only 95 bytes left", error(PY36, big));
        assertEquals("truncated marshal data at byte 5: a list of 2147483647 items but only 0 bytes left",
                error(PY27, m().t('[').i32(Integer.MAX_VALUE)));
        assertEquals("truncated marshal data at byte 5: a set of 2000000000 items but only 1 bytes left",
                error(PY311, m().t('>').i32(2_000_000_000).none()));
        assertEquals("truncated marshal data at byte 5: a string of 2147483647 bytes but only 3 bytes left",
                error(PY311, m().t('s').i32(Integer.MAX_VALUE).b(1, 2, 3)));
        assertEquals("truncated marshal data at byte 2: a tuple of 200 items but only 1 bytes left",
                error(PY311, m().smallTuple(200).none()));
    }

    @Test
    void truncation() {
        assertEquals("truncated marshal data at byte 0", error(PY36, m()));
        assertEquals("truncated marshal data at byte 1", error(PY36, m().t('i').b(1, 2, 3)));
        assertEquals("truncated marshal data at byte 1", error(PY27, m().t('I').i32(1)));
        assertEquals("truncated marshal data at byte 1", error(PY36, m().t('g').b(1, 2)));
        assertEquals("truncated marshal data at byte 9", error(PY36, m().t('y').f64(1).b(1)));
        assertEquals("truncated marshal data at byte 1", error(PY311, m().t('z')));
        assertEquals("truncated marshal data at byte 2: a string of 5 bytes but only 2 bytes left", error(PY311, m().t('z').b(5).b('a', 'b')));
        assertEquals("truncated marshal data at byte 5", error(PY311, m().smallTuple(3).none().none().tRef('(')));
    }

    @Test
    void unknownTypeCodes() {
        assertEquals("bad marshal data: unknown marshal type code 0x3f at byte 2", error(PY36, m().smallTuple(1).t('?')));
        assertEquals("bad marshal data: unknown marshal type code 0x00 at byte 0", error(PY311, m().b(0)));
        // FLAG_REF is not part of 2.7's format: the whole byte is the type code.
        assertEquals("bad marshal data: unknown marshal type code 0xe9 at byte 0", error(PY27, m().tRef('i').i32(1)));
        // On 3.x a flagged unknown code is still unknown; the message shows the byte as written.
        assertEquals("bad marshal data: unknown marshal type code 0xbf at byte 0", error(PY311, m().tRef('?')));
    }

    @Test
    void trailingDataIsIgnored() {
        MarshalReader r = new MarshalReader(m().int32(7).b(1, 2, 3).build(), PY36);
        assertEquals(BigInteger.valueOf(7), value(r.readObject()));
        assertEquals(5, r.position());
    }

    // ------------------------------------------------------------ FLAG_REF and 'r'

    @Test
    void flagRefSlotsArePreOrder() {
        // ( 'abc'#0, (7#2)#1, r2, r1, r0 ): the inner tuple takes slot 1 before its item takes 2.
        MarshalBuilder b = m().smallTuple(5)
                .tRef('z').b(3).raw("abc".getBytes(StandardCharsets.US_ASCII))
                .tRef(')').b(1).tRef('i').i32(7)
                .t('r').i32(2).t('r').i32(1).t('r').i32(0);
        PyObject[] t = items(load(PY311, b));
        PyObject inner = t[1];
        assertSame(items(inner)[0], t[2]);
        assertSame(inner, t[3]);
        assertSame(t[0], t[4]);
    }

    @Test
    void codeObjectsReserveTheirSlotFirst() {
        // ( code#0 whose consts hold 'x'#1, r1, r0 )
        MarshalBuilder b = m().smallTuple(3);
        b.b('c' | 0x80);
        byte[] code = m().code36("f", c -> c.smallTuple(1).tRef('z').b(1).b('x')).build();
        b.raw(java.util.Arrays.copyOfRange(code, 1, code.length));
        b.t('r').i32(1).t('r').i32(0);
        PyObject[] t = items(load(PY36, b));
        CodeObject co = assertInstanceOf(CodeObject.class, t[0]);
        assertSame(co.consts[0], t[1]);
        assertSame(co, t[2]);
    }

    @Test
    void frozensetsDictsListsSetsReserveTheirSlotFirst() {
        for (char c : new char[] {'>', '<', '['}) {
            MarshalBuilder b = m().smallTuple(3).tRef(c).i32(1).tRef('i').i32(5).t('r').i32(1).t('r').i32(0);
            PyObject[] t = items(load(PY311, b));
            assertEquals(BigInteger.valueOf(5), value(t[1]));
            assertSame(t[0], t[2]);
        }
        MarshalBuilder d = m().smallTuple(3).tRef('{').tRef('i').i32(1).none().t('0').t('r').i32(1).t('r').i32(0);
        PyObject[] t = items(load(PY36, d));
        assertEquals(BigInteger.ONE, value(t[1]));
        assertSame(t[0], t[2]);
    }

    @Test
    void everyValueKindCanBeFlagged() {
        MarshalBuilder b = m().smallTuple(22)
                .tRef('i').i32(1).tRef('I').i64(2).tRef('l').i32(1).u16(3).tRef('g').f64(4).tRef('y').f64(5).f64(6)
                .tRef('s').i32(1).b('s').tRef('u').i32(1).b('u').tRef('t').i32(1).b('t').tRef('a').i32(1).b('a')
                .tRef('A').i32(1).b('A').tRef('z').b(1).b('z');
        b.b('f' | 0x80).b(1).b('7').b('x' | 0x80).b(1).b('8').b(1).b('9');
        for (int i = 0; i < 9; i++) {
            b.t('r').i32(i);
        }
        PyObject[] t = items(load(PY311, b));
        for (int i = 0; i < 9; i++) {
            assertSame(t[i], t[13 + i], "slot " + i);
        }
        assertEquals(BigInteger.valueOf(3), value(t[2]));
        assertEquals(7.0, ((PyFloat) t[11]).value);
        assertEquals(9.0, ((PyComplex) t[12]).imag);
    }

    @Test
    void flaggedSingletonsTakeNoSlot() {
        // marshal.c returns None/True/... without R_REF, flag or not.
        MarshalBuilder b = m().smallTuple(3).tRef('N').tRef('i').i32(3).t('r').i32(0);
        PyObject[] t = items(load(PY311, b));
        assertSame(PyNone.NONE, t[0]);
        assertSame(t[1], t[2]);
    }

    @Test
    void badReferences() {
        assertEquals("bad marshal data: invalid reference 0 (0 objects registered so far) at byte 0", error(PY311, m().t('r').i32(0)));
        assertEquals("bad marshal data: invalid reference -1 (1 objects registered so far) at byte 7",
                error(PY311, m().smallTuple(2).tRef('i').i32(1).t('r').i32(-1)));
        assertEquals("bad marshal data: invalid reference 0 to an object that is still being read at byte 2",
                error(PY36, m().tRef(')').b(1).t('r').i32(0)));
        assertEquals("truncated marshal data at byte 1", error(PY36, m().t('r').b(0)));
    }

    // ------------------------------------------------------------ depth

    private static MarshalBuilder nested(int tuples) {
        MarshalBuilder b = m();
        for (int i = 0; i < tuples; i++) {
            b.smallTuple(1);
        }
        return b.none();
    }

    @Test
    void nestingIsCappedLikeCPython() throws InterruptedException {
        // The reader keeps open containers on its own stack, so even a small Java stack is enough.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                PyObject o = load(PY311, nested(MarshalReader.MAX_DEPTH - 1)); // None at depth 2000: fine
                int depth = 0;
                while (o instanceof PyTuple tup) {
                    o = tup.get(0);
                    depth++;
                }
                assertEquals(MarshalReader.MAX_DEPTH - 1, depth);
                assertEquals("bad marshal data: objects nested deeper than 2000 levels at byte 4000",
                        error(PY311, nested(MarshalReader.MAX_DEPTH)));
                assertTrue(error(PY27, m().raw(nestedList27(100_000))).startsWith("bad marshal data: objects nested deeper than 2000 levels"));
                assertEquals("bad marshal data: objects nested deeper than 2000 levels at byte 4000", error(PY36, nested(100_000)));
                // Nested code objects count too (each code's consts tuple is one more level).
                MarshalBuilder code = m().none();
                for (int i = 0; i < 1100; i++) {
                    byte[] inner = code.build();
                    code = m().code36("f", c -> c.smallTuple(1).raw(inner));
                }
                assertTrue(error(PY36, code).contains("nested deeper than 2000 levels"));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 128 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static byte[] nestedList27(int n) {
        MarshalBuilder b = m();
        for (int i = 0; i < n; i++) {
            b.t('[').i32(1);
        }
        return b.none().build();
    }
}
