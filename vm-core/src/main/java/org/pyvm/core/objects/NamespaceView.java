package org.pyvm.core.objects;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyvm.spi.LanguageFeature;

/**
 * A dict object seen as a map from attribute names: the attributes of an instance whose {@code __dict__} a
 * program has taken. Keys that are not strings (a program may store any) are invisible as attributes, as in CPython.
 */
final class NamespaceView extends AbstractMap<String, PyObject> {
    private final PyDict dict;
    private final Language lang;

    NamespaceView(PyDict dict, Language lang) {
        this.dict = dict;
        this.lang = lang;
    }

    /** The dict object whose attributes this is. */
    PyDict dict() {
        return dict;
    }

    /** An attribute name as a dict key of that language level: str, or 2.7's byte-string str. */
    static PyObject key(Language lang, String name) {
        return lang.has(LanguageFeature.STR_IS_BYTES) ? PyBytes.of(name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(name);
    }

    private static String name(PyObject key) {
        if (key instanceof PyStr s) {
            return s.value();
        }
        if (key instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        return null;
    }

    @Override
    public PyObject get(Object name) {
        return name instanceof String s ? dict.get(key(lang, s)) : null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public PyObject put(String name, PyObject value) {
        PyObject k = key(lang, name);
        PyObject old = dict.get(k);
        dict.put(k, value);
        return old;
    }

    @Override
    public PyObject remove(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        PyObject k = key(lang, s);
        PyObject old = dict.get(k);
        if (old != null) {
            dict.remove(k);
        }
        return old;
    }

    @Override
    public Set<Map.Entry<String, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, PyObject>> iterator() {
                List<Map.Entry<String, PyObject>> entries = new ArrayList<>();
                for (PyObject k : dict.keys()) {
                    String n = name(k);
                    if (n != null) {
                        entries.add(new SimpleImmutableEntry<>(n, dict.get(k)));
                    }
                }
                return entries.iterator();
            }

            @Override
            public int size() {
                return dict.size();
            }
        };
    }
}
