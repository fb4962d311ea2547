package org.pyvm.core.embed;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * Java values to Python values and back, for one runtime (2.7 spells text as its byte-string
 * {@code str}). The table is in {@link PyVm}'s documentation.
 */
final class Values {
    private Values() {
    }

    static PyObject toPython(Runtime rt, Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject p) {
            return p;
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return PyFloat.of(((Number) v).doubleValue());
        }
        if (v instanceof String s) {
            // 2.7's str is bytes: UTF-8, as a 2.7 source file's literals are
            return rt.lang.has(LanguageFeature.STR_IS_BYTES) ? PyBytes.of(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
        }
        if (v instanceof List<?> l) {
            List<PyObject> items = new ArrayList<>(l.size());
            for (Object o : l) {
                items.add(toPython(rt, o));
            }
            return PyList.of(items);
        }
        if (v instanceof Map<?, ?> m) {
            List<PyObject> kv = new ArrayList<>(m.size() * 2);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                kv.add(toPython(rt, e.getKey()));
                kv.add(toPython(rt, e.getValue()));
            }
            return PyDict.of(rt.lang, kv);
        }
        throw new IllegalArgumentException("no Python value for a Java " + v.getClass().getName());
    }

    static Object toJava(Runtime rt, PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool b) {
            return b.value;
        }
        if (v instanceof PyInt i) {
            return i.big == null ? (Object) i.small : i.big;
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyBytes b && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        if (v instanceof PyList l) {
            return list(rt, l.items());
        }
        if (v instanceof PyTuple t) {
            return list(rt, List.of(t.items()));
        }
        if (v instanceof PyDict d) {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (PyObject k : d.keys()) {
                m.put(toJava(rt, k), toJava(rt, d.get(k)));
            }
            return m;
        }
        return v;
    }

    private static List<Object> list(Runtime rt, List<PyObject> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (PyObject o : items) {
            out.add(toJava(rt, o));
        }
        return out;
    }
}
