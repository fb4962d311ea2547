package org.pyvm.core.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code atexit} (3.x; 2.7's is pure Python and works through {@code sys.exitfunc}): functions registered run
 * last registered first when the program ends, after an uncaught exception's traceback; the session calls
 * {@link RunExitFuncs#runAll} with its way of reporting a callback's error.
 */
public final class AtexitModule {
    private AtexitModule() {
    }

    /** One registered call. */
    private record Callback(PyObject function, PyObject[] args, String[] kwnames) {
    }

    /** {@code atexit._run_exitfuncs}, which the session also calls at the end of the run. */
    public static final class RunExitFuncs extends PyObject implements PyCallable {
        private final Runtime rt;
        private final List<Callback> callbacks;

        RunExitFuncs(Runtime rt, List<Callback> callbacks) {
            this.rt = rt;
            this.callbacks = callbacks;
        }

        /** Runs and forgets every callback, newest first; each error goes to {@code report} with its function and the rest still run. */
        public PyError runAll(BiConsumer<PyObject, PyError> report) {
            PyError last = null;
            while (!callbacks.isEmpty()) {
                Callback c = callbacks.remove(callbacks.size() - 1);
                try {
                    Ops.call(rt, c.function, c.args, c.kwnames);
                } catch (PyError e) {
                    last = e;
                    if (!org.pyvm.core.runtime.Exceptions.is(rt, e, "SystemExit")) {
                        report.accept(c.function, e);
                    }
                }
            }
            return last;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyError last = runAll((f, e) -> rt.writeErr("Error in atexit._run_exitfuncs:\n" + rt.exception(e).type().name(rt.lang) + "\n"));
            if (last != null) {
                throw last;
            }
            return PyNone.NONE;
        }

        @Override
        public String typeName(Language lang) {
            return "builtin_function_or_method";
        }

        @Override
        public String repr(Language lang) {
            return "<built-in function _run_exitfuncs>";
        }
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "atexit");
        List<Callback> callbacks = new ArrayList<>();
        m.def("register", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw PyError.raise("TypeError", "register() takes at least 1 argument (0 given)");
            }
            if (!(a[0] instanceof PyCallable) && rt.types.of(a[0]).lookup("__call__") == null) {
                throw PyError.raise("TypeError", "the first argument must be callable");
            }
            callbacks.add(new Callback(a[0], Arrays.copyOfRange(a, 1, a.length), kw == null || kw.length == 0 ? null : kw));
            return a[0];
        });
        m.def("unregister", (a, kw) -> {
            callbacks.removeIf(c -> Ops.eq(rt, c.function, a[0]));
            return PyNone.NONE;
        });
        m.def("_clear", (a, kw) -> {
            callbacks.clear();
            return PyNone.NONE;
        });
        m.def("_ncallbacks", (a, kw) -> PyInt.of(callbacks.size()));
        m.put("_run_exitfuncs", new RunExitFuncs(rt, callbacks));
        return m.build();
    }
}
