package org.pyvm.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An instance's attribute map behaves as the LinkedHashMap it replaced: same answers, same order, small or big. */
class AttributeMapTest {
    private static PyObject v(int n) {
        return PyInt.of(n);
    }

    @Test
    void keepsInsertionOrderAcrossReplaceRemoveAndReAdd() {
        AttributeMap m = new AttributeMap();
        m.put("a", v(1));
        m.put("b", v(2));
        m.put("c", v(3));
        assertEquals(v(2), m.put("b", v(20)));
        assertEquals(v(1), m.remove("a"));
        m.put("a", v(10));
        assertEquals(List.of("b", "c", "a"), new ArrayList<>(m.keySet()));
        assertEquals(v(20), m.get("b"));
        assertNull(m.get("zz"));
        assertNull(m.remove("zz"));
        assertEquals(3, m.size());
    }

    @Test
    void findsANameMadeAtRunTimeByItsCharacters() {
        AttributeMap m = new AttributeMap();
        m.put("state", v(1));
        String made = new StringBuilder("sta").append("te").toString();
        assertTrue(m.containsKey(made));
        assertEquals(v(1), m.get(made));
        m.put(made, v(2));
        assertEquals(1, m.size());
        assertEquals(v(2), m.get("state"));
    }

    @Test
    void aMissIsAnsweredByTheNamesHashBitsOnlyWhereNoNameSharesTheBit() {
        // names are told apart by hashCode() & 63 first: one sharing "state"'s bit must still be compared in full,
        // and a bit set by a removed or cleared name must not make that name found
        AttributeMap m = new AttributeMap();
        m.put("state", v(1));
        String sharing = null;
        for (int i = 0; sharing == null; i++) {
            String s = "n" + i;
            if ((s.hashCode() & 63) == ("state".hashCode() & 63)) {
                sharing = s;
            }
        }
        assertFalse(m.containsKey(sharing));
        assertNull(m.get("next"));
        m.put(sharing, v(2));
        assertEquals(v(2), m.get(new String(sharing.toCharArray())));
        assertEquals(v(2), m.remove(sharing));
        assertFalse(m.containsKey(sharing));
        assertEquals(v(1), m.get("state"));
        m.clear();
        assertFalse(m.containsKey("state"));
        m.put("other", v(3));
        assertNull(m.get("state"));
        assertEquals(List.of("other"), new ArrayList<>(m.keySet()));
    }

    @Test
    void iteratorRemoveAndEntrySetValueWriteThrough() {
        AttributeMap m = new AttributeMap();
        for (int i = 0; i < 5; i++) {
            m.put("k" + i, v(i));
        }
        Iterator<Map.Entry<String, PyObject>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, PyObject> e = it.next();
            if (e.getKey().equals("k1") || e.getKey().equals("k3")) {
                it.remove();
            } else {
                e.setValue(v(100));
            }
        }
        assertEquals(List.of("k0", "k2", "k4"), new ArrayList<>(m.keySet()));
        assertSame(m.get("k2"), v(100));
        m.clear();
        assertTrue(m.isEmpty());
        assertFalse(m.containsKey("k0"));
    }

    @Test
    void agreesWithALinkedHashMapOnRandomOperationsPastTheSmallSize() {
        Random r = new Random(7);
        AttributeMap m = new AttributeMap();
        Map<String, PyObject> expected = new LinkedHashMap<>();
        for (int step = 0; step < 5000; step++) {
            String k = "n" + r.nextInt(AttributeMap.SMALL + 6);
            PyObject value = v(step);
            switch (r.nextInt(3)) {
                case 0 -> assertSame(expected.put(k, value), m.put(k, value));
                case 1 -> assertSame(expected.remove(k), m.remove(k));
                default -> assertSame(expected.get(k), m.get(k));
            }
            assertEquals(expected.size(), m.size());
        }
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(m.entrySet()));
    }
}
