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
    /**
     * Insertion order of the keys (unused under DICT_HASH_ORDER), with null where one was deleted, as CPython's
     * entries array has its holes: the table knows each key's position, so a deletion is no search, and the holes
     * are closed when they are half of it. A deletion at the end leaves its hole, as del does in CPython (a live
     * iterator meets a key inserted after it); popitem() drops the holes at the end, as dict_popitem does.
     */
    private final ArrayList<PyObject> order = new ArrayList<>();
    private int holes;
    private final boolean hashOrder;
    /** Bumped by every change (put, remove, clear): inline caches of global names check it. */
    private int version;
    /** Bumped when a key comes, goes or moves (not when a value changes): OrderedDict's iterators check it. */
    private int layout;

    protected PyDict(Language lang) {
        this.hashOrder = lang.has(LanguageFeature.DICT_HASH_ORDER);
        this.table = newTable(lang);
    }

    private SetTable newTable(Language lang) {
        return hashOrder ? SetTable.forDict(lang) : SetTable.forOrderedDict(lang);
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
        if (table.put(key, key.hash(tableLanguage()), value, order.size())) {
            layout++;
            if (!hashOrder) {
                order.add(key);
            }
        }
    }

    /** d[key] = value for a key whose hash is known (another dict's entry): no {@code __hash__} is called. */
    public void put(PyObject key, long hash, PyObject value) {
        version++;
        if (table.put(key, hash, value, order.size())) {
            layout++;
            if (!hashOrder) {
                order.add(key);
            }
        }
    }

    /** d.setdefault(key, value): the value present, else value, stored; one hash and one probe, as CPython. */
    public PyObject setDefault(PyObject key, PyObject value) {
        version++;
        PyObject have = table.putIfAbsent(key, key.hash(tableLanguage()), value, order.size());
        if (have != null) {
            return have;
        }
        layout++;
        if (!hashOrder) {
            order.add(key);
        }
        return value;
    }

    /** d.pop(key): the value it removed, or null when the key was absent; one hash and one probe, as CPython. */
    public PyObject pop(PyObject key) {
        PyObject v = table.removeReturning(key, key.hash(tableLanguage()));
        if (v == null) {
            return null;
        }
        version++;
        layout++;
        if (!hashOrder) {
            order.set(table.removedPosition(), null);
            holes++;
            if (holes > 8 && holes * 2 > order.size()) {
                closeHoles();
            }
        }
        return v;
    }

    /** Each key with the hash stored for it and its value, in the dict's order (dict_merge reads them so). */
    public void forEachEntry(SetTable.EntryVisitor each) {
        if (hashOrder) {
            table.forEachEntry(each);
        } else {
            table.forEachEntryInOrder(order.size(), each);
        }
    }

    private Language tableLanguage() {
        return table.language();
    }

    /** A dict with the same items (and table language) as {@code src}. */
    static PyDict copyOf(PyDict src) {
        PyDict d = new PyDict(src.tableLanguage());
        d.putAll(src);
        return d;
    }

    /**
     * dict_merge of another dict (update, copy, dict(d)): 2.7 first makes room for all of {@code src}'s keys in one
     * resize, then inserts them in src's slot order with their stored hashes, so a copy of a dict can iterate in
     * another order than the dict; no __hash__ is called.
     */
    public void putAll(PyDict src) {
        if (hashOrder) {
            table.reserve(src.size());
        }
        src.forEachEntry(this::put);
    }

    /**
     * 2.7's dict.fromkeys of a dict or set into a new dict: a table sized for {@code n} keys at once
     * (dictresize(mp, n)), then the source's keys in its slot order, with their stored hashes and no further resize.
     * True when done; false on 3.x (insertion-ordered dicts take the ordinary path).
     */
    public boolean fromKeysOfTable(SetTable keys, int n, PyObject value) {
        if (!hashOrder || size() != 0) {
            return false;
        }
        version++;
        layout++;
        table.resizeFor(n);
        keys.forEachEntry((k, h, v) -> table.putUnchecked(k, h, value));
        return true;
    }

    /** {@link #fromKeysOfTable} of another 2.7 dict, sized by its fill (Py_SIZE of a dict object is its ma_fill). */
    public boolean fromKeysOfDict(PyDict src, PyObject value) {
        return src.hashOrder && fromKeysOfTable(src.table, src.table.fill(), value);
    }

    /**
     * 2.7's _PyDict_NewPresized for a dict display of {@code n} entries (BUILD_MAP's argument): more than five make
     * the table as large as n keys need at once, which orders the display's keys as CPython does.
     */
    public void presize(int n) {
        if (hashOrder && n > 5 && size() == 0) {
            table.resizeFor(n);
        }
    }

    /** d.get(key), or null. */
    public PyObject get(PyObject key) {
        return table.get(key);
    }

    /** del d[key]; true when the key was there. */
    public boolean remove(PyObject key) {
        version++;
        if (hashOrder) {
            if (!table.discard(key)) {
                return false;
            }
            layout++;
            return true;
        }
        int at = table.removePositioned(key);
        if (at < 0) {
            return false;
        }
        layout++;
        order.set(at, null);
        holes++;
        if (holes > 8 && holes * 2 > order.size()) {
            closeHoles();
        }
        return true;
    }

    /** The order without its holes, and the table told where each key moved. */
    private void closeHoles() {
        int[] moved = new int[order.size()];
        int n = 0;
        for (int i = 0; i < order.size(); i++) {
            PyObject k = order.get(i);
            if (k != null) {
                moved[i] = n;
                order.set(n++, k);
            }
        }
        order.subList(n, order.size()).clear();
        holes = 0;
        table.renumber(moved);
    }

    /** d.clear(): a fresh small table, as CPython gives a cleared dict. */
    public void clear() {
        version++;
        table = newTable(table.language());
        order.clear();
        holes = 0;
        layout++;
    }

    /**
     * OrderedDict.move_to_end: puts a present key last (or first), keeping its key object and value; false when the
     * key is absent. Only insertion-ordered dicts (3.x) have an order to change.
     */
    public boolean moveTo(PyObject key, boolean last) {
        int at = hashOrder ? -1 : table.positionOf(key);
        if (at < 0) {
            return table.get(key) != null;
        }
        PyObject stored = order.get(at);
        if (last) {
            if (at == order.size() - 1) {
                return true;
            }
            order.set(at, null);
            holes++;
            table.setPosition(key, order.size());
            order.add(stored);
        } else {
            int first = 0;
            while (order.get(first) == null) {
                first++;
            }
            if (first == at) {
                return true;
            }
            // to the front: every other key moves one place on
            int[] moved = new int[order.size()];
            ArrayList<PyObject> front = new ArrayList<>(order.size() - holes);
            front.add(stored);
            moved[at] = 0;
            for (int i = 0; i < order.size(); i++) {
                PyObject k = order.get(i);
                if (k != null && i != at) {
                    moved[i] = front.size();
                    front.add(k);
                }
            }
            order.clear();
            order.addAll(front);
            holes = 0;
            table.renumber(moved);
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

    /**
     * popitem(): the key and value it takes, removed; null when the dict is empty. 3.x takes the last inserted
     * (after the holes at its end); 2.7 the entry dict_popitem's search finger finds (see SetTable#popEntry),
     * so emptying a dict by popitem() is linear and goes in CPython's order even after inserts between pops.
     */
    public PyObject[] popitem() {
        if (hashOrder) {
            PyObject[] entry = table.popEntry();
            if (entry != null) {
                version++;
                layout++;
            }
            return entry;
        }
        trimTrailingHoles();
        if (order.isEmpty()) {
            return null;
        }
        PyObject key = order.get(order.size() - 1);
        PyObject value = table.get(key);
        remove(key);
        trimTrailingHoles(); // dict_popitem sets dk_nentries to the popped entry: the next key goes in its place
        return new PyObject[] {key, value};
    }

    /** Drops the holes at the end of the order (a deletion leaves its hole there, as CPython's entries keep it). */
    private void trimTrailingHoles() {
        while (!order.isEmpty() && order.get(order.size() - 1) == null) {
            order.remove(order.size() - 1);
            holes--;
        }
    }

    /** The first key in iteration order without listing them all (an LRU cache's eldest), or null when empty. */
    public PyObject firstKey() {
        if (hashOrder) {
            List<PyObject> keys = table.keys();
            return keys.isEmpty() ? null : keys.get(0);
        }
        for (PyObject k : order) {
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /**
     * How many positions an iterator walks, as CPython's dict iterators walk the entries array (deleted keys leave
     * holes, new keys come at the end), or under DICT_HASH_ORDER the table's slots.
     */
    public int positions() {
        return hashOrder ? table.slotCount() : order.size();
    }

    /** The key at iteration position {@code pos} (below {@link #positions()}), or null where there is none. */
    public PyObject keyAt(int pos) {
        return hashOrder ? table.liveKeyAt(pos) : order.get(pos);
    }

    /** The keys in iteration order. */
    public List<PyObject> keys() {
        if (hashOrder) {
            return table.keys();
        }
        if (holes == 0) {
            return new ArrayList<>(order);
        }
        List<PyObject> live = new ArrayList<>(order.size() - holes);
        for (PyObject k : order) {
            if (k != null) {
                live.add(k);
            }
        }
        return live;
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
        private final SubclassState state;

        @Override
        public SubclassState state() {
            return state;
        }

        @Override
        public long hash(Language lang) {
            return UserSubclass.hash(this, () -> super.hash(lang));
        }

        public Sub(PyType type, Language lang) {
            super(level(lang));
            this.state = new SubclassState(type);
        }

        @Override
        public String typeName(Language lang) {
            String c = type().messageName();
            return c != null ? c : type().name(lang);
        }

        @Override
        public PyObject plain() {
            return copyOf(this);
        }
    }
}
