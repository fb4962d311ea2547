package org.pyvm.core.modules;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.runtime.Runtime;

/**
 * The clock part of the {@code time} module (a C module in CPython): time, sleep, and (3.x)
 * monotonic, perf_counter and their _ns forms. Calendar functions (localtime, strftime...) are not
 * here yet; a program using them gets AttributeError naming them.
 */
public final class TimeModule {
    private static final long START = System.nanoTime();

    private TimeModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "time");
        m.def("time", (a, kw) -> PyFloat.of(System.currentTimeMillis() / 1000.0));
        m.def("sleep", (a, kw) -> {
            double s = MathModule.real(rt, a[0]);
            if (s < 0) {
                throw PyError.raise("ValueError", "sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        m.def("clock", (a, kw) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        if (rt.lang.major() > 2) {
            m.def("monotonic", (a, kw) -> PyFloat.of(System.nanoTime() / 1e9));
            m.def("perf_counter", (a, kw) -> PyFloat.of(System.nanoTime() / 1e9));
            m.def("process_time", (a, kw) -> PyFloat.of((System.nanoTime() - START) / 1e9));
            if (rt.lang.minor() >= 7) {
                m.def("time_ns", (a, kw) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
                m.def("monotonic_ns", (a, kw) -> PyInt.of(System.nanoTime()));
                m.def("perf_counter_ns", (a, kw) -> PyInt.of(System.nanoTime()));
            }
        }
        return m.build();
    }
}
