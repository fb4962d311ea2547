package org.pyvm.core.modules;

import java.util.Map;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;

/** 2.7's {@code exceptions} module: the builtin exception classes (weakref.py imports ReferenceError from it). */
public final class ExceptionsModule {
    private ExceptionsModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "exceptions");
        for (Map.Entry<String, PyType> e : rt.types.exceptions.entrySet()) {
            m.put(e.getKey(), e.getValue());
        }
        return m.build();
    }
}
