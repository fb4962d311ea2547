package org.pyvm.cli.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/** The trace's value summaries: bounded in length and nesting, and never a class's own repr or hash. */
class SafeReprTest {
    private static final Language PY3 = new Language("3.11", EnumSet.noneOf(org.pyvm.spi.LanguageFeature.class));
    private final SafeRepr repr = new SafeRepr(PY3, 40);

    @Test
    void valuesOfBuiltinTypesShowTheirRepr() {
        assertEquals("42", repr.of(PyInt.of(42)));
        assertEquals("'hi'", repr.of(PyStr.of("hi")));
        assertEquals("(1,)", repr.of(PyTuple.of(PyInt.of(1))));
        assertEquals("NULL", repr.of(null));
    }

    @Test
    void everySummaryFitsTheWidth() {
        List<PyObject> many = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            many.add(PyInt.of(k));
        }
        String list = repr.of(PyList.of(many));
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, ...]", list, "at most 8 items");
        String text = repr.of(PyStr.of("x".repeat(10_000)));
        assertEquals(40, text.length());
        assertTrue(text.startsWith("'xxx") && text.endsWith("..."), text);
        assertEquals("<int of 33220 bits>", repr.of(PyInt.of(BigInteger.TEN.pow(10_000))));
        PyObject nested = PyInt.of(1);
        for (int k = 0; k < 100; k++) {
            nested = PyList.of(List.of(nested));
        }
        assertEquals("[[[[...]]]]", repr.of(nested), "nesting stops at 3 levels");
    }

    @Test
    void anInstanceShowsItsClassOnlyAndADictDoesNotHashItsKeys() {
        PyType c = PyType.userClass("C", new PyType[0], false);
        PyInstance obj = new PyInstance(c);
        assertEquals("<C object>", repr.of(obj));
        // looking up the value of an instance key would hash it through the class's __hash__
        PyDict d = PyDict.of(PY3, List.of(PyStr.of("a"), PyInt.of(1)));
        assertEquals("{'a': 1}", repr.of(d));
        assertEquals("{<C object>: ...}", repr.of(PyDict.of(PY3, List.of(obj, PyInt.of(2)))));
        assertEquals("[<C object>, {'a': 1}]", repr.of(PyList.of(List.of(obj, d))));
    }
}
