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
            PyObject start = ModuleSupport.arg(a, kw, 0, "start");
            PyObject step = ModuleSupport.arg(a, kw, 1, "step");
            return new Count(rt, start == null ? PyInt.of(0) : start, step == null ? PyInt.of(1) : step);
        });
        m.iteratorType("repeat", (a, kw) -> {
            PyObject x = ModuleSupport.arg(a, kw, 0, "object");
            PyObject times = ModuleSupport.arg(a, kw, 1, "times");
            if (x == null) {
                throw PyError.raise("TypeError", py2 ? "Required argument 'object' (pos 1) not found"
                        : "repeat() missing required argument 'object' (pos 1)");
            }
            return new Repeat(rt, x, times == null ? -1 : times(rt, times));
        });
        m.iteratorType("cycle", (a, kw) -> {
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
        m.iteratorType("chain", (a, kw) -> chain(rt, Ops.iter(rt, PyTuple.of(a))));
        rt.types.iteratorKind("chain").dict.put("from_iterable", new org.pyvm.core.objects.PyBuiltinFunction("from_iterable",
                (a, kw) -> chain(rt, Ops.iter(rt, a[0]))));
        m.iteratorType("islice", (a, kw) -> islice(rt, a));
        m.def("tee", (a, kw) -> tee(rt, a));
        m.iteratorType("starmap", (a, kw) -> {
            PyObject f = a[0];
            PyObject it = Ops.iter(rt, a[1]);
            return iterator("starmap", () -> {
                PyObject x = Ops.next(rt, it);
                return x == null ? null : Ops.call(rt, f, Ops.toList(rt, x).toArray(new PyObject[0]), null);
            });
        });
        m.iteratorType("takewhile", (a, kw) -> {
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
            PyObject data = Ops.iter(rt, a[0]);
            PyObject sel = Ops.iter(rt, a[1]);
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
        m.iteratorType(py2 ? "ifilterfalse" : "filterfalse", (a, kw) -> filter(rt, py2 ? "ifilterfalse" : "filterfalse", a, false));
        m.iteratorType(py2 ? "izip_longest" : "zip_longest", (a, kw) -> zipLongest(rt, py2 ? "izip_longest" : "zip_longest", a, kw));
        if (py2) {
            m.iteratorType("imap", (a, kw) -> imap(rt, a));
            m.iteratorType("izip", (a, kw) -> izip(rt, a));
            m.iteratorType("ifilter", (a, kw) -> filter(rt, "ifilter", a, true));
        } else {
            m.iteratorType("accumulate", (a, kw) -> {
                // accumulate(iterable, func=None, *, initial=None): initial from 3.8 (the release of METHOD_HASHES_SELF_BY_IDENTITY)
                int npos = a.length - (kw == null ? 0 : kw.length);
                boolean since38 = rt.lang.has(org.pyvm.spi.LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY);
                if (since38 ? npos > 2 : a.length > 2) { // before 3.8 all arguments count (PyArg_ParseTupleAndKeywords)
                    throw PyError.raise("TypeError", "accumulate() takes at most 2 arguments (" + a.length + " given)");
                }
                PyObject iterable = npos > 0 ? a[0] : null;
                PyObject f = npos > 1 ? a[1] : null;
                PyObject initial = null;
                for (int k = 0; kw != null && k < kw.length; k++) {
                    PyObject v = a[npos + k];
                    switch (kw[k]) {
                        case "iterable" -> iterable = v;
                        case "func" -> f = v;
                        case "initial" -> {
                            if (!since38) {
                                throw PyError.raise("TypeError", "'initial' is an invalid keyword argument for this function");
                            }
                            initial = v;
                        }
                        default -> throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                                + (since38 ? "accumulate()" : "this function"));
                    }
                }
                if (iterable == null) {
                    throw PyError.raise("TypeError", "accumulate() missing required argument 'iterable' (pos 1)");
                }
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
            boolean unitStep = step instanceof PyInt i && i.big == null && i.small == 1;
            return "count(" + Ops.repr(rt, current) + (unitStep ? "" : ", " + Ops.repr(rt, step)) + ")";
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
            return "repeat(" + Ops.repr(rt, object) + (left < 0 ? "" : ", " + left) + ")";
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

    private static PyIterator islice(Runtime rt, PyObject[] a) {
        if (a.length < 2 || a.length > 4) {
            throw PyError.raise("TypeError", "islice expected " + (a.length < 2 ? "at least 2" : "at most 4") + " arguments, got " + a.length);
        }
        PyObject it = Ops.iter(rt, a[0]);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = a[1] == PyNone.NONE ? Long.MAX_VALUE : index(a[1]);
        } else {
            start = a[1] == PyNone.NONE ? 0 : index(a[1]);
            stop = a.length < 3 || a[2] == PyNone.NONE ? Long.MAX_VALUE : index(a[2]);
            step = a.length < 4 || a[3] == PyNone.NONE ? 1 : index(a[3]);
            if (step < 1) {
                throw PyError.raise("ValueError", "Step for islice() must be a positive integer or None.");
            }
        }
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

    private static long index(PyObject o) {
        if (!(o instanceof PyInt i) || i.small < 0) {
            throw PyError.raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return i.small;
    }

    /** tee(iterable, n=2): n iterators sharing one source, each with its own queue of items not yet seen. */
    private static PyObject tee(Runtime rt, PyObject[] a) {
        PyObject it = Ops.iter(rt, a[0]);
        int n = a.length > 1 ? (int) ((PyInt) a[1]).small : 2;
        if (n < 0) {
            throw PyError.raise("ValueError", "n must be >= 0");
        }
        List<Deque<PyObject>> queues = new ArrayList<>();
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            Deque<PyObject> q = new ArrayDeque<>();
            queues.add(q);
            out[i] = iterator("tee", () -> {
                if (q.isEmpty()) {
                    PyObject x = Ops.next(rt, it);
                    if (x == null) {
                        return null;
                    }
                    for (Deque<PyObject> other : queues) {
                        other.add(x);
                    }
                }
                return q.poll();
            });
        }
        return PyTuple.of(out);
    }

    private static PyIterator imap(Runtime rt, PyObject[] a) {
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

    private static PyIterator izip(Runtime rt, PyObject[] a) {
        PyObject[] its = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            its[i] = Ops.iter(rt, a[i]);
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

    private static PyIterator filter(Runtime rt, String name, PyObject[] a, boolean keep) {
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
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                if (kw[k].equals("fillvalue")) {
                    fill = a[npos + k];
                }
            }
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Ops.iter(rt, a[i]);
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
