package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.spi.LanguageFeature;

/**
 * A dict. Keys are found through a {@link SetTable} with values; iteration follows that table's slot
 * order under 2.7 (DICT_HASH_ORDER, whose dict probes and grows exactly as its set does) and insertion
 * order otherwise.
 */
public class PyDict extends PyObject {
    private SetTable table;
    /** Insertion order of the live keys (unused under DICT_HASH_ORDER). */
    private final List<PyObject> order = new ArrayList<>();
    private final boolean hashOrder;
    /** Bumped by every change (put, remove, clear): inline caches of global names check it. */
    private int version;
    /** Bumped when a key comes, goes or moves (not when a value changes): OrderedDict's iterators check it. */
    private int layout;

    protected PyDict(Language lang) {
        this.table = SetTable.forDict(lang);
        this.hashOrder = lang.has(LanguageFeature.DICT_HASH_ORDER);
    }

    /** A dict built by inserting key0, value0, key1, value1... in order, as marshal does. */
    public static PyDict of(Language lang, List<PyObject> keysAndValues) {
        PyDict d = new PyDict(level(lang));
        for (int i = 0; i + 1 < keysAndValues.size(); i += 2) {
            d.put(keysAndValues.get(i), keysAndValues.get(i + 1));
        }
        return d;
    }

    /** d[key] = value (a present key keeps its first key object and position). */
    public void put(PyObject key, PyObject value) {
        version++;
        if (table.put(key, key.hash(tableLanguage()), value)) {
            layout++;
            if (!hashOrder) {
                order.add(key);
            }
        }
    }

    private Language tableLanguage() {
        return table.language();
    }

    /** A dict with the same items (and table language) as {@code src}. */
    static PyDict copyOf(PyDict src) {
        PyDict d = new PyDict(src.tableLanguage());
        for (PyObject k : src.keys()) {
            d.put(k, src.get(k));
        }
        return d;
    }

    /** d.get(key), or null. */
    public PyObject get(PyObject key) {
        return table.get(key);
    }

    /** del d[key]; true when the key was there. */
    public boolean remove(PyObject key) {
        version++;
        if (!table.discard(key)) {
            return false;
        }
        layout++;
        if (!hashOrder) {
            Language l = tableLanguage();
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i) == key || order.get(i).eq(key, l)) {
                    order.remove(i);
                    break;
                }
            }
        }
        return true;
    }

    /** d.clear(): a fresh small table, as CPython gives a cleared dict. */
    public void clear() {
        version++;
        table = SetTable.forDict(table.language());
        order.clear();
        layout++;
    }

    /**
     * OrderedDict.move_to_end: puts a present key last (or first), keeping its value; false when the key is
     * absent. Only insertion-ordered dicts (3.x) have an order to change.
     */
    public boolean moveTo(PyObject key, boolean last) {
        if (table.get(key) == null) {
            return false;
        }
        if (hashOrder || order.isEmpty()) {
            return true;
        }
        Language l = tableLanguage();
        int at = last ? order.size() - 1 : 0;
        PyObject edge = order.get(at);
        if (edge == key || edge.eq(key, l)) {
            return true;
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == key || order.get(i).eq(key, l)) {
                PyObject k = order.remove(i);
                if (last) {
                    order.add(k);
                } else {
                    order.add(0, k);
                }
                break;
            }
        }
        version++;
        layout++;
        return true;
    }

    /** A number that changes whenever a key is added, removed or moved. */
    public int layout() {
        return layout;
    }

    /** A number that changes whenever the dict does. */
    public int version() {
        return version;
    }

    public int size() {
        return table.size();
    }

    /** The keys in iteration order. */
    public List<PyObject> keys() {
        return hashOrder ? table.keys() : new ArrayList<>(order);
    }

    @Override
    public String typeName(Language lang) {
        return "dict";
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (PyObject k : keys()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(k.repr(lang)).append(": ").append(table.get(k).repr(lang));
        }
        return sb.append('}').toString();
    }

    @Override
    public long hash(Language lang) {
        throw unhashable(this, lang);
    }

    /** An instance of a program's subclass of dict: see {@link UserSubclass}. */
    public static final class Sub extends PyDict implements UserSubclass {
        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        private final PyType type;
        private java.util.Map<String, PyObject> attributes = new java.util.LinkedHashMap<>();

        public Sub(PyType type, Language lang) {
            super(level(lang));
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public java.util.Map<String, PyObject> attributes() {
            return attributes;
        }

        @Override
        public void replaceAttributes(java.util.Map<String, PyObject> m) {
            attributes = m;
        }

        @Override
        public String typeName(Language lang) {
            String c = type.messageName();
            return c != null ? c : type.name(lang);
        }

        @Override
        public PyObject plain() {
            return copyOf(this);
        }
    }
}
