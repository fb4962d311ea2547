package org.pyvm.core.builtins;

/**
 * Tim Peters' adaptive, stable, natural merge sort as CPython's {@code list.sort} runs it
 * (described in CPython's Objects/listsort.txt), written so that it asks the "less than"
 * question in exactly the same order, with exactly the same operands, as CPython does.
 * Programs whose {@code __lt__} (or 2.7 {@code cmp} function) prints or counts see the same
 * calls; inconsistent comparisons and comparisons that raise leave the same arrangement.
 *
 * <p>It sorts {@code keys} in place and moves {@code values} (when not null) in tandem: with a
 * key function the keys are the computed keys and the values the list's items.
 *
 * <p>Only the merge policy differs between the versions: 2.7-3.10 keep the run stack's
 * classic length invariants, 3.11 merges by powersort's node powers.
 */
final class TimSort {
    /** The only question asked of the items: {@code x < y}. May throw (a Python exception). */
    interface LessThan {
        boolean lt(Object x, Object y);
    }

    /** When runs on the pending stack are merged. */
    enum MergePolicy {
        /** listsort.txt's invariants: each run longer than the next, and than the next two together. */
        CLASSIC_STACK,
        /** listsort.txt's "powersort": merge while the run below has a greater power. */
        POWERSORT
    }

    /** Lists shorter than this are only binary-insertion sorted; runs are at least minrun long. */
    static final int MAX_MINRUN = 64;
    /** How many wins in a row switch a merge into galloping mode (the adaptive threshold's start). */
    static final int MIN_GALLOP = 7;

    private final Object[] keys;
    private final Object[] values;
    private final LessThan lt;
    private final MergePolicy policy;

    /** Adaptive galloping threshold, carried from merge to merge as listsort.txt describes. */
    private int minGallop = MIN_GALLOP;
    private Object[] tmpKeys = new Object[0];
    private Object[] tmpValues = new Object[0];

    /** The pending runs: start, length and (powersort) power of each, bottom first. */
    private int[] runBase = new int[16];
    private int[] runLen = new int[16];
    private int[] runPower = new int[16];
    private int stackSize;

    private TimSort(Object[] keys, Object[] values, LessThan lt, MergePolicy policy) {
        this.keys = keys;
        this.values = values;
        this.lt = lt;
        this.policy = policy;
    }

    /**
     * Sorts {@code keys} (and {@code values} alongside, if not null). If {@code lt} throws, the
     * exception propagates and both arrays hold every element once, partly sorted, exactly as
     * CPython leaves them.
     */
    static void sort(Object[] keys, Object[] values, LessThan lt, MergePolicy policy) {
        if (values != null && values.length != keys.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        new TimSort(keys, values, lt, policy).run();
    }

    /** listsort.txt's minrun: n itself below 64, else a k in [32, 64] with n/k just below a power of 2. */
    static int computeMinrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void run() {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        int minrun = computeMinrun(n);
        int lo = 0;
        int remaining = n;
        do {
            int len = countRun(lo, lo + remaining);
            if (len < minrun) {
                // a short natural run is extended to minrun by binary insertion
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + len);
                len = force;
            }
            if (policy == MergePolicy.POWERSORT) {
                foundNewRun(lo, len);
                push(lo, len);
            } else {
                push(lo, len);
                mergeCollapse();
            }
            lo += len;
            remaining -= len;
        } while (remaining > 0);
        mergeForceCollapse();
    }

    // ------------------------------------------------------------------ runs and insertion

    /**
     * The length of the run starting at lo: non-descending, or strictly descending (then reversed
     * in place, which keeps the sort stable because no two of its items are equal).
     */
    private int countRun(int lo, int hi) {
        int i = lo + 1;
        if (i == hi) {
            return 1;
        }
        int n = 2;
        if (lt.lt(keys[i], keys[i - 1])) {
            for (i++; i < hi && lt.lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
            reverse(lo, lo + n);
        } else {
            for (i++; i < hi && !lt.lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    private void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    private static void reverse(Object[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            Object t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /**
     * Binary insertion of keys[start..hi) into the sorted keys[lo..start). Each item's place is
     * found before anything moves, so an exception leaves every item where it was.
     */
    private void binarySort(int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt.lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    // ------------------------------------------------------------------ the run stack

    private void push(int base, int len) {
        if (stackSize == runBase.length) {
            runBase = java.util.Arrays.copyOf(runBase, stackSize * 2);
            runLen = java.util.Arrays.copyOf(runLen, stackSize * 2);
            runPower = java.util.Arrays.copyOf(runPower, stackSize * 2);
        }
        runBase[stackSize] = base;
        runLen[stackSize] = len;
        stackSize++;
    }

    /**
     * Classic policy: restore the invariants len[-3] > len[-2] + len[-1] and len[-2] > len[-1]
     * over the top of the stack (including the fix that checks one run deeper, listsort.txt's
     * note on the 2015 invariant bug), merging the smaller neighbour first.
     */
    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]
                    || n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n]) {
                if (runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (runLen[n] <= runLen[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    /**
     * Powersort policy: the run on top of the stack and the new run next to it get a "power"
     * (their boundary's depth in a notional binary merge tree over the whole list); runs below
     * with a greater power are merged before the new run is pushed.
     */
    private void foundNewRun(int base2, int n2) {
        if (stackSize == 0) {
            return;
        }
        int s1 = runBase[stackSize - 1];
        int n1 = runLen[stackSize - 1];
        int power = power(s1, n1, n2, keys.length);
        while (stackSize > 1 && runPower[stackSize - 2] > power) {
            mergeAt(stackSize - 2);
        }
        runPower[stackSize - 1] = power;
    }

    /**
     * The power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n:
     * the first bit at which the binary fractions of the two runs' midpoints (over n) differ.
     * Doubled midpoints keep the arithmetic in integers.
     */
    static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** At the end, merge everything left, always merging the smaller neighbour of the second-from-top. */
    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** Merges runs i and i+1 of the stack (i is the second- or third-from-top). */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        // the stack shrinks before the merge, so an exception leaves it consistent with CPython's
        runLen[i] = na + nb;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        stackSize--;

        // items of A already below B's first item stay put
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        // items of B already above A's last item stay put
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb == 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    // ------------------------------------------------------------------ galloping

    /**
     * Where key goes in the sorted a[base..base+n): the k with a[k-1] < key <= a[k] (left of any
     * equal items). Gallops from hint by offsets 1, 3, 7, ... then binary-searches the last gap.
     */
    private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt.lt(a[h], key)) {
            // a[hint] < key: gallop right until a[hint+lastOfs] < key <= a[hint+ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt.lt(a[h + ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt.lt(a[h - ofs], key)) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt.lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like gallopLeft, but right of any equal items: the k with a[k-1] <= key < a[k]. */
    private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt.lt(key, a[h])) {
            // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt.lt(key, a[h - ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            // a[hint] <= key: gallop right until a[hint+lastOfs] <= key < a[hint+ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt.lt(key, a[h + ofs])) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt.lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    // ------------------------------------------------------------------ merging

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new Object[need];
            if (values != null) {
                tmpValues = new Object[need];
            }
        }
    }

    /** Copies n slots (keys, and values alongside) between the main arrays and the temp arrays. */
    private void copy(boolean fromTmp, int src, boolean toTmp, int dst, int n) {
        System.arraycopy(fromTmp ? tmpKeys : keys, src, toTmp ? tmpKeys : keys, dst, n);
        if (values != null) {
            System.arraycopy(fromTmp ? tmpValues : values, src, toTmp ? tmpValues : values, dst, n);
        }
    }

    private static final boolean MAIN = false;
    private static final boolean TMP = true;

    /**
     * Merges A = [pa, pa+na) and B = [pb, pb+nb) (adjacent, na <= nb, A's first item above B's
     * first, A's last above B's last) left to right, with A copied aside. One-pair-at-a-time
     * mode until one side wins minGallop times in a row, then galloping mode until neither side
     * wins MIN_GALLOP in a row. If a comparison raises, what is left of A goes back into the gap,
     * so every item is present once.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        copy(MAIN, pa, TMP, 0, na);
        int a = 0;
        int b = pb;
        int dest = pa;
        try {
            copy(MAIN, b++, MAIN, dest++, 1);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB(a, b, dest, na, nb);
                na = 0;
                return;
            }
            int mg = minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                // straightforward merging until one run seems to win consistently
                for (;;) {
                    if (lt.lt(keys[b], tmpKeys[a])) {
                        copy(MAIN, b++, MAIN, dest++, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        copy(TMP, a++, MAIN, dest++, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB(a, b, dest, na, nb);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                // galloping; each round in it lowers the threshold, leaving raises it
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    acount = k;
                    if (k != 0) {
                        copy(TMP, a, MAIN, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyB(a, b, dest, na, nb);
                            na = 0;
                            return;
                        }
                        // impossible for a consistent "<", but a program's need not be
                        if (na == 0) {
                            return;
                        }
                    }
                    copy(MAIN, b++, MAIN, dest++, 1);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        copy(MAIN, b, MAIN, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    copy(TMP, a++, MAIN, dest++, 1);
                    if (--na == 1) {
                        copyB(a, b, dest, na, nb);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            // normal end or a comparison raised: the rest of A fills the gap left for it
            if (na > 0) {
                copy(TMP, a, MAIN, dest, na);
            }
        }
    }

    /** mergeLo's ending when A is down to its last item, which belongs after all of B's rest. */
    private void copyB(int a, int b, int dest, int na, int nb) {
        copy(MAIN, b, MAIN, dest, nb);
        copy(TMP, a, MAIN, dest + nb, 1);
    }

    /**
     * The mirror of mergeLo for na > nb: B is copied aside and the merge runs right to left.
     * If a comparison raises, what is left of B goes back into the gap.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        copy(MAIN, pb, TMP, 0, nb);
        int dest = pb + nb - 1;
        int a = pa + na - 1;
        int b = nb - 1;
        try {
            copy(MAIN, a--, MAIN, dest--, 1);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA(a, dest, na);
                nb = 0;
                return;
            }
            int mg = minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt.lt(tmpKeys[b], keys[a])) {
                        copy(MAIN, a--, MAIN, dest--, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        copy(TMP, b--, MAIN, dest--, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA(a, dest, na);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = na - gallopRight(tmpKeys[b], keys, pa, na, na - 1);
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        copy(MAIN, a + 1, MAIN, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    copy(TMP, b--, MAIN, dest--, 1);
                    if (--nb == 1) {
                        copyA(a, dest, na);
                        nb = 0;
                        return;
                    }
                    k = nb - gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        copy(TMP, b + 1, MAIN, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA(a, dest, na);
                            nb = 0;
                            return;
                        }
                        // impossible for a consistent "<", but a program's need not be
                        if (nb == 0) {
                            return;
                        }
                    }
                    copy(MAIN, a--, MAIN, dest--, 1);
                    if (--na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            // normal end or a comparison raised: the rest of B (tmp[0..nb)) fills the gap
            if (nb > 0) {
                copy(TMP, 0, MAIN, dest - (nb - 1), nb);
            }
        }
    }

    /** mergeHi's ending when B is down to its first item, which belongs before all of A's rest. */
    private void copyA(int a, int dest, int na) {
        copy(MAIN, a - na + 1, MAIN, dest - na + 1, na);
        copy(TMP, 0, MAIN, dest - na, 1);
    }
}
