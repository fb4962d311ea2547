package org.pyvm.core.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * 2.7's {@code imp} (C in CPython's Python/import.c). pyvm loads no C extensions, so {@code get_suffixes()} lists
 * the source and compiled suffixes only. {@code find_module} searches a path list (default {@code sys.path}) for a
 * package directory, a {@code .py} or a {@code .pyc}, with built-in modules first when no path is given;
 * {@code load_module} and its {@code load_source}/{@code load_compiled}/{@code load_package} siblings run the code
 * in a module entered in {@code sys.modules} (source is compiled as {@code compile} does: by the local CPython).
 * The import lock is a re-entrant count, as there is one Python thread.
 */
public final class Imp27Module {
    private static final int SEARCH_ERROR = 0;
    private static final int PY_SOURCE = 1;
    private static final int PY_COMPILED = 2;
    private static final int C_EXTENSION = 3;
    private static final int PY_RESOURCE = 4;
    private static final int PKG_DIRECTORY = 5;
    private static final int C_BUILTIN = 6;
    private static final int PY_FROZEN = 7;
    private static final int PY_CODERESOURCE = 8;
    private static final int IMP_HOOK = 9;

    private final Runtime rt;

    private Imp27Module(Runtime rt) {
        this.rt = rt;
    }

    public static PyModule create(Runtime rt) {
        return new Imp27Module(rt).build();
    }

    private PyObject s(String v) {
        return Strings.text(rt, v);
    }

    private PyObject builtin(String name) {
        return rt.builtins.get(rt.name(name));
    }

    private PyObject sysAttr(String name) {
        return Ops.getattr(rt, rt.modules.get(rt.name("sys")), name);
    }

    private String string(String fname, PyObject o) {
        if (!(o instanceof PyBytes)) {
            throw PyError.raise("TypeError", fname + "() argument 1 must be string, not " + Ops.argumentTypeName(rt, o));
        }
        return Ops.str(rt, o);
    }

    private PyTuple description(String suffix, String mode, int type) {
        return PyTuple.of(s(suffix), s(mode), PyInt.of(type));
    }

    private PyModule build() {
        ModuleBuilder m = new ModuleBuilder(rt, "imp");
        Object[][] constants = {{"SEARCH_ERROR", SEARCH_ERROR}, {"PY_SOURCE", PY_SOURCE}, {"PY_COMPILED", PY_COMPILED},
            {"C_EXTENSION", C_EXTENSION}, {"PY_RESOURCE", PY_RESOURCE}, {"PKG_DIRECTORY", PKG_DIRECTORY},
            {"C_BUILTIN", C_BUILTIN}, {"PY_FROZEN", PY_FROZEN}, {"PY_CODERESOURCE", PY_CODERESOURCE}, {"IMP_HOOK", IMP_HOOK}};
        for (Object[] c : constants) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.def("get_suffixes", (a, kw) -> {
            ModuleSupport.count(rt, "get_suffixes", a, kw, 0, 0);
            List<PyObject> out = new ArrayList<>();
            out.add(description(".py", "U", PY_SOURCE));
            out.add(description(".pyc", "rb", PY_COMPILED));
            return PyList.of(out);
        });
        m.def("get_magic", (a, kw) -> {
            ModuleSupport.count(rt, "get_magic", a, kw, 0, 0);
            return PyBytes.of(new byte[] {0x03, (byte) 0xf3, '\r', '\n'});
        });
        m.def("new_module", (a, kw) -> {
            ModuleSupport.count(rt, "new_module", a, kw, 1, 1);
            string("new_module", a[0]);
            return newModule(a[0]);
        });
        new ImportLock().define(rt, m);
        m.def("is_builtin", (a, kw) -> {
            ModuleSupport.count(rt, "is_builtin", a, kw, 1, 1);
            String name = string("is_builtin", a[0]);
            if (!isBuiltin(a[0])) {
                return PyInt.of(0);
            }
            // the modules made at start-up cannot be initialised again
            return PyInt.of(name.equals("sys") || name.equals("__builtin__") || name.equals("exceptions") ? -1 : 1);
        });
        m.def("is_frozen", (a, kw) -> {
            ModuleSupport.count(rt, "is_frozen", a, kw, 1, 1);
            string("is_frozen", a[0]);
            return PyBool.FALSE;
        });
        m.def("init_frozen", (a, kw) -> {
            ModuleSupport.count(rt, "init_frozen", a, kw, 1, 1);
            string("init_frozen", a[0]);
            return PyNone.NONE;
        });
        m.def("get_frozen_object", (a, kw) -> {
            ModuleSupport.count(rt, "get_frozen_object", a, kw, 1, 1);
            throw PyError.raise("ImportError", "No such frozen object named " + string("get_frozen_object", a[0]));
        });
        m.def("init_builtin", (a, kw) -> {
            ModuleSupport.count(rt, "init_builtin", a, kw, 1, 1);
            string("init_builtin", a[0]);
            if (!isBuiltin(a[0])) {
                return PyNone.NONE;
            }
            return Ops.call(rt, builtin("__import__"), a[0]);
        });
        m.def("reload", (a, kw) -> Ops.call(rt, builtin("reload"), a, kw));
        m.def("find_module", (a, kw) -> {
            ModuleSupport.count(rt, "find_module", a, kw, 1, 2);
            String name = string("find_module", a[0]);
            PyObject path = a.length == 2 ? a[1] : PyNone.NONE;
            return findModule(name, path);
        });
        m.def("load_module", (a, kw) -> {
            ModuleSupport.count(rt, "load_module", a, kw, 4, 4);
            String name = string("load_module", a[0]);
            List<PyObject> desc = Ops.toList(rt, a[3]);
            if (desc.size() != 3) {
                throw PyError.raise("TypeError", "load_module() argument 4 must be tuple of length 3");
            }
            int type = (int) ModuleSupport.index(rt, desc.get(2));
            return loadModule(name, a[1], Ops.str(rt, a[2]), type);
        });
        m.def("load_source", (a, kw) -> {
            ModuleSupport.count(rt, "load_source", a, kw, 2, 3);
            return loadModule(string("load_source", a[0]), a.length == 3 ? a[2] : PyNone.NONE, Ops.str(rt, a[1]), PY_SOURCE);
        });
        m.def("load_compiled", (a, kw) -> {
            ModuleSupport.count(rt, "load_compiled", a, kw, 2, 3);
            return loadModule(string("load_compiled", a[0]), a.length == 3 ? a[2] : PyNone.NONE, Ops.str(rt, a[1]), PY_COMPILED);
        });
        m.def("load_package", (a, kw) -> {
            ModuleSupport.count(rt, "load_package", a, kw, 2, 2);
            return loadModule(string("load_package", a[0]), PyNone.NONE, Ops.str(rt, a[1]), PKG_DIRECTORY);
        });
        m.def("load_dynamic", (a, kw) -> {
            throw PyError.raise("ImportError", "pyvm cannot load C extension modules");
        });
        return m.build();
    }

    private boolean isBuiltin(PyObject name) {
        return Ops.contains(rt, sysAttr("builtin_module_names"), name);
    }

    private PyObject newModule(PyObject name) {
        PyModule m = new PyModule(Ops.str(rt, name), org.pyvm.core.objects.PyDict.of(rt.lang, List.of()));
        m.dict.put(rt.name("__name__"), name);
        m.dict.put(rt.name("__doc__"), PyNone.NONE);
        m.dict.put(rt.name("__package__"), PyNone.NONE);
        return m;
    }

    private PyObject open(Path p, String mode) {
        return Ops.call(rt, builtin("open"), s(p.toString()), s(mode));
    }

    /** find_module: built-ins first when no path is given, then each directory's package, .py and .pyc. */
    private PyObject findModule(String name, PyObject path) {
        if (path == PyNone.NONE) {
            if (isBuiltin(s(name))) {
                return PyTuple.of(PyNone.NONE, s(name), description("", "", C_BUILTIN));
            }
            path = sysAttr("path");
        }
        for (PyObject entry : Ops.toList(rt, path)) {
            if (!(entry instanceof PyBytes)) {
                continue;
            }
            String dir = Ops.str(rt, entry);
            Path base = dir.isEmpty() ? Path.of(name) : Path.of(dir, name);
            String shown = dir.isEmpty() ? name : dir + "/" + name;
            if (Files.isDirectory(base) && (Files.isRegularFile(base.resolve("__init__.py")) || Files.isRegularFile(base.resolve("__init__.pyc")))) {
                return PyTuple.of(PyNone.NONE, s(shown), description("", "", PKG_DIRECTORY));
            }
            Path py = Path.of(base + ".py");
            if (Files.isRegularFile(py)) {
                return PyTuple.of(open(py, "U"), s(shown + ".py"), description(".py", "U", PY_SOURCE));
            }
            Path pyc = Path.of(base + ".pyc");
            if (Files.isRegularFile(pyc)) {
                return PyTuple.of(open(pyc, "rb"), s(shown + ".pyc"), description(".pyc", "rb", PY_COMPILED));
            }
        }
        throw PyError.raise("ImportError", "No module named " + name);
    }

    /** load_module: the module sys.modules holds under the name (or a new one entered there), its code run in it. */
    private PyObject loadModule(String name, PyObject file, String pathname, int type) {
        if (type == C_BUILTIN) {
            return Ops.call(rt, builtin("__import__"), s(name));
        }
        if (type != PY_SOURCE && type != PY_COMPILED && type != PKG_DIRECTORY) {
            throw PyError.raise("ImportError", "Don't know how to import " + name + " (type code " + type + ")");
        }
        PyObject key = s(name);
        PyObject existing = rt.modules.get(key);
        PyObject module = existing != null ? existing : newModule(key);
        PyObject dict = Ops.getattr(rt, module, "__dict__");
        if (existing == null) {
            Ops.setitem(rt, sysAttr("modules"), key, module);
        }
        try {
            if (type == PKG_DIRECTORY) {
                Ops.setattr(rt, module, "__path__", PyList.of(new ArrayList<>(List.of(s(pathname)))));
                PyObject found = findModule("__init__", PyList.of(new ArrayList<>(List.of(s(pathname)))));
                PyObject[] f = ((PyTuple) found).items();
                run(module, dict, f[0], Ops.str(rt, f[1]), (int) ModuleSupport.index(rt, ((PyTuple) f[2]).items()[2]));
            } else {
                run(module, dict, file, pathname, type);
            }
        } catch (PyError e) {
            if (existing == null) {
                Ops.delitem(rt, sysAttr("modules"), key);
            }
            throw e;
        }
        return rt.modules.get(key) != null ? rt.modules.get(key) : module;
    }

    private void run(PyObject module, PyObject dict, PyObject file, String pathname, int type) {
        PyObject data;
        PyObject f = file == PyNone.NONE ? open(Path.of(pathname), type == PY_SOURCE ? "U" : "rb") : file;
        try {
            data = Ops.callMethod(rt, f, "read");
        } finally {
            if (file == PyNone.NONE) {
                Ops.callMethod(rt, f, "close");
            }
        }
        PyObject code;
        if (type == PY_SOURCE) {
            code = Ops.call(rt, builtin("compile"), data, s(pathname), s("exec"));
        } else {
            byte[] b = ModuleSupport.bytes(rt, data);
            if (b.length < 8 || b[0] != 0x03 || b[1] != (byte) 0xf3) {
                throw PyError.raise("ImportError", "Bad magic number in " + pathname);
            }
            PyObject marshal = Ops.call(rt, builtin("__import__"), s("marshal"));
            code = Ops.call(rt, Ops.getattr(rt, marshal, "loads"), PyBytes.of(java.util.Arrays.copyOfRange(b, 8, b.length)));
        }
        Ops.setattr(rt, module, "__file__", s(pathname));
        if (module instanceof PyModule pm) {
            pm.file = pathname; // its repr, and reload() finds it again
        }
        Ops.call(rt, builtin("eval"), code, dict);
    }
}
