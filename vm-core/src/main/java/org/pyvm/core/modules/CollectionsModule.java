package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.builtins.Subclassing;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterable;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _collections} (C in CPython): {@code deque}, a double-ended queue with an optional
 * {@code maxlen} whose iterators fail once it is mutated, and {@code defaultdict}, a dict whose
 * {@code __missing__} calls {@code default_factory}; 3.x also gets {@code _count_elements} (Counter's
 * helper) and {@code OrderedDict} (C in 3.x CPython: {@link OrderedDictType}; 2.7's is collections' pure-Python class).
 */
public final class CollectionsModule {
    private final Runtime rt;
    private final boolean py2;
    private final PyType dequeType;

    private CollectionsModule(Runtime rt) {
        this.rt = rt;
        this.py2 = rt.lang.major() == 2;
        this.dequeType = ModuleSupport.type(rt, "collections", "deque", rt.types.object).withCollectionFlag(PyType.SEQUENCE);
    }

    /** A deque: its items, its bound (-1 for none) and a count of changes its iterators watch. */
    static final class Deque extends ModuleSupport.NativeInstance implements PyIterable, org.pyvm.core.objects.CustomAttributes {
        final List<PyObject> items = new Ring();
        int maxlen = -1;
        long state;
        boolean inRepr;

        /** 2.7's: its iterators' type names. */
        final boolean py2;

        Deque(PyType type, boolean py2) {
            super(type);
            this.py2 = py2;
        }

        @Override
        public PyObject iterate() {
            return iterator(false);
        }

        PyIterator iterator(boolean reversed) {
            Deque d = this;
            long expected = state;
            int size = items.size();
            return new PyIterator(iteratorName(py2, reversed)) {
                private int done;

                @Override
                public long lengthHint() {
                    return d.state != expected || d.items.size() != size ? 0 : size - done;
                }

                @Override
                public PyObject next() {
                    if (d.state != expected || d.items.size() != size) {
                        done = size;
                        throw PyError.raise("RuntimeError", "deque mutated during iteration");
                    }
                    if (done >= size) {
                        return null;
                    }
                    int i = done++;
                    return d.items.get(reversed ? size - 1 - i : i);
                }
            };
        }

        @Override
        public int size() {
            return items.size();
        }

        /** 2.7's tp_name deque_iterator (a builtin's, no module); 3.x's _collections._deque_iterator. */
        static String iteratorName(boolean py2, boolean reversed) {
            return (py2 ? "" : "_") + (reversed ? "deque_reverse_iterator" : "deque_iterator");
        }

        @Override
        public PyObject attribute(String name) {
            return null;
        }

        /**
         * deque has no instance dict (a subclass's instances do): a new attribute is refused; maxlen, a data
         * descriptor, refuses in its own words.
         */
        @Override
        public boolean setAttribute(String name, PyObject value) {
            if (type().lookup(name) instanceof Ops.DataDescriptor) {
                return false;
            }
            return refuseNewAttribute(name);
        }

        /** A deque is unhashable (its type's __hash__ is None); CPython names the type by its tp_name. */
        @Override
        public long identityHash() {
            throw PyError.raise("TypeError", "unhashable type: '" + typeName(null) + "'");
        }

        void append(PyObject x) {
            state++;
            if (maxlen == 0) {
                return;
            }
            items.add(x);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(0);
            }
        }

        void appendLeft(PyObject x) {
            state++;
            if (maxlen == 0) {
                return;
            }
            items.add(0, x);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(items.size() - 1);
            }
        }

        void rotate(long n) {
            int len = items.size();
            if (len <= 1) {
                return;
            }
            state++;
            int k = (int) Math.floorMod(n, (long) len);
            java.util.Collections.rotate(items, k);
        }
    }

    public static PyModule create(Runtime rt) {
        return new CollectionsModule(rt).build();
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "_collections");
        installDeque();
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            org.pyvm.core.runtime.GenericAlias.addClassGetitem(rt, dequeType); // deque[int]; defaultdict inherits dict's
        }
        m.put("deque", dequeType);
        if (!py2) {
            for (boolean reversed : new boolean[] {false, true}) {
                rt.types.iteratorKind(Deque.iteratorName(false, reversed)).dict.put("__module__", Strings.text(rt, "_collections"));
            }
        }
        m.put("defaultdict", defaultdict());
        if (!py2) {
            m.put("OrderedDict", OrderedDictType.create(rt)); // collections takes it in place of its pure-Python class
        }
        if (!py2) {
            m.def("_count_elements", (a, kw) -> {
                ModuleSupport.count(rt, "_count_elements", a, kw, 2, 2);
                PyObject mapping = a[0];
                PyObject get = Ops.getattr(rt, mapping, "get");
                PyObject it = Ops.iter(rt, a[1]);
                for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                    PyObject old = Ops.call(rt, get, x, PyInt.of(0));
                    Ops.setitem(rt, mapping, x, Ops.binary(rt, Operator.ADD, old, PyInt.of(1)));
                }
                return PyNone.NONE;
            });
        }
        if (modern()) {
            m.put("_tuplegetter", tupleGetterType());
        }
        return m.build();
    }

    // ------------------------------------------------------------------ _tuplegetter (3.8+)

    /**
     * {@code _tuplegetter(index, doc)}: the descriptor namedtuple gives each field. It reads item {@code index}
     * of a tuple (any subclass) straight from its storage, refuses any other object, and cannot be set or
     * deleted ("can't set attribute", as tuplegetter_descr_set says).
     */
    private PyType tupleGetterType() {
        PyType t = ModuleSupport.type(rt, "collections", "_tuplegetter", rt.types.object);
        t.withConstructor((type, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", "_tuplegetter() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PyError.raise("TypeError", "_tuplegetter expected 2 arguments, got " + a.length);
            }
            long index = ModuleSupport.index(rt, a[0]);
            return new TupleGetter(t, index, a[1]);
        });
        t.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", t, (self, a, kw) -> {
            TupleGetter g = (TupleGetter) self;
            return org.pyvm.core.objects.PyTuple.of(g.type, org.pyvm.core.objects.PyTuple.of(PyInt.of(g.index), g.doc));
        }));
        return t;
    }

    private final class TupleGetter extends PyObject implements Ops.DataDescriptor, org.pyvm.core.objects.Typed,
            org.pyvm.core.objects.CustomAttributes {
        final PyType type;
        final long index;
        PyObject doc;

        TupleGetter(PyType type, long index, PyObject doc) {
            this.type = type;
            this.index = index;
            this.doc = doc;
        }

        @Override
        public PyObject get(PyObject obj, PyType owner) {
            if (obj == null) {
                return this;
            }
            if (!(obj instanceof org.pyvm.core.objects.PyTuple tu)) {
                throw PyError.raise("TypeError", "descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + Ops.typeName(rt, obj) + "' object");
            }
            PyObject[] items = tu.items();
            if (index < 0 || index >= items.length) {
                throw PyError.raise("IndexError", "tuple index out of range");
            }
            return items[(int) index];
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw PyError.raise("AttributeError", "can't set attribute");
        }

        @Override
        public void delete(PyObject obj) {
            throw PyError.raise("AttributeError", "can't delete attribute");
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject attribute(String name) {
            return name.equals("__doc__") ? doc : null;
        }

        @Override
        public boolean setAttribute(String name, PyObject value) {
            if (name.equals("__doc__")) {
                doc = value;
                return true;
            }
            return false;
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "_collections._tuplegetter";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<_collections._tuplegetter object at 0x" + Long.toHexString(org.pyvm.core.objects.Ids.address(this)) + ">";
        }
    }

    // ------------------------------------------------------------------ deque

    private void def(String name, ModuleSupport.Body<Deque> body) {
        ModuleSupport.method(dequeType, name, Deque.class, body);
    }

    private boolean modern() {
        return !py2 && rt.lang.minor() >= 8;
    }

    private static PyObject none() {
        return PyNone.NONE;
    }

    private Deque newDeque(PyType type, List<PyObject> items, int maxlen) {
        Deque d = new Deque(type, py2);
        d.maxlen = maxlen;
        for (PyObject x : items) {
            d.append(x);
        }
        return d;
    }

    private void init(Deque d, PyObject[] a, String[] kw) {
        if (a.length > 2) {
            throw PyError.raise("TypeError", unpacksArguments(kw) ? "deque() expected at most 2 arguments, got " + a.length
                    : "deque() takes at most 2 arguments (" + a.length + " given)"); // keyword arguments count too
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (!kw[k].equals("iterable") && !kw[k].equals("maxlen")) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for " + (py2 ? "this function" : "deque()"));
            }
        }
        PyObject iterable = ModuleSupport.arg(a, kw, 0, "iterable");
        PyObject maxlen = ModuleSupport.arg(a, kw, 1, "maxlen");
        int bound = -1;
        if (maxlen != null && maxlen != PyNone.NONE) {
            if (py2 && maxlen instanceof org.pyvm.core.objects.PyFloat f) {
                maxlen = PyInt.of((long) f.value); // 2.7's PyInt_AsSsize_t truncates a float
            }
            if (ModuleSupport.integer(rt, maxlen) == null) {
                throw PyError.raise("TypeError", "an integer is required"); // PyLong_AsSsize_t's words
            }
            long v = ModuleSupport.index(rt, maxlen);
            if (v < 0) {
                throw PyError.raise("ValueError", "maxlen must be non-negative");
            }
            bound = (int) Math.min(v, Integer.MAX_VALUE);
        }
        d.maxlen = bound;
        if (!d.items.isEmpty()) {
            d.items.clear();
            d.state++;
        }
        if (iterable != null) {
            extend(d, iterable);
        }
    }

    private void extend(Deque d, PyObject iterable) {
        List<PyObject> xs = Ops.toList(rt, iterable); // a deque extended by itself reads its items first
        for (PyObject x : xs) {
            d.append(x);
        }
    }

    /**
     * The item index a subscript names, checked as PyObject_GetItem/SetItem/DelItem check a sequence's key
     * (a direct call of the dunder method converts with other words, rarely seen); an index past a C
     * ssize_t is an IndexError.
     */
    private int position(Deque d, PyObject key) {
        java.math.BigInteger k = key instanceof PySlice ? null : ModuleSupport.integer(rt, key);
        if (k == null) {
            throw PyError.raise("TypeError", "sequence index must be integer, not '" + Ops.typeName(rt, key) + "'");
        }
        if (k.bitLength() >= 64) {
            throw PyError.raise("IndexError", "cannot fit '" + (py2 ? "long" : "int") + "' into an index-sized integer");
        }
        long i = k.longValue();
        if (i < 0) {
            i += d.items.size();
        }
        if (i < 0 || i >= d.items.size()) {
            throw PyError.raise("IndexError", "deque index out of range");
        }
        return (int) i;
    }

    /**
     * 3.x before 3.8 unpacks a call without keywords with PyArg_UnpackTuple ("deque() expected at most 2 arguments,
     * got 3"); 2.7, a call with keywords and 3.8+ parse with PyArg_ParseTupleAndKeywords. (3.8: the release that made
     * bound methods hash their object by identity.)
     */
    private boolean unpacksArguments(String[] kw) {
        return !py2 && (kw == null || kw.length == 0) && !rt.lang.has(org.pyvm.spi.LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY);
    }

    /** The name a repr starts with: 3.7+ (bpo-27541) names a subclass by its own name, before always the base's. */
    private String reprName(PyType type, String base) {
        return ModuleSupport.reprName(rt, type.name(rt.lang), base);
    }

    private String typeName(Deque d) {
        return reprName(d.type(), "deque");
    }

    private String repr(Deque d) {
        if (d.inRepr) {
            return "[...]";
        }
        d.inRepr = true;
        try {
            String items = Ops.repr(rt, PyList.of(new ArrayList<>(d.items)));
            return typeName(d) + "(" + items + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")";
        } finally {
            d.inRepr = false;
        }
    }

    /**
     * 2.7's deque_reduce: the type and its items as a list (and maxlen); a subclass's instance also its dict,
     * and then maxlen always (None when unbounded).
     */
    private PyObject reduce27(Deque d) {
        PyList items = PyList.of(new ArrayList<>(d.items));
        PyObject maxlen = d.maxlen < 0 ? PyNone.NONE : PyInt.of(d.maxlen);
        if (!d.type().builtin) {
            return org.pyvm.core.objects.PyTuple.of(d.type(), org.pyvm.core.objects.PyTuple.of(items, maxlen), Ops.getattr(rt, d, "__dict__"));
        }
        return org.pyvm.core.objects.PyTuple.of(d.type(), d.maxlen < 0 ? org.pyvm.core.objects.PyTuple.of(items)
                : org.pyvm.core.objects.PyTuple.of(items, maxlen));
    }

    /**
     * 3.x's deque_reduce: the type made empty ({@code ()}, or {@code ((), maxlen)}), the instance dict of a
     * subclass's instance (else None), and an iterator over the items, which pickle and copy append.
     */
    private PyObject reduce(Deque d) {
        org.pyvm.core.objects.PyTuple args = d.maxlen < 0 ? org.pyvm.core.objects.PyTuple.of()
                : org.pyvm.core.objects.PyTuple.of(org.pyvm.core.objects.PyTuple.of(), PyInt.of(d.maxlen));
        PyObject state = d.type().builtin ? PyNone.NONE : Ops.getattr(rt, d, "__dict__");
        if (state != PyNone.NONE && rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_GROUPS) && Ops.len(rt, state) == 0) {
            state = PyNone.NONE; // 3.11's object.__getstate__ (the release of exception groups): an empty dict is None
        }
        return org.pyvm.core.objects.PyTuple.of(d.type(), args, state, d.iterator(false));
    }

    private PyObject compare(Deque d, PyObject other, Comparison c) {
        if (!(other instanceof Deque o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.compare(rt, c, PyList.of(new ArrayList<>(d.items)), PyList.of(new ArrayList<>(o.items)));
    }

    private void installDeque() {
        PyType t = dequeType;
        t.withConstructor((type, a, kw) -> {
            Deque d = new Deque(type, py2);
            if (type.lookup("__init__") instanceof PyMethodDescriptor own && own.owner() == t) {
                init(d, a, kw);
            } else {
                ModuleSupport.initSubclass(rt, t, type, d, a, kw);
            }
            return d;
        });
        def("__init__", (d, a, kw) -> {
            init(d, a, kw);
            return none();
        });
        t.dict.put("__hash__", PyNone.NONE);
        t.dict.put("maxlen", Getter.readOnly("maxlen", "collections.deque", o -> ((Deque) o).maxlen < 0 ? PyNone.NONE : PyInt.of(((Deque) o).maxlen)));
        def("append", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "append"), a, kw, 1, 1);
            d.append(a[0]);
            return none();
        });
        def("appendleft", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "appendleft"), a, kw, 1, 1);
            d.appendLeft(a[0]);
            return none();
        });
        def("pop", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "pop"), a, kw, 0, 0);
            if (d.items.isEmpty()) {
                throw PyError.raise("IndexError", "pop from an empty deque");
            }
            d.state++;
            return d.items.remove(d.items.size() - 1);
        });
        def("popleft", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "popleft"), a, kw, 0, 0);
            if (d.items.isEmpty()) {
                throw PyError.raise("IndexError", "pop from an empty deque");
            }
            d.state++;
            return d.items.remove(0);
        });
        def("extend", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "extend"), a, kw, 1, 1);
            extend(d, a[0]);
            return none();
        });
        def("extendleft", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "extendleft"), a, kw, 1, 1);
            for (PyObject x : Ops.toList(rt, a[0])) {
                d.appendLeft(x);
            }
            return none();
        });
        def("rotate", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "rotate"), a, kw, 0, 1);
            d.rotate(a.length == 0 ? 1 : ModuleSupport.index(rt, a[0]));
            return none();
        });
        def("clear", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "clear"), a, kw, 0, 0);
            d.items.clear();
            d.state++;
            return none();
        });
        def("count", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "count"), a, kw, 1, 1);
            long start = d.state;
            int n = 0;
            for (PyObject x : new ArrayList<>(d.items)) {
                if (Ops.eq(rt, x, a[0])) {
                    n++;
                }
                if (d.state != start) {
                    throw PyError.raise("RuntimeError", "deque mutated during iteration");
                }
            }
            return PyInt.of(n);
        });
        def("remove", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "remove"), a, kw, 1, 1);
            for (int i = 0; i < d.items.size(); i++) {
                if (Ops.eq(rt, d.items.get(i), a[0])) {
                    d.items.remove(i);
                    d.state++;
                    return none();
                }
            }
            throw PyError.raise("ValueError", modern() ? Ops.repr(rt, a[0]) + " is not in deque" : "deque.remove(x): x not in deque");
        });
        def("reverse", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "reverse"), a, kw, 0, 0);
            java.util.Collections.reverse(d.items);
            d.state++;
            return none();
        });
        def("__len__", (d, a, kw) -> PyInt.of(d.items.size()));
        def("__iter__", (d, a, kw) -> d.iterator(false));
        def("__reversed__", (d, a, kw) -> d.iterator(true));
        def("__repr__", (d, a, kw) -> Strings.text(rt, repr(d)));
        def("__contains__", (d, a, kw) -> {
            for (PyObject x : new ArrayList<>(d.items)) {
                if (Ops.eq(rt, x, a[0])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        def("__getitem__", (d, a, kw) -> d.items.get(position(d, a[0])));
        def("__setitem__", (d, a, kw) -> {
            d.items.set(position(d, a[0]), a[1]);
            return none();
        });
        def("__delitem__", (d, a, kw) -> {
            d.items.remove(position(d, a[0]));
            d.state++;
            return none();
        });
        def("__copy__", (d, a, kw) -> copy(d));
        def("__eq__", (d, a, kw) -> compare(d, a[0], Comparison.EQ));
        def("__ne__", (d, a, kw) -> compare(d, a[0], Comparison.NE));
        def("__lt__", (d, a, kw) -> compare(d, a[0], Comparison.LT));
        def("__le__", (d, a, kw) -> compare(d, a[0], Comparison.LE));
        def("__gt__", (d, a, kw) -> compare(d, a[0], Comparison.GT));
        def("__ge__", (d, a, kw) -> compare(d, a[0], Comparison.GE));
        def("__iadd__", (d, a, kw) -> {
            extend(d, a[0]);
            return d;
        });
        def("__reduce__", (d, a, kw) -> py2 ? reduce27(d) : reduce(d));
        if (py2) {
            return;
        }
        def("copy", (d, a, kw) -> {
            ModuleSupport.count(rt, ModuleSupport.qualified(rt, "deque", "copy"), a, kw, 0, 0);
            return copy(d);
        });
        def("index", (d, a, kw) -> {
            ModuleSupport.count(false, "index", a, kw, 1, 3);
            int size = d.items.size();
            long start = a.length > 1 ? clampIndex(ModuleSupport.index(rt, a[1]), size) : 0;
            long stop = a.length > 2 ? clampIndex(ModuleSupport.index(rt, a[2]), size) : size;
            long before = d.state;
            for (long i = start; i < stop && i < d.items.size(); i++) {
                if (Ops.eq(rt, d.items.get((int) i), a[0])) {
                    return PyInt.of(i);
                }
                if (d.state != before) {
                    throw PyError.raise("RuntimeError", "deque mutated during iteration");
                }
            }
            throw PyError.raise("ValueError", Ops.repr(rt, a[0]) + " is not in deque");
        });
        def("insert", (d, a, kw) -> {
            ModuleSupport.count(false, "insert", a, kw, 2, 2);
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
                throw PyError.raise("IndexError", "deque already at its maximum size");
            }
            long i = ModuleSupport.index(rt, a[0]);
            int size = d.items.size();
            if (i < 0) {
                i = Math.max(0, i + size);
            }
            d.items.add((int) Math.min(i, size), a[1]);
            d.state++;
            return none();
        });
        def("__add__", (d, a, kw) -> {
            if (!(a[0] instanceof Deque o)) {
                throw PyError.raise("TypeError", "can only concatenate deque (not \"" + Ops.typeName(rt, a[0]) + "\") to deque");
            }
            Deque r = (Deque) copy(d);
            extend(r, o);
            return r;
        });
        def("__mul__", (d, a, kw) -> {
            Deque r = (Deque) copy(d);
            repeat(r, a[0]);
            return r;
        });
        def("__rmul__", (d, a, kw) -> {
            Deque r = (Deque) copy(d);
            repeat(r, a[0]);
            return r;
        });
        def("__imul__", (d, a, kw) -> {
            repeat(d, a[0]);
            return d;
        });
    }

    private static long clampIndex(long i, int size) {
        if (i < 0) {
            i += size;
            return Math.max(0, i);
        }
        return Math.min(i, size);
    }

    private void repeat(Deque d, PyObject times) {
        if (ModuleSupport.integer(rt, times) == null) {
            throw PyError.raise("TypeError", "can't multiply sequence by non-int of type '" + Ops.typeName(rt, times) + "'");
        }
        long n = ModuleSupport.index(rt, times);
        List<PyObject> once = new ArrayList<>(d.items);
        if (n <= 0) {
            d.items.clear();
            d.state++;
            return;
        }
        for (long k = 1; k < n; k++) {
            for (PyObject x : once) {
                d.append(x);
            }
            if (d.maxlen >= 0 && k * once.size() > d.maxlen + (long) once.size()) {
                break;
            }
        }
    }

    private PyObject copy(Deque d) {
        if (d.type() == dequeType) {
            return newDeque(dequeType, d.items, d.maxlen);
        }
        PyObject items = PyList.of(new ArrayList<>(d.items));
        return d.maxlen < 0 ? Ops.call(rt, d.type(), items) : Ops.call(rt, d.type(), items, PyInt.of(d.maxlen));
    }

    // ------------------------------------------------------------------ defaultdict

    /**
     * defaultdict is made as a class deriving from dict (its instances are dicts, found by every dict
     * operation), whose {@code __missing__}, {@code __init__} and {@code __repr__} are Java.
     */
    private PyType defaultdict() {
        PyType t = PyType.userClass("defaultdict", new PyType[] {rt.types.dict}, false).withInstanceProtocol(rt.instances)
                .asStaticInCPython();
        t.dict.put("__module__", Strings.text(rt, "collections"));
        t.setMessageName("collections.defaultdict");
        Subclassing.prepare(rt, t);
        t.dict.put("__init__", new PyMethodDescriptor("__init__", t, (self, a, kw) -> {
            int n = ModuleSupport.positional(a, kw);
            PyObject factory = n > 0 ? a[0] : PyNone.NONE;
            if (factory != PyNone.NONE && !callable(factory)) {
                throw PyError.raise("TypeError", "first argument must be callable or None");
            }
            ((UserSubclass) self).attributes().put("default_factory", factory);
            PyObject[] rest = n > 0 ? java.util.Arrays.copyOfRange(a, 1, a.length) : a;
            Subclassing.init(rt, rt.types.dict, self, rest, kw);
            return PyNone.NONE;
        }));
        t.dict.put("__missing__", new PyMethodDescriptor("__missing__", t, (self, a, kw) -> {
            ModuleSupport.count(rt, "__missing__", a, kw, 1, 1);
            PyObject factory = factory(self);
            if (factory == PyNone.NONE) {
                throw PyError.raiseArgs("KeyError", a[0]);
            }
            PyObject v = Ops.call(rt, factory);
            Ops.setitem(rt, self, a[0], v);
            return v;
        }));
        t.dict.put("__repr__", new PyMethodDescriptor("__repr__", t, (self, a, kw) -> {
            String name = reprName(((UserSubclass) self).type(), "defaultdict");
            PyObject factory = factory(self);
            // dict's own repr of self (not of a copy): a defaultdict holding itself shows {...} inside, as dict_repr's guard does
            return Strings.text(rt, name + "(" + Ops.repr(rt, factory) + ", " + Ops.reprBuiltin(rt, self) + ")");
        }));
        PyMethodDescriptor copy = new PyMethodDescriptor("copy", t, (self, a, kw) ->
                Ops.call(rt, ((UserSubclass) self).type(), factory(self), self));
        t.dict.put("copy", copy);
        t.dict.put("__copy__", copy);
        if (rt.lang.minor() >= 9) {
            // 3.9's defdict_or: the union is a defaultdict of the defaultdict operand's class and factory,
            // on either side of |, holding the left operand's items updated with the right's
            t.dict.put("__or__", new PyMethodDescriptor("__or__", t, (self, a, kw) -> union(self, self, a[0])));
            t.dict.put("__ror__", new PyMethodDescriptor("__ror__", t, (self, a, kw) -> union(self, a[0], self)));
        }
        t.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", t, (self, a, kw) -> {
            PyObject factory = factory(self);
            PyObject args = factory == PyNone.NONE ? org.pyvm.core.objects.PyTuple.of() : org.pyvm.core.objects.PyTuple.of(factory);
            return org.pyvm.core.objects.PyTuple.of(((UserSubclass) self).type(), args, PyNone.NONE, PyNone.NONE,
                    Ops.iter(rt, Ops.callMethod(rt, self, py2 ? "iteritems" : "items")));
        }));
        return t;
    }

    /** {@code left | right} where {@code self} is the defaultdict one; NotImplemented when the other is no dict. */
    private PyObject union(PyObject self, PyObject left, PyObject right) {
        if (!(left instanceof org.pyvm.core.objects.PyDict) || !(right instanceof org.pyvm.core.objects.PyDict)) {
            return org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject union = Ops.call(rt, ((UserSubclass) self).type(), factory(self), left);
        Ops.callMethod(rt, union, "update", right);
        return union;
    }

    private PyObject factory(PyObject self) {
        PyObject f = ((UserSubclass) self).attributes().get("default_factory");
        return f == null ? PyNone.NONE : f;
    }

    private boolean callable(PyObject o) {
        return o instanceof org.pyvm.core.objects.PyCallable || rt.types.of(o).lookup("__call__") != null;
    }

    /** A deque's storage: a growable ring buffer, so adding or removing at either end takes constant time. */
    static final class Ring extends java.util.AbstractList<PyObject> implements java.util.RandomAccess {
        private PyObject[] slots = new PyObject[8];
        private int head;
        private int size;

        @Override
        public PyObject get(int i) {
            java.util.Objects.checkIndex(i, size);
            return slots[(head + i) & (slots.length - 1)];
        }

        @Override
        public PyObject set(int i, PyObject x) {
            java.util.Objects.checkIndex(i, size);
            int at = (head + i) & (slots.length - 1);
            PyObject old = slots[at];
            slots[at] = x;
            return old;
        }

        @Override
        public int size() {
            return size;
        }

        private void grow() {
            if (size < slots.length) {
                return;
            }
            PyObject[] bigger = new PyObject[slots.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = slots[(head + i) & (slots.length - 1)];
            }
            slots = bigger;
            head = 0;
        }

        @Override
        public void add(int i, PyObject x) {
            java.util.Objects.checkIndex(i, size + 1);
            grow();
            int mask = slots.length - 1;
            if (i == 0) {
                head = (head - 1) & mask;
                slots[head] = x;
            } else {
                for (int k = size; k > i; k--) {
                    slots[(head + k) & mask] = slots[(head + k - 1) & mask];
                }
                slots[(head + i) & mask] = x;
            }
            size++;
            modCount++;
        }

        @Override
        public PyObject remove(int i) {
            java.util.Objects.checkIndex(i, size);
            int mask = slots.length - 1;
            PyObject old = slots[(head + i) & mask];
            if (i == 0) {
                slots[head] = null;
                head = (head + 1) & mask;
            } else {
                for (int k = i; k < size - 1; k++) {
                    slots[(head + k) & mask] = slots[(head + k + 1) & mask];
                }
                slots[(head + size - 1) & mask] = null;
            }
            size--;
            modCount++;
            return old;
        }

        @Override
        public void clear() {
            slots = new PyObject[8];
            head = 0;
            size = 0;
            modCount++;
        }
    }
}
