package org.pyvm.core.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * Builtins against CPython's own answers: every expected value here was printed by CPython 2.7.18,
 * 3.6.15 or 3.11.7 (repr of the result, or the exception's type and message).
 */
class BuiltinsTest {
    static final Language PY27 = new Language("2.7", EnumSet.of(LanguageFeature.STR_IS_BYTES,
            LanguageFeature.INT_AND_LONG, LanguageFeature.PRINT_STATEMENT, LanguageFeature.CLASSIC_DIVISION,
            LanguageFeature.MIXED_TYPE_ORDERING, LanguageFeature.LIST_RETURNING_BUILTINS,
            LanguageFeature.DICT_HASH_ORDER, LanguageFeature.STRING_HASH_FNV, LanguageFeature.SET_PERTURB_ONLY_PROBING,
            LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA));
    static final Language PY36 = new Language("3.6", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH24,
            LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.EXCEPTION_CHAINING, LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA));
    static final Language PY311 = new Language("3.11", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH13,
            LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.TUPLE_HASH_XXHASH, LanguageFeature.SET_GROWS_AT_THREE_FIFTHS,
            LanguageFeature.EXCEPTION_CHAINING, LanguageFeature.CALL_ERRORS_USE_QUALNAME, LanguageFeature.SORT_SAME_TYPE_PRECHECK,
            LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY, LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT));

    private static Runtime rt(Language lang) {
        Runtime rt = new Runtime(lang, new Host(new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0])));
        Builtins.install(rt);
        return rt;
    }

    private static PyObject builtin(Runtime rt, String name) {
        return rt.builtins.get(rt.name(name));
    }

    private static String call(Runtime rt, String fn, PyObject... args) {
        return Ops.repr(rt, Ops.call(rt, builtin(rt, fn), args));
    }

    private static String method(Runtime rt, PyObject self, String name, PyObject... args) {
        return Ops.repr(rt, Ops.call(rt, Ops.getattr(rt, self, name), args));
    }

    /** "Type: message" of the error the action raises. */
    private static String error(Runnable action) {
        try {
            action.run();
        } catch (PyError e) {
            return e.pendingTypeName() + ": " + ((PyStr) e.pendingArgs()[0]).value();
        }
        return "no error";
    }

    /** "Type: str(e)" as a traceback's last line shows it (Unicode errors make their text from their five arguments). */
    private static String error(Runtime rt, Runnable action) {
        try {
            action.run();
        } catch (PyError e) {
            org.pyvm.core.objects.PyBaseException x = rt.exception(e);
            return x.type().name(rt.lang) + ": " + org.pyvm.core.runtime.Exceptions.str(rt, x);
        }
        return "no error";
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    private static PyBytes b(String latin1) {
        return PyBytes.of(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void strMethods3() {
        Runtime rt = rt(PY311);
        assertEquals("'strasse'", method(rt, s("Straße"), "casefold"));
        assertEquals("'xy'", method(rt, s("abc"), "translate", Ops.call(rt, Ops.getattr(rt, rt.types.str, "maketrans"), s("ab"), s("xy"), s("c"))));
        assertEquals("True", method(rt, s("a_b"), "isidentifier"));
        assertEquals("False", method(rt, s("1a"), "isidentifier"));
        assertEquals("'bc'", method(rt, s("abc"), "removeprefix", s("a")));
        assertEquals("'Naïve Café'", method(rt, s("naïve café"), "title"));
        assertEquals("'SS'", method(rt, s("ß"), "upper"));
        assertEquals("True", method(rt, s("½"), "isnumeric"));
        assertEquals("True", method(rt, s("١٢٣"), "isdigit"));
    }

    @Test
    void bytesMethods3() {
        Runtime rt = rt(PY36);
        assertEquals("[b'a', b'b', b'c']", method(rt, b("a,b,c"), "split", b(",")));
        assertEquals("b'HELLO'", method(rt, b("hello"), "upper"));
        assertEquals("'4142'", method(rt, b("AB"), "hex"));
        assertEquals("b'\\xde\\xad\\xbe\\xef'", Ops.repr(rt, Ops.call(rt, Ops.getattr(rt, rt.types.bytes, "fromhex"), s("de ad be ef"))));
        assertEquals("b'a-b'", method(rt, b("-"), "join", PyList.of(java.util.List.of(b("a"), b("b")))));
        assertEquals("'café'", method(rt, b("caf\u00c3\u00a9"), "decode", s("utf-8")));
        assertEquals("b'\\xe9'", method(rt, s("é"), "encode", s("latin-1")));
    }

    @Test
    void codecErrors() {
        Runtime rt3 = rt(PY311);
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                error(rt3, () -> method(rt3, s("é"), "encode", s("ascii"))));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)",
                error(rt3, () -> method(rt3, s("ééxé"), "encode", s("ascii"))));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                error(rt3, () -> method(rt3, b("\u00ff"), "decode")));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                error(rt3, () -> method(rt3, b("\u00e2\u0082"), "decode")));
        assertEquals("LookupError: unknown encoding: nope", error(rt3, () -> method(rt3, s("x"), "encode", s("nope"))));
        Runtime rt2 = rt(PY27);
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character u'\\u2603' in position 0: ordinal not in range(128)",
                error(rt2, () -> Ops.call(rt2, rt2.types.bytes, s("\u2603"))));
    }

    @Test
    void py27Strings() {
        Runtime rt = rt(PY27);
        assertEquals("'He Wrd'", method(rt, b("Hello World"), "translate", org.pyvm.core.objects.PyNone.NONE, b("lo")));
        assertEquals("'616263'", method(rt, b("abc"), "encode", b("hex")));
        assertEquals("'abc'", method(rt, b("616263"), "decode", b("hex")));
        assertEquals("'hi'", method(rt, b("aGk="), "decode", b("base64")));
        assertEquals("'\\xe9'", method(rt, b("\u00e9"), "upper"));
        assertEquals("u'caf\\xe9'", method(rt, b("caf\u00c3\u00a9"), "decode", b("utf-8")));
        assertEquals("6", call(rt, "reduce", builtin(rt, "max"),
                PyList.of(java.util.List.of(PyInt.of(1), PyInt.of(6), PyInt.of(2)))));
    }

    @Test
    void numbers() {
        Runtime rt = rt(PY311);
        assertEquals("8", method(rt, PyInt.of(255), "bit_length"));
        assertEquals("b'\\x04\\x00'", method(rt, PyInt.of(1024), "to_bytes", PyInt.of(2), s("big")));
        assertEquals("'0x1.8000000000000p+0'", method(rt, PyFloat.of(1.5), "hex"));
        assertEquals("'0x1.999999999999ap-4'", method(rt, PyFloat.of(0.1), "hex"));
        assertEquals("'-0x0.0p+0'", method(rt, PyFloat.of(-0.0), "hex"));
        assertEquals("3.0", Ops.repr(rt, Ops.call(rt, Ops.getattr(rt, rt.types.float_, "fromhex"), s("0x1.8p1"))));
        assertEquals("(3, 4)", method(rt, PyFloat.of(0.75), "as_integer_ratio"));
        assertEquals("True", method(rt, PyFloat.of(3.0), "is_integer"));
        assertEquals("\"'Gr\\\\xfc\\\\xdfe \\\\u2603 \\\\U0001f600'\"", call(rt, "ascii", s("Grüße ☃ \uD83D\uDE00")));
    }

    @Test
    void dictsAndArgumentErrors() {
        Runtime rt11 = rt(PY311);
        Runtime rt36 = rt(PY36);
        assertEquals("{1: 0, 2: 0}", Ops.repr(rt11, Ops.call(rt11, Ops.getattr(rt11, rt11.types.dict, "fromkeys"),
                PyList.of(java.util.List.of(PyInt.of(1), PyInt.of(2))), PyInt.of(0))));
        assertEquals("{'x': 1, 'y': 2}", Ops.repr(rt11, rt11.types.dict.call(new PyObject[] {PyInt.of(1), PyInt.of(2)}, new String[] {"x", "y"})));
        assertEquals("TypeError: dict expected at most 1 argument, got 2",
                error(() -> rt11.types.dict.call(new PyObject[] {PyInt.of(1), PyInt.of(2)}, null)));
        assertEquals("TypeError: dict expected at most 1 arguments, got 2",
                error(() -> rt36.types.dict.call(new PyObject[] {PyInt.of(1), PyInt.of(2)}, null)));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                error(() -> rt36.types.dict.call(new PyObject[] {PyList.of(java.util.List.of(PyInt.of(1)))}, null)));
        assertEquals("TypeError: isinstance expected 2 arguments, got 1", error(() -> call(rt11, "isinstance", PyInt.of(1))));
        assertEquals("TypeError: len() takes exactly one argument (2 given)", error(() -> call(rt11, "len", PyInt.of(1), PyInt.of(2))));
        assertEquals("[3, 2]", Ops.repr(rt11, PyList.of(Ops.toList(rt11, Ops.call(rt11, builtin(rt11, "iter"),
                Ops.getattr(rt11, PyList.of(new java.util.ArrayList<>(java.util.List.of(PyInt.of(1), PyInt.of(0), PyInt.of(2), PyInt.of(3)))), "pop"),
                PyInt.of(0))))));
        PyObject cls = Ops.call(rt11, rt11.types.type, s("C"), PyTuple.of(), org.pyvm.core.objects.PyDict.of(rt11.lang, java.util.List.of(s("a"), PyInt.of(1))));
        assertEquals("<class '__main__.C'>", Ops.repr(rt11, cls));
    }

    @Test
    void errorsPerVersion() {
        Runtime rt36 = rt(PY36);
        Runtime rt11 = rt(PY311);
        Runtime rt27 = rt(PY27);
        assertEquals("TypeError: getattr(): attribute name must be string", error(() -> call(rt36, "getattr", PyInt.of(1), PyInt.of(2))));
        assertEquals("TypeError: attribute name must be string, not 'int'", error(() -> call(rt11, "getattr", PyInt.of(1), PyInt.of(2))));
        assertEquals("ValueError: pow() 3rd argument cannot be 0", error(() -> call(rt11, "pow", PyInt.of(2), PyInt.of(3), PyInt.of(0))));
        assertEquals("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
                error(() -> call(rt36, "divmod", s("a"), PyInt.of(1))));
        assertEquals("TypeError: 'int' object is not reversible", error(() -> call(rt11, "reversed", PyInt.of(5))));
        assertEquals("TypeError: max expected 1 arguments, got 0", error(() -> call(rt36, "max")));
        assertEquals("TypeError: max expected at least 1 argument, got 0", error(() -> call(rt11, "max")));
        assertEquals("TypeError: an integer is required (got type str)", error(() -> call(rt36, "chr", s("a"))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", error(() -> call(rt11, "chr", s("a"))));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0",
                error(() -> Ops.call(rt36, rt36.types.int_, s("10"), PyInt.of(99))));
        assertEquals("2.67", call(rt27, "round", PyFloat.of(2.675), PyInt.of(2)));
        assertEquals("10.0", call(rt27, "round", PyInt.of(7), PyInt.of(-1)));
        assertEquals("2", call(rt11, "round", PyFloat.of(2.5)));
    }

    @Test
    void viewsAndByteArrays() {
        Runtime rt = rt(PY311);
        org.pyvm.core.objects.PyDict d = org.pyvm.core.objects.PyDict.of(rt.lang, java.util.List.of(s("a"), PyInt.of(1), s("b"), PyInt.of(2)));
        PyObject keys = Ops.call(rt, Ops.getattr(rt, d, "keys"));
        assertEquals("dict_keys(['a', 'b'])", Ops.repr(rt, keys));
        d.put(s("c"), PyInt.of(3));
        assertEquals("dict_keys(['a', 'b', 'c'])", Ops.repr(rt, keys));
        PyObject other = org.pyvm.core.objects.PySet.of(rt.lang, java.util.List.of(s("a"), s("q")));
        assertEquals("{'a'}", Ops.repr(rt, Ops.binary(rt, org.pyvm.core.code.Operator.AND, keys, other)));
        assertEquals("True", Ops.repr(rt, Ops.compare(rt, org.pyvm.core.code.Comparison.IN, s("c"), keys)));
        PyObject ba = Ops.call(rt, builtin(rt, "bytearray"), b("abc"));
        Ops.setitem(rt, ba, PyInt.of(0), PyInt.of(122));
        Ops.call(rt, Ops.getattr(rt, ba, "append"), PyInt.of(33));
        assertEquals("bytearray(b'zbc!')", Ops.repr(rt, ba));
        assertEquals("b'zbc!'", Ops.repr(rt, Ops.call(rt, rt.types.bytes, ba)));
        assertEquals("ValueError: byte must be in range(0, 256)", error(() -> Ops.call(rt, Ops.getattr(rt, ba, "append"), PyInt.of(256))));
    }
}
