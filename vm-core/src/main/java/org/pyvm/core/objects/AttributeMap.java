package org.pyvm.core.objects;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An instance's attributes while no program holds its {@code __dict__}: names and values in two small arrays in
 * insertion order, as a LinkedHashMap keeps them. An instance has a handful of attributes, and their names are
 * interned when code is read, so a scan comparing references finds one sooner than hashing does, and two arrays
 * take half of what a LinkedHashMap's table and entry objects do (an object with two attributes: 104 bytes,
 * not 216). Past {@link #SMALL} names it keeps them in a LinkedHashMap after all.
 */
public final class AttributeMap extends AbstractMap<String, PyObject> {
    /** Names kept in the arrays; an instance used as a namespace of more gets a hash map. */
    static final int SMALL = 12;

    private String[] names = new String[4];
    private PyObject[] values = new PyObject[4];
    private int size;
    /** The attributes once there are more than {@link #SMALL} (the arrays are then unused). */
    private LinkedHashMap<String, PyObject> big;
    /**
     * Bit {@code hashCode() & 63} of every name put here (a removed name's bit stays): a name whose bit is clear is
     * not here, found without a scan. Most lookups that miss are LOAD_METHOD's, at every call of a method on an
     * instance, asking whether the instance's own attributes hide it.
     */
    private long hashBits;

    /** Whether a name was ever put here (2.7: an instance whose dict was made says "no attribute" differently). */
    public boolean everHeld() {
        return hashBits != 0 || big != null;
    }

    private int indexOf(Object name) {
        String[] ns = names;
        int n = size;
        if (!(name instanceof String s)) {
            for (int i = 0; i < n; i++) {
                if (ns[i] == name) {
                    return i;
                }
            }
            return -1;
        }
        int h = s.hashCode(); // kept in the String
        if ((hashBits & (1L << h)) == 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (ns[i] == s) {
                return i; // names are interned when code is read
            }
        }
        for (int i = 0; i < n; i++) {
            if (ns[i].hashCode() == h && ns[i].equals(s)) {
                return i; // a name made at run time (setattr, a computed string)
            }
        }
        return -1;
    }

    @Override
    public PyObject get(Object name) {
        if (big != null) {
            return big.get(name);
        }
        int i = indexOf(name);
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object name) {
        return big != null ? big.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public PyObject put(String name, PyObject value) {
        if (big != null) {
            return big.put(name, value);
        }
        int i = indexOf(name);
        if (i >= 0) {
            PyObject old = values[i];
            values[i] = value;
            return old;
        }
        if (size == SMALL) {
            big = new LinkedHashMap<>();
            for (int k = 0; k < size; k++) {
                big.put(names[k], values[k]);
            }
            names = null;
            values = null;
            size = 0;
            return big.put(name, value);
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        hashBits |= 1L << java.util.Objects.hashCode(name);
        return null;
    }

    @Override
    public PyObject remove(Object name) {
        if (big != null) {
            return big.remove(name);
        }
        int i = indexOf(name);
        return i >= 0 ? removeAt(i) : null;
    }

    private PyObject removeAt(int i) {
        PyObject old = values[i];
        System.arraycopy(names, i + 1, names, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        names[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public int size() {
        return big != null ? big.size() : size;
    }

    @Override
    public void clear() {
        if (big != null) {
            big.clear();
            return;
        }
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        hashBits = 0;
    }

    @Override
    public Set<Map.Entry<String, PyObject>> entrySet() {
        return big != null ? big.entrySet() : new Entries();
    }

    /** The attributes in insertion order; an entry's setValue and the iterator's remove write through. */
    private final class Entries extends AbstractSet<Map.Entry<String, PyObject>> {
        @Override
        public int size() {
            return AttributeMap.this.size();
        }

        @Override
        public Iterator<Map.Entry<String, PyObject>> iterator() {
            if (big != null) {
                return big.entrySet().iterator();
            }
            return new Iterator<>() {
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Map.Entry<String, PyObject> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int i = last = next++;
                    return new SimpleEntry<>(names[i], values[i]) {
                        @Override
                        public PyObject setValue(PyObject value) {
                            values[i] = value;
                            return super.setValue(value);
                        }
                    };
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                }
            };
        }
    }
}
