package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.core.importing.FoundModule;
import org.pyvm.core.importing.ModuleCode;
import org.pyvm.core.importing.ModuleFinder;
import org.pyvm.core.importing.ModuleLoader;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.OpcodePack;

/**
 * The VM's import system: sys.modules bookkeeping, finding and running a module, IMPORT_FROM and
 * its errors, 2.7's reload. The import statement's algorithm is one per language line, each
 * following its CPython closely so that the same programs find the same modules and fail with the
 * same messages: {@link Import27} (import.c, implicit relative imports) and {@link Import3}
 * (importlib). Finding files is {@link ModuleFinder}'s job, turning them into code
 * {@link ModuleLoader}'s, and module attributes {@link ModuleObjects}'.
 */
final class Importer {
    private final Interpreter in;
    private final Runtime rt;
    private final boolean py2;
    /** 3.11 names the module and its file in "cannot import name"; 3.6 names only the name. */
    private final boolean detailedImportFromError;
    final ModuleFinder finder;
    private final ModuleLoader loader;
    final BuiltinModules builtinModules;
    /** Modules whose body is running (partially initialised; for 3.11's circular-import message). */
    private final Set<String> initializing = new HashSet<>();
    private final ModuleObjects objects;
    private final Import3 import3;
    private final Import27 import27;

    Importer(Interpreter in, OpcodePack pack) {
        this.in = in;
        this.rt = in.rt;
        this.py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        this.detailedImportFromError = !py2 && !rt.lang.version().equals("3.6");
        this.finder = new ModuleFinder(!py2);
        this.loader = new ModuleLoader(pack, py2, ModuleLoader.defaultCacheDir(), rt.sandbox());
        this.objects = new ModuleObjects(rt, py2);
        this.builtinModules = new BuiltinModules(rt.lang);
        this.import3 = new Import3(this, rt);
        this.import27 = new Import27(this, rt);
    }

    // ---------------------------------------------------------------- entry: __import__ / IMPORT_NAME

    PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        return py2 ? import27.importModule(name, globals, fromlist, level) : import3.importModule(name, globals, fromlist, level);
    }

    // ---------------------------------------------------------------- finding, loading, running

    /**
     * Finds {@code fullname} (its last component) in {@code path} (null: the builtin modules, then
     * sys.path), then creates, registers and runs the module; null when not found.
     */
    PyObject findAndExec(String fullname, List<Path> path) {
        String last = fullname.substring(fullname.lastIndexOf('.') + 1);
        if (path == null) {
            PyModule builtin = builtinModules.create(fullname, in);
            if (builtin != null) {
                rt.modules.put(key(fullname), builtin);
                return builtin;
            }
        }
        FoundModule found;
        try {
            found = finder.find(last, path != null ? path : sysPath());
        } catch (java.nio.file.InvalidPathException e) {
            found = null; // a name no file can have (a NUL, say) is simply not found
        }
        if (found == null) {
            return null;
        }
        if (found.kind() == FoundModule.Kind.NAMESPACE) {
            PyModule m = objects.namespacePackage(fullname, found);
            rt.modules.put(key(fullname), m);
            return m;
        }
        ModuleCode code = loader.load(fullname, found);
        if (rt.lang.has(LanguageFeature.FROZEN_STARTUP_MODULES)) {
            FrozenModules.name(rt.lang.version(), fullname, found, code);
        }
        CStandIns.mark(rt.lang.version(), fullname, found, code);
        PyModule m = objects.create(fullname, found, code);
        PyObject key = key(fullname);
        rt.modules.put(key, m);
        initializing.add(fullname);
        try {
            in.runModule(code.code(), m.dict);
        } catch (PyError e) {
            rt.modules.remove(key); // a module that failed is not left half made in sys.modules
            throw e;
        } finally {
            initializing.remove(fullname);
        }
        CStandIns.adjust(rt, fullname, found, m);
        // the module may have replaced itself in sys.modules: the import gives what is there
        PyObject now = rt.modules.get(key);
        if (now == null) {
            throw PyError.raise(py2 ? "ImportError" : "KeyError", py2 ? "Loaded module " + fullname + " not found in sys.modules"
                    : "'" + fullname + "'");
        }
        return now;
    }

    /**
     * 2.7's {@code reload(module)}: finds the module's file again and runs its code in the same module
     * dict, so names the new code does not define keep their old values; a Java module is returned as is.
     */
    PyObject reload27(PyObject module) {
        if (!(module instanceof PyModule m)) {
            throw PyError.raise("TypeError", "reload() argument must be module");
        }
        String name = m.name;
        if (module(name) != m) {
            throw PyError.raise("ImportError", "reload(): module " + name + " not in sys.modules");
        }
        if (m.file == null) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        List<Path> path = null;
        if (dot >= 0) {
            PyObject parent = module(name.substring(0, dot));
            if (parent == null) {
                throw PyError.raise("ImportError", "reload(): parent " + name.substring(0, dot) + " not in sys.modules");
            }
            path = packagePath(parent);
        }
        FoundModule found = finder.find(name.substring(dot + 1), path != null ? path : sysPath());
        if (found == null || found.kind() == FoundModule.Kind.NAMESPACE) {
            throw PyError.raise("ImportError", "No module named " + name.substring(dot + 1));
        }
        ModuleCode code = loader.load(name, found);
        m.file = code.file();
        m.dict.put(rt.name("__file__"), Strings.text(rt, code.file()));
        in.runModule(code.code(), m.dict); // on failure the old module stays in sys.modules, as in 2.7
        return m;
    }

    /** IMPORT_FROM: the attribute, or (3.x) the submodule in sys.modules, or CPython's ImportError. */
    PyObject importFrom(PyObject module, String name) {
        PyObject v = Ops.getattrOrNull(rt, module, name);
        if (v != null) {
            return v;
        }
        if (py2) {
            throw PyError.raise("ImportError", "cannot import name " + name);
        }
        PyObject pkgname = Ops.getattrOrNull(rt, module, "__name__");
        if (pkgname instanceof PyStr p) {
            PyObject sub = module(p.value() + "." + name);
            if (sub != null && sub != PyNone.NONE) {
                return sub; // a circular "from package import submodule" (bpo-17636)
            }
        }
        String modName = pkgname instanceof PyStr p ? p.value() : "<unknown module name>";
        PyObject file = module instanceof PyModule m ? m.dict.get(rt.name("__file__")) : null;
        String path = file instanceof PyStr f ? f.value() : null;
        String message;
        if (!detailedImportFromError) {
            message = "cannot import name '" + name + "'";
        } else if (path == null) {
            message = "cannot import name '" + name + "' from '" + modName + "' (unknown location)";
        } else if (initializing.contains(modName)) {
            message = "cannot import name '" + name + "' from partially initialized module '" + modName
                    + "' (most likely due to a circular import) (" + path + ")";
        } else {
            message = "cannot import name '" + name + "' from '" + modName + "' (" + path + ")";
        }
        throw importError("ImportError", message, modName, path);
    }

    // ---------------------------------------------------------------- helpers

    List<Path> sysPath() {
        PyModule sys = (PyModule) rt.modules.get(PyStr.of("sys"));
        PyObject p = sys == null ? null : sys.dict.get(rt.name("path"));
        List<Path> dirs = new ArrayList<>();
        if (p instanceof PyList l) {
            for (PyObject entry : l.items()) {
                if (isText(entry)) {
                    String s = text(entry);
                    try {
                        dirs.add(Path.of(s.isEmpty() ? "." : s));
                    } catch (java.nio.file.InvalidPathException ignored) {
                        // CPython skips entries it cannot use as folders too
                    }
                }
            }
        }
        return dirs;
    }

    /** A package's {@code __path__} as folders, or null when the module is not a package. */
    List<Path> packagePath(PyObject module) {
        PyObject p = Ops.getattrOrNull(rt, module, "__path__");
        if (p == null) {
            return null;
        }
        List<Path> dirs = new ArrayList<>();
        for (PyObject entry : Ops.toList(rt, p)) {
            if (isText(entry)) {
                try {
                    dirs.add(Path.of(text(entry)));
                } catch (java.nio.file.InvalidPathException ignored) {
                    // not a folder name: nothing can be found there
                }
            }
        }
        return dirs;
    }

    PyObject module(String name) {
        return rt.modules.get(key(name));
    }

    /** A sys.modules key: str (2.7's byte string str, so the keys print as CPython's do). */
    PyObject key(String name) {
        return rt.name(name);
    }

    PyError moduleNotFound(String message, String name) {
        return importError("ModuleNotFoundError", message, name, null);
    }

    /** A 3.x ImportError with its {@code name} and {@code path} attributes, as importlib raises it. */
    private PyError importError(String type, String message, String name, String path) {
        PyBaseException e = new PyBaseException(rt.types.exceptions.get(type), PyTuple.of(PyStr.of(message)));
        e.dict.put("msg", PyStr.of(message));
        e.dict.put("name", name == null ? PyNone.NONE : PyStr.of(name));
        e.dict.put("path", path == null ? PyNone.NONE : PyStr.of(path));
        return PyError.of(e);
    }

    static boolean isText(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes;
    }

    String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        // a __name__, __package__ or __spec__.parent that is not a string: CPython's TypeError, not a crash
        throw PyError.raise("TypeError", "module name must be str, not " + Ops.typeName(rt, o));
    }
}
