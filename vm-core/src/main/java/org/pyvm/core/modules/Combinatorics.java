package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * itertools' combinatoric iterators (product, permutations, combinations,
 * combinations_with_replacement) and groupby/pairwise. The combinatoric ones read their inputs
 * whole at the start, as CPython's do, and then yield tuples in lexicographic order of positions.
 */
final class Combinatorics {
    private Combinatorics() {
    }

    static void install(Runtime rt, ModuleBuilder m, boolean py2) {
        m.iteratorType("product", (a, kw) -> product(rt, a, kw));
        m.iteratorType("permutations", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "permutations", a, kw, 1, "iterable", "r");
            List<PyObject> pool = Ops.toList(rt, v[0]);
            int r = v[1] != null && v[1] != PyNone.NONE ? permutationSize(rt, v[1]) : pool.size();
            return permutations(pool, r);
        });
        m.iteratorType("combinations", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "combinations", a, kw, 2, "iterable", "r");
            int r = size(rt, v[1]); // parsed before the iterable is read
            return combinations(Ops.toList(rt, v[0]), r, false);
        });
        m.iteratorType("combinations_with_replacement", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "combinations_with_replacement", a, kw, 2, "iterable", "r");
            int r = size(rt, v[1]); // parsed before the iterable is read
            return combinations(Ops.toList(rt, v[0]), r, true);
        });
        m.iteratorType("groupby", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "groupby", a, kw, 1, "iterable", "key");
            return groupby(rt, v[0], v[1] == null ? PyNone.NONE : v[1]);
        });
        if (!py2 && rt.lang.minor() >= 10) {
            m.iteratorType("pairwise", (a, kw) -> {
                CArgs.unpack(rt, "pairwise", a, kw, 1, 1);
                PyObject it = Ops.iter(rt, a[0]);
                PyObject[] previous = {null};
                return ItertoolsModule.iterator("pairwise", () -> {
                    if (previous[0] == null && (previous[0] = Ops.next(rt, it)) == null) {
                        return null;
                    }
                    PyObject x = Ops.next(rt, it);
                    if (x == null) {
                        return null;
                    }
                    PyTuple pair = PyTuple.of(previous[0], x);
                    previous[0] = x;
                    return pair;
                });
            });
        }
    }

    /**
     * permutations' r: 3.x takes an int alone ("Expected int as r"; PyLong_Check), 2.7 converts it with
     * PyInt_AsSsize_t, which truncates a float.
     */
    private static int permutationSize(Runtime rt, PyObject o) {
        if (rt.lang.major() == 3 && !(o instanceof PyInt) && !(o instanceof org.pyvm.core.objects.PyBool)) {
            throw PyError.raise("TypeError", "Expected int as r");
        }
        if (rt.lang.major() == 2 && o instanceof org.pyvm.core.objects.PyFloat f) {
            return size(rt, PyInt.of((long) f.value));
        }
        return size(rt, o);
    }

    /** The r argument (getargs "n"): an index, not negative. */
    private static int size(Runtime rt, PyObject o) {
        long r = ItertoolsModule.ssize(rt, o);
        if (r < 0) {
            throw PyError.raise("ValueError", "r must be non-negative");
        }
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    /** product's repeat: 2.7 takes an int alone ("an integer is required"), 3.x an index (getargs "n"). */
    private static long repeatCount(Runtime rt, PyObject r) {
        if (rt.lang.major() == 3) {
            return ItertoolsModule.ssize(rt, r);
        }
        if (!(r instanceof PyInt i) || i.big != null) {
            throw PyError.raise("TypeError", "an integer is required");
        }
        return i.small;
    }

    private static PyObject product(Runtime rt, PyObject[] a, String[] kw) {
        int npos = ModuleSupport.positional(a, kw);
        int repeat = 1;
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (!kw[k].equals("repeat")) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                        + (rt.lang.major() == 3 && rt.lang.minor() >= 7 ? "product()" : "this function"));
            }
            long r = repeatCount(rt, a[npos + k]);
            if (r < 0) {
                throw PyError.raise("ValueError", "repeat argument cannot be negative");
            }
            repeat = (int) Math.min(r, Integer.MAX_VALUE);
        }
        List<List<PyObject>> pools = new ArrayList<>();
        for (int i = 0; i < npos; i++) {
            pools.add(Ops.toList(rt, a[i]));
        }
        List<List<PyObject>> all = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            all.addAll(pools);
        }
        int[] index = new int[all.size()];
        boolean[] done = {all.stream().anyMatch(List::isEmpty)};
        boolean[] first = {true};
        return ItertoolsModule.iterator("product", () -> {
            if (done[0]) {
                return null;
            }
            if (!first[0]) {
                int i = index.length - 1;
                while (i >= 0 && ++index[i] == all.get(i).size()) {
                    index[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done[0] = true;
                    return null;
                }
            }
            first[0] = false;
            PyObject[] items = new PyObject[index.length];
            for (int i = 0; i < index.length; i++) {
                items[i] = all.get(i).get(index[i]);
            }
            return PyTuple.of(items);
        });
    }

    private static PyObject permutations(List<PyObject> pool, int r) {
        int n = pool.size();
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        int[] cycles = new int[Math.max(r, 0)];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
        boolean[] done = {r > n};
        boolean[] first = {true};
        return ItertoolsModule.iterator("permutations", () -> {
            if (done[0]) {
                return null;
            }
            if (!first[0] && !advancePermutation(indices, cycles, n, r)) {
                done[0] = true;
                return null;
            }
            first[0] = false;
            PyObject[] items = new PyObject[r];
            for (int i = 0; i < r; i++) {
                items[i] = pool.get(indices[i]);
            }
            return PyTuple.of(items);
        });
    }

    /** The next r-permutation of positions in lexicographic order (the cycles method); false after the last. */
    private static boolean advancePermutation(int[] indices, int[] cycles, int n, int r) {
        for (int i = r - 1; i >= 0; i--) {
            cycles[i]--;
            if (cycles[i] == 0) {
                int moved = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = moved;
                cycles[i] = n - i;
            } else {
                int j = n - cycles[i];
                int t = indices[i];
                indices[i] = indices[j];
                indices[j] = t;
                return true;
            }
        }
        return false;
    }

    private static PyObject combinations(List<PyObject> pool, int r, boolean replacement) {
        int n = pool.size();
        int[] indices = new int[r];
        for (int i = 0; i < r; i++) {
            indices[i] = replacement ? 0 : i;
        }
        boolean[] done = {replacement ? n == 0 && r > 0 : r > n};
        boolean[] first = {true};
        return ItertoolsModule.iterator(replacement ? "combinations_with_replacement" : "combinations", () -> {
            if (done[0]) {
                return null;
            }
            if (!first[0]) {
                int i = r - 1;
                while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r)) {
                    i--;
                }
                if (i < 0) {
                    done[0] = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
                }
            }
            first[0] = false;
            PyObject[] items = new PyObject[r];
            for (int i = 0; i < r; i++) {
                items[i] = pool.get(indices[i]);
            }
            return PyTuple.of(items);
        });
    }

    /**
     * groupby: (key, group) pairs; a group is a view on the shared source that ends where the key
     * changes. From 3.8 a group is empty once the outer iterator has moved on; before that (2.7, 3.6)
     * a stale group still yields while the shared current key equals its own, as CPython's did.
     */
    private static PyObject groupby(Runtime rt, PyObject iterable, PyObject keyFunc) {
        PyObject source = Ops.iter(rt, iterable);
        boolean staleGroupsEnd = rt.lang.major() > 3 || (rt.lang.major() == 3 && rt.lang.minor() >= 8);
        // [0] current value (null once a group took it), [1] its key, [2] the key of the group handed out last
        PyObject[] state = new PyObject[3];
        boolean[] ended = {false};
        Object[] currentGroup = {null};
        java.util.function.BooleanSupplier pull = () -> {
            PyObject v = ended[0] ? null : Ops.next(rt, source);
            if (v == null) {
                ended[0] = true;
                return false;
            }
            state[0] = v;
            state[1] = keyFunc == PyNone.NONE ? v : Ops.call(rt, keyFunc, v);
            return true;
        };
        return ItertoolsModule.iterator("groupby", () -> {
            currentGroup[0] = null; // asking for the next group ends the current one, even at the end
            if (ended[0]) {
                return null;
            }
            if (state[0] == null && !pull.getAsBoolean()) {
                return null;
            }
            // skip what is left of the previous group
            while (state[2] != null && Ops.eq(rt, state[1], state[2])) {
                if (!pull.getAsBoolean()) {
                    return null;
                }
            }
            PyObject key = state[1];
            state[2] = key;
            Object marker = new Object();
            currentGroup[0] = marker;
            PyObject group = ItertoolsModule.iterator("_grouper", () -> {
                if (staleGroupsEnd && currentGroup[0] != marker) {
                    return null;
                }
                if (state[0] == null && !pull.getAsBoolean()) {
                    return null;
                }
                if (!Ops.eq(rt, state[1], key)) {
                    return null;
                }
                PyObject v = state[0];
                state[0] = null;
                return v;
            });
            return PyTuple.of(key, group);
        });
    }
}
