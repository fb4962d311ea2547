package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.spi.LanguageFeature;

/**
 * An open-addressing hash table laid out slot for slot as CPython's set (Objects/setobject.c) of the
 * language level, so iteration (slot order) matches CPython's. Optionally carries a value per slot:
 * 2.7's dict (Objects/dictobject.c) uses the same probing, minimum size, fill/used accounting, resize
 * trigger, growth and slot-order re-insertion as 2.7's set, so a {@link #forDict} table gives a 2.7
 * dict's iteration order too. (3.6+ dicts are insertion-ordered and need no table for ordering.)
 *
 * <p>Per variant:
 * <ul>
 * <li>2.7: probe {@code i = i*5 + perturb + 1; perturb >>= 5}; after an insert that added a key,
 *     resize when {@code fill*3 >= (mask+1)*2}.
 * <li>3.6: at each probe position also try the next 9 slots (LINEAR_PROBES) when they do not wrap,
 *     then {@code perturb >>= 5; i = (i*5 + 1 + perturb) & mask}; resize when {@code fill*3 >= mask*2}.
 * <li>3.7+: same probing, resize when {@code fill*5 >= mask*3}.
 * </ul>
 * All: minimum size 8; resize to the smallest power of two above {@code used*4} ({@code used*2} past
 * 50000 entries), re-inserting the live entries in old slot order without comparisons; deleted slots
 * become dummies that still count in {@code fill}; a later insert reuses the first dummy it passed.
 */
public final class SetTable {
    /** The table rules of one CPython line. */
    public enum Variant {
        PY27, PY36, PY37
    }

    public static final int MINSIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    private static final int LINEAR_PROBES = 9;
    /** Marks a deleted slot (CPython's {@code dummy}); its hash is -1 as in 3.x. */
    private static final PyObject DUMMY = new Marker("<dummy>", "<dummy key>");

    private final Language lang;
    private final Variant variant;
    private PyObject[] keys;
    private long[] hashes;
    private PyObject[] values;
    /**
     * Per slot, where its key stands in an insertion-ordered dict's own order (see {@link PyDict}): found with
     * the key, so deleting one is no search of that order. Null for sets and 2.7 dicts.
     */
    private int[] positions;
    private int mask;
    private int fill;
    private int used;

    private SetTable(Language lang, boolean withValues) {
        this(lang, withValues, false);
    }

    private SetTable(Language lang, boolean withValues, boolean withPositions) {
        this.lang = lang;
        this.variant = variantOf(lang);
        if (withPositions) {
            positions = new int[0];
        }
        allocate(MINSIZE, withValues);
    }

    /** An empty set/frozenset table for this language level. */
    public static SetTable forSet(Language lang) {
        return new SetTable(lang, false);
    }

    /** An empty table with values: a 2.7 dict (hash order). */
    public static SetTable forDict(Language lang) {
        return new SetTable(lang, true);
    }

    /** An empty table with values and each key's position in the dict's insertion order (3.6+ dicts). */
    public static SetTable forOrderedDict(Language lang) {
        return new SetTable(lang, true, true);
    }

    /**
     * The table rules for a language level. Probing comes from {@link LanguageFeature#SET_PERTURB_ONLY_PROBING};
     * no feature names the 3.7 change of the fill limit from 2/3 to 3/5, so it is inferred from the features
     * that only 3.7+ levels declare (SipHash-1-3 is 3.11+, the xxHash tuple hash 3.8+).
     */
    public static Variant variantOf(Language lang) {
        if (lang.has(LanguageFeature.SET_PERTURB_ONLY_PROBING)) {
            return Variant.PY27;
        }
        if (lang.has(LanguageFeature.SET_GROWS_AT_THREE_FIFTHS)) {
            return Variant.PY37;
        }
        return Variant.PY36;
    }

    private void allocate(int size, boolean withValues) {
        keys = new PyObject[size];
        hashes = new long[size];
        values = withValues ? new PyObject[size] : null;
        if (positions != null) {
            positions = new int[size];
        }
        mask = size - 1;
        fill = 0;
        used = 0;
    }

    /** The language level whose rules this table follows. */
    public Language language() {
        return lang;
    }

    public int size() {
        return used;
    }

    /** Slots in use plus dummies (CPython's {@code fill}). */
    public int fill() {
        return fill;
    }

    /** Table size minus one (CPython's {@code mask}). */
    public int mask() {
        return mask;
    }

    private boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof UserSubclass || b instanceof UserSubclass) {
            Boolean r = UserSubclass.programEq(a, b); // a str subclass's own __eq__, say
            if (r != null) {
                return r;
            }
        }
        return b instanceof PyInstance && !(a instanceof PyInstance) ? b.eq(a, lang) : a.eq(b, lang);
    }

    /** Adds {@code key} unless an equal key is present; true when it was added. */
    public boolean add(PyObject key) {
        return put(key, key.hash(lang), null);
    }

    /**
     * Sets {@code key} to {@code value} (null for a set): inserts, or for a present key replaces its
     * value and keeps the stored key, as CPython does. True when a key was added.
     */
    public boolean put(PyObject key, long hash, PyObject value) {
        return put(key, hash, value, -1);
    }

    /** {@link #put}, a new key getting {@code position} in the dict's order (tables with positions). */
    public boolean put(PyObject key, long hash, PyObject value, int position) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            if (values != null) {
                values[slot] = value;
            }
            return false;
        }
        insertAt(-slot - 1, key, hash, value, position);
        return true;
    }

    /**
     * dict.setdefault's one probe (PyDict_SetDefault): the value stored for a key equal to {@code key}, or null
     * when there was none and {@code key} now has {@code value} (at {@code position} in a dict's order).
     */
    public PyObject putIfAbsent(PyObject key, long hash, PyObject value, int position) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            return values[slot];
        }
        insertAt(-slot - 1, key, hash, value, position);
        return null;
    }

    /**
     * 2.7's insertdict: stores {@code key} (known to hash to {@code hash}) with no check of the table's fill
     * afterwards, which is what dict.fromkeys does after sizing the table for all keys at once.
     */
    public void putUnchecked(PyObject key, long hash, PyObject value) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            values[slot] = value;
            return;
        }
        int target = -slot - 1;
        if (keys[target] == null) {
            fill++;
        }
        keys[target] = key;
        hashes[target] = hash;
        values[target] = value;
        used++;
    }

    /** Fills the free slot {@code target} that findSlot gave for a new key; grows the table when it is full enough. */
    private void insertAt(int target, PyObject key, long hash, PyObject value, int position) {
        boolean wasUnused = keys[target] == null;
        keys[target] = key;
        hashes[target] = hash;
        if (values != null) {
            values[target] = value;
        }
        if (positions != null) {
            positions[target] = position;
        }
        used++;
        if (!wasUnused) {
            return; // reused a dummy: fill is unchanged and no resize check, in every version
        }
        fill++;
        boolean grow = switch (variant) {
            case PY27 -> (long) fill * 3 >= (long) (mask + 1) * 2;
            case PY36 -> (long) fill * 3 >= (long) mask * 2;
            case PY37 -> (long) fill * 5 >= (long) mask * 3;
        };
        if (grow) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /**
     * dict.pop's one probe (_PyDict_Pop): removes the key equal to {@code key}, its slot becoming a dummy; its value,
     * or null when it was absent. {@link #removedPosition} then says where it stood in a dict's order.
     */
    public PyObject removeReturning(PyObject key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return null;
        }
        PyObject v = values[slot];
        removedPosition = positions != null ? positions[slot] : -1;
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        values[slot] = null;
        used--;
        return v;
    }

    /** Where the key {@link #removeReturning} took last stood in the dict's order (tables with positions). */
    private int removedPosition = -1;

    public int removedPosition() {
        return removedPosition;
    }

    /**
     * CPython's set_issubset: every key of this table is in {@code other}, looked up there by the hash stored with
     * it (no {@code __hash__} called), in this table's slot order.
     */
    public boolean isSubsetOf(SetTable other) {
        if (used > other.used) {
            return false;
        }
        for (int s = 0; s < keys.length; s++) {
            PyObject k = keys[s];
            if (k != null && k != DUMMY && other.lookup(k, hashes[s]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Calls {@code each} with every key, its stored hash and its value, in slot order. */
    public void forEachEntry(EntryVisitor each) {
        for (int s = 0; s < keys.length; s++) {
            PyObject k = keys[s];
            if (k != null && k != DUMMY) {
                each.visit(k, hashes[s], values == null ? null : values[s]);
            }
        }
    }

    /**
     * {@link #forEachEntry} in a dict's insertion order (tables with positions): {@code orderSize} positions, some
     * of them holes.
     */
    public void forEachEntryInOrder(int orderSize, EntryVisitor each) {
        int[] slotAt = new int[orderSize];
        java.util.Arrays.fill(slotAt, -1);
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                slotAt[positions[s]] = s;
            }
        }
        PyObject[] keys = this.keys;
        long[] hashes = this.hashes;
        PyObject[] values = this.values;
        for (int s : slotAt) {
            if (s >= 0) {
                each.visit(keys[s], hashes[s], values[s]);
            }
        }
    }

    /** One entry of a table: see {@link #forEachEntry}. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(PyObject key, long hash, PyObject value);
    }

    /** Removes {@code key} if present (its slot becomes a dummy); true when it was there. */
    public boolean discard(PyObject key) {
        int slot = lookup(key, key.hash(lang));
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        if (values != null) {
            values[slot] = null;
        }
        used--;
        return true;
    }

    /** 3.x set_pop's search finger: where the next pop starts looking (2.7 keeps it in slot 0's hash). */
    private int finger;

    /**
     * set.pop(): removes and returns the entry CPython's set_pop takes, found from a search finger that each pop
     * moves past what it took, so emptying a set is no quadratic search. 3.x keeps the finger beside the table
     * (it belongs to the set object: {@link #takeFingerFrom} when a set gets a new table); 2.7 in slot 0's hash
     * field, as CPython does, and takes slot 0 itself first. Null when the set is empty.
     */
    public PyObject pop() {
        int i = takeSlot();
        if (i < 0) {
            return null;
        }
        PyObject key = keys[i];
        take(i);
        return key;
    }

    /**
     * dict.popitem() of 2.7 (3.x dicts take their last key): the key and value dict_popitem takes, removed; null when
     * empty. 2.7's dict_popitem searches as its set_pop does, from the same finger in slot 0's hash.
     */
    public PyObject[] popEntry() {
        int i = takeSlot();
        if (i < 0) {
            return null;
        }
        PyObject[] entry = {keys[i], values[i]};
        take(i);
        return entry;
    }

    /** The slot pop() takes its entry from, or -1 when the table is empty. */
    private int takeSlot() {
        if (used == 0) {
            return -1;
        }
        int i;
        if (variant == Variant.PY27) {
            i = 0;
            if (keys[0] == null || keys[0] == DUMMY) {
                long h = hashes[0];
                i = h > mask || h < 1 ? 1 : (int) h;
                while (keys[i] == null || keys[i] == DUMMY) {
                    i = i == mask ? 1 : i + 1;
                }
            }
        } else {
            i = finger & mask;
            while (keys[i] == null || keys[i] == DUMMY) {
                i = i == mask ? 0 : i + 1;
            }
        }
        return i;
    }

    /** Removes the entry of slot {@code i} and moves the finger past it. */
    private void take(int i) {
        keys[i] = DUMMY;
        hashes[i] = -1;
        if (values != null) {
            values[i] = null;
        }
        used--;
        if (variant == Variant.PY27) {
            hashes[0] = i + 1;
        } else {
            finger = i + 1;
        }
    }

    /** A set's new table (clear, in-place algebra) goes on with the old one's pop finger, as the set object keeps it. */
    public void takeFingerFrom(SetTable old) {
        finger = old.finger;
    }

    /** Removes {@code key} from a table with positions: its position in the dict's order, or -1 when it was not there. */
    public int removePositioned(PyObject key) {
        int slot = lookup(key, key.hash(lang));
        if (slot < 0) {
            return -1;
        }
        int position = positions[slot];
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        values[slot] = null;
        used--;
        return position;
    }

    /** Where {@code key} stands in the dict's order (tables with positions), or -1 when absent. */
    public int positionOf(PyObject key) {
        int slot = lookup(key, key.hash(lang));
        return slot < 0 ? -1 : positions[slot];
    }

    /** A present key moved in the dict's order (OrderedDict.move_to_end). */
    public void setPosition(PyObject key, int position) {
        positions[lookup(key, key.hash(lang))] = position;
    }

    /** The dict closed the gaps in its order: each key's position {@code p} is now {@code moved[p]}. */
    public void renumber(int[] moved) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                positions[s] = moved[positions[s]];
            }
        }
    }

    public boolean contains(PyObject key) {
        return lookup(key, key.hash(lang)) >= 0;
    }

    /** The value stored for {@code key}, or null. */
    public PyObject get(PyObject key) {
        int slot = lookup(key, key.hash(lang));
        return slot >= 0 && values != null ? values[slot] : null;
    }

    /**
     * The slot holding a key equal to {@code key}, or -1 (CPython's set_lookkey): {@link #findSlot}'s probe path
     * without the free slot an insert needs, over the table held in locals, which a comparison calling out (a
     * virtual {@code eq}) would otherwise make the JVM load again at every probe.
     */
    private int lookup(PyObject key, long hash) {
        PyObject[] keys = this.keys;
        long[] hashes = this.hashes;
        int mask = this.mask;
        long perturb = hash;
        if (variant == Variant.PY27) {
            long i = hash & mask;
            while (true) {
                int s = (int) (i & mask);
                PyObject k = keys[s];
                if (k == null) {
                    return -1;
                }
                if (hashes[s] == hash && k != DUMMY && same(k, key)) {
                    return s;
                }
                i = i * 5 + perturb + 1;
                perturb >>>= PERTURB_SHIFT;
            }
        }
        int i = (int) (hash & mask);
        while (true) {
            int s = i;
            int probes = s + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++, s++) {
                PyObject k = keys[s];
                if (k == null) {
                    return -1;
                }
                if (hashes[s] == hash && k != DUMMY && same(k, key)) {
                    return s;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * The slot holding a key equal to {@code key}, or {@code -(insertionSlot) - 1}: the first dummy passed on
     * the probe path, else the unused slot that ended it.
     */
    private int findSlot(PyObject key, long hash) {
        int freeslot = -1;
        long perturb = hash;
        long i = hash & mask;
        if (variant == Variant.PY27) {
            while (true) {
                int s = (int) (i & mask);
                PyObject k = keys[s];
                if (k == null) {
                    return -(freeslot >= 0 ? freeslot : s) - 1;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = s;
                    }
                } else if (hashes[s] == hash && same(k, key)) {
                    return s;
                }
                i = i * 5 + perturb + 1;
                perturb >>>= PERTURB_SHIFT;
            }
        }
        // 3.6 reuses the first dummy slot met on the way; 3.7+ the last one
        boolean lastDummy = variant == Variant.PY37;
        while (true) {
            int s = (int) i;
            int probes = s + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++, s++) {
                PyObject k = keys[s];
                if (k == null) {
                    return -(freeslot >= 0 ? freeslot : s) - 1;
                }
                if (k == DUMMY) {
                    if (freeslot < 0 || lastDummy) {
                        freeslot = s;
                    }
                } else if (hashes[s] == hash && same(k, key)) {
                    return s;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /**
     * CPython's set_merge: this |= other, entry by entry in other's slot order. One resize up front;
     * 3.x copies the slots as they are when this table is empty, as large and free of dummies.
     */
    public void mergeFrom(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        boolean grow = switch (variant) {
            case PY27 -> (long) (fill + other.used) * 3 >= (long) (mask + 1) * 2;
            case PY36 -> (long) (fill + other.used) * 3 >= (long) mask * 2;
            case PY37 -> (long) (fill + other.used) * 5 >= (long) mask * 3;
        };
        if (grow) {
            resize((used + other.used) * 2);
        }
        if (variant != Variant.PY27 && fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int s = 0; s <= mask; s++) {
                if (other.keys[s] != null) {
                    keys[s] = other.keys[s];
                    hashes[s] = other.hashes[s];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (variant != Variant.PY27 && fill == 0) {
            for (int s = 0; s <= other.mask; s++) {
                PyObject k = other.keys[s];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[s], null);
                }
            }
            return;
        }
        for (int s = 0; s <= other.mask; s++) {
            PyObject k = other.keys[s];
            if (k != null && k != DUMMY) {
                put(k, other.hashes[s], null);
            }
        }
    }

    /** CPython's one big resize before adding {@code n} keys of a dict (set_update_internal's dict path). */
    public void reserve(int n) {
        boolean grow = switch (variant) {
            case PY27 -> (long) (fill + n) * 3 >= (long) (mask + 1) * 2;
            case PY36 -> (long) (fill + n) * 3 >= (long) mask * 2;
            case PY37 -> (long) (fill + n) * 5 >= (long) mask * 3;
        };
        if (grow) {
            resize((used + n) * 2);
        }
    }

    /** A new set table holding this one's keys as CPython's set copy makes it (set_merge into an empty table). */
    public SetTable copy() {
        SetTable t = new SetTable(lang, false);
        t.mergeFrom(this);
        return t;
    }

    /** dictresize(mp, minused) asked for from outside: a table of the smallest power of two above minused. */
    public void resizeFor(int minused) {
        resize(minused);
    }

    /** Moves the live entries, in old slot order, into a fresh table of the smallest power of two above minused. */
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        PyObject[] oldValues = values;
        int[] oldPositions = positions;
        allocate(newsize, oldValues != null);
        for (int s = 0; s < oldKeys.length; s++) {
            PyObject k = oldKeys[s];
            if (k != null && k != DUMMY) {
                int slot = insertClean(k, oldHashes[s], oldValues == null ? null : oldValues[s]);
                if (oldPositions != null) {
                    positions[slot] = oldPositions[s];
                }
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies (CPython's set_insert_clean); its slot. */
    private int insertClean(PyObject key, long hash, PyObject value) {
        long perturb = hash;
        long i = hash & mask;
        int slot = -1;
        if (variant == Variant.PY27) {
            while (keys[(int) (i & mask)] != null) {
                i = i * 5 + perturb + 1;
                perturb >>>= PERTURB_SHIFT;
            }
            slot = (int) (i & mask);
        } else {
            search:
            while (true) {
                int s = (int) i;
                int probes = s + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = 0; j <= probes; j++, s++) {
                    if (keys[s] == null) {
                        slot = s;
                        break search;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
        keys[slot] = key;
        hashes[slot] = hash;
        if (values != null) {
            values[slot] = value;
        }
        fill++;
        used++;
        return slot;
    }

    /** How many slots the table has (mask + 1): the positions a 2.7 dict iterator walks. */
    public int slotCount() {
        return keys.length;
    }

    /** The key in slot {@code slot}, or null when the slot is empty or deleted. */
    public PyObject liveKeyAt(int slot) {
        PyObject k = keys[slot];
        return k == DUMMY ? null : k;
    }

    /** The live keys in slot order: CPython's iteration order. */
    public List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(used);
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** The values in slot order (dict tables). */
    public List<PyObject> values() {
        List<PyObject> out = new ArrayList<>(used);
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                out.add(values[s]);
            }
        }
        return out;
    }

    /** The stored hashes of the live entries, in slot order. */
    long[] liveHashes() {
        long[] out = new long[used];
        int p = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                out[p++] = hashes[s];
            }
        }
        return out;
    }

    /**
     * frozenset's hash: an order-independent XOR of shuffled entry hashes and the size.
     * Compare frozenset_hash: 2.7 seeds with {@code 1927868237*(n+1)}; 3.x XORs that in at the end and
     * then disperses with {@code h ^= (h >> 11) ^ (h >> 25)}.
     */
    public long frozensetHash() {
        long n = used;
        long h;
        if (variant == Variant.PY27) {
            h = 1927868237L * (n + 1);
            for (long e : liveHashes()) {
                h ^= shuffle(e);
            }
        } else {
            h = 0;
            for (long e : liveHashes()) {
                h ^= shuffle(e);
            }
            h ^= (n + 1) * 1927868237L;
            h ^= (h >>> 11) ^ (h >>> 25);
        }
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
