package org.pyvm.core.modules;

import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.runtime.Runtime;

/**
 * {@code marshal}: only its {@code version} (2 in 2.7, 4 in 3.4+), which importlib's bootstrap imports it for;
 * pyvm's own import system reads compiled files itself. {@code loads} and {@code dumps} are not provided (an
 * AttributeError names them), so a program that marshals data fails loudly rather than getting other bytes.
 */
public final class MarshalModule {
    private MarshalModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "marshal");
        m.put("version", PyInt.of(rt.lang.major() == 2 ? 2 : 4));
        return m.build();
    }
}
