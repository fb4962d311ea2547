package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PyType caches what {@link PyType#lookup} and the attribute hooks found; every change of a dict along
 * the MRO must be seen at once by the type and by every subclass, whatever map method made it.
 */
class TypeCacheTest {
    private static final PyObject ONE = PyStr.of("one");
    private static final PyObject TWO = PyStr.of("two");

    private static PyType[] chain() {
        PyType object = PyType.builtin("object", null);
        PyType base = PyType.userClass("Base", new PyType[] {object}, false);
        PyType mid = PyType.userClass("Mid", new PyType[] {base}, false);
        PyType leaf = PyType.userClass("Leaf", new PyType[] {mid}, false);
        return new PyType[] {object, base, mid, leaf};
    }

    @Test
    void aChangeAlongTheMroReachesEverySubclass() {
        PyType[] t = chain();
        PyType base = t[1];
        PyType mid = t[2];
        PyType leaf = t[3];
        assertNull(leaf.lookup("x"));
        base.dict.put("x", ONE);
        assertSame(ONE, leaf.lookup("x"));
        assertSame(ONE, mid.lookup("x"));
        mid.dict.put("x", TWO);
        assertSame(TWO, leaf.lookup("x"));
        assertSame(ONE, base.lookup("x"));
        mid.dict.remove("x");
        assertSame(ONE, leaf.lookup("x"));
        base.dict.replace("x", TWO);
        assertSame(TWO, leaf.lookup("x"));
        base.dict.compute("x", (k, v) -> ONE);
        assertSame(ONE, leaf.lookup("x"));
        base.dict.putAll(Map.of("x", TWO));
        assertSame(TWO, leaf.lookup("x"));
        base.dict.merge("x", ONE, (a, b) -> b);
        assertSame(ONE, leaf.lookup("x"));
        base.dict.replaceAll((k, v) -> TWO);
        assertSame(TWO, leaf.lookup("x"));
        base.dict.remove("x", TWO);
        assertNull(leaf.lookup("x"));
        base.dict.putIfAbsent("x", ONE);
        assertSame(ONE, leaf.lookup("x"));
        base.dict.computeIfPresent("x", (k, v) -> TWO);
        assertSame(TWO, leaf.lookup("x"));
        base.dict.clear();
        assertNull(leaf.lookup("x"));
        base.dict.computeIfAbsent("x", k -> ONE);
        assertSame(ONE, leaf.lookup("x"));
        t[0].dict.put("y", TWO); // the builtin root too
        assertSame(TWO, leaf.lookup("y"));
    }

    @Test
    void hooksFollowTheirClasses() {
        PyType[] t = chain();
        PyType leaf = t[3];
        assertNull(leaf.getattrHook());
        t[1].dict.put("__getattr__", ONE);
        assertSame(ONE, leaf.getattrHook());
        t[2].dict.put("__setattr__", TWO);
        assertSame(TWO, leaf.setattrHook());
        t[0].dict.put("__getattribute__", ONE);
        assertSame(ONE, leaf.getattributeHook());
        t[1].dict.remove("__getattr__");
        assertNull(leaf.getattrHook());
    }

    @Test
    void theViewsCannotChangeTheDictBehindTheCaches() {
        PyType[] t = chain();
        t[1].dict.put("x", ONE);
        assertSame(ONE, t[3].lookup("x"));
        assertThrows(UnsupportedOperationException.class, () -> t[1].dict.entrySet().iterator().next().setValue(TWO));
        assertThrows(UnsupportedOperationException.class, () -> t[1].dict.keySet().remove("x"));
        assertThrows(UnsupportedOperationException.class, () -> t[1].dict.values().clear());
        assertSame(ONE, t[3].lookup("x"));
    }

    @Test
    void subclassesThatDiedAreLetGo() {
        PyType[] t = chain();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 1000; i++) {
                PyType.userClass("Tmp" + i, new PyType[] {t[1]}, false); // classes made in a loop and dropped
            }
            System.gc();
        }
        // 20,000 classes were made; the references to those collected are swept out as the list grows
        int kept = t[1].dict.subclassReferences();
        org.junit.jupiter.api.Assertions.assertTrue(kept < 10_000, kept + " references kept");
        t[1].dict.put("x", ONE); // tells only the live ones; cleared references are skipped
        assertSame(ONE, t[3].lookup("x"));
    }

    @Test
    void manyNamesStillGiveTheRightAnswers() {
        PyType[] t = chain();
        t[1].dict.put("x", ONE);
        for (int i = 0; i < 5000; i++) {
            assertNull(t[3].lookup("name" + i)); // fills the cache past its bound more than once
            if (i % 1000 == 0) {
                assertSame(ONE, t[3].lookup("x"));
            }
        }
        t[1].dict.put("name4999", TWO);
        assertSame(TWO, t[3].lookup("name4999"));
        assertSame(ONE, t[3].lookup("x"));
    }
}
