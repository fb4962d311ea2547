package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutating API around the tables, which the goldens only reach through construction. */
class ObjectApiTest {

    @Test
    void dictKeepsInsertionOrderOn3AndHashOrderOn27() {
        List<PyObject> kv = List.of(PyInt.of(9), PyInt.of(9), PyInt.of(1), PyInt.of(1), PyInt.of(0), PyInt.of(0));
        assertEquals("{9: 9, 1: 1, 0: 0}", PyDict.of(Levels.PY311, kv).repr(Levels.PY311));
        assertEquals("{0: 0, 9: 9, 1: 1}", PyDict.of(Levels.PY27, kv).repr(Levels.PY27));
    }

    @Test
    void dictRemoveAndReinsertMovesKeyToTheEndOn3() {
        PyDict d = PyDict.of(Levels.PY36, List.of(PyStr.of("a"), PyInt.of(1), PyStr.of("b"), PyInt.of(2)));
        assertTrue(d.remove(PyStr.of("a")));
        assertFalse(d.remove(PyStr.of("a")));
        d.put(PyStr.of("a"), PyInt.of(3));
        d.put(PyFloat.of(2.0), PyStr.of("x"));
        d.put(PyInt.of(2), PyStr.of("y"));
        assertEquals("{'b': 2, 'a': 3, 2.0: 'y'}", d.repr(Levels.PY36));
        assertEquals(PyInt.of(3).repr(Levels.PY36), d.get(PyStr.of("a")).repr(Levels.PY36));
    }

    @Test
    void mutableContainersAreUnhashable() {
        PyError e = assertThrows(PyError.class, () -> PySet.of(Levels.PY311, List.of()).hash(Levels.PY311));
        assertEquals("TypeError: unhashable type: 'set'", e.getMessage());
        assertThrows(PyError.class, () -> PyList.of(List.of()).hash(Levels.PY27));
    }

    @Test
    void crossTypeEqualityFollowsPython() {
        assertTrue(PyInt.of(1).eq(PyFloat.of(1.0), Levels.PY311));
        assertTrue(PyBool.TRUE.eq(PyInt.of(1), Levels.PY311));
        assertFalse(PyFloat.of(Double.NaN).eq(PyFloat.of(Double.NaN), Levels.PY311));
        assertTrue(PyStr.of("a").eq(PyBytes.of(new byte[] {'a'}), Levels.PY27));
        assertFalse(PyStr.of("a").eq(PyBytes.of(new byte[] {'a'}), Levels.PY311));
        assertTrue(PyComplex.of(2, 0).eq(PyInt.of(2), Levels.PY36));
        assertEquals(PyInt.of(2).hash(Levels.PY36), PyComplex.of(2, 0).hash(Levels.PY36));
    }

    @Test
    void typeNamesPerLevel() {
        assertEquals("unicode", PyStr.of("x").typeName(Levels.PY27));
        assertEquals("str", PyBytes.of(new byte[0]).typeName(Levels.PY27));
        assertEquals("bytes", PyBytes.of(new byte[0]).typeName(Levels.PY311));
        assertEquals("long", PyInt.of(new java.math.BigInteger("18446744073709551616")).typeName(Levels.PY27));
        assertEquals("int", PyInt.of(5).typeName(Levels.PY27));
        assertEquals("long", PyInt.longOf(java.math.BigInteger.valueOf(5)).typeName(Levels.PY27));
        assertEquals("int", PyInt.longOf(java.math.BigInteger.valueOf(5)).typeName(Levels.PY311));
        assertEquals("<type 'exceptions.StopIteration'>", PyBuiltinRef.STOP_ITERATION.repr(Levels.PY27));
        assertEquals("<class 'StopIteration'>", PyBuiltinRef.STOP_ITERATION.repr(Levels.PY36));
    }
}
