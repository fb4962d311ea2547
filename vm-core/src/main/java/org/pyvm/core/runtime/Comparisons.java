package org.pyvm.core.runtime;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/** {@code <, <=, ==, !=, >, >=} with each version's rules (2.7 orders objects of different types). */
final class Comparisons {
    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final Comparison[] SWAPPED = {Comparison.GT, Comparison.GE, Comparison.EQ, Comparison.NE, Comparison.LT, Comparison.LE};

    private Comparisons() {
    }

    static PyObject richCompare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        if (a instanceof org.pyvm.core.objects.UserSubclass || b instanceof org.pyvm.core.objects.UserSubclass) {
            PyObject own = Overrides.compare(rt, c, a, b);
            if (own != null) {
                return own;
            }
        }
        return richCompareBuiltin(rt, c, a, b);
    }

    /** The comparison without a builtin subclass's own methods (what {@code int.__lt__(self, other)} does). */
    static PyObject richCompareBuiltin(Runtime rt, Comparison c, PyObject a, PyObject b) {
        if (a instanceof PyInstance || b instanceof PyInstance || Ops.hasProgramMetaclass(a) || Ops.hasProgramMetaclass(b)) {
            enterComparison(rt); // PyObject_RichCompare's own recursion level, before the methods' calls
            try {
                return instancesCompared(rt, c, a, b);
            } finally {
                rt.leave();
            }
        }
        if (c != Comparison.EQ && c != Comparison.NE) {
            PyObject[][] items = sequenceItems(a, b, rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING));
            if (items != null) {
                return sequenceOrder(rt, c, items[0], items[1]);
            }
        }
        int cmp = compareBuiltins(rt, c, a, b);
        return PyBool.of(outcome(c, cmp));
    }

    /** {@code a op b} where a program's class (or metaclass) may define it: its methods, else the fallbacks. */
    private static PyObject instancesCompared(Runtime rt, Comparison c, PyObject a, PyObject b) {
        PyObject r;
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            r = tryRichCompare27(rt, c, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            return fallbackCompare(rt, c, a, b);
        }
        // b's reflected method first when b's class is a proper subclass of a's (do_richcompare)
        boolean reflectedFirst = Ops.subclassOperandFirst(rt, a, b);
        if (reflectedFirst) {
            r = Ops.callMethod(rt, b, DUNDER[SWAPPED[c.ordinal()].ordinal()], a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        r = Ops.callMethod(rt, a, DUNDER[c.ordinal()], b);
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedFirst) {
            r = Ops.callMethod(rt, b, DUNDER[SWAPPED[c.ordinal()].ordinal()], a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return fallbackCompare(rt, c, a, b);
    }

    /**
     * The items of two lists, two tuples or two slices (as the tuples start, stop, step); null for anything else.
     * 2.7's slices have no rich comparison ({@code threeWaySlices}): slice_compare cmp()s start, stop and step.
     */
    private static PyObject[][] sequenceItems(PyObject a, PyObject b, boolean threeWaySlices) {
        if (a instanceof PyList x && b instanceof PyList y) {
            return new PyObject[][] {x.items().toArray(new PyObject[0]), y.items().toArray(new PyObject[0])};
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return new PyObject[][] {x.items(), y.items()};
        }
        if (a instanceof org.pyvm.core.objects.PySlice x && b instanceof org.pyvm.core.objects.PySlice y && !threeWaySlices) {
            return new PyObject[][] {{x.start, x.stop, x.step}, {y.start, y.stop, y.step}};
        }
        return null;
    }

    /**
     * {@code <, <=, >, >=} of two sequences as list_richcompare and tuplerichcompare make it: the first pair of items
     * that are not equal decides, by that same operator applied to them (whatever object it gives: a set's subset
     * answer, a program's {@code __gt__}); equal items throughout leave it to the lengths.
     */
    private static PyObject sequenceOrder(Runtime rt, Comparison c, PyObject[] x, PyObject[] y) {
        enterComparison(rt);
        try {
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (!Ops.eq(rt, x[i], y[i])) {
                    return richCompare(rt, c, x[i], y[i]);
                }
            }
            return PyBool.of(outcome(c, Integer.compare(x.length, y.length)));
        } finally {
            rt.leave();
        }
    }

    /** When no rich comparison decided: 2.7's {@code __cmp__}, then identity for == and !=, then the default order. */
    private static PyObject fallbackCompare(Runtime rt, Comparison c, PyObject a, PyObject b) {
        if (rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING)) {
            Integer byCmp = threeWay(rt, a, b);
            if (byCmp != null) {
                return PyBool.of(outcome(c, byCmp));
            }
        }
        if (c == Comparison.EQ || c == Comparison.NE) {
            return PyBool.of((a == b) == (c == Comparison.EQ));
        }
        return PyBool.of(outcome(c, mixedOrder(rt, c, a, b)));
    }

    /**
     * 2.7's try_rich_compare (after the same-type shortcut): b's type's slot first when it is a proper subclass, then a's, then b's. A class's
     * slot (slot_tp_richcompare, or a classic instance's instance_richcompare) itself asks its own operand's method
     * and then the other's reflected one, so when both decline each method is asked twice, as in CPython.
     */
    private static PyObject tryRichCompare27(Runtime rt, Comparison c, PyObject a, PyObject b) {
        Comparison swapped = SWAPPED[c.ordinal()];
        boolean slotA = hasRichSlot27(rt, a);
        boolean slotB = hasRichSlot27(rt, b);
        PyType ta = rt.types.of(a);
        PyType tb = rt.types.of(b);
        PyObject r;
        if (ta == tb && slotA && !isClassic(a)) {
            // PyObject_RichCompare's same-type shortcut asks the slot once before the full two-sided try
            r = slotCompare27(rt, c, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (ta != tb && tb.isSubtypeOf(ta) && slotB) {
            r = slotCompare27(rt, swapped, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotA) {
            r = slotCompare27(rt, c, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return slotB ? slotCompare27(rt, swapped, b, a) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /**
     * The comparison slot of x's type: x's own method, then (for a program's class or a classic instance) y's
     * reflected one where y's type has the same kind of slot; a builtin type's own comparison asks x alone.
     */
    private static PyObject slotCompare27(Runtime rt, Comparison c, PyObject x, PyObject y) {
        PyObject r = halfCompare(rt, c, x, y);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        boolean sameKind = isClassic(x) ? isClassic(y) : !isClassic(y) && programSlot(rt, x) && programSlot(rt, y);
        return sameKind ? halfCompare(rt, SWAPPED[c.ordinal()], y, x) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject halfCompare(Runtime rt, Comparison c, PyObject x, PyObject y) {
        PyObject r = Ops.callMethod(rt, x, DUNDER[c.ordinal()], y);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    private static boolean isClassic(PyObject o) {
        return o instanceof PyInstance i && i.type().classic;
    }

    /** Whether o's type has a rich comparison: a classic instance, or a rich comparison method along its MRO. */
    private static boolean hasRichSlot27(Runtime rt, PyObject o) {
        return isClassic(o) || definesRichCompare(rt.types.of(o), true);
    }

    /** Whether o's class is a program's that defines a rich comparison (slot_tp_richcompare, asking both sides). */
    private static boolean programSlot(Runtime rt, PyObject o) {
        return definesRichCompare(rt.types.of(o), false);
    }

    private static boolean definesRichCompare(PyType t, boolean builtinsToo) {
        for (PyType k : t.mro()) {
            if (k.builtin && !builtinsToo) {
                continue;
            }
            for (String name : DUNDER) {
                if (k.dict.containsKey(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 2.7 {@code __cmp__}: a's, else b's reflected; null when neither defines it (or both return NotImplemented). */
    private static Integer threeWay(Runtime rt, PyObject a, PyObject b) {
        if (isClassic(a) || isClassic(b)) {
            return classicThreeWay(rt, a, b);
        }
        PyObject r = a instanceof PyInstance ? Ops.callMethod(rt, a, "__cmp__", b) : null;
        int sign = 1;
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            r = b instanceof PyInstance ? Ops.callMethod(rt, b, "__cmp__", a) : null;
            sign = -1;
        }
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return null;
        }
        if (!(r instanceof org.pyvm.core.objects.PyInt) && !(r instanceof PyBool)) {
            // classic instances check the result themselves; new-style ones convert it like any C int
            boolean classic = (sign > 0 ? a : b) instanceof PyInstance i && i.type().classic;
            throw PyError.raise("TypeError", classic ? "comparison did not return an int" : "an integer is required");
        }
        int s = Arithmetic.compare(r, org.pyvm.core.objects.PyInt.of(0));
        return sign * Integer.signum(s);
    }

    /**
     * 2.7's instance_compare: the operands coerced by a classic instance's {@code __coerce__} (compared as plain
     * values when neither is an instance afterwards), then v's {@code __cmp__}, then w's reflected; each found as
     * an attribute of the instance (its dict, its class, its {@code __getattr__}). Null when none decided.
     */
    private static Integer classicThreeWay(Runtime rt, PyObject a, PyObject b) {
        PyObject v = a;
        PyObject w = b;
        PyObject[] pair = isClassic(v) ? classicCoerce(rt, v, w) : null;
        if (pair == null && isClassic(w)) {
            pair = classicCoerce(rt, w, v);
            if (pair != null) {
                pair = new PyObject[] {pair[1], pair[0]};
            }
        }
        if (pair != null) {
            v = pair[0];
            w = pair[1];
            if (!isClassic(v) && !isClassic(w)) {
                return cmp27(rt, v, w);
            }
        }
        if (isClassic(v)) {
            int c = halfCmp(rt, v, w);
            if (c != 2) {
                return c;
            }
        }
        if (isClassic(w)) {
            int c = halfCmp(rt, w, v);
            if (c != 2) {
                return -c;
            }
        }
        return null;
    }

    /** instance_coerce: what v's __coerce__(w) gave, or null when v has none or it declined. */
    private static PyObject[] classicCoerce(Runtime rt, PyObject v, PyObject w) {
        PyObject f = ClassicNumbers.attribute(rt, v, "__coerce__");
        if (f == null) {
            return null;
        }
        PyObject r = Ops.call(rt, f, w);
        if (r == PyNone.NONE || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return null;
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyError.raise("TypeError", "coercion should return None or 2-tuple");
        }
        return new PyObject[] {t.get(0), t.get(1)};
    }

    /** half_cmp: the sign of v.__cmp__(w), or 2 when v has none or it returned NotImplemented. */
    private static int halfCmp(Runtime rt, PyObject v, PyObject w) {
        PyObject f = ClassicNumbers.attribute(rt, v, "__cmp__");
        if (f == null) {
            return 2;
        }
        PyObject r = Ops.call(rt, f, w);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return 2;
        }
        if (r instanceof org.pyvm.core.objects.PyFloat d && !Double.isNaN(d.value) && Math.abs(d.value) < 9.2e18) {
            return Long.signum((long) d.value); // PyInt_AsLong truncates a float
        }
        if (!(r instanceof org.pyvm.core.objects.PyInt || r instanceof PyBool)
                || r instanceof org.pyvm.core.objects.PyInt n && n.big != null && n.big.bitLength() > 63) {
            throw PyError.raise("TypeError", "comparison did not return an int");
        }
        return Integer.signum(Arithmetic.compare(r, org.pyvm.core.objects.PyInt.of(0)));
    }

    /**
     * 2.7 {@code cmp(a, b)}: -1, 0 or 1, as PyObject_Compare finds it: identity, then {@code __cmp__} (one call),
     * then the rich comparisons ==, <, >, then the default order of unrelated types.
     */
    static int cmp27(Runtime rt, PyObject a, PyObject b) {
        if (a == b) {
            return 0;
        }
        if (a.getClass() == b.getClass() && (a instanceof org.pyvm.core.objects.PySet || a instanceof PyFrozenSet)) {
            throw PyError.raise("TypeError", "cannot compare sets using cmp()"); // set_nocmp, the sets' tp_compare
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Integer byCmp = threeWay(rt, a, b);
            if (byCmp != null) {
                return byCmp;
            }
        }
        if (Ops.truth(rt, richCompare(rt, Comparison.EQ, a, b))) {
            return 0;
        }
        if (Ops.truth(rt, richCompare(rt, Comparison.LT, a, b))) {
            return -1;
        }
        if (Ops.truth(rt, richCompare(rt, Comparison.GT, a, b))) {
            return 1;
        }
        return Integer.signum(mixedOrder(rt, Comparison.LT, a, b)); // none held: default_3way_compare
    }

    private static boolean outcome(Comparison c, int cmp) {
        if (cmp == 2) {
            return c == Comparison.NE; // unordered (NaN): only != holds
        }
        switch (c) {
            case LT:
                return cmp < 0;
            case LE:
                return cmp <= 0;
            case EQ:
                return cmp == 0;
            case NE:
                return cmp != 0;
            case GT:
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    /** Negative, zero or positive; 2 for unordered; 3 for "not equal, no order" (only == and != may ask). */
    private static int compareBuiltins(Runtime rt, Comparison c, PyObject a, PyObject b) {
        boolean ordering = c != Comparison.EQ && c != Comparison.NE;
        if (Arithmetic.isNumber(a) && Arithmetic.isNumber(b)) {
            if (a instanceof org.pyvm.core.objects.PyComplex || b instanceof org.pyvm.core.objects.PyComplex) {
                if (ordering) {
                    if (rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING)) {
                        throw PyError.raise("TypeError", "no ordering relation is defined for complex numbers");
                    }
                    throw unorderable(rt, c, a, b);
                }
                return a.eq(b, rt.lang) ? 0 : 3;
            }
            return Arithmetic.compare(a, b);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return Integer.signum(java.util.Arrays.compareUnsigned(x.bytes(), y.bytes()));
        }
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES) && (a instanceof PyStr || a instanceof PyBytes) && (b instanceof PyStr || b instanceof PyBytes)) {
            // 2.7 str against unicode: the str decoded as ASCII; where it cannot be, == is False (CPython also
            // warns), an ordering the UnicodeDecodeError
            String x;
            String y;
            try {
                x = Strings.unicode27(rt, a);
                y = Strings.unicode27(rt, b);
            } catch (PyError undecodable) {
                if (ordering) {
                    throw undecodable;
                }
                Warn.warn(rt, "UnicodeWarning", "Unicode " + (c == Comparison.EQ ? "equal" : "unequal")
                        + " comparison failed to convert both arguments to Unicode - interpreting them as being unequal");
                return 3;
            }
            return compareCodePoints(PyStr.of(x), PyStr.of(y));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return sequences(rt, x.items().toArray(new PyObject[0]), y.items().toArray(new PyObject[0]));
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequences(rt, x.items(), y.items());
        }
        if (a instanceof org.pyvm.core.objects.PySlice x && b instanceof org.pyvm.core.objects.PySlice y) {
            if (rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING)) {
                return slices27(rt, x, y);
            }
            // slice_richcompare: as the tuples (start, stop, step)
            return sequences(rt, new PyObject[] {x.start, x.stop, x.step}, new PyObject[] {y.start, y.stop, y.step});
        }
        if ((a instanceof PySet || a instanceof PyFrozenSet) && (b instanceof PySet || b instanceof PyFrozenSet)) {
            return Sets.compare(rt, c, a, b);
        }
        if (ordering && a instanceof PyDict x && b instanceof PyDict y && rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING)) {
            return dictOrder27(rt, x, y);
        }
        if (!ordering) {
            if (a instanceof PyDict x && b instanceof PyDict y) {
                return dictsEqual(rt, x, y) ? 0 : 3;
            }
            // a builtin that does not know the other's type leaves it to the other (bytes == memoryview)
            return a == b || a.eq(b, rt.lang) || a.getClass() != b.getClass() && b.eq(a, rt.lang) ? 0 : 3;
        }
        return mixedOrder(rt, c, a, b);
    }

    /** 2.7's slice_compare: cmp() of the starts, then of the stops, then of the steps. */
    private static int slices27(Runtime rt, org.pyvm.core.objects.PySlice x, org.pyvm.core.objects.PySlice y) {
        if (x == y) {
            return 0;
        }
        PyObject[] a = {x.start, x.stop, x.step};
        PyObject[] b = {y.start, y.stop, y.step};
        for (int i = 0; i < 3; i++) {
            int r = cmp27(rt, a[i], b[i]);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    /** 2.7 dict ordering: by size, then by the smallest key whose value differs (characterize), then by its values. */
    private static int dictOrder27(Runtime rt, PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return x.size() < y.size() ? -1 : 1;
        }
        PyObject[] ax = characterize(rt, x, y);
        PyObject[] by = characterize(rt, y, x);
        if (ax == null) {
            return by == null ? 0 : -1;
        }
        if (by == null) {
            return 1;
        }
        if (!Ops.eq(rt, ax[0], by[0])) {
            return Ops.truth(rt, richCompare(rt, Comparison.LT, ax[0], by[0])) ? -1 : 1;
        }
        if (ax[1] == null || by[1] == null) {
            return ax[1] == null ? (by[1] == null ? 0 : -1) : 1;
        }
        if (Ops.eq(rt, ax[1], by[1])) {
            return 0;
        }
        return Ops.truth(rt, richCompare(rt, Comparison.LT, ax[1], by[1])) ? -1 : 1;
    }

    /** The smallest key of a whose value in b is missing or different, with a's value; null when none. */
    private static PyObject[] characterize(Runtime rt, PyDict a, PyDict b) {
        PyObject best = null;
        PyObject bestValue = null;
        for (PyObject k : a.keys()) {
            if (best != null && !Ops.truth(rt, richCompare(rt, Comparison.LT, k, best))) {
                continue;
            }
            PyObject av = a.get(k);
            PyObject bv = b.get(k);
            if (bv == null || !Ops.eq(rt, av, bv)) {
                best = k;
                bestValue = av;
            }
        }
        return best == null ? null : new PyObject[] {best, bestValue};
    }

    private static boolean dictsEqual(Runtime rt, PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        enterComparison(rt); // as sequences()
        try {
            return valuesEqual(rt, x, y);
        } finally {
            rt.leave();
        }
    }

    private static boolean valuesEqual(Runtime rt, PyDict x, PyDict y) {
        for (PyObject k : x.keys()) {
            PyObject v = y.get(k);
            if (v == null || !Ops.eq(rt, x.get(k), v)) {
                return false;
            }
        }
        return true;
    }

    static int compareCodePoints(PyStr x, PyStr y) {
        if (x.isSimple() && y.isSimple()) {
            String s = x.value();
            String t = y.value();
            int n = Math.min(s.length(), t.length());
            for (int i = 0; i < n; i++) {
                int d = s.charAt(i) - t.charAt(i);
                if (d != 0) {
                    return Integer.signum(d);
                }
            }
            return Integer.compare(s.length(), t.length());
        }
        return Integer.signum(java.util.Arrays.compare(x.codePoints(), y.codePoints()));
    }

    private static int sequences(Runtime rt, PyObject[] x, PyObject[] y) {
        enterComparison(rt);
        try {
            return itemsCompared(rt, x, y);
        } finally {
            rt.leave();
        }
    }

    /** The items' PyObject_RichCompare: Py_EnterRecursiveCall, so lists nested 5,000 deep do not compare. */
    static void enterComparison(Runtime rt) {
        rt.enterNested(rt.lang.has(LanguageFeature.STR_IS_BYTES) ? " in cmp" : " in comparison");
    }

    /** == and != of two sequences (their orderings are {@link #sequenceOrder}'s): 3 at the first unequal pair. */
    private static int itemsCompared(Runtime rt, PyObject[] x, PyObject[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!Ops.eq(rt, x[i], y[i])) {
                return 3;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * Objects of types with no order between them: 3.x raises TypeError; 2.7 (default_3way_compare) puts None
     * first, then orders by type name, a number's name counting as empty, and objects whose types share a name
     * (or are both numbers) by the addresses of their types, objects of one type by their own addresses.
     */
    private static int mixedOrder(Runtime rt, Comparison c, PyObject a, PyObject b) {
        if (!rt.lang.has(LanguageFeature.MIXED_TYPE_ORDERING)) {
            throw unorderable(rt, c, a, b);
        }
        if (a instanceof PyNone) {
            return b instanceof PyNone ? 0 : -1;
        }
        if (b instanceof PyNone) {
            return 1;
        }
        PyType ta = rt.types.of(a);
        PyType tb = rt.types.of(b);
        int byName = orderingName(rt, a, ta).compareTo(orderingName(rt, b, tb));
        if (byName != 0) {
            return byName;
        }
        if (ta == tb) {
            return Long.compare(org.pyvm.core.objects.Ids.address(a), org.pyvm.core.objects.Ids.address(b));
        }
        return Long.compare(typeAddress(rt, a, ta), typeAddress(rt, b, tb));
    }

    /** A classic instance: its type is the one type CPython calls {@code instance}. */
    private static boolean classicInstance(PyObject o, PyType t) {
        return t.classic || o instanceof PyInstance i && i.type().classic;
    }

    /**
     * The name 2.7 orders unrelated objects by: empty for what PyNumber_Check calls a number (a type with a
     * conversion to int or float: the numeric types, classic instances, and classes defining __int__ or
     * __float__), else the type's name.
     */
    private static String orderingName(Runtime rt, PyObject o, PyType t) {
        boolean number = Arithmetic.isNumber(o) || classicInstance(o, t)
                || !t.builtin && (t.lookup("__int__") != null || t.lookup("__float__") != null);
        return number ? "" : t.name(rt.lang);
    }

    /**
     * The numeric types of 2.7's libpython (classic instances' type among them) in the order of their
     * addresses, which is the order their object files are linked in.
     */
    private static final java.util.List<String> STATIC_NUMBER_TYPES = java.util.List.of("bool", "instance", "complex", "float", "int", "long");

    /**
     * Where CPython 2.7 (a shared libpython, as the goldens' build) has a type object: a class the program made
     * lies on the heap, below the library's static types (between two such classes the allocator decides, which
     * nothing predicts: the order they were made keeps a run repeatable); the static numeric types in their
     * link order; any other type at an address standing for its identity.
     */
    private static long typeAddress(Runtime rt, PyObject o, PyType t) {
        if (t.madeAs() > 0 && !classicInstance(o, t)) {
            return t.madeAs();
        }
        int rank = STATIC_NUMBER_TYPES.indexOf(classicInstance(o, t) ? "instance" : t.name(rt.lang));
        if (rank >= 0) {
            return Long.MAX_VALUE / 2 + rank;
        }
        return org.pyvm.core.objects.Ids.address(t);
    }

    static PyError unorderable(Runtime rt, Comparison c, PyObject a, PyObject b) {
        return PyError.raise("TypeError", "'" + c.symbol() + "' not supported between instances of '" + Ops.typeName(rt, a)
                + "' and '" + Ops.typeName(rt, b) + "'");
    }
}
