package org.pyvm.core.runtime;

import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.LanguageFeature;

/** Iterators over the builtin containers, named as each version names them. */
public final class Iterators {
    private Iterators() {
    }

    /** An iterator for a builtin iterable, or null when {@code o} is not one. */
    static PyObject of(Runtime rt, PyObject o) {
        PyObject own = Overrides.call(rt, o, "__iter__"); // a subclass of a builtin iterating its own way
        if (own != null) {
            Ops.checkIterator(rt, own);
            return own;
        }
        return builtin(rt, o);
    }

    /** The builtin type's own iterator over {@code o} (a subclass's __iter__ aside: list.__iter__(self)); null for other objects. */
    static PyObject builtin(Runtime rt, PyObject o) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (o instanceof PyIterator i) {
            return i.iterable() ? o : null;
        }
        if (o instanceof org.pyvm.core.objects.PyIterable i) {
            return i.iterate();
        }
        if (o instanceof PyList l) {
            return overList(py2 ? "listiterator" : "list_iterator", l.items());
        }
        if (o instanceof PyTuple t) {
            return overArray(py2 ? "tupleiterator" : "tuple_iterator", t.items());
        }
        if (o instanceof PyRange r && r.isBig()) {
            return new PyIterator("longrange_iterator") {
                private final java.math.BigInteger n = r.bigLength();
                private java.math.BigInteger i = java.math.BigInteger.ZERO;

                @Override
                public PyObject next() {
                    if (i.compareTo(n) >= 0) {
                        return null;
                    }
                    PyObject v = PyInt.of(r.bigGet(i));
                    i = i.add(java.math.BigInteger.ONE);
                    return v;
                }
            };
        }
        if (o instanceof PyRange r) {
            return range(py2 ? "rangeiterator" : "range_iterator", r);
        }
        if (o instanceof PyStr s) {
            // 3.11 iterates an all-ASCII str with its own iterator type
            String kind = py2 ? "iterator" : rt.lang.minor() >= 11 && s.value().chars().allMatch(c -> c < 128) ? "str_ascii_iterator" : "str_iterator";
            return new PyIterator(kind) {
                private int i;

                @Override
                public PyObject next() {
                    return i < s.length() ? s.substring(i, ++i) : null;
                }

                @Override
                public long lengthHint() {
                    return Math.max(0, s.length() - i);
                }
            };
        }
        if (o instanceof PyDict d) {
            return overDict(rt, py2 ? "dictionary-keyiterator" : "dict_keyiterator", d, DictPart.KEYS);
        }
        if (o instanceof PySet s) {
            return overSet(py2 ? "setiterator" : "set_iterator", s);
        }
        if (o instanceof PyFrozenSet s) {
            return overList(py2 ? "setiterator" : "set_iterator", s.items());
        }
        if (o instanceof PyBytes b) {
            byte[] v = b.bytes();
            return new PyIterator(py2 ? "iterator" : "bytes_iterator") {
                private int i;

                @Override
                public PyObject next() {
                    if (i >= v.length) {
                        return null;
                    }
                    byte x = v[i++];
                    return py2 ? PyBytes.single(x) : PyInt.of(x & 0xff);
                }

                @Override
                public long lengthHint() {
                    return v.length - i;
                }
            };
        }
        return null;
    }

    /** What a dict iterator gives: the keys, the values or (key, value) pairs. */
    public enum DictPart { KEYS, VALUES, ITEMS }

    /**
     * Iterates a dict's keys, values or items as CPython's dict iterators walk its entries, live: a value set
     * meanwhile is seen, a deleted key is skipped, a new key is met at the end. A dict that grows or shrinks ends
     * the loop with RuntimeError (sticky, as di_used = -1 makes it); from 3.8, one whose keys changed with its size
     * kept fails once the iterator would give more items than the dict had. Exhausted, it stays so. 2.7's dicts
     * iterate over their table's slots.
     */
    public static PyIterator overDict(Runtime rt, String name, PyDict d, DictPart part) {
        int size = d.size();
        boolean keysChangedCheck = rt.lang.major() > 2 && rt.lang.minor() >= 8;
        return new PyIterator(name) {
            private int pos;
            private int remaining = size;
            private boolean broken;
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                if (broken || d.size() != size) {
                    broken = true;
                    throw PyError.raise("RuntimeError", "dictionary changed size during iteration");
                }
                PyObject k = null;
                int n = d.positions();
                while (k == null && pos < n) {
                    k = d.keyAt(pos++);
                }
                if (k == null) {
                    done = true;
                    return null;
                }
                if (remaining == 0 && keysChangedCheck) {
                    done = true;
                    throw PyError.raise("RuntimeError", "dictionary keys changed during iteration");
                }
                remaining--;
                return part == DictPart.KEYS ? k : part == DictPart.VALUES ? d.get(k) : PyTuple.of(k, d.get(k));
            }
        };
    }

    /** Iterates a set's items; a set that grows or shrinks meanwhile raises CPython's RuntimeError (setiter_iternext). */
    static PyIterator overSet(String name, PySet s) {
        int size = s.size();
        return new PyIterator(name) {
            private int pos;
            private boolean changed;
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                if (changed || s.size() != size) {
                    changed = true; // sticky
                    throw PyError.raise("RuntimeError", "Set changed size during iteration");
                }
                // the table's slots, live (setiter_iternext): an item swapped in at one size is met where it landed
                org.pyvm.core.objects.SetTable t = s.table();
                int n = t.slotCount();
                PyObject k = null;
                while (k == null && pos < n) {
                    k = t.liveKeyAt(pos++);
                }
                if (k == null) {
                    done = true;
                }
                return k;
            }
        };
    }

    /** Iterates a live list: items appended during the loop are seen, as in CPython. */
    public static PyIterator overList(String name, List<PyObject> items) {
        return new PyIterator(name) {
            private int i;
            /** Let go of at the end, as CPython's iterators drop their sequence: items appended later are not seen. */
            private List<PyObject> seq = items;

            @Override
            public PyObject next() {
                if (seq != null && i < seq.size()) {
                    return seq.get(i++);
                }
                seq = null;
                return null;
            }

            @Override
            public long lengthHint() {
                return seq == null ? 0 : Math.max(0, seq.size() - i);
            }
        };
    }

    /**
     * list.__reversed__ (listreviter): reads the live list from its last index down, so an item replaced meanwhile
     * is seen, and a list shrunk below the index ends the iteration.
     */
    public static PyIterator reversedList(String name, List<PyObject> items) {
        return new PyIterator(name) {
            private int i = items.size() - 1;
            private List<PyObject> seq = items;

            @Override
            public PyObject next() {
                if (seq != null && i >= 0 && i < seq.size()) {
                    return seq.get(i--);
                }
                seq = null;
                return null;
            }

            @Override
            public long lengthHint() {
                return seq == null || seq.size() < i + 1 ? 0 : i + 1;
            }
        };
    }

    /** Iterates the items of a tuple, which never change: its array itself, not a list copied from it at every loop. */
    static PyIterator overArray(String name, PyObject[] items) {
        return new PyIterator(name) {
            private int i;

            @Override
            public PyObject next() {
                return i < items.length ? items[i++] : null;
            }

            @Override
            public long lengthHint() {
                return items.length - i;
            }
        };
    }

    private static PyIterator range(String name, PyRange r) {
        return new PyIterator(name) {
            private final long n = r.length();
            private long i;

            @Override
            public PyObject next() {
                return i < n ? PyInt.of(r.get(i++)) : null;
            }

            @Override
            public long lengthHint() {
                return n - i;
            }
        };
    }

    /** The old sequence protocol: {@code o[0]}, {@code o[1]}... until IndexError. */
    static PyObject bySubscript(Runtime rt, PyObject o) {
        return new PyIterator("iterator") {
            private long i;
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                try {
                    return Ops.getitem(rt, o, PyInt.of(i++));
                } catch (PyError e) {
                    if (Exceptions.is(rt, e, "IndexError") || Exceptions.isStopIteration(rt, e)) {
                        done = true;
                        return null;
                    }
                    throw e;
                }
            }
        };
    }
}
