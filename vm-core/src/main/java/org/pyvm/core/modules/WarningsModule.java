package org.pyvm.core.modules;

import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code _warnings} (3.x): the built-in module importlib's bootstrap reaches for ({@code _warnings.warn}).
 * CPython's accelerator also holds the filters; this one does not, so {@code warnings.py} keeps its own
 * pure-Python filters and functions (its documented fallback when {@code from _warnings import filters, ...}
 * fails), and {@code warn} and {@code warn_explicit} here are those of {@code warnings.py}, so a warning
 * goes through the one set of filters whichever module raised it.
 */
public final class WarningsModule {
    private WarningsModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_warnings");
        for (String name : new String[] {"warn", "warn_explicit"}) {
            m.def(name, (a, kw) -> Ops.call(rt, Ops.getattr(rt, warnings(rt), name), a, kw));
        }
        return m.build();
    }

    private static PyObject warnings(Runtime rt) {
        PyObject loaded = rt.modules.get(rt.name("warnings"));
        if (loaded != null) {
            return loaded;
        }
        Ops.call(rt, rt.builtins.get(rt.name("__import__")), rt.name("warnings"));
        return rt.modules.get(rt.name("warnings"));
    }
}
