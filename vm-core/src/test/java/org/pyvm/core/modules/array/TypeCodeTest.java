package org.pyvm.core.modules.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The type code tables against CPython's x86-64 Linux array module (item sizes, order, integer bounds). */
class TypeCodeTest {
    private static String codes(java.util.List<TypeCode> table) {
        StringBuilder sb = new StringBuilder();
        table.forEach(t -> sb.append(t.code()));
        return sb.toString();
    }

    private static String sizes(java.util.List<TypeCode> table) {
        StringBuilder sb = new StringBuilder();
        table.forEach(t -> sb.append(t.size()));
        return sb.toString();
    }

    @Test
    void tablesListEachVersionsCodesInCPythonsOrder() {
        assertEquals("cbBuhHiIlLfd", codes(TypeCode.PY27));
        assertEquals("bBuhHiIlLqQfd", codes(TypeCode.PY3)); // array.typecodes
        assertEquals("111422448848", sizes(TypeCode.PY27));
        assertEquals("1142244888848", sizes(TypeCode.PY3));
        assertNull(TypeCode.find(TypeCode.PY3, 'c'));
        assertNull(TypeCode.find(TypeCode.PY27, 'q'));
    }

    @Test
    void integerBoundsFollowSizeAndSign() {
        TypeCode b = TypeCode.find(TypeCode.PY3, 'b');
        TypeCode bigQ = TypeCode.find(TypeCode.PY3, 'Q');
        TypeCode l = TypeCode.find(TypeCode.PY3, 'l');
        assertEquals(BigInteger.valueOf(-128), b.min());
        assertEquals(BigInteger.valueOf(127), b.max());
        assertEquals(BigInteger.ZERO, bigQ.min());
        assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), bigQ.max());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), l.min());
    }
}
