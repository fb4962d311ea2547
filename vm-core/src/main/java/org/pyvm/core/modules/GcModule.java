package org.pyvm.core.modules;

import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code gc}: the JVM collects memory itself, so these say truthfully what there is to say: automatic collection
 * can be switched off and on (only the flag: the JVM's collector keeps running), {@code collect()} finds no
 * unreachable cycles to report (0) because the JVM frees them unseen, no object is tracked for Python, and the
 * thresholds are CPython's defaults.
 */
public final class GcModule {
    private GcModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "gc");
        boolean[] enabled = {true};
        int[] threshold = {700, 10, 10};
        int[] debug = {0};
        m.def("enable", (a, kw) -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.def("disable", (a, kw) -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        m.def("isenabled", (a, kw) -> PyBool.of(enabled[0]));
        m.def("collect", (a, kw) -> {
            if (a.length > 0 && (!(a[0] instanceof PyInt g) || g.small < 0 || g.small > 2)) {
                throw PyError.raise("ValueError", "invalid generation");
            }
            return PyInt.of(0);
        });
        m.def("get_count", (a, kw) -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        m.def("get_threshold", (a, kw) -> PyTuple.of(PyInt.of(threshold[0]), PyInt.of(threshold[1]), PyInt.of(threshold[2])));
        m.def("set_threshold", (a, kw) -> {
            for (int i = 0; i < a.length && i < 3; i++) {
                threshold[i] = (int) ((PyInt) a[i]).small;
            }
            return PyNone.NONE;
        });
        m.def("get_debug", (a, kw) -> PyInt.of(debug[0]));
        m.def("set_debug", (a, kw) -> {
            debug[0] = (int) ((PyInt) a[0]).small;
            return PyNone.NONE;
        });
        m.def("get_objects", (a, kw) -> PyList.of(List.of()));
        m.def("get_referrers", (a, kw) -> PyList.of(List.of()));
        m.def("get_referents", (a, kw) -> PyList.of(List.of()));
        m.def("is_tracked", (a, kw) -> PyBool.FALSE);
        m.put("garbage", PyList.of(List.of()));
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            m.put("callbacks", PyList.of(List.of()));
            m.def("freeze", (a, kw) -> PyNone.NONE);
            m.def("unfreeze", (a, kw) -> PyNone.NONE);
            m.def("get_freeze_count", (a, kw) -> PyInt.of(0));
        }
        String[] flags = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
        int[] values = {1, 2, 4, 32, 38};
        for (int i = 0; i < flags.length; i++) {
            m.put(flags[i], PyInt.of(values[i]));
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            m.put("DEBUG_INSTANCES", PyInt.of(8));
            m.put("DEBUG_OBJECTS", PyInt.of(16));
            m.put("DEBUG_LEAK", PyInt.of(62));
        }
        return m.build();
    }
}
