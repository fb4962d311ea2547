package org.pyvm.core.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyvm.core.builtins.TimSort.MergePolicy;

/**
 * TimSort on its own, with a comparator that counts and records every "less than" it is asked.
 * The exact call sequences below were printed by CPython 2.7.18 and 3.11.7 (identical for lists
 * this short) for objects whose __lt__ logs "x<y".
 */
class TimSortTest {
    /** An item: its sort value and its original position (to check stability and the permutation). */
    record Item(int v, int id) {
    }

    static final class Recorder implements TimSort.LessThan {
        final List<String> calls = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public boolean lt(Object x, Object y) {
            if (calls.size() >= failAfter) {
                throw new IllegalStateException("comparison " + calls.size() + " fails");
            }
            Item a = (Item) x;
            Item b = (Item) y;
            calls.add(a.v + "<" + b.v);
            return a.v < b.v;
        }
    }

    static Item[] items(int... values) {
        Item[] out = new Item[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new Item(values[i], i);
        }
        return out;
    }

    static List<String> callsFor(MergePolicy policy, int... values) {
        Recorder r = new Recorder();
        TimSort.sort(items(values), null, r, policy);
        return r.calls;
    }

    static void assertSortedStably(Item[] sorted) {
        Item[] expected = sorted.clone();
        Arrays.sort(expected, Comparator.comparingInt(Item::id));
        Arrays.sort(expected, Comparator.comparingInt(Item::v)); // Arrays.sort on objects is stable
        assertArrayEquals(expected, sorted);
    }

    static void assertPermutation(Item[] original, Item[] now) {
        Item[] a = original.clone();
        Item[] b = now.clone();
        Arrays.sort(a, Comparator.comparingInt(Item::id));
        Arrays.sort(b, Comparator.comparingInt(Item::id));
        assertArrayEquals(a, b, "every item present exactly once");
    }

    @Test
    void asksLessThanInCPythonsOrder() {
        for (MergePolicy p : MergePolicy.values()) {
            assertEquals(List.of("1<3", "2<1", "2<3", "2<1"), callsFor(p, 3, 1, 2));
            assertEquals(List.of("4<5", "3<4", "2<3", "1<2"), callsFor(p, 5, 4, 3, 2, 1));
            assertEquals(List.of("2<1", "3<2", "4<3"), callsFor(p, 1, 2, 3, 4));
            assertEquals(List.of("2<2", "1<2", "1<2", "1<2", "1<2", "1<1"), callsFor(p, 2, 2, 1, 1));
            assertEquals(List.of("1<4", "3<1", "3<4", "3<1", "1<3", "1<1", "2<3", "2<1", "0<2", "0<1", "0<1",
                    "5<2", "5<4", "2<2", "2<4", "2<3"), callsFor(p, 4, 1, 3, 1, 2, 0, 5, 2));
        }
    }

    @Test
    void shortListsAskNothing() {
        assertEquals(List.of(), callsFor(MergePolicy.CLASSIC_STACK));
        assertEquals(List.of(), callsFor(MergePolicy.POWERSORT, 42));
    }

    @Test
    void aNaturalRunCostsOneComparisonPerItem() {
        int[] up = new int[1000];
        int[] down = new int[1000];
        for (int i = 0; i < up.length; i++) {
            up[i] = i;
            down[i] = -i;
        }
        assertEquals(999, callsFor(MergePolicy.POWERSORT, up).size());
        // strictly descending: one run, reversed in place
        Recorder r = new Recorder();
        Item[] a = items(down);
        TimSort.sort(a, null, r, MergePolicy.CLASSIC_STACK);
        assertEquals(999, r.calls.size());
        assertEquals(-999, a[0].v());
        assertEquals(999, a[0].id());
    }

    @Test
    void descendingRunsWithEqualItemsAreNotReversedPastThem() {
        // 3,3 is not strictly descending, so reversing it would break stability
        Item[] a = items(3, 3, 2, 2, 1, 1);
        TimSort.sort(a, null, new Recorder(), MergePolicy.CLASSIC_STACK);
        assertSortedStably(a);
    }

    @Test
    void minrunFollowsListsortTxt() {
        assertEquals(63, TimSort.computeMinrun(63));
        assertEquals(32, TimSort.computeMinrun(64));
        assertEquals(33, TimSort.computeMinrun(65));
        assertEquals(38, TimSort.computeMinrun(150));
        assertEquals(32, TimSort.computeMinrun(1 << 20));
        assertEquals(33, TimSort.computeMinrun((1 << 20) + 1));
        assertEquals(61, TimSort.computeMinrun(976)); // 976 / 61 = 16, a power of 2
    }

    @Test
    void powerIsTheDepthWhereTheMidpointsSplit() {
        // two halves of a list: their boundary is the root of the merge tree
        assertEquals(1, TimSort.power(0, 50, 50, 100));
        assertEquals(2, TimSort.power(0, 25, 25, 100));
        assertEquals(2, TimSort.power(50, 25, 25, 100));
        assertEquals(3, TimSort.power(0, 10, 10, 100));
    }

    @Test
    void sortsStablyForManyShapesAndBothPolicies() {
        Random rnd = new Random(7);
        for (MergePolicy p : MergePolicy.values()) {
            for (int n : new int[] {2, 3, 10, 31, 64, 65, 100, 257, 1000, 5000}) {
                for (int range : new int[] {2, 10, n * 4}) {
                    int[] v = new int[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = rnd.nextInt(range);
                    }
                    Item[] a = items(v);
                    TimSort.sort(a, null, new Recorder(), p);
                    assertSortedStably(a);
                }
            }
        }
    }

    @Test
    void valuesMoveWithTheirKeys() {
        Random rnd = new Random(11);
        Item[] keys = new Item[3000];
        String[] values = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Item(rnd.nextInt(100), i);
            values[i] = "v" + i;
        }
        TimSort.sort(keys, values, new Recorder(), MergePolicy.POWERSORT);
        assertSortedStably(keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals("v" + keys[i].id(), values[i]);
        }
    }

    @Test
    void thePoliciesMergeDifferentlyButAgree() {
        // several runs of unequal lengths: the classic invariants and powersort pick other merges
        Random rnd = new Random(3);
        List<Integer> v = new ArrayList<>();
        for (int len : new int[] {300, 70, 70, 70, 65, 400, 80, 90, 66, 500}) {
            int[] run = rnd.ints(len, 0, 1000).sorted().toArray();
            for (int x : run) {
                v.add(x);
            }
        }
        int[] values = v.stream().mapToInt(Integer::intValue).toArray();
        Recorder classic = new Recorder();
        Item[] a = items(values);
        TimSort.sort(a, null, classic, MergePolicy.CLASSIC_STACK);
        Recorder power = new Recorder();
        Item[] b = items(values);
        TimSort.sort(b, null, power, MergePolicy.POWERSORT);
        assertNotEquals(classic.calls, power.calls);
        assertArrayEquals(a, b);
        assertSortedStably(a);
    }

    @Test
    void aComparisonThatThrowsLeavesEveryItemOnce() {
        int[][] inputs = {
            new Random(5).ints(300, 0, 50).toArray(),
            // two long runs: failures land in merge_lo, then merge_hi, also while galloping
            concat(range(0, 400, 2), range(1, 1001, 2)),
            concat(range(0, 1000, 2), range(1, 401, 2)),
            concat(range(0, 300, 1), range(100, 110, 1), range(120, 420, 1)),
        };
        for (int[] input : inputs) {
            for (MergePolicy p : MergePolicy.values()) {
                Recorder all = new Recorder();
                TimSort.sort(items(input), null, all, p);
                int total = all.calls.size();
                for (int k = 0; k < total; k += 7) {
                    Item[] original = items(input);
                    Item[] a = original.clone();
                    String[] values = new String[a.length];
                    for (int i = 0; i < a.length; i++) {
                        values[i] = "v" + i;
                    }
                    Recorder r = new Recorder();
                    r.failAfter = k;
                    assertThrows(IllegalStateException.class, () -> TimSort.sort(a, values, r, p));
                    assertPermutation(original, a);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals("v" + a[i].id(), values[i], "values stay with their keys");
                    }
                }
            }
        }
    }

    @Test
    void anInconsistentComparisonNeverBreaksTheSort() {
        // "random" answers violate every assumption of the merge; CPython survives them, so must we
        for (MergePolicy p : MergePolicy.values()) {
            for (int seed = 0; seed < 40; seed++) {
                Random rnd = new Random(seed);
                Item[] original = items(rnd.ints(200 + seed * 37, 0, 1000).toArray());
                Item[] a = original.clone();
                TimSort.sort(a, null, (x, y) -> rnd.nextInt(3) == 0, p);
                assertPermutation(original, a);
            }
        }
    }

    @Test
    void itemsAreNotCopiedOrReplaced() {
        Item[] a = items(5, 1, 4);
        Item five = a[0];
        TimSort.sort(a, null, new Recorder(), MergePolicy.POWERSORT);
        assertSame(five, a[2]);
        assertTrue(a[0].v() == 1 && a[1].v() == 4);
    }

    static int[] range(int from, int to, int step) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i += step) {
            out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }
}
