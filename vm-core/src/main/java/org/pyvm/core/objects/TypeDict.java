package org.pyvm.core.objects;

import java.lang.ref.WeakReference;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A type's attribute dict: an ordinary insertion-ordered map that tells every type whose MRO holds it
 * when it changes, so that {@link PyType#lookup} and the attribute hooks can be cached per type and
 * dropped as soon as the class, or one of its bases, is changed.
 * <p>
 * Every mutating method of the map interface calls {@link #changed}, but for one: {@link #put} of a plain value
 * over another under a name that is not a dunder (a counter kept on the class), which updates the cached
 * lookups of that one name instead, so that a program bumping {@code C.count} in {@code __init__} does not
 * throw away every cache of C at each instance. The key, value and entry views
 * are read-only, so nothing can change the map behind the caches' back (a change through a view
 * would throw rather than leave a stale cache). The types to tell are kept weakly: a class made in
 * a loop must not be kept alive by its bases. They belong to one runtime, as the dict does: nothing
 * here is shared between VMs.
 */
public final class TypeDict extends LinkedHashMap<String, PyObject> {
    private static final long serialVersionUID = 1L;
    /** The type this dict belongs to (its MRO starts with itself). */
    private final transient PyType owner;
    /** The other types whose MRO holds this dict: the owner's subclasses. */
    private final transient ArrayList<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Size at which cleared references are next swept out. */
    private transient int sweepAt = 8;

    TypeDict(PyType owner) {
        this.owner = owner;
    }

    /** {@code t} has this dict in its MRO (other than as its own): tell it of every change. */
    void addSubclass(PyType t) {
        if (subclasses.size() >= sweepAt) {
            subclasses.removeIf(r -> r.get() == null);
            sweepAt = Math.max(8, subclasses.size() * 2);
        }
        subclasses.add(new WeakReference<>(t));
    }

    /** How many subclass references are held, live or cleared (tests). */
    int subclassReferences() {
        return subclasses.size();
    }

    /** Called before every change: the owner's and its subclasses' caches are out of date. */
    private void changed() {
        tellTypes(null, null);
    }

    /**
     * Tells the owner and the subclasses of a change: with {@code replacedKey} null, anything may have changed;
     * otherwise the plain value under that key becomes {@code value} and nothing else changes.
     */
    private void tellTypes(String replacedKey, PyObject value) {
        tell(owner, replacedKey, value);
        for (int i = 0, n = subclasses.size(); i < n; i++) {
            PyType t = subclasses.get(i).get();
            if (t != null) {
                tell(t, replacedKey, value);
            }
        }
    }

    private void tell(PyType t, String replacedKey, PyObject value) {
        if (replacedKey == null) {
            t.attributesChanged();
        } else {
            t.plainValueReplaced(this, replacedKey, value);
        }
    }

    @Override
    public PyObject put(String key, PyObject value) {
        PyObject old = super.get(key);
        if (old != null && isPlainValue(old) && isPlainValue(value) && !key.startsWith("__")) {
            // a counter or a setting kept on the class (C.count += 1): every other name's lookup stays as it was
            tellTypes(key, value);
            return super.put(key, value);
        }
        changed();
        return super.put(key, value);
    }

    /**
     * A class attribute that is data and nothing more: no descriptor, no function, no class, nothing whose type a
     * program made (that might define __get__), so what finding it means does not depend on its value.
     */
    static boolean isPlainValue(PyObject v) {
        Class<?> c = v.getClass();
        return c == PyInt.class || c == PyStr.class || c == PyFloat.class || c == PyBool.class || c == PyNone.class
                || c == PyTuple.class || c == PyBytes.class;
    }

    @Override
    public void putAll(Map<? extends String, ? extends PyObject> m) {
        changed();
        super.putAll(m);
    }

    @Override
    public PyObject remove(Object key) {
        changed();
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        changed();
        return super.remove(key, value);
    }

    @Override
    public void clear() {
        changed();
        super.clear();
    }

    @Override
    public PyObject putIfAbsent(String key, PyObject value) {
        changed();
        return super.putIfAbsent(key, value);
    }

    @Override
    public PyObject replace(String key, PyObject value) {
        changed();
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, PyObject oldValue, PyObject newValue) {
        changed();
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super PyObject, ? extends PyObject> function) {
        changed();
        super.replaceAll(function);
    }

    @Override
    public PyObject computeIfAbsent(String key, Function<? super String, ? extends PyObject> f) {
        changed();
        return super.computeIfAbsent(key, f);
    }

    @Override
    public PyObject computeIfPresent(String key, BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
        changed();
        return super.computeIfPresent(key, f);
    }

    @Override
    public PyObject compute(String key, BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
        changed();
        return super.compute(key, f);
    }

    @Override
    public PyObject merge(String key, PyObject value, BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
        changed();
        return super.merge(key, value, f);
    }

    @Override
    public Set<Map.Entry<String, PyObject>> entrySet() {
        // read-only: an entry's setValue or an iterator's remove would change the map without changed()
        Set<Map.Entry<String, PyObject>> live = super.entrySet();
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, PyObject>> iterator() {
                Iterator<Map.Entry<String, PyObject>> it = live.iterator();
                return new Iterator<>() { // remove() is the default one, which throws
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, PyObject> next() {
                        return new AbstractMap.SimpleImmutableEntry<>(it.next());
                    }
                };
            }

            @Override
            public int size() {
                return live.size();
            }

            @Override
            public boolean contains(Object o) {
                return live.contains(o);
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<PyObject> values() {
        return Collections.unmodifiableCollection(super.values());
    }
}
