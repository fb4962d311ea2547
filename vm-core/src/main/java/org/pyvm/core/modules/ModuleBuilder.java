package org.pyvm.core.modules;

import java.util.List;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** Makes a Java-implemented module: its dict with {@code __name__}, then functions and constants. */
final class ModuleBuilder {
    private final Runtime rt;
    private final PyModule module;

    ModuleBuilder(Runtime rt, String name) {
        this.rt = rt;
        this.module = new PyModule(name, PyDict.of(rt.lang, List.of()));
        put("__name__", Strings.text(rt, name));
        put("__doc__", PyNone.NONE);
        put("__package__", rt.lang.major() == 2 ? PyNone.NONE : Strings.text(rt, ""));
    }

    ModuleBuilder put(String name, PyObject value) {
        module.dict.put(rt.name(name), value);
        return this;
    }

    ModuleBuilder def(String name, PyCallable impl) {
        return put(name, new PyBuiltinFunction(name, impl));
    }

    /**
     * A type whose instances are the iterators {@code impl} makes (itertools.count is a class in CPython):
     * the same type {@code type(x)} gives them, so isinstance works, shown as {@code module.name}.
     */
    ModuleBuilder iteratorType(String name, PyCallable impl) {
        org.pyvm.core.objects.PyType t = rt.types.iteratorKind(name);
        t.dict.put("__module__", Strings.text(rt, (module.name)));
        org.pyvm.core.runtime.Types.iteratorConstructor(rt, t, impl);
        return put(name, t);
    }

    PyModule build() {
        return module;
    }
}
