package org.pyvm.core.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The {@code itertools} module (a C module in CPython): lazy iterators over Python iterables, with
 * 2.7's extra names (imap, izip, ifilter, ifilterfalse, izip_longest) and 3.x's (zip_longest,
 * accumulate). Each iterator pulls from its sources only when asked, as CPython's do.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        ModuleBuilder m = new ModuleBuilder(rt, "itertools");
        m.iteratorType("count", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "count", a, kw, 0, "start", "step");
            PyObject start = v[0];
            PyObject step = v[1];
            return new Count(rt, start == null ? PyInt.of(0) : start, step == null ? PyInt.of(1) : step);
        });
        m.iteratorType("repeat", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "repeat", a, kw, 1, "object", "times");
            PyObject x = v[0];
            PyObject times = v[1];
            return new Repeat(rt, x, times == null ? -1 : times(rt, times));
        });
        countAndRepeatMethods(rt);
        m.iteratorType("cycle", (a, kw) -> {
            CArgs.unpack(rt, "cycle", a, kw, 1, 1);
            PyObject it = Ops.iter(rt, a[0]);
            List<PyObject> saved = new ArrayList<>();
            int[] pos = {-1};
            return iterator("cycle", () -> {
                if (pos[0] < 0) {
                    PyObject x = Ops.next(rt, it);
                    if (x != null) {
                        saved.add(x);
                        return x;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    pos[0] = 0;
                }
                PyObject x = saved.get(pos[0]);
                pos[0] = (pos[0] + 1) % saved.size();
                return x;
            });
        });
        // chain is a type: chain.from_iterable is its alternative constructor
        m.iteratorType("chain", (a, kw) -> {
            CArgs.noKeywords(rt, "chain", kw);
            return chain(rt, Ops.iter(rt, PyTuple.of(a)));
        });
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            org.pyvm.core.runtime.GenericAlias.addClassGetitem(rt, rt.types.iteratorKind("chain")); // 3.9+: chain[int]
        }
        rt.types.iteratorKind("chain").dict.put("from_iterable", new org.pyvm.core.objects.PyBuiltinFunction("from_iterable", (a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "chain", "from_iterable"), a, kw, 1, 1); // METH_O
            return chain(rt, Ops.iter(rt, a[0]));
        }));
        m.iteratorType("islice", (a, kw) -> {
            CArgs.unpack(rt, "islice", a, kw, 2, 4);
            return islice(rt, a);
        });
        m.def("tee", (a, kw) -> tee(rt, a, kw));
        teeType(rt);
        // groupby's groups are itertools._grouper (tp_name "itertools._grouper"), in every version
        rt.types.iteratorKind("_grouper").dict.put("__module__", org.pyvm.core.runtime.Strings.text(rt, "itertools"));
        m.iteratorType("starmap", (a, kw) -> {
            CArgs.unpack(rt, "starmap", a, kw, 2, 2);
            PyObject f = a[0];
            PyObject it = Ops.iter(rt, a[1]);
            return iterator("starmap", () -> {
                PyObject x = Ops.next(rt, it);
                return x == null ? null : Ops.call(rt, f, Ops.toList(rt, x).toArray(new PyObject[0]), null);
            });
        });
        m.iteratorType("takewhile", (a, kw) -> {
            CArgs.unpack(rt, "takewhile", a, kw, 2, 2);
            PyObject it = Ops.iter(rt, a[1]);
            boolean[] done = {false};
            return iterator("takewhile", () -> {
                if (done[0]) {
                    return null;
                }
                PyObject x = Ops.next(rt, it);
                if (x == null || !Ops.truth(rt, Ops.call(rt, a[0], x))) {
                    done[0] = true;
                    return null;
                }
                return x;
            });
        });
        m.iteratorType("dropwhile", (a, kw) -> {
            CArgs.unpack(rt, "dropwhile", a, kw, 2, 2);
            PyObject it = Ops.iter(rt, a[1]);
            boolean[] dropping = {true};
            return iterator("dropwhile", () -> {
                while (true) {
                    PyObject x = Ops.next(rt, it);
                    if (x == null || !dropping[0] || !Ops.truth(rt, Ops.call(rt, a[0], x))) {
                        dropping[0] = false;
                        return x;
                    }
                }
            });
        });
        m.iteratorType("compress", (a, kw) -> {
            PyObject[] v = CArgs.keywords(rt, "compress", a, kw, 2, "data", "selectors");
            PyObject data = Ops.iter(rt, v[0]);
            PyObject sel = Ops.iter(rt, v[1]);
            return iterator("compress", () -> {
                while (true) {
                    PyObject d = Ops.next(rt, data);
                    PyObject s = d == null ? null : Ops.next(rt, sel);
                    if (s == null) {
                        return null;
                    }
                    if (Ops.truth(rt, s)) {
                        return d;
                    }
                }
            });
        });
        m.iteratorType(py2 ? "ifilterfalse" : "filterfalse", (a, kw) -> filter(rt, py2 ? "ifilterfalse" : "filterfalse", a, kw, false));
        m.iteratorType(py2 ? "izip_longest" : "zip_longest", (a, kw) -> zipLongest(rt, py2 ? "izip_longest" : "zip_longest", a, kw));
        if (py2) {
            m.iteratorType("imap", (a, kw) -> imap(rt, a, kw));
            m.iteratorType("izip", (a, kw) -> izip(rt, a, kw));
            m.iteratorType("ifilter", (a, kw) -> filter(rt, "ifilter", a, kw, true));
        } else {
            m.iteratorType("accumulate", (a, kw) -> {
                // accumulate(iterable, func=None, *, initial=None): initial from 3.8 (the release of METHOD_HASHES_SELF_BY_IDENTITY)
                boolean since38 = rt.lang.has(org.pyvm.spi.LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY);
                if (since38 && a.length <= 3 && ModuleSupport.positional(a, kw) > 2) { // initial is keyword-only (after the count check)
                    throw PyError.raise("TypeError", "accumulate() takes at most 2 positional arguments (" + ModuleSupport.positional(a, kw) + " given)");
                }
                PyObject[] v = since38 ? CArgs.keywords(rt, "accumulate", a, kw, 1, "iterable", "func", "initial")
                        : CArgs.keywords(rt, "accumulate", a, kw, 1, "iterable", "func");
                PyObject iterable = v[0];
                PyObject f = v[1];
                PyObject initial = since38 ? v[2] : null;
                PyObject it = Ops.iter(rt, iterable);
                PyObject fn = f;
                PyObject[] total = {null};
                boolean[] first = {initial != null && initial != PyNone.NONE};
                PyObject start = initial;
                return iterator("accumulate", () -> {
                    if (first[0]) {
                        first[0] = false;
                        total[0] = start;
                        return start;
                    }
                    PyObject x = Ops.next(rt, it);
                    if (x == null) {
                        return null;
                    }
                    total[0] = total[0] == null ? x : fn == null || fn == PyNone.NONE
                            ? Ops.binary(rt, org.pyvm.core.code.Operator.ADD, total[0], x) : Ops.call(rt, fn, total[0], x);
                    return total[0];
                });
            });
        }
        Combinatorics.install(rt, m, py2);
        return m.build();
    }

    /** A lazy iterator whose step returns the next item or null at the end. */
    interface Step {
        PyObject next();
    }

    /** count(start, step): start, start + step, ...; its repr shows where it is ({@code count(6)}, {@code count(1, 2)}). */
    private static final class Count extends PyIterator {
        private final Runtime rt;
        private PyObject current;
        private final PyObject step;

        Count(Runtime rt, PyObject start, PyObject step) {
            super("count");
            if (!isNumber(rt, start) || !isNumber(rt, step)) {
                throw PyError.raise("TypeError", "a number is required");
            }
            this.rt = rt;
            this.current = start;
            this.step = step;
        }

        private static boolean isNumber(Runtime rt, PyObject o) {
            return o instanceof PyInt || o instanceof org.pyvm.core.objects.PyBool || o instanceof org.pyvm.core.objects.PyFloat
                    || o instanceof org.pyvm.core.objects.PyComplex || rt.types.of(o).lookup("__int__") != null
                    || rt.types.of(o).lookup("__float__") != null || rt.types.of(o).lookup("__index__") != null;
        }

        @Override
        public PyObject next() {
            PyObject v = current;
            current = Ops.binary(rt, org.pyvm.core.code.Operator.ADD, v, step);
            return v;
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return repr(lang, "count");
        }

        /** A step of the int 1, which repr and __reduce__ leave out. */
        boolean unitStep() {
            return step instanceof PyInt i && i.big == null && i.small == 1;
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang, String className) {
            boolean unitStep = unitStep();
            return ModuleSupport.reprName(rt, className, "count") + "(" + Ops.repr(rt, current) + (unitStep ? "" : ", " + Ops.repr(rt, step)) + ")";
        }
    }

    /** repeat(object[, times]): the object, times times or forever; its repr shows how many are left. */
    private static final class Repeat extends PyIterator {
        private final Runtime rt;
        private final PyObject object;
        private long left;

        Repeat(Runtime rt, PyObject object, long times) {
            super("repeat");
            this.rt = rt;
            this.object = object;
            this.left = times;
        }

        @Override
        public PyObject next() {
            if (left == 0) {
                return null;
            }
            if (left > 0) {
                left--;
            }
            return object;
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return repr(lang, "repeat");
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang, String className) {
            return ModuleSupport.reprName(rt, className, "repeat") + "(" + Ops.repr(rt, object) + (left < 0 ? "" : ", " + left) + ")";
        }
    }

    /**
     * count's __reduce__ (copy.copy and pickle make a count where it is: {@code (count, (5,))}, the step too unless it
     * is the int 1), repeat's __length_hint__ ("len() of unsized object" when endless) and 3.x's repeat.__reduce__.
     */
    private static void countAndRepeatMethods(Runtime rt) {
        PyType count = rt.types.iteratorKind("count");
        count.dict.put("__reduce__", new org.pyvm.core.objects.PyMethodDescriptor("__reduce__", count, (self, a, kw) -> {
            Count c = (Count) org.pyvm.core.objects.IteratorSubclass.iteratorOf(self);
            PyTuple args = c.unitStep() ? PyTuple.of(c.current) : PyTuple.of(c.current, c.step);
            return PyTuple.of(rt.types.of(self), args);
        }));
        PyType repeat = rt.types.iteratorKind("repeat");
        repeat.dict.put("__length_hint__", new org.pyvm.core.objects.PyMethodDescriptor("__length_hint__", repeat, (self, a, kw) -> {
            Repeat r = (Repeat) org.pyvm.core.objects.IteratorSubclass.iteratorOf(self);
            if (r.left < 0) {
                throw PyError.raise("TypeError", "len() of unsized object");
            }
            return PyInt.of(r.left);
        }));
        if (rt.lang.major() == 3) {
            repeat.dict.put("__reduce__", new org.pyvm.core.objects.PyMethodDescriptor("__reduce__", repeat, (self, a, kw) -> {
                Repeat r = (Repeat) org.pyvm.core.objects.IteratorSubclass.iteratorOf(self);
                return PyTuple.of(rt.types.of(self), r.left < 0 ? PyTuple.of(r.object) : PyTuple.of(r.object, PyInt.of(r.left)));
            }));
        }
    }

    /** repeat's times as CPython's "n" argument format reads it (a negative count means none). */
    private static long times(Runtime rt, PyObject t) {
        if (t instanceof org.pyvm.core.objects.PyBool b) {
            return b.value ? 1 : 0;
        }
        if (t instanceof PyInt i) {
            return i.big != null ? (i.big.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, i.small);
        }
        boolean py2 = rt.lang.major() == 2;
        if (t instanceof org.pyvm.core.objects.PyFloat && (py2 || rt.lang.minor() < 10)) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        PyObject index = rt.types.of(t).lookup("__index__");
        if (index != null) {
            return times(rt, Ops.call(rt, Ops.getattr(rt, t, "__index__")));
        }
        throw PyError.raise("TypeError", py2 ? "an integer is required" : "'" + Ops.typeName(rt, t) + "' object cannot be interpreted as an integer");
    }

    static PyIterator iterator(String name, Step step) {
        return new PyIterator(name) {
            @Override
            public PyObject next() {
                return step.next();
            }
        };
    }

    private static PyIterator chain(Runtime rt, PyObject sources) {
        PyObject[] current = {null};
        return iterator("chain", () -> {
            while (true) {
                if (current[0] == null) {
                    PyObject src = Ops.next(rt, sources);
                    if (src == null) {
                        return null;
                    }
                    current[0] = Ops.iter(rt, src);
                }
                PyObject x = Ops.next(rt, current[0]);
                if (x != null) {
                    return x;
                }
                current[0] = null;
            }
        });
    }

    /**
     * islice(iterable, stop) or islice(iterable, start, stop[, step]), checked as CPython's islice_new does
     * before it asks for the iterator: a stop that is not an index (or is -1) is "Stop argument", a negative
     * start or a stop below -1 "Indices", a step below 1 "Step".
     */
    private static PyIterator islice(Runtime rt, PyObject[] a) {
        String maximum = rt.lang.major() == 2 ? "maxint" : "sys.maxsize";
        long start = 0;
        long step = 1;
        PyObject stopArg = a.length == 2 ? a[1] : a[2];
        long stop = stopArg == PyNone.NONE ? -1 : ssizeOrMinusOne(rt, stopArg);
        if (stopArg != PyNone.NONE && stop == -1) {
            throw PyError.raise("ValueError", "Stop argument for islice() must be None or an integer: 0 <= x <= " + maximum + ".");
        }
        if (a.length > 2 && a[1] != PyNone.NONE) {
            start = ssizeOrMinusOne(rt, a[1]);
        }
        if (start < 0 || stop < -1) {
            throw PyError.raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= " + maximum + ".");
        }
        if (a.length == 4 && a[3] != PyNone.NONE) {
            step = ssizeOrMinusOne(rt, a[3]);
        }
        if (step < 1) {
            throw PyError.raise("ValueError", "Step for islice() must be a positive integer or None.");
        }
        if (stop == -1) {
            stop = Long.MAX_VALUE;
        }
        PyObject it = Ops.iter(rt, a[0]);
        long[] next = {start};
        long[] pos = {0};
        long stopAt = stop;
        long by = step;
        return iterator("islice", () -> {
            if (next[0] >= stopAt) {
                return null;
            }
            while (pos[0] < next[0]) {
                if (Ops.next(rt, it) == null) {
                    next[0] = Long.MAX_VALUE;
                    return null;
                }
                pos[0]++;
            }
            PyObject x = Ops.next(rt, it);
            if (x == null) {
                next[0] = Long.MAX_VALUE;
                return null;
            }
            pos[0]++;
            next[0] += by;
            return x;
        });
    }

    /** A Py_ssize_t argument (getargs "n"): a float is refused before 3.10 in its own words. */
    static long ssize(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyFloat && (rt.lang.major() == 2 || rt.lang.minor() < 10)) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        return ModuleSupport.index(rt, o);
    }

    /** iter() of argument {@code i}: before 3.7 izip and zip_longest say which argument is not iterable. */
    private static PyObject iterArgument(Runtime rt, String name, PyObject o, int i) {
        if (rt.lang.major() == 3 && rt.lang.minor() >= 7) {
            return Ops.iter(rt, o);
        }
        try {
            return Ops.iter(rt, o);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                throw PyError.raise("TypeError", name + " argument #" + (i + 1) + " must support iteration");
            }
            throw e;
        }
    }

    /** PyNumber_AsSsize_t with its error cleared, as islice reads its indices: -1 for anything not an index that fits. */
    private static long ssizeOrMinusOne(Runtime rt, PyObject o) {
        java.math.BigInteger v = ModuleSupport.integer(rt, o);
        return v == null || v.bitLength() >= 64 ? -1 : v.longValue();
    }

    /**
     * tee(iterable, n=2): n iterators sharing one source, each with its own queue of items not yet seen. 2.7 and
     * 3.6 parse it with an unnamed PyArg_ParseTuple ("function takes at least 1 argument"), 3.7+ by Argument
     * Clinic ("tee expected at least 1 argument").
     */
    private static PyObject tee(Runtime rt, PyObject[] a, String[] kw) {
        boolean clinic = rt.lang.major() == 3 && rt.lang.minor() >= 7;
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", (rt.lang.major() == 3 && rt.lang.minor() >= 10 ? "itertools.tee" : "tee") + "() takes no keyword arguments");
        }
        if (clinic) {
            CArgs.unpack(rt, "tee", a, kw, 1, 2);
        } else {
            CArgs.countBefore37(null, a, 1, 2);
        }
        long size = a.length > 1 ? ssize(rt, a[1]) : 2;
        PyObject it = Ops.iter(rt, a[0]);
        int n = (int) Math.min(size, Integer.MAX_VALUE);
        if (n < 0) {
            throw PyError.raise("ValueError", "n must be >= 0");
        }
        List<Deque<PyObject>> queues = new ArrayList<>();
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Tee(rt, it, queues, new ArrayDeque<>());
        }
        return PyTuple.of(out);
    }

    /**
     * One of tee()'s iterators (CPython's {@code itertools._tee}): the items the source gave that it has not yet
     * taken, in a queue the others fill too. {@code copy.copy} of one ({@code __copy__}) starts where it stands.
     */
    static final class Tee extends PyIterator {
        private final Runtime rt;
        private final PyObject source;
        private final List<Deque<PyObject>> queues;
        private final Deque<PyObject> queue;

        Tee(Runtime rt, PyObject source, List<Deque<PyObject>> queues, Deque<PyObject> queue) {
            super(teeName(rt));
            this.rt = rt;
            this.source = source;
            this.queues = queues;
            this.queue = queue;
            queues.add(queue);
        }

        @Override
        public PyObject next() {
            if (queue.isEmpty()) {
                PyObject x = Ops.next(rt, source);
                if (x == null) {
                    return null;
                }
                for (Deque<PyObject> other : queues) {
                    other.add(x);
                }
            }
            return queue.poll();
        }

        Tee copy() {
            return new Tee(rt, source, queues, new ArrayDeque<>(queue));
        }
    }

    /** 3.x names the type _tee, 2.7 tee. */
    private static String teeName(Runtime rt) {
        return rt.lang.major() == 2 ? "tee" : "_tee";
    }

    /** The _tee type: its module, and __copy__. */
    private static void teeType(Runtime rt) {
        PyType t = rt.types.iteratorKind(teeName(rt));
        t.dict.put("__module__", org.pyvm.core.runtime.Strings.text(rt, "itertools"));
        t.dict.put("__copy__", new org.pyvm.core.objects.PyMethodDescriptor("__copy__", t, (self, a, kw) -> ((Tee) self).copy()));
    }

    private static PyIterator imap(Runtime rt, PyObject[] a, String[] kw) {
        CArgs.noKeywords(rt, "imap", kw);
        if (a.length < 2) {
            throw PyError.raise("TypeError", "imap() must have at least two arguments.");
        }
        PyObject f = a[0];
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = Ops.iter(rt, a[i]);
        }
        return iterator("imap", () -> {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                args[i] = Ops.next(rt, its[i]);
                if (args[i] == null) {
                    return null;
                }
            }
            return f == PyNone.NONE ? PyTuple.of(args) : Ops.call(rt, f, args, null);
        });
    }

    private static PyIterator izip(Runtime rt, PyObject[] a, String[] kw) {
        CArgs.noKeywords(rt, "izip", kw);
        PyObject[] its = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            its[i] = iterArgument(rt, "izip", a[i], i);
        }
        return iterator("izip", () -> {
            if (its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = Ops.next(rt, its[i]);
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        });
    }

    private static PyIterator filter(Runtime rt, String name, PyObject[] a, String[] kw, boolean keep) {
        CArgs.unpack(rt, name, a, kw, 2, 2);
        PyObject f = a[0];
        PyObject it = Ops.iter(rt, a[1]);
        return iterator(name, () -> {
            while (true) {
                PyObject x = Ops.next(rt, it);
                if (x == null) {
                    return null;
                }
                boolean t = Ops.truth(rt, f == PyNone.NONE ? x : Ops.call(rt, f, x));
                if (t == keep) {
                    return x;
                }
            }
        });
    }

    private static PyIterator zipLongest(Runtime rt, String name, PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        PyObject fill = PyNone.NONE;
        if (kw != null && kw.length > 0) {
            if (kw.length > 1 || !kw[0].equals("fillvalue")) {
                throw PyError.raise("TypeError", name + "() got an unexpected keyword argument");
            }
            fill = a[npos];
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = iterArgument(rt, name, a[i], i);
        }
        boolean[] done = new boolean[npos];
        int[] active = {npos};
        PyObject fillValue = fill;
        return iterator(name, () -> {
            if (active[0] == 0) {
                return null;
            }
            PyObject[] items = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                PyObject x = done[i] ? null : Ops.next(rt, its[i]);
                if (x == null) {
                    if (!done[i]) {
                        done[i] = true;
                        active[0]--;
                    }
                    if (active[0] == 0) {
                        return null;
                    }
                    x = fillValue;
                }
                items[i] = x;
            }
            return PyTuple.of(items);
        });
    }
}
