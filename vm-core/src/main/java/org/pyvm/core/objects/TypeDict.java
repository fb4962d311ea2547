package org.pyvm.core.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A type's attribute dict: an ordinary insertion-ordered map that counts its changes, so that
 * {@link PyType#lookup} can cache what it found along the MRO and notice when a class (or one of
 * its bases) was changed since. Every mutating method of the map interface bumps {@link #version}.
 */
public final class TypeDict extends LinkedHashMap<String, PyObject> {
    private static final long serialVersionUID = 1L;
    /** Bumped by every change; only grows. */
    int version;
    /** Bumped by every change of any type's dict: while it stands still, no MRO stamp can have moved. */
    static int epoch;

    @Override
    public PyObject put(String key, PyObject value) {
        version++;
        epoch++;
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ? extends PyObject> m) {
        version++;
        epoch++;
        super.putAll(m);
    }

    @Override
    public PyObject remove(Object key) {
        version++;
        epoch++;
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        version++;
        epoch++;
        return super.remove(key, value);
    }

    @Override
    public void clear() {
        version++;
        epoch++;
        super.clear();
    }

    @Override
    public PyObject putIfAbsent(String key, PyObject value) {
        version++;
        epoch++;
        return super.putIfAbsent(key, value);
    }

    @Override
    public PyObject replace(String key, PyObject value) {
        version++;
        epoch++;
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, PyObject oldValue, PyObject newValue) {
        version++;
        epoch++;
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super PyObject, ? extends PyObject> function) {
        version++;
        epoch++;
        super.replaceAll(function);
    }

    @Override
    public PyObject computeIfAbsent(String key, Function<? super String, ? extends PyObject> f) {
        version++;
        epoch++;
        return super.computeIfAbsent(key, f);
    }

    @Override
    public PyObject computeIfPresent(String key, BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
        version++;
        epoch++;
        return super.computeIfPresent(key, f);
    }

    @Override
    public PyObject compute(String key, BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
        version++;
        epoch++;
        return super.compute(key, f);
    }

    @Override
    public PyObject merge(String key, PyObject value, BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
        version++;
        epoch++;
        return super.merge(key, value, f);
    }

    @Override
    public java.util.Set<Map.Entry<String, PyObject>> entrySet() {
        // an entry's setValue or an iterator's remove changes the map behind our back: count it as a change
        version++;
        epoch++;
        return super.entrySet();
    }

    @Override
    public java.util.Set<String> keySet() {
        version++;
        epoch++;
        return super.keySet();
    }

    @Override
    public java.util.Collection<PyObject> values() {
        version++;
        epoch++;
        return super.values();
    }
}
