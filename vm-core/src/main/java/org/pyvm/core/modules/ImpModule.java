package org.pyvm.core.modules;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _imp} (3.x; C in CPython's Python/import.c): what importlib's pure-Python bootstrap asks of the
 * interpreter when a program imports {@code importlib} (inspect and dataclasses do). Built-in modules are pyvm's
 * Java modules ({@code sys.builtin_module_names}), made by pyvm's own import system; there are no frozen modules
 * and no extension modules ({@code extension_suffixes()} is empty). The import lock is a re-entrant count, as
 * there is one Python thread.
 */
public final class ImpModule {
    private final Runtime rt;

    private ImpModule(Runtime rt) {
        this.rt = rt;
    }

    public static PyModule create(Runtime rt) {
        return new ImpModule(rt).build();
    }

    private boolean isBuiltin(PyObject name) {
        PyObject names = rt.modules.get(rt.name("sys")) instanceof PyModule sys ? sys.dict.get(rt.name("builtin_module_names")) : null;
        return names != null && Ops.contains(rt, names, name);
    }

    private static PyObject name(Runtime rt, String fname, PyObject o) {
        if (!(o instanceof org.pyvm.core.objects.PyStr)) {
            throw PyError.raise("TypeError", fname + "() argument must be str, not " + Ops.argumentTypeName(rt, o));
        }
        return o;
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "_imp");
        m.put("check_hash_based_pycs", Strings.text(rt, "default"));
        m.def("is_builtin", (a, kw) -> {
            ModuleSupport.count(rt, "is_builtin", a, kw, 1, 1);
            return PyInt.of(isBuiltin(name(rt, "is_builtin", a[0])) ? 1 : 0);
        });
        m.def("create_builtin", (a, kw) -> {
            ModuleSupport.count(rt, "create_builtin", a, kw, 1, 1);
            PyObject name = Ops.getattr(rt, a[0], "name");
            if (!(name instanceof org.pyvm.core.objects.PyStr)) {
                throw PyError.raise("TypeError", "name must be string, not " + Ops.typeName(rt, name));
            }
            PyObject loaded = rt.modules.get(name);
            if (loaded != null) {
                return loaded;
            }
            if (!isBuiltin(name)) {
                return PyNone.NONE; // CPython: no such built-in module gives None
            }
            Ops.call(rt, rt.builtins.get(rt.name("__import__")), name); // pyvm's import system makes its Java modules
            return rt.modules.get(name);
        });
        m.def("exec_builtin", (a, kw) -> {
            ModuleSupport.count(rt, "exec_builtin", a, kw, 1, 1);
            return PyInt.of(0);
        });
        m.def("is_frozen", (a, kw) -> {
            ModuleSupport.count(rt, "is_frozen", a, kw, 1, 1);
            name(rt, "is_frozen", a[0]);
            return PyBool.FALSE;
        });
        m.def("is_frozen_package", (a, kw) -> {
            ModuleSupport.count(rt, "is_frozen_package", a, kw, 1, 1);
            throw PyError.raise("ImportError", "No such frozen object named " + Ops.repr(rt, a[0]));
        });
        m.def("get_frozen_object", (a, kw) -> {
            ModuleSupport.count(false, "get_frozen_object", a, kw, 1, 2);
            throw PyError.raise("ImportError", "No such frozen object named " + Ops.repr(rt, a[0]));
        });
        m.def("init_frozen", (a, kw) -> {
            ModuleSupport.count(rt, "init_frozen", a, kw, 1, 1);
            return PyNone.NONE;
        });
        if (rt.lang.minor() >= 11) {
            m.def("find_frozen", (a, kw) -> {
                if (ModuleSupport.positional(a, kw) != 1) {
                    throw PyError.raise("TypeError", "find_frozen() takes exactly 1 positional argument (" + ModuleSupport.positional(a, kw) + " given)");
                }
                name(rt, "find_frozen", a[0]);
                return PyNone.NONE;
            });
        }
        m.def("extension_suffixes", (a, kw) -> {
            ModuleSupport.count(rt, "extension_suffixes", a, kw, 0, 0);
            return PyList.of(new java.util.ArrayList<>());
        });
        new ImportLock().define(rt, m);
        m.def("_fix_co_filename", (a, kw) -> {
            ModuleSupport.count(rt, "_fix_co_filename", a, kw, 2, 2);
            return PyNone.NONE;
        });
        return m.build();
    }
}
