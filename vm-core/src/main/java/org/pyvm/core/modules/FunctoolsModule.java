package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _functools} (C in CPython), which functools.py imports: {@code reduce} and the
 * {@code partial} type, whose objects carry {@code func}, {@code args} and {@code keywords} and call
 * {@code func(*args, *more, **keywords, **more_keywords)}; 3.x's {@code _lru_cache_wrapper}, the
 * callable functools.lru_cache returns, which (being C in CPython) puts no frame of its own in a traceback, and
 * 3.x's {@code cmp_to_key} ({@link KeyWrapper}).
 */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_functools");
        m.def("reduce", (a, kw) -> reduce(rt, a, kw));
        m.put("partial", partialType(rt));
        if (rt.lang.major() == 3) {
            PyType lru = lruCacheWrapperType(rt);
            PyObject keywordMark = Ops.call(rt, rt.types.object); // between positional and keyword arguments in a key (kwd_mark)
            m.def("_lru_cache_wrapper", (a, kw) -> newLruCacheWrapper(rt, lru, keywordMark, a, kw));
            KeyWrapper.install(rt, m);
        }
        return m.build();
    }

    /** reduce(function, iterable[, initial]), parsed as PyArg_UnpackTuple parses it. */
    private static PyObject reduce(Runtime rt, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", "reduce() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 3) {
            throw PyError.raise("TypeError", "reduce expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got " + a.length);
        }
        PyObject it;
        try {
            it = Ops.iter(rt, a[1]);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                throw PyError.raise("TypeError", "reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = a.length == 3 ? a[2] : Ops.next(rt, it);
        if (acc == null) {
            throw PyError.raise("TypeError", "reduce() of empty " + (rt.lang.major() == 2 || rt.lang.minor() < 8 ? "sequence" : "iterable")
                    + " with no initial value");
        }
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            acc = Ops.call(rt, a[0], acc, x);
        }
        return acc;
    }

    /** A partial object: the callable, the arguments put first and the keywords merged under the call's own. */
    static final class Partial extends ModuleSupport.NativeInstance {
        PyObject func;
        PyTuple args;
        PyDict keywords;

        Partial(PyType type) {
            super(type);
        }
    }

    private static PyType partialType(Runtime rt) {
        PyType partial = ModuleSupport.type(rt, "functools", "partial", rt.types.object);
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            org.pyvm.core.runtime.GenericAlias.addClassGetitem(rt, partial); // 3.9+: functools.partial[int]
        }
        partial.dict.put("func", org.pyvm.core.runtime.ReadOnlyAttribute.member(rt, "func", o -> ((Partial) o).func));
        partial.dict.put("args", org.pyvm.core.runtime.ReadOnlyAttribute.member(rt, "args", o -> ((Partial) o).args));
        partial.dict.put("keywords", org.pyvm.core.runtime.ReadOnlyAttribute.member(rt, "keywords", o -> ((Partial) o).keywords));
        if (rt.lang.major() == 3) {
            // partial_repr: tp_name(func, args..., name=value...); 2.7 has the default <functools.partial object at ...>
            ModuleSupport.method(partial, "__repr__", Partial.class, (p, a, kw) -> Strings.text(rt, repr(rt, p)));
        }
        ModuleSupport.method(partial, "__call__", Partial.class, (p, a, kw) -> call(rt, p, a, kw));
        ModuleSupport.method(partial, "__reduce__", Partial.class, (p, a, kw) -> PyTuple.of(p.type(), PyTuple.of(p.func),
                PyTuple.of(p.func, p.args, p.keywords.size() == 0 ? org.pyvm.core.objects.PyNone.NONE : p.keywords,
                        p.dict.isEmpty() ? org.pyvm.core.objects.PyNone.NONE : p.exposeDict(rt.lang))));
        ModuleSupport.method(partial, "__setstate__", Partial.class, (p, a, kw) -> {
            setState(rt, p, a.length == 1 ? a[0] : null);
            return org.pyvm.core.objects.PyNone.NONE;
        });
        partial.withConstructor((type, a, kw) -> construct(rt, partial, type, a, kw));
        return partial;
    }

    private static Partial construct(Runtime rt, PyType partial, PyType type, PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos < 1) {
            throw PyError.raise("TypeError", "type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        if (!callable(rt, func)) {
            throw PyError.raise("TypeError", "the first argument must be callable");
        }
        List<PyObject> args = new ArrayList<>();
        PyDict keywords = PyDict.of(rt.lang, List.of());
        if (flattens(rt, partial, type, func)) {
            // partial(partial(f, 1), 2) is partial(f, 1, 2): the inner one's arguments go first, its keywords under the new
            Partial inner = (Partial) func;
            func = inner.func;
            args.addAll(List.of(inner.args.items()));
            for (PyObject k : inner.keywords.keys()) {
                keywords.put(k, inner.keywords.get(k));
            }
        }
        args.addAll(List.of(a).subList(1, npos));
        for (int k = 0; kw != null && k < kw.length; k++) {
            keywords.put(Strings.text(rt, kw[k]), a[npos + k]);
        }
        Partial p = new Partial(type);
        p.func = func;
        p.args = PyTuple.of(args.toArray(new PyObject[0]));
        p.keywords = keywords;
        ModuleSupport.initSubclass(rt, partial, type, p, a, kw);
        return p;
    }

    /**
     * Whether a partial of {@code func} takes over func's own function and arguments: 3.x only, and only while
     * func has no instance attributes; 3.6 asks for exact partials on both sides, later versions for any object
     * that partial's own __call__ calls.
     */
    private static boolean flattens(Runtime rt, PyType partial, PyType type, PyObject func) {
        if (rt.lang.major() == 2 || !(func instanceof Partial inner) || !inner.dict.isEmpty()) {
            return false;
        }
        if (rt.lang.minor() < 7) {
            return inner.type() == partial && type == partial;
        }
        return inner.type().lookup("__call__") == partial.dict.get("__call__");
    }

    /** partial_setstate: (func, args, kwds, dict), as __reduce__ gives it (copy, pickle). */
    private static void setState(Runtime rt, Partial p, PyObject state) {
        if (!(state instanceof PyTuple t) || t.items().length != 4 || !callable(rt, t.items()[0])
                || !(t.items()[1] instanceof PyTuple args)) {
            throw PyError.raise("TypeError", "invalid partial state");
        }
        PyObject[] s = t.items();
        p.func = s[0];
        p.args = args;
        p.keywords = s[2] instanceof PyDict d ? d : PyDict.of(rt.lang, List.of());
        if (s[3] instanceof PyDict d) {
            for (PyObject k : d.keys()) {
                p.dict.put(Ops.str(rt, k), d.get(k));
            }
        }
    }

    private static boolean callable(Runtime rt, PyObject o) {
        return o instanceof org.pyvm.core.objects.PyCallable || rt.types.of(o).lookup("__call__") != null;
    }

    private static String repr(Runtime rt, Partial p) {
        StringBuilder sb = new StringBuilder(Ops.repr(rt, p.func));
        for (PyObject x : p.args.items()) {
            sb.append(", ").append(Ops.repr(rt, x));
        }
        for (PyObject k : p.keywords.keys()) {
            sb.append(", ").append(Ops.str(rt, k)).append('=').append(Ops.repr(rt, p.keywords.get(k)));
        }
        return Ops.tpName(rt, p.type()) + "(" + sb + ")";
    }

    private static PyObject call(Runtime rt, Partial p, PyObject[] a, String[] kw) {
        PyTuple args = p.args;
        PyDict keywords = p.keywords;
        int npos = a.length - (kw == null ? 0 : kw.length);
        List<PyObject> values = new ArrayList<>(List.of(args.items()));
        for (int i = 0; i < npos; i++) {
            values.add(a[i]);
        }
        List<String> names = new ArrayList<>();
        List<PyObject> named = new ArrayList<>();
        for (PyObject k : keywords.keys()) {
            names.add(k instanceof PyStr s ? s.value() : Ops.str(rt, k));
            named.add(keywords.get(k));
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            int at = names.indexOf(kw[k]);
            if (at >= 0) {
                named.set(at, a[npos + k]); // the call's keyword wins over the partial's
            } else {
                names.add(kw[k]);
                named.add(a[npos + k]);
            }
        }
        values.addAll(named);
        return Ops.call(rt, p.func, values.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
    }

    /**
     * A function with a cache of its results by arguments (C's lru_cache_object): unbounded when
     * maxsize is None, none at all when 0, else evicting the least recently used result.
     */
    static final class LruCacheWrapper extends ModuleSupport.NativeInstance
            implements org.pyvm.core.objects.Descriptor, org.pyvm.core.objects.PyCallable {
        final Runtime rt;
        PyObject function;
        PyObject maxsizeObject;
        boolean unbounded;
        long maxsize; // 0: no cache; below 0 (3.6, where lru_cache passes it on): one result
        boolean typed;
        PyObject cacheInfoType;
        PyObject keywordMark;
        PyDict cache; // insertion order is use order: a hit moves its key to the end
        long hits;
        long misses;

        LruCacheWrapper(Runtime rt, PyType type) {
            super(type);
            this.rt = rt;
        }

        /** A call of the wrapper itself, also as a bound method's function. */
        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return callCached(rt, this, args, kwnames);
        }

        /** Bound like a function: {@code obj.method} gives a method of this wrapper. */
        @Override
        public PyObject get(PyObject obj, PyType type) {
            return obj == null || obj == org.pyvm.core.objects.PyNone.NONE ? this : new org.pyvm.core.objects.PyBoundMethod(this, obj);
        }
    }

    private static PyType lruCacheWrapperType(Runtime rt) {
        PyType t = ModuleSupport.type(rt, "functools", "_lru_cache_wrapper", rt.types.object);
        ModuleSupport.method(t, "__call__", LruCacheWrapper.class, (w, a, kw) -> callCached(rt, w, a, kw));
        ModuleSupport.method(t, "cache_info", LruCacheWrapper.class, (w, a, kw) -> Ops.call(rt, w.cacheInfoType,
                org.pyvm.core.objects.PyInt.of(w.hits), org.pyvm.core.objects.PyInt.of(w.misses), w.maxsizeObject,
                org.pyvm.core.objects.PyInt.of(w.cache.size())));
        ModuleSupport.method(t, "cache_clear", LruCacheWrapper.class, (w, a, kw) -> {
            w.hits = 0;
            w.misses = 0;
            w.cache.clear();
            return org.pyvm.core.objects.PyNone.NONE;
        });
        ModuleSupport.method(t, "__reduce__", LruCacheWrapper.class, (w, a, kw) -> Ops.getattr(rt, w, "__qualname__"));
        ModuleSupport.method(t, "__copy__", LruCacheWrapper.class, (w, a, kw) -> w);
        ModuleSupport.method(t, "__deepcopy__", LruCacheWrapper.class, (w, a, kw) -> w);
        return t;
    }

    /** _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), as functools.lru_cache calls it. */
    private static PyObject newLruCacheWrapper(Runtime rt, PyType type, PyObject keywordMark, PyObject[] a, String[] kw) {
        if ((kw != null && kw.length > 0) || a.length != 4) {
            throw PyError.raise("TypeError", "_lru_cache_wrapper() takes exactly 4 arguments (" + a.length + " given)");
        }
        if (!callable(rt, a[0])) {
            throw PyError.raise("TypeError", "the first argument must be callable");
        }
        LruCacheWrapper w = new LruCacheWrapper(rt, type);
        w.function = a[0];
        w.maxsizeObject = a[1];
        if (a[1] == org.pyvm.core.objects.PyNone.NONE) {
            w.unbounded = true;
        } else if (a[1] instanceof org.pyvm.core.objects.PyInt n) {
            w.maxsize = n.big != null ? (n.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.small;
        } else {
            throw PyError.raise("TypeError", "maxsize should be integer or None");
        }
        w.typed = Ops.truth(rt, a[2]);
        w.cacheInfoType = a[3];
        w.keywordMark = keywordMark;
        w.cache = PyDict.of(rt.lang, List.of());
        w.dict.put("__wrapped__", a[0]);
        return w;
    }

    /**
     * A call of the wrapper: one recursion level of its own, as CPython's lru_cache_wrapper (no vectorcall) is
     * called through tp_call, so a memoised recursion goes half as deep as a plain one.
     */
    private static PyObject callCached(Runtime rt, LruCacheWrapper w, PyObject[] a, String[] kw) {
        int levels = 1 + rt.methodCallLevels() / 2; // before 3.8 its call of the function (PyObject_Call) counts too
        rt.enterCalls(levels);
        try {
            return lookupOrCall(rt, w, a, kw);
        } finally {
            rt.leaveCalls(levels);
        }
    }

    private static PyObject lookupOrCall(Runtime rt, LruCacheWrapper w, PyObject[] a, String[] kw) {
        if (!w.unbounded && w.maxsize == 0) {
            w.misses++;
            return Ops.call(rt, w.function, a, kw);
        }
        PyObject key = key(rt, w, a, kw);
        PyObject cached = w.cache.get(key);
        if (cached != null) {
            w.hits++;
            if (!w.unbounded) {
                w.cache.moveTo(key, true); // the most recently used goes last
            }
            return cached;
        }
        w.misses++;
        PyObject result = Ops.call(rt, w.function, a, kw);
        if (w.cache.get(key) != null) {
            return result; // the call itself cached this key (recursion): keep that entry
        }
        if (!w.unbounded && w.cache.size() > 0 && w.cache.size() >= w.maxsize) {
            w.cache.remove(w.cache.firstKey()); // the least recently used
        }
        w.cache.put(key, result);
        return result;
    }

    /**
     * The cache key of a call (C's lru_cache_make_key): a lone int or str argument itself (3.7+); else the
     * positional arguments, then a marker and each keyword's name and value, then (typed) every value's
     * type. Hashing it raises the TypeError of an unhashable argument.
     */
    private static PyObject key(Runtime rt, LruCacheWrapper w, PyObject[] a, String[] kw) {
        boolean typed = w.typed;
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (!typed && nkw == 0) {
            // 3.7+ lets a lone int or str be its own key; 3.6 keys every call by its argument tuple
            if (rt.lang.minor() >= 7 && npos == 1 && (a[0] instanceof org.pyvm.core.objects.PyInt || a[0] instanceof PyStr)
                    && !(a[0] instanceof org.pyvm.core.objects.UserSubclass)) {
                Ops.hash(rt, a[0]);
                return a[0];
            }
            PyTuple args = PyTuple.of(a.clone());
            Ops.hash(rt, args);
            return args;
        }
        List<PyObject> items = new ArrayList<>(List.of(a).subList(0, npos));
        if (nkw > 0) {
            items.add(w.keywordMark);
            for (int k = 0; k < nkw; k++) {
                items.add(Strings.text(rt, kw[k]));
                items.add(a[npos + k]);
            }
        }
        if (typed) {
            for (PyObject x : a) {
                items.add(rt.types.of(x));
            }
        }
        PyTuple key = PyTuple.of(items.toArray(new PyObject[0]));
        Ops.hash(rt, key);
        return key;
    }
}
