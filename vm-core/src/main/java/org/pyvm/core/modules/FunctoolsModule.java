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
 * {@code func(*args, *more, **keywords, **more_keywords)}.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_functools");
        m.def("reduce", (a, kw) -> reduce(rt, a, kw));
        m.put("partial", partialType(rt));
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
}
