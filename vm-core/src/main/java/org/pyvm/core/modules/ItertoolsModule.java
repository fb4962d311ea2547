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
        m.def("count", (a, kw) -> {
            PyObject[] start = {a.length > 0 ? a[0] : PyInt.of(0)};
            PyObject step = a.length > 1 ? a[1] : PyInt.of(1);
            return iterator("count", () -> {
                PyObject v = start[0];
                start[0] = Ops.binary(rt, org.pyvm.core.code.Operator.ADD, v, step);
                return v;
            });
        });
        m.def("repeat", (a, kw) -> {
            PyObject x = a[0];
            long[] left = {a.length > 1 ? ((PyInt) a[1]).small : -1};
            return iterator("repeat", () -> {
                if (left[0] == 0) {
                    return null;
                }
                if (left[0] > 0) {
                    left[0]--;
                }
                return x;
            });
        });
        m.def("cycle", (a, kw) -> {
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
        PyObject chain = new org.pyvm.core.objects.PyBuiltinFunction("chain", (a, kw) -> chain(rt, Ops.iter(rt, PyTuple.of(a))));
        m.put("chain", chain);
        m.def("islice", (a, kw) -> islice(rt, a));
        m.def("tee", (a, kw) -> tee(rt, a));
        m.def("starmap", (a, kw) -> {
            PyObject f = a[0];
            PyObject it = Ops.iter(rt, a[1]);
            return iterator("starmap", () -> {
                PyObject x = Ops.next(rt, it);
                return x == null ? null : Ops.call(rt, f, Ops.toList(rt, x).toArray(new PyObject[0]), null);
            });
        });
        m.def("takewhile", (a, kw) -> {
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
        m.def("dropwhile", (a, kw) -> {
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
        m.def("compress", (a, kw) -> {
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
        m.def(py2 ? "ifilterfalse" : "filterfalse", (a, kw) -> filter(rt, py2 ? "ifilterfalse" : "filterfalse", a, false));
        m.def(py2 ? "izip_longest" : "zip_longest", (a, kw) -> zipLongest(rt, py2 ? "izip_longest" : "zip_longest", a, kw));
        if (py2) {
            m.def("imap", (a, kw) -> imap(rt, a));
            m.def("izip", (a, kw) -> izip(rt, a));
            m.def("ifilter", (a, kw) -> filter(rt, "ifilter", a, true));
        } else {
            m.def("accumulate", (a, kw) -> {
                PyObject it = Ops.iter(rt, a[0]);
                PyObject f = a.length > 1 ? a[1] : null;
                PyObject[] total = {null};
                return iterator("accumulate", () -> {
                    PyObject x = Ops.next(rt, it);
                    if (x == null) {
                        return null;
                    }
                    total[0] = total[0] == null ? x : f == null || f == PyNone.NONE
                            ? Ops.binary(rt, org.pyvm.core.code.Operator.ADD, total[0], x) : Ops.call(rt, f, total[0], x);
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
