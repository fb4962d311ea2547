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
        m.def("reduce", (a, kw) -> {
            if (a.length < 2 || a.length > 3) {
                throw PyError.raise("TypeError", "reduce expected at least 2 arguments, got " + a.length);
            }
            PyObject it = Ops.iter(rt, a[1]);
            PyObject acc = a.length == 3 ? a[2] : Ops.next(rt, it);
            if (acc == null) {
                throw PyError.raise("TypeError", "reduce() of empty " + (rt.lang.major() == 2 || rt.lang.minor() < 8 ? "sequence" : "iterable")
                        + " with no initial value");
            }
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                acc = Ops.call(rt, a[0], acc, x);
            }
            return acc;
        });
        PyType partial = ModuleSupport.type(rt, "functools", "partial", rt.types.object);
        if (rt.lang.major() == 3) {
            // partial_repr: tp_name(func, args..., name=value...); 2.7 has the default <functools.partial object at ...>
            partial.dict.put("__repr__", new PyMethodDescriptor("__repr__", partial, (self, a, kw) -> {
                PyInstance p = (PyInstance) self;
                StringBuilder sb = new StringBuilder(Ops.repr(rt, p.dict.get("func")));
                for (PyObject x : ((PyTuple) p.dict.get("args")).items()) {
                    sb.append(", ").append(Ops.repr(rt, x));
                }
                PyDict keywords = (PyDict) p.dict.get("keywords");
                for (PyObject k : keywords.keys()) {
                    sb.append(", ").append(Ops.str(rt, k)).append('=').append(Ops.repr(rt, keywords.get(k)));
                }
                return Strings.text(rt, Ops.tpName(rt, p.type()) + "(" + sb + ")");
            }));
        }
        partial.dict.put("__call__", new PyMethodDescriptor("__call__", partial, (self, a, kw) -> call(rt, (PyInstance) self, a, kw)));
        partial.withConstructor((type, a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw PyError.raise("TypeError", "type 'partial' takes at least one argument");
            }
            if (!(a[0] instanceof org.pyvm.core.objects.PyCallable) && rt.types.of(a[0]).lookup("__call__") == null) {
                throw PyError.raise("TypeError", "the first argument must be callable");
            }
            PyInstance p = new PyInstance(partial);
            PyObject[] args = new PyObject[npos - 1];
            System.arraycopy(a, 1, args, 0, npos - 1);
            PyDict keywords = PyDict.of(rt.lang, List.of());
            for (int k = 0; kw != null && k < kw.length; k++) {
                keywords.put(Strings.text(rt, kw[k]), a[npos + k]);
            }
            p.dict.put("func", a[0]);
            p.dict.put("args", PyTuple.of(args));
            p.dict.put("keywords", keywords);
            return p;
        });
        m.put("partial", partial);
        return m.build();
    }

    private static PyObject call(Runtime rt, PyInstance p, PyObject[] a, String[] kw) {
        PyTuple args = (PyTuple) p.dict.get("args");
        PyDict keywords = (PyDict) p.dict.get("keywords");
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
        return Ops.call(rt, p.dict.get("func"), values.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
    }
}
