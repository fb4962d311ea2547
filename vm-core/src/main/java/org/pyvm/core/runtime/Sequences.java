package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.LanguageFeature;

/** Indexing, slicing, length, membership and concatenation of the builtin containers. */
public final class Sequences {
    private Sequences() {
    }

    // ---------------------------------------------------------------- concatenation and repetition

    static PyObject binary(Runtime rt, Operator op, PyObject a, PyObject b) {
        Operator o = op.base(); // INPLACE_ADD -> ADD
        if (o == Operator.ADD) {
            PyObject r = concat(rt, op, a, b);
            if (r != null && r != a) {
                // s = s + t in a loop: counted once it is big, given back when the old one is collected; a string
                // grown in place counts what its builder grew by, given back when the builder is collected
                if (r instanceof PyStr s && s.textOwner() != s) {
                    rt.limits().charge(s.textOwner(), s.grownBy(a));
                } else {
                    rt.limits().charge(r, bytesOf(r));
                }
            }
            return r;
        }
        return repeatOrOther(rt, op, o, a, b);
    }

    /** The memory limit's estimate of a str, bytes, list or tuple: its items at one byte or {@link #REFERENCE_BYTES} each. */
    public static long bytesOf(PyObject o) {
        if (o instanceof PyStr s) {
            return s.chars();
        }
        if (o instanceof PyBytes b) {
            return b.bytes().length;
        }
        if (o instanceof PyList l) {
            return l.items().size() * REFERENCE_BYTES;
        }
        if (o instanceof PyTuple t) {
            return t.size() * REFERENCE_BYTES;
        }
        return 0;
    }

    private static PyObject concat(Runtime rt, Operator op, PyObject a, PyObject b) {
        {
            if (a instanceof PyStr x && b instanceof PyStr y) {
                if (x.getClass() == PyStr.class && y.getClass() == PyStr.class && (x.isEmpty() || y.isEmpty())) {
                    return x.isEmpty() ? y : x; // CPython hands back the other string itself: s + '' is s
                }
                return x.isSimple() && y.isSimple() && !joinsSurrogates(x, y) ? PyStr.concatSimple(x, y) : concatCodePoints(x, y);
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                if (op.inplace()) {
                    if (y != x && y instanceof org.pyvm.core.objects.UserSubclass) {
                        extend(rt, x.items(), y); // list_extend iterates any list but an exact one (or itself)
                    } else {
                        x.items().addAll(y.items());
                    }
                    return x;
                }
                ArrayList<PyObject> r = new ArrayList<>(x.items().size() + y.items().size());
                r.addAll(x.items());
                r.addAll(y.items());
                return PyList.owning(r);
            }
            if (a instanceof PyList x && op.inplace()) {
                extend(rt, x.items(), b);
                return x;
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                if ((x.size() == 0 || y.size() == 0) && x.getClass() == PyTuple.class && y.getClass() == PyTuple.class
                        && rt.lang.major() == 3 && rt.lang.minor() >= 7) {
                    return x.size() == 0 ? y : x; // 3.7's tupleconcat hands back the other tuple itself
                }
                PyObject[] r = Arrays.copyOf(x.items(), x.size() + y.size());
                System.arraycopy(y.items(), 0, r, x.size(), y.size());
                return PyTuple.of(r);
            }
            if (a instanceof PyBytes x && b instanceof PyBytes y) {
                if (x.getClass() == PyBytes.class && y.getClass() == PyBytes.class && (x.bytes().length == 0 || y.bytes().length == 0)) {
                    return x.bytes().length == 0 ? y : x;
                }
                byte[] r = Arrays.copyOf(x.bytes(), x.bytes().length + y.bytes().length);
                System.arraycopy(y.bytes(), 0, r, x.bytes().length, y.bytes().length);
                return PyBytes.of(r);
            }
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES) && (a instanceof PyStr || a instanceof PyBytes)
                    && (b instanceof PyStr || b instanceof PyBytes)) {
                return PyStr.of(Strings.unicode27(rt, a) + Strings.unicode27(rt, b));
            }
            return null;
        }
    }

    private static PyObject repeatOrOther(Runtime rt, Operator op, Operator o, PyObject a, PyObject b) {
        if (o == Operator.MULTIPLY) {
            if (Arithmetic.isIntLike(b) && isSequence(a)) {
                return repeat(rt, a, count(rt, b), op.inplace());
            }
            if (Arithmetic.isIntLike(a) && isSequence(b)) {
                return repeat(rt, b, count(rt, a), false);
            }
            // an object with __index__ repeats a sequence too (sq_repeat takes any index)
            PyObject times = isSequence(a) && b instanceof PyInstance ? Ops.callMethod(rt, b, "__index__")
                    : isSequence(b) && a instanceof PyInstance ? Ops.callMethod(rt, a, "__index__") : null;
            if (times != null) {
                Ops.indexResult(rt, times);
                return repeat(rt, isSequence(a) ? a : b, count(rt, times), op.inplace() && isSequence(a));
            }
            return null;
        }
        if (o == Operator.REMAINDER && (a instanceof PyStr || a instanceof PyBytes)) {
            return Formatting.percent(rt, a, b);
        }
        if (Sets.isSet(a) && Sets.isSet(b)) {
            return Sets.binary(rt, op, a, b);
        }
        return null;
    }

    /** A lone high surrogate then a lone low one: two Python characters that a Java string would read as one. */
    private static boolean joinsSurrogates(PyStr x, PyStr y) {
        return !x.isEmpty() && !y.isEmpty() && Character.isHighSurrogate(x.lastChar()) && Character.isLowSurrogate(y.value().charAt(0));
    }

    private static PyStr concatCodePoints(PyStr x, PyStr y) {
        int[] a = x.codePoints();
        int[] b = y.codePoints();
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return PyStr.ofCodePoints(r, r.length);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static long count(Runtime rt, PyObject n) {
        PyInt i = Arithmetic.asInt(n);
        if (i.big != null) {
            // PyNumber_AsSsize_t(n, OverflowError): past a Py_ssize_t either way, negative too
            throw PyError.raise("OverflowError", "cannot fit '" + Ops.typeName(rt, n) + "' into an index-sized integer");
        }
        return Math.max(0, i.small);
    }

    /** Bytes the memory limit counts per item of a list or tuple (a reference and its share of slack). */
    public static final long REFERENCE_BYTES = 8;
    private static final int GROWTH_STEP = 1 << 16;

    /**
     * list.extend(x) and {@code list += x}: a list or tuple at once (the list itself included: l.extend(l)
     * doubles it), any other iterable item by item, so that what came before an exception it raises stays
     * appended, as in CPython.
     */
    public static void extend(Runtime rt, List<PyObject> items, PyObject iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            List<PyObject> more = Ops.toList(rt, iterable);
            rt.limits().charge(items, more.size() * REFERENCE_BYTES);
            items.addAll(more);
            return;
        }
        if (iterable instanceof PyInstance || iterable instanceof org.pyvm.core.objects.UserSubclass) {
            List<PyObject> more = Ops.toListSized(rt, iterable); // list_extend asks PyObject_LengthHint too
            rt.limits().charge(items, more.size() * REFERENCE_BYTES);
            items.addAll(more);
            return;
        }
        for (PyObject it = Ops.iter(rt, iterable), x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            items.add(x);
            grew(rt, items, items.size());
        }
    }

    /**
     * A list (or the list being built) has reached {@code size} items: every {@value #GROWTH_STEP}
     * items, counts their references against the VM's memory limit (a MemoryError past it).
     */
    public static void grew(Runtime rt, Object list, int size) {
        if ((size & (GROWTH_STEP - 1)) == 0) {
            rt.limits().charge(list, GROWTH_STEP * REFERENCE_BYTES);
        }
    }

    private static PyObject repeat(Runtime rt, PyObject seq, long n, boolean inplace) {
        long size = seq instanceof PyStr s ? s.value().length() : seq instanceof PyBytes b ? b.bytes().length
                : seq instanceof PyList l ? l.items().size() : ((PyTuple) seq).size();
        if (size != 0 && n > Long.MAX_VALUE / size && (seq instanceof PyStr || seq instanceof PyBytes)) {
            // past Py_ssize_t CPython's strings refuse the length itself, before asking for memory
            throw PyError.raise("OverflowError", seq instanceof PyBytes && !rt.lang.has(LanguageFeature.STR_IS_BYTES)
                    ? "repeated bytes are too long" : "repeated string is too long");
        }
        if (size != 0 && n > Integer.MAX_VALUE / size) {
            throw PyError.raiseArgs("MemoryError");
        }
        int times = (int) n;
        // checked before anything is allocated, so a huge request fails alone
        long bytes = size * times * (seq instanceof PyStr || seq instanceof PyBytes ? 1 : REFERENCE_BYTES);
        rt.limits().reserve(bytes);
        PyObject result = repeated(seq, size, times, inplace);
        rt.limits().hold(result, bytes);
        return result;
    }

    private static PyObject repeated(PyObject seq, long size, int times, boolean inplace) {
        if (times == 1 && (seq.getClass() == PyStr.class || seq.getClass() == PyBytes.class || seq.getClass() == PyTuple.class)) {
            return seq; // an immutable sequence once over is itself: s * 1 is s
        }
        if (seq instanceof PyStr s) {
            return PyStr.of(s.value().repeat(times));
        }
        if (seq instanceof PyBytes b) {
            byte[] r = new byte[b.bytes().length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(b.bytes(), 0, r, i * b.bytes().length, b.bytes().length);
            }
            return PyBytes.of(r);
        }
        if (seq instanceof PyList l) {
            // the items once, then copies of what is filled, doubling: [x] * 8_000_000 as a handful of array copies,
            // not eight million addAll calls (each copying the source into a fresh array; 20 s on a loaded machine)
            PyObject[] one = l.items().toArray(new PyObject[0]);
            PyObject[] all = new PyObject[(int) (size * times)];
            if (all.length > 0) {
                System.arraycopy(one, 0, all, 0, one.length);
                for (int filled = one.length; filled < all.length; filled *= 2) {
                    System.arraycopy(all, 0, all, filled, Math.min(filled, all.length - filled));
                }
            }
            List<PyObject> r = new ArrayList<>(Arrays.asList(all));
            if (inplace) {
                l.items().clear();
                l.items().addAll(r);
                return l;
            }
            return PyList.of(r);
        }
        PyTuple t = (PyTuple) seq;
        PyObject[] r = new PyObject[t.size() * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(t.items(), 0, r, i * t.size(), t.size());
        }
        return PyTuple.of(r);
    }

    // ---------------------------------------------------------------- length and membership

    static int len(Runtime rt, PyObject o) {
        PyObject meta = Attributes.metaclassMethod(rt, o, "__len__");
        if (meta != null) {
            return lenResult(rt, Ops.call(rt, meta), o);
        }
        if (o instanceof org.pyvm.core.objects.PyInstance i && i.type().classic) {
            // instance_length: the instance's own attribute, "C instance has no attribute '__len__'" without one
            return lenResult(rt, Ops.call(rt, Ops.getattr(rt, o, "__len__")), o);
        }
        PyObject own = Overrides.find(o, "__len__");
        if (own != null) {
            return lenResult(rt, Ops.call(rt, own, o), o);
        }
        return lenBuiltin(rt, o);
    }

    /** The builtin behaviour alone, for the builtin type's own slot methods ({@code dict.__setitem__(self, k, v)}). */
    static int lenBuiltin(Runtime rt, PyObject o) {
        if (o instanceof PyList l) {
            return l.items().size();
        }
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PyBytes b) {
            return b.bytes().length;
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyFrozenSet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            long n = r.isBig() ? (r.bigLength().bitLength() < 32 ? r.bigLength().longValue() : Long.MAX_VALUE) : r.length();
            if (n > Integer.MAX_VALUE) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return (int) n;
        }
        if (o instanceof org.pyvm.core.objects.PyIterable i) {
            return i.size();
        }
        return lenResult(rt, Ops.callMethod(rt, o, "__len__"), o);
    }

    /** What a class's {@code __len__} returned, checked as len() checks it (null: there is no __len__). */
    private static int lenResult(Runtime rt, PyObject n, PyObject o) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (py2 && n instanceof org.pyvm.core.objects.PyFloat f) {
            n = PyInt.of((long) f.value); // 2.7 converts the result with the number's __int__
        }
        if (n != null && Arithmetic.isIntLike(n)) {
            n = Arithmetic.asInt(n); // bool is an int
        }
        if (n != null && !(n instanceof PyInt) && py2) {
            // instance_length (a classic instance) names the method; slot_sq_length converts as an int
            throw PyError.raise("TypeError", o instanceof org.pyvm.core.objects.PyInstance ci && ci.type().classic
                    ? "__len__() should return an int" : "an integer is required");
        }
        if (n instanceof PyInt i) {
            return (int) checkedLength(rt, i);
        }
        if (n != null) {
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, n) + "' object cannot be interpreted as an integer");
        }
        throw PyError.raise("TypeError", rt.lang.has(LanguageFeature.STR_IS_BYTES)
                ? "object of type '" + Ops.typeName(rt, o) + "' has no len()"
                : "object of type '" + Ops.typeName(rt, o) + "' has no len()");
    }

    /**
     * A class's {@code __len__} result as a length: first converted to a machine size (OverflowError when it does
     * not fit, whatever its sign, with each version's words), then refused when negative.
     */
    static long checkedLength(Runtime rt, PyInt i) {
        boolean negative = i.big != null ? i.big.signum() < 0 : i.small < 0;
        if (negative && rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            throw PyError.raise("ValueError", "__len__() should return >= 0"); // 3.10+ asks the sign first
        }
        if (i.big != null || i.small > Integer.MAX_VALUE) { // pyvm's sizes are Java ints
            throw PyError.raise("OverflowError", rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "long int too large to convert to int"
                    : "cannot fit 'int' into an index-sized integer");
        }
        if (i.small < 0) {
            throw PyError.raise("ValueError", "__len__() should return >= 0");
        }
        return i.small;
    }

    static boolean contains(Runtime rt, PyObject container, PyObject item) {
        PyObject meta = Attributes.metaclassMethod(rt, container, "__contains__");
        if (meta != null) {
            return Ops.truth(rt, Ops.call(rt, meta, item));
        }
        PyObject own = Overrides.call(rt, container, "__contains__", item);
        if (own != null) {
            return Ops.truth(rt, own);
        }
        return containsBuiltin(rt, container, item);
    }

    /** The builtin behaviour alone, for the builtin type's own slot methods ({@code dict.__setitem__(self, k, v)}). */
    static boolean containsBuiltin(Runtime rt, PyObject container, PyObject item) {
        if (container instanceof PyDict d) {
            Ops.hashForTable(rt, item);
            return d.get(item) != null;
        }
        if (container instanceof PySet || container instanceof PyFrozenSet) {
            item = Sets.lookupKey(item);
            Ops.hashForTable(rt, item);
            return Sets.has(container, item);
        }
        if (container instanceof PyStr s) {
            if (item instanceof PyStr t) {
                return s.value().contains(t.value());
            }
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES) && item instanceof PyBytes) {
                return s.value().contains(Strings.unicode27(rt, item)); // decoded as ASCII, as 2.7 coerces it
            }
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) { // 2.7's PyUnicode_Contains coerces the needle first
                throw PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, item) + " found");
            }
            throw PyError.raise("TypeError", "'in <string>' requires string as left operand, not " + Ops.typeName(rt, item));
        }
        if (container instanceof PyBytes && !rt.lang.has(LanguageFeature.STR_IS_BYTES) && rt.types.of(item).name(rt.lang).equals("bytearray")) {
            item = Ops.call(rt, rt.types.bytes, item); // any buffer is a needle
        }
        if (container instanceof PyBytes b && item instanceof PyBytes t) {
            return Strings.latin1(b.bytes()).contains(Strings.latin1(t.bytes()));
        }
        if (container instanceof PyBytes b) {
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                if (item instanceof PyStr t) {
                    return Strings.unicode27(rt, b).contains(t.value());
                }
                throw PyError.raise("TypeError", "'in <string>' requires string as left operand, not " + Ops.typeName(rt, item));
            }
            PyInt i = Ops.indexOrNull(rt, item); // an int, a bool, an __index__: _Py_bytes_contains asks PyNumber_AsSsize_t first
            if (i != null) {
                if (i.big != null || i.small < 0 || i.small > 255) {
                    throw PyError.raise("ValueError", "byte must be in range(0, 256)");
                }
                for (byte x : b.bytes()) {
                    if ((x & 0xff) == i.small) {
                        return true;
                    }
                }
                return false;
            }
            throw PyError.raise("TypeError", "a bytes-like object is required, not '" + Ops.typeName(rt, item) + "'");
        }
        if (container instanceof PyRange r && r.isBig()) {
            if (!(item instanceof PyInt i)) {
                return false; // pyvm compares only ints with a big range's items
            }
            java.math.BigInteger off = i.toBigInteger().subtract(r.bigStart);
            java.math.BigInteger[] qr = off.divideAndRemainder(r.bigStep);
            return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(r.bigLength()) < 0;
        }
        if (container instanceof PyRange r && item instanceof PyInt i && i.big == null) {
            long v = i.small;
            long n = r.length();
            if (n == 0) {
                return false;
            }
            long off = v - r.start;
            return off % r.step == 0 && off / r.step >= 0 && off / r.step < n;
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            List<PyObject> items = container instanceof PyList l ? l.items() : Arrays.asList(((PyTuple) container).items());
            // 3.9+ compares item == x (the container's item first), before then x == item (bpo-37648)
            boolean itemFirst = rt.lang.has(LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT);
            for (int i = 0; i < items.size(); i++) {
                if (itemFirst ? Ops.eq(rt, items.get(i), item) : Ops.eq(rt, item, items.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyInstance && !rt.lang.has(LanguageFeature.STR_IS_BYTES)
                && rt.types.of(container).lookup("__contains__") == PyNone.NONE) {
            // 3.x slot_sq_contains: __contains__ = None says the class is no container
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, container) + "' object is not a container");
        }
        if (container instanceof PyInstance) {
            PyObject r = Ops.callMethod(rt, container, "__contains__", item);
            if (r != null) {
                return Ops.truth(rt, r);
            }
        }
        PyObject it;
        try {
            it = Ops.iter(rt, container);
        } catch (PyError e) {
            if (e.pendingTypeName() != null && e.pendingTypeName().equals("TypeError")
                    && (rt.types.of(container).lookup("__iter__") == null || rt.types.of(container).lookup("__iter__") == PyNone.NONE)) {
                throw PyError.raise("TypeError", "argument of type '" + Ops.typeName(rt, container) + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            if (Ops.eq(rt, x, item)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- items

    static PyObject getitem(Runtime rt, PyObject o, PyObject key) {
        PyObject meta = Attributes.metaclassMethod(rt, o, "__getitem__");
        if (meta != null) {
            return Ops.call(rt, meta, key);
        }
        PyObject own = Overrides.call(rt, o, "__getitem__", key);
        if (own != null) {
            return own;
        }
        return getitemBuiltin(rt, o, key);
    }

    /** The builtin behaviour alone, for the builtin type's own slot methods ({@code dict.__setitem__(self, k, v)}). */
    static PyObject getitemBuiltin(Runtime rt, PyObject o, PyObject key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                return PyList.owning(slice(l.items(), s, rt));
            }
            return l.items().get(index(rt, key, l.items().size(), "list"));
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                int[] r = indices(rt, s, t.size());
                if (t.getClass() == PyTuple.class && isWhole(r, t.size())) {
                    return t; // a whole slice of an exact tuple is the tuple itself (t[:] is t), as in CPython
                }
                return PyTuple.of(slice(t.items(), r));
            }
            return t.get(index(rt, key, t.size(), "tuple"));
        }
        if (o instanceof PyDict d) {
            PyObject v = d.get(key);
            if (v == null) {
                Ops.hash(rt, key);
                PyObject missing = Overrides.call(rt, o, "__missing__", key); // a dict subclass's default
                if (missing != null) {
                    return missing;
                }
                throw PyError.raiseArgs("KeyError", key);
            }
            return v;
        }
        if (o instanceof PyStr s) {
            if (key instanceof PySlice sl) {
                int[] r = indices(rt, sl, s.length());
                if (s.getClass() == PyStr.class && isWhole(r, s.length())) {
                    return s;
                }
                if (r[2] == 1) {
                    return r[1] > r[0] ? s.substring(r[0], r[1]) : PyStr.of("");
                }
                int[] cps = s.codePoints();
                int n = sliceLength(r);
                int[] out = new int[n];
                for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    out[i] = cps[j];
                }
                return PyStr.ofCodePoints(out, n);
            }
            if (!(key instanceof PyInt || key instanceof PyBool || key instanceof PyInstance) && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("TypeError", "string indices must be integers"); // 2.7 unicode_subscript's words
            }
            int i = index(rt, key, s.length(), "string");
            return s.substring(i, i + 1);
        }
        if (o instanceof PyBytes b) {
            byte[] v = b.bytes();
            if (key instanceof PySlice sl) {
                int[] r = indices(rt, sl, v.length);
                if (b.getClass() == PyBytes.class && isWhole(r, v.length)) {
                    return b;
                }
                int n = sliceLength(r);
                byte[] out = new byte[n];
                for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    out[i] = v[j];
                }
                return PyBytes.of(out);
            }
            int i = index(rt, key, v.length, rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "string" : "byte");
            return rt.lang.has(LanguageFeature.STR_IS_BYTES) ? PyBytes.single(v[i]) : PyInt.of(v[i] & 0xff);
        }
        if (o instanceof PyRange r && key instanceof PyInt k && (r.isBig() || k.big != null || r.huge())) {
            // past an int's reach: BigInteger arithmetic (2.7's xrange index is a C long: a bigger one is an error)
            if (k.big != null && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("IndexError", "cannot fit 'long' into an index-sized integer");
            }
            java.math.BigInteger i = k.toBigInteger();
            java.math.BigInteger n = r.exactLength();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw PyError.raise("IndexError", rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "xrange object index out of range"
                        : "range object index out of range");
            }
            return PyInt.of(r.bigGet(i));
        }
        if (o instanceof PyRange r) {
            if (key instanceof PySlice && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("TypeError", "sequence index must be integer, not 'slice'"); // 2.7's xrange has no slicing
            }
            if (r.huge()) {
                if (key instanceof PySlice sl) {
                    return hugeRangeSlice(rt, r, sl);
                }
                throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
            }
            if (key instanceof PySlice sl) {
                int[] ix = indices(rt, sl, (int) r.length());
                // compute_slice: the slice's own start and stop mapped through the range (range(10)[1::2] is range(1, 10, 2))
                long start = r.start + ix[0] * r.step;
                long step = r.step * ix[2];
                return new PyRange(start, r.start + ix[1] * r.step, step);
            }
            return PyInt.of(r.get(index(rt, key, (int) r.length(), rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "xrange object" : "range object")));
        }
        if (o instanceof org.pyvm.core.objects.PyType t) {
            return classGetitem(rt, t, key);
        }
        if (o instanceof org.pyvm.core.objects.PyInstance i && i.type().classic) {
            // instance_subscript: the instance's own attribute, "C instance has no attribute '__getitem__'" without one
            return Ops.call(rt, Ops.getattr(rt, o, "__getitem__"), key);
        }
        PyObject v = Ops.callMethod(rt, o, "__getitem__", key);
        if (v != null) {
            return v;
        }
        if (rt.lang.has(LanguageFeature.INDEXING_UNSUPPORTED_MESSAGE) && hasSequenceSlots(rt, o) && isIndex(rt, key)) {
            // PyObject_GetItem hands an integer key to PySequence_GetItem, which finds no sq_item
            throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object does not support indexing");
        }
        throw PyError.raise("TypeError", notSubscriptable(rt, o, key));
    }

    /** Builtin types CPython gives sequence slots (for len or in) but no item getter. */
    private static final java.util.Set<String> SEQUENCE_SLOTS_WITHOUT_ITEMS = java.util.Set.of("set", "frozenset", "dict_keys",
            "dict_values", "dict_items");

    /** Builtin sequences whose items cannot be deleted. */
    private static final java.util.Set<String> ITEMS_WITHOUT_DELETION = java.util.Set.of("tuple", "str", "bytes", "unicode", "range",
            "xrange");

    /** Whether CPython's type for {@code o} has tp_as_sequence: every class a program defines, and a few builtins. */
    private static boolean hasSequenceSlots(Runtime rt, PyObject o) {
        org.pyvm.core.objects.PyType t = rt.types.typeOf(o);
        return !t.builtin || SEQUENCE_SLOTS_WITHOUT_ITEMS.contains(t.name(rt.lang));
    }

    /** PyIndex_Check: an int (or bool, or 2.7 long) or an object whose class defines __index__. */
    static boolean isIndex(Runtime rt, PyObject key) {
        return key instanceof PyInt || key instanceof org.pyvm.core.objects.PyBool || rt.types.typeOf(key).lookup("__index__") != null;
    }

    /** {@code C[...]}: the class's __class_getitem__, or (3.9+) a generic alias of a builtin container class. */
    private static PyObject classGetitem(Runtime rt, org.pyvm.core.objects.PyType t, PyObject key) {
        PyObject hook = t.lookup("__class_getitem__"); // PEP 560: 3.7 on
        if (hook != null && rt.lang.major() >= 3 && rt.lang.minor() >= 7) {
            PyObject fn = hook instanceof org.pyvm.core.objects.Descriptor d ? d.get(null, t) : hook;
            boolean bound = fn instanceof org.pyvm.core.objects.PyBoundMethod
                    || fn instanceof org.pyvm.core.objects.PyBuiltinFunction b && b.self() != null;
            return bound ? Ops.call(rt, fn, key) : Ops.call(rt, fn, t, key);
        }
        if (t == rt.types.type && rt.lang.has(LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            return GenericAlias.of(rt, t, key); // type[int]: type itself has no __class_getitem__ (CPython's PyObject_GetItem)
        }
        if (rt.lang.has(LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            String module = t.moduleName(); // 3.9+ names the class by its tp_name: module-qualified for a C module's type
            String tpName = t.builtin && !module.equals("builtins") ? module + "." + t.name(rt.lang) : t.name(rt.lang);
            throw PyError.raise("TypeError", "type '" + tpName + "' is not subscriptable");
        }
        if (!rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("TypeError", "'type' object is not subscriptable");
        }
        throw PyError.raise("TypeError", "'type' object has no attribute '__getitem__'");
    }

    private static String notSubscriptable(Runtime rt, PyObject o, PyObject key) {
        // 2.7 and 3.6 PyObject_GetItem: a class statement's class (a heap type, whose tp_as_sequence is
        // set) asked for an integer index goes to PySequence_GetItem, which finds no sq_item
        org.pyvm.core.objects.PyType t = rt.types.of(o);
        boolean before37 = rt.lang.major() == 2 || rt.lang.minor() < 7;
        if (before37 && !t.builtin && !t.classic && (key instanceof PyInt || key instanceof org.pyvm.core.objects.PyBool
                || key instanceof PyInstance && rt.types.of(key).lookup("__index__") != null)) {
            return "'" + Ops.typeName(rt, o) + "' object does not support indexing";
        }
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return "'" + Ops.typeName(rt, o) + "' object has no attribute '__getitem__'";
        }
        return "'" + Ops.typeName(rt, o) + "' object is not subscriptable";
    }

    static void setitem(Runtime rt, PyObject o, PyObject key, PyObject value) {
        if (Overrides.call(rt, o, "__setitem__", key, value) != null) {
            return;
        }
        setitemBuiltin(rt, o, key, value);
        return;
    }

    /** The builtin behaviour alone, for the builtin type's own slot methods ({@code dict.__setitem__(self, k, v)}). */
    static void setitemBuiltin(Runtime rt, PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                assignSlice(rt, l.items(), s, assignedItems(rt, value, s), "sequence");
                return;
            }
            l.items().set(index(rt, key, l.items().size(), "list assignment"), value);
            return;
        }
        if (o instanceof PyDict d) {
            Ops.hashForTable(rt, key);
            d.put(key, value);
            return;
        }
        if (Ops.callMethod(rt, o, "__setitem__", key, value) != null) {
            return;
        }
        if (o instanceof PyInstance ci && ci.type().classic) {
            throw Attributes.missingMessage(rt, o, "__setitem__"); // 2.7's instance_ass_subscript looks the method up
        }
        throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object does not support item assignment");
    }

    static void delitem(Runtime rt, PyObject o, PyObject key) {
        if (Overrides.call(rt, o, "__delitem__", key) != null) {
            return;
        }
        delitemBuiltin(rt, o, key);
        return;
    }

    /** The builtin behaviour alone, for the builtin type's own slot methods ({@code dict.__setitem__(self, k, v)}). */
    static void delitemBuiltin(Runtime rt, PyObject o, PyObject key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                int[] r = indices(rt, s, l.items().size());
                List<PyObject> keep = new ArrayList<>();
                List<PyObject> items = l.items();
                int n = sliceLength(r);
                java.util.Set<Integer> gone = new java.util.HashSet<>();
                for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    gone.add(j);
                }
                for (int i = 0; i < items.size(); i++) {
                    if (!gone.contains(i)) {
                        keep.add(items.get(i));
                    }
                }
                items.clear();
                items.addAll(keep);
                return;
            }
            l.items().remove(index(rt, key, l.items().size(), "list assignment"));
            return;
        }
        if (o instanceof PyDict d) {
            if (!d.remove(key)) {
                throw PyError.raiseArgs("KeyError", key);
            }
            return;
        }
        if (Ops.callMethod(rt, o, "__delitem__", key) != null) {
            return;
        }
        if (o instanceof PyInstance ci && ci.type().classic) {
            throw Attributes.missingMessage(rt, o, "__delitem__");
        }
        // an integer key goes to PySequence_DelItem where the type has sequence slots, whose wording differs
        boolean sequence = hasSequenceSlots(rt, o) || ITEMS_WITHOUT_DELETION.contains(rt.types.typeOf(o).name(rt.lang));
        throw PyError.raise("TypeError", "'" + Ops.typeName(rt, o) + "' object " + (sequence && isIndex(rt, key) ? "doesn't" : "does not")
                + " support item deletion");
    }

    /** A checked index into a sequence of {@code size} (negative counts from the end). */
    static int index(Runtime rt, PyObject key, int size, String what) {
        // the common case stays a few bytes of bytecode, so the JVM inlines it into every subscript (past its 325-byte
        // FreqInlineSize it did not, and fannkuch.py took 7% longer)
        if (key instanceof PyInt i && i.big == null) {
            long v = i.small < 0 ? i.small + size : i.small;
            if (v < 0 || v >= size) {
                throw outOfRange(what);
            }
            return (int) v;
        }
        return indexOther(rt, key, size, what);
    }

    /** {@link #index} of anything but a small int: a bool, an __index__, a long past Py_ssize_t, or its TypeError. */
    private static int indexOther(Runtime rt, PyObject key, int size, String what) {
        if (!(key instanceof PyInt || key instanceof PyBool)) {
            PyObject idx = key instanceof PyInstance ? Ops.callMethod(rt, key, "__index__") : null;
            if (idx != null) {
                key = Ops.indexResult(rt, idx);
            } else {
                String kind = what.startsWith("list") ? "list" : what.equals("range object") ? "range" : what;
                if (key instanceof PyInstance ci && ci.type().classic) {
                    // 2.7: a classic instance has an nb_index slot, whose instance_index finds no __index__
                    throw PyError.raise("TypeError", "object cannot be interpreted as an index");
                }
                if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                    throw PyError.raise("TypeError", kind + " indices must be integers, not " + Ops.typeName(rt, key));
                }
                if (kind.equals("string")) {
                    throw PyError.raise("TypeError", rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME)
                            ? "string indices must be integers, not '" + Ops.typeName(rt, key) + "'" : "string indices must be integers");
                }
                throw PyError.raise("TypeError", kind + " indices must be integers or slices, not " + Ops.typeName(rt, key));
            }
        }
        PyInt i = Arithmetic.asInt(key);
        if (i.big != null) {
            // past Py_ssize_t: PyNumber_AsSsize_t's IndexError, before any bounds check
            throw PyError.raise("IndexError", "cannot fit '" + Ops.typeName(rt, key) + "' into an index-sized integer");
        }
        long v = i.small;
        if (v < 0) {
            v += size;
        }
        if (v < 0 || v >= size) {
            throw outOfRange(what);
        }
        return (int) v;
    }

    /** The IndexError of an index past a sequence of kind {@code what} ("list", "tuple", "string", "byte"...). */
    public static PyError outOfRange(String what) {
        return PyError.raise("IndexError", (what.equals("byte") ? "index" : what + " index") + " out of range"); // bytes: "index out of range"
    }

    /** Whether slice indices {@code r} ({@link #indices}) take all {@code size} items in order. */
    private static boolean isWhole(int[] r, int size) {
        return r[0] == 0 && r[2] == 1 && sliceLength(r) == size;
    }

    /** start, stop, step of a slice over {@code size} items, as PySlice_GetIndicesEx computes them. */
    public static int[] indices(Runtime rt, PySlice s, int size) {
        long step = s.step instanceof PyNone ? 1 : sliceValue(rt, s.step);
        if (step == 0) {
            throw PyError.raise("ValueError", "slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? size - 1 : size;
        long start;
        long stop;
        if (s.start instanceof PyNone) {
            start = step < 0 ? upper : lower;
        } else {
            start = sliceValue(rt, s.start);
            start = start < 0 ? Math.max(start + size, lower) : Math.min(start, upper);
        }
        if (s.stop instanceof PyNone) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = sliceValue(rt, s.stop);
            stop = stop < 0 ? Math.max(stop + size, lower) : Math.min(stop, upper);
        }
        return new int[] {(int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE)};
    }

    private static long sliceValue(Runtime rt, PyObject v) {
        if (v instanceof PyInt || v instanceof PyBool) {
            PyInt i = Arithmetic.asInt(v);
            if (i.big != null) {
                return i.big.signum() < 0 ? -(1L << 62) : 1L << 62;
            }
            return Math.max(Math.min(i.small, 1L << 62), -(1L << 62));
        }
        PyObject idx = v instanceof PyInstance ? Ops.callMethod(rt, v, "__index__") : null;
        if (idx != null) {
            return sliceValue(rt, Ops.indexResult(rt, idx)); // PyNumber_AsSsize_t: its checks and warning
        }
        throw PyError.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }

    /**
     * len() of a range with more items than an int counts (or big bounds): the exact count up to a Py_ssize_t, else
     * CPython's OverflowError. len(x) and x.__len__() both ask here.
     */
    public static PyInt hugeRangeLength(PyRange r) {
        java.math.BigInteger n = r.exactLength();
        if (n.bitLength() > 63) {
            throw PyError.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return PyInt.of(n.longValue());
    }

    /**
     * compute_slice of a range with more items than an int counts (range(2**40)[1:3] is range(1, 3)): the slice's
     * indices as _PySlice_GetLongIndices finds them over the exact length, mapped through the range, in BigInteger.
     */
    private static PyRange hugeRangeSlice(Runtime rt, PyRange r, PySlice s) {
        java.math.BigInteger length = r.exactLength();
        java.math.BigInteger step = s.step instanceof PyNone ? java.math.BigInteger.ONE : bigSliceValue(rt, s.step);
        if (step.signum() == 0) {
            throw PyError.raise("ValueError", "slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        java.math.BigInteger lower = back ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = back ? length.subtract(java.math.BigInteger.ONE) : length;
        java.math.BigInteger start = s.start instanceof PyNone ? (back ? upper : lower) : clamped(bigSliceValue(rt, s.start), length, lower, upper);
        java.math.BigInteger stop = s.stop instanceof PyNone ? (back ? lower : upper) : clamped(bigSliceValue(rt, s.stop), length, lower, upper);
        java.math.BigInteger from = r.isBig() ? r.bigStart : java.math.BigInteger.valueOf(r.start);
        java.math.BigInteger by = r.isBig() ? r.bigStep : java.math.BigInteger.valueOf(r.step);
        java.math.BigInteger a = from.add(start.multiply(by));
        java.math.BigInteger b = from.add(stop.multiply(by));
        java.math.BigInteger c = by.multiply(step);
        if (a.bitLength() < 64 && b.bitLength() < 64 && c.bitLength() < 64) {
            PyRange small = new PyRange(a.longValue(), b.longValue(), c.longValue());
            if (Long.compareUnsigned(small.unsignedLength(), 1L << 62) < 0) {
                return small; // as range() would have made it
            }
        }
        return new PyRange(a, b, c);
    }

    /** A slice index made absolute and held to [lower, upper], as _PySlice_GetLongIndices does. */
    private static java.math.BigInteger clamped(java.math.BigInteger v, java.math.BigInteger length, java.math.BigInteger lower,
                                                java.math.BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** A slice's start, stop or step exactly, whatever its size (an int, a bool, or an object's __index__). */
    private static java.math.BigInteger bigSliceValue(Runtime rt, PyObject v) {
        if (v instanceof PyInt || v instanceof PyBool) {
            return Arithmetic.asInt(v).toBigInteger();
        }
        PyObject idx = v instanceof PyInstance ? Ops.callMethod(rt, v, "__index__") : null;
        if (idx != null) {
            return bigSliceValue(rt, Ops.indexResult(rt, idx)); // PyNumber_AsSsize_t: its checks and warning
        }
        throw PyError.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }

    /** How many items a slice's {@link #indices} take. */
    public static int sliceLength(int[] r) {
        if (r[2] > 0) {
            return r[1] > r[0] ? (int) (((long) r[1] - r[0] - 1) / r[2] + 1) : 0;
        }
        return r[0] > r[1] ? (int) (((long) r[0] - r[1] - 1) / -r[2] + 1) : 0;
    }

    /** {@code items[s]} of a tuple's items, as a new array. */
    static PyObject[] slice(PyObject[] items, PySlice s, Runtime rt) {
        return slice(items, indices(rt, s, items.length));
    }

    /** The items at slice indices {@code r} ({@link #indices}), as a new array. */
    private static PyObject[] slice(PyObject[] items, int[] r) {
        int n = sliceLength(r);
        if (r[2] == 1) {
            return Arrays.copyOfRange(items, r[0], r[0] + n);
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
            out[i] = items[j];
        }
        return out;
    }

    static ArrayList<PyObject> slice(List<PyObject> items, PySlice s, Runtime rt) {
        int[] r = indices(rt, s, items.size());
        int n = sliceLength(r);
        if (r[2] == 1) {
            return new ArrayList<>(items.subList(r[0], r[0] + n));
        }
        ArrayList<PyObject> out = new ArrayList<>(n);
        for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
            out.add(items.get(j));
        }
        return out;
    }

    /**
     * What list_ass_subscript assigns to slice {@code s}: PySequence_Fast's items, refused when there are none in
     * list_ass_slice's words for a step of 1, "must assign iterable to extended slice" for another.
     */
    public static List<PyObject> assignedItems(Runtime rt, PyObject value, PySlice s) {
        if ((value instanceof PyList || value instanceof org.pyvm.core.objects.PyTuple) && !(value instanceof org.pyvm.core.objects.UserSubclass)) {
            return Ops.toList(rt, value);
        }
        PyObject it;
        try {
            it = Ops.iter(rt, value);
        } catch (PyError e) {
            if (Exceptions.is(rt, e, "TypeError")) { // PySequence_Fast replaces any TypeError of PyObject_GetIter
                boolean simple = s.step instanceof PyNone || s.step instanceof PyInt one && one.big == null && one.small == 1;
                throw PyError.raise("TypeError", simple ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            out.add(x);
            grew(rt, out, out.size());
        }
        return out;
    }

    /** {@code items[s] = values} for a list ("sequence" in the size error) or a bytearray's items ("bytes"). */
    public static void assignSlice(Runtime rt, List<PyObject> items, PySlice s, List<PyObject> values, String noun) {
        int[] r = indices(rt, s, items.size());
        if (r[2] == 1) {
            int stop = Math.max(r[0], r[1]);
            if (stop - r[0] == values.size()) {
                for (int i = 0; i < values.size(); i++) {
                    items.set(r[0] + i, values.get(i)); // as many as it replaces: no shifting of the rest (values is a copy)
                }
                return;
            }
            items.subList(r[0], stop).clear();
            items.addAll(r[0], values);
            return;
        }
        int n = sliceLength(r);
        if (values.size() != n) {
            throw PyError.raise("ValueError", "attempt to assign " + noun + " of size " + values.size()
                    + " to extended slice of size " + n);
        }
        for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
            items.set(j, values.get(i));
        }
    }

}
