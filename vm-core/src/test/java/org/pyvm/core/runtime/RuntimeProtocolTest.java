package org.pyvm.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/** Runtime protocols against outputs recorded from CPython 2.7.18, 3.6.15 and 3.11.7. */
class RuntimeProtocolTest {
    /** The feature sets the packs declare (cpython27.yaml, cpython36.yaml, cpython311.yaml). */
    static final Language PY27 = new Language("2.7", EnumSet.of(LanguageFeature.STR_IS_BYTES, LanguageFeature.INT_AND_LONG,
            LanguageFeature.PRINT_STATEMENT, LanguageFeature.CLASSIC_DIVISION, LanguageFeature.MIXED_TYPE_ORDERING,
            LanguageFeature.LIST_RETURNING_BUILTINS, LanguageFeature.DICT_HASH_ORDER, LanguageFeature.STRING_HASH_FNV,
            LanguageFeature.SET_PERTURB_ONLY_PROBING, LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA));
    static final Language PY36 = new Language("3.6", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH24,
            LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.EXCEPTION_CHAINING, LanguageFeature.EXCEPTION_REPR_TUPLE_COMMA));
    static final Language PY311 = new Language("3.11", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH13,
            LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.TUPLE_HASH_XXHASH, LanguageFeature.SET_GROWS_AT_THREE_FIFTHS,
            LanguageFeature.CALL_ERRORS_USE_QUALNAME, LanguageFeature.EXCEPTION_CHAINING));

    static Runtime rt(Language lang) {
        return new Runtime(lang, new Host(new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0])));
    }

    static PyObject bytes(String s) {
        return PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    static String text(Runtime rt, PyObject o) {
        return Ops.str(rt, o);
    }

    static String percent(Runtime rt, String fmt, PyObject... args) {
        PyObject f = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? bytes(fmt) : PyStr.of(fmt);
        return text(rt, Formatting.percent(rt, f, PyTuple.of(args)));
    }

    static String message(Runnable r) {
        PyError e = assertThrows(PyError.class, r::run);
        return e.pendingTypeName() + ": " + Ops.str(rt(PY311), e.pendingArgs()[0]);
    }

    @Test
    void percentOctalAlternateFormPerVersion() {
        PyObject[] args = {PyInt.of(8), PyInt.of(-8), PyInt.of(255), PyInt.of(255), PyInt.of(-255)};
        assertEquals("010 -10 0xff 0XFF -ff", percent(rt(PY27), "%#o %o %#x %#X %x", args));
        assertEquals("0o10 -10 0xff 0XFF -ff", percent(rt(PY311), "%#o %o %#x %#X %x", args));
    }

    @Test
    void percentFloatConversions() {
        Runtime r = rt(PY36);
        assertEquals("1e-05|1E+20|3.14|1.00000|1.23457e+08|100000|1e+16", percent(r, "%g|%G|%.3g|%#g|%g|%g|%g",
                PyFloat.of(1e-5), PyFloat.of(1e20), PyFloat.of(3.14159), PyFloat.of(1.0), PyFloat.of(123456789.0),
                PyFloat.of(100000.0), PyFloat.of(1e16)));
        assertEquals("3.141590|2|2.|   -1.5000|1.00      |+0.1", percent(r, "%f|%.0f|%#.0f|%10.4f|%-10.2f|%+.1f",
                PyFloat.of(3.14159), PyFloat.of(2.5), PyFloat.of(2.5), PyFloat.of(-1.5), PyFloat.of(1.0), PyFloat.of(0.05)));
    }

    @Test
    void percentErrorsPerVersion() {
        assertEquals("TypeError: %d format: a number is required, not str",
                message(() -> percent(rt(PY36), "%d", PyStr.of("x"))));
        assertEquals("TypeError: %d format: a real number is required, not str",
                message(() -> percent(rt(PY311), "%d", PyStr.of("x"))));
        assertEquals("OverflowError: %c arg not in range(0x110000)",
                message(() -> percent(rt(PY311), "%c", PyInt.of(0x110000))));
        assertEquals("TypeError: not enough arguments for format string",
                message(() -> percent(rt(PY311), "%s %s", PyInt.of(1))));
    }

    @Test
    void formatSpecGroupingAndPadding() {
        Runtime r = rt(PY311);
        assertEquals("-001,234,567", FormatSpec.format(r, PyInt.of(-1234567), "012,"));
        assertEquals("1,234.57", FormatSpec.format(r, PyFloat.of(1234.5678), ",.2f"));
        assertEquals("1_234.6", FormatSpec.format(r, PyFloat.of(1234.5678), "_.1f"));
        assertEquals("314.159000%", FormatSpec.format(r, PyFloat.of(3.14159), "%"));
        assertEquals(" 3.142e+00", FormatSpec.format(r, PyFloat.of(3.14159), "10.3e"));
        assertEquals("1.0", FormatSpec.format(r, PyFloat.of(1.0), ".3"));
        assertEquals("x0000", FormatSpec.format(r, PyStr.of("x"), "05"));
        assertEquals("1.00+2.00j", FormatSpec.format(r, PyComplex.of(1, 2), ".2f"));
    }

    @Test
    void formatSpecErrorsPerVersion() {
        assertEquals("ValueError: Unknown format code '_' for object of type 'int'",
                message(() -> FormatSpec.format(rt(PY27), PyInt.of(1234567), "_")));
        assertEquals("ValueError: '=' alignment not allowed in string format specifier",
                message(() -> FormatSpec.format(rt(PY36), PyStr.of("x"), "05")));
        assertEquals("ValueError: Cannot specify ',' with 'x'.",
                message(() -> FormatSpec.format(rt(PY36), PyInt.of(42), ",x")));
        assertEquals("ValueError: Precision not allowed in integer format specifier",
                message(() -> FormatSpec.format(rt(PY36), PyInt.of(42), ".2d")));
        assertEquals("None ", FormatSpec.format(rt(PY27), org.pyvm.core.objects.PyNone.NONE, "5"));
    }

    @Test
    void arithmeticEdgeCases() {
        assertEquals("ZeroDivisionError: integer modulo by zero",
                message(() -> Ops.binary(rt(PY311), Operator.REMAINDER, PyInt.of(1), PyInt.of(0))));
        assertEquals("ZeroDivisionError: integer division or modulo by zero",
                message(() -> Ops.binary(rt(PY36), Operator.REMAINDER, PyInt.of(1), PyInt.of(0))));
        assertEquals("ZeroDivisionError: float floor division by zero",
                message(() -> Ops.binary(rt(PY311), Operator.FLOOR_DIVIDE, PyFloat.of(1), PyInt.of(0))));
        assertEquals("ZeroDivisionError: float divmod()",
                message(() -> Ops.binary(rt(PY36), Operator.FLOOR_DIVIDE, PyFloat.of(1), PyInt.of(0))));
        Runtime r = rt(PY311);
        assertEquals("(1.272019649514069+0.7861513777574233j)",
                Ops.repr(r, Ops.binary(r, Operator.POWER, PyComplex.of(1, 2), PyFloat.of(0.5))));
        assertEquals("(1.0000000000000002+1.7320508075688772j)",
                Ops.repr(r, Ops.binary(r, Operator.POWER, PyInt.of(-8), PyFloat.of(1.0 / 3))));
        assertEquals("(-0.2+0.4j)", Ops.repr(r, Ops.binary(r, Operator.TRUE_DIVIDE, PyComplex.of(1, 2), PyComplex.of(3, -4))));
        PyError overflow = assertThrows(PyError.class, () -> Ops.binary(r, Operator.POWER, PyFloat.of(2.0), PyInt.of(10000)));
        assertEquals("(34, 'Numerical result out of range')", Ops.str(r, r.exception(overflow)));
        assertEquals("ValueError: negative number cannot be raised to a fractional power",
                message(() -> Ops.binary(rt(PY27), Operator.POWER, PyInt.of(-8), PyFloat.of(1.0 / 3))));
    }

    @Test
    void longsPrintWithoutSuffixButReprWithIt() {
        Runtime r = rt(PY27);
        PyObject big = Ops.binary(r, Operator.POWER, PyInt.of(2), PyInt.of(100));
        assertEquals("1267650600228229401496703205376", Ops.str(r, big));
        assertEquals("1267650600228229401496703205376L", Ops.repr(r, big));
    }

    @Test
    void floatStrPerVersion() {
        assertEquals("1.23456789012e+11", Ops.str(rt(PY27), PyFloat.of(123456789012.0)));
        assertEquals("0.333333333333", Ops.str(rt(PY27), PyFloat.of(1.0 / 3)));
        assertEquals("123456789012.0", Ops.str(rt(PY36), PyFloat.of(123456789012.0)));
    }

    @Test
    void builtinDataAttributes() {
        Runtime r = rt(PY311);
        assertEquals("2.0", Ops.repr(r, Ops.getattr(r, PyComplex.of(1, 2), "imag")));
        assertEquals("1", Ops.repr(r, Ops.getattr(r, PyInt.of(5), "denominator")));
        assertEquals("1", Ops.repr(r, Ops.getattr(r, PyBool.TRUE, "real")));
        PyBaseException exit = new PyBaseException(r.types.exceptions.get("SystemExit"), PyTuple.of(new PyObject[] {PyInt.of(1), PyInt.of(2)}));
        assertEquals("(1, 2)", Ops.repr(r, Ops.getattr(r, exit, "code")));
        PyBaseException enc = new PyBaseException(r.types.exceptions.get("UnicodeEncodeError"), PyTuple.of(new PyObject[] {
            PyStr.of("ascii"), PyStr.of("\u2603"), PyInt.of(0), PyInt.of(1), PyStr.of("ordinal not in range(128)")}));
        assertEquals("1", Ops.repr(r, Ops.getattr(r, enc, "end")));
        assertEquals("ordinal not in range(128)", Ops.str(r, Ops.getattr(r, enc, "reason")));
    }

    @Test
    void exceptionText() {
        Runtime r = rt(PY311);
        PyBaseException os = new PyBaseException(r.types.exceptions.get("OSError"),
                PyTuple.of(new PyObject[] {PyInt.of(2), PyStr.of("x"), PyStr.of("f")}));
        assertEquals("[Errno 2] x: 'f'", Ops.str(r, os));
        PyBaseException key = new PyBaseException(r.types.exceptions.get("KeyError"), PyTuple.of(new PyObject[] {PyStr.of("k")}));
        assertEquals("'k'", Ops.str(r, key));
        assertEquals("KeyError('k')", Ops.repr(r, key));
        Runtime r27 = rt(PY27);
        PyError e = PyError.raise("KeyError", "pop from an empty set");
        assertEquals("KeyError('pop from an empty set',)", Ops.repr(r27, r27.exception(e)));
    }

    @Test
    void userHashAndEqReachSetsAndHash() {
        Runtime r = rt(PY311);
        PyType vec = PyType.userClass("Vec", new PyType[] {r.types.object}, false);
        vec.dict.put("__hash__", new PyBuiltinFunction("__hash__", (a, k) -> PyInt.of(-1)));
        vec.dict.put("__eq__", new PyBuiltinFunction("__eq__", (a, k) -> PyBool.of(r.types.of(a[1]) == vec)));
        PyInstance a = new PyInstance(vec);
        PyInstance b = new PyInstance(vec);
        assertEquals(-2, Ops.hash(r, a));
        PySet s = PySet.of(r.lang, List.of());
        s.add(a);
        s.add(b);
        assertEquals(1, s.items().size());
        // a class body defining __eq__ alone gets __hash__ = None when the class is made (type_new)
        PyType eqOnly = PyType.userClass("E", new PyType[] {r.types.object}, false);
        eqOnly.dict.put("__eq__", new PyBuiltinFunction("__eq__", (x, k) -> PyBool.TRUE));
        eqOnly.dict.put("__hash__", org.pyvm.core.objects.PyNone.NONE);
        assertEquals("TypeError: unhashable type: 'E'", message(() -> Ops.hash(r, new PyInstance(eqOnly))));
        // __eq__ given to a class after it was made leaves object's hash in place
        PyType later = PyType.userClass("L", new PyType[] {r.types.object}, false);
        later.dict.put("__eq__", new PyBuiltinFunction("__eq__", (x, k) -> PyBool.TRUE));
        PyInstance l = new PyInstance(later);
        assertEquals(Ops.hash(r, l), Ops.hash(r, l));
    }

    @Test
    void containsErrors() {
        assertEquals("TypeError: argument of type 'int' is not iterable",
                message(() -> Ops.contains(rt(PY36), PyInt.of(5), PyInt.of(2))));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int",
                message(() -> Ops.contains(rt(PY27), bytes("abc"), PyInt.of(1))));
        assertEquals(List.of(true), List.of(Ops.contains(rt(PY36), bytes("A"), PyInt.of(65))));
    }
}
