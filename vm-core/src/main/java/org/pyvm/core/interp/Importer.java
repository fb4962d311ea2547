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
 * The import statement's algorithm, one per language line, each following its CPython closely so
 * that the same programs find the same modules and fail with the same messages:
 * <ul>
 *   <li>2.7: {@code import.c}'s import_module_level: a parent package from {@code __package__} or
 *       {@code __name__}, then each dotted component tried relative to it first when the level is
 *       -1 (implicit relative import; a miss is remembered as {@code None} in sys.modules), then
 *       absolutely;</li>
 *   <li>3.x: importlib's {@code _gcd_import}/{@code _find_and_load}/{@code _handle_fromlist},
 *       absolute and explicit relative (level &gt; 0) names only.</li>
 * </ul>
 * Finding files is {@link ModuleFinder}'s job and turning them into code {@link ModuleLoader}'s;
 * this class owns sys.modules bookkeeping, module objects, and errors.
 */
final class Importer {
    private final Interpreter in;
    private final Runtime rt;
    private final boolean py2;
    /** 3.6 derives a missing package from a dotless {@code __name__} as the name itself (3.7+ as ''). */
    private final boolean packageFromDotlessName;
    /** 3.11 names the module and its file in "cannot import name"; 3.6 names only the name. */
    private final boolean detailedImportFromError;
    private final ModuleFinder finder;
    private final ModuleLoader loader;
    final BuiltinModules builtinModules;
    /** Modules whose body is running (partially initialised; for 3.11's circular-import message). */
    private final Set<String> initializing = new HashSet<>();
    private final ModuleObjects objects;

    Importer(Interpreter in, OpcodePack pack) {
        this.in = in;
        this.rt = in.rt;
        this.py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        this.packageFromDotlessName = rt.lang.version().equals("3.6");
        this.detailedImportFromError = !py2 && !rt.lang.version().equals("3.6");
        this.finder = new ModuleFinder(!py2);
        this.loader = new ModuleLoader(pack, py2, ModuleLoader.defaultCacheDir());
        this.objects = new ModuleObjects(rt, py2);
        this.builtinModules = new BuiltinModules(rt.lang);
    }

    // ---------------------------------------------------------------- entry: __import__ / IMPORT_NAME

    PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        return py2 ? import27(name, globals, fromlist, level) : import3(name, globals, fromlist, level);
    }

    // ---------------------------------------------------------------- 3.x (importlib._bootstrap)

    private PyObject import3(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw PyError.raise("ValueError", "level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName3(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw PyError.raise("ValueError", "Empty module name");
            }
            absName = name;
        }
        PyObject mod = gcdImport(absName);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Ops.truth(rt, fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (level == 0) {
                return dot < 0 ? mod : gcdImport(name.substring(0, dot));
            }
            if (name.isEmpty() || dot < 0) {
                return mod;
            }
            int cutOff = name.length() - dot;
            String toReturn = absName.substring(0, absName.length() - cutOff);
            PyObject m = module(toReturn);
            if (m == null) {
                throw PyError.raise("KeyError", "'" + toReturn + "' not in sys.modules as expected");
            }
            return m;
        }
        if (Ops.getattrOrNull(rt, mod, "__path__") != null) {
            handleFromlist3(mod, fromlist, false);
        }
        return mod;
    }

    private String resolveName3(String name, PyDict globals, int level) {
        if (globals == null) {
            throw PyError.raise("KeyError", "'__name__' not in globals");
        }
        PyObject pkg = globals.get(rt.name("__package__"));
        PyObject spec = globals.get(rt.name("__spec__"));
        String packageName;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr s)) {
                throw PyError.raise("TypeError", "package must be a string");
            }
            packageName = s.value();
        } else if (spec != null && spec != PyNone.NONE) {
            packageName = text(Ops.getattr(rt, spec, "parent"));
        } else {
            PyObject n = globals.get(rt.name("__name__"));
            if (n == null) {
                throw PyError.raise("KeyError", "'__name__' not in globals");
            }
            if (!(n instanceof PyStr)) {
                throw PyError.raise("TypeError", "__name__ must be a string");
            }
            packageName = text(n);
            if (globals.get(rt.name("__path__")) == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot >= 0 ? packageName.substring(0, dot) : packageFromDotlessName ? packageName : "";
            }
        }
        if (packageName.isEmpty()) {
            throw PyError.raise("ImportError", "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int up = 1; up < level; up++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                // 3.6 raised ValueError here, 3.7+ ImportError
                throw PyError.raise(rt.lang.version().equals("3.6") ? "ValueError" : "ImportError",
                        "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** importlib's _gcd_import: the module from sys.modules, or found and loaded. */
    private PyObject gcdImport(String name) {
        PyObject m = rt.modules.get(key(name));
        if (m == PyNone.NONE) {
            throw moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        return m != null ? m : findAndLoad3(name);
    }

    private PyObject findAndLoad3(String name) {
        int dot = name.lastIndexOf('.');
        List<Path> path = null;
        PyObject parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (module(parent) == null) {
                gcdImport(parent);
            }
            PyObject already = module(name);
            if (already != null) {
                return already; // importing the parent imported this too
            }
            parentModule = module(parent);
            if (parentModule == null || parentModule == PyNone.NONE) {
                throw PyError.raise("KeyError", "'" + parent + "'"); // the parent removed itself from sys.modules
            }
            path = packagePath(parentModule);
            if (path == null) {
                throw moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
        }
        PyObject m = findAndExec(name, path);
        if (m == null) {
            throw moduleNotFound("No module named '" + name + "'", name);
        }
        if (parentModule != null) {
            Ops.setattr(rt, parentModule, name.substring(dot + 1), m);
        }
        return m;
    }

    private void handleFromlist3(PyObject mod, PyObject fromlist, boolean recursive) {
        for (PyObject item : Ops.toList(rt, fromlist)) {
            if (!(item instanceof PyStr s)) {
                String where = recursive ? Ops.str(rt, Ops.getattr(rt, mod, "__name__")) + ".__all__" : "``from list''";
                throw PyError.raise("TypeError", "Item in " + where + " must be str, not " + Ops.typeName(rt, item));
            }
            String x = s.value();
            if (x.equals("*")) {
                PyObject all = recursive ? null : Ops.getattrOrNull(rt, mod, "__all__");
                if (all != null) {
                    handleFromlist3(mod, all, true);
                }
            } else if (Ops.getattrOrNull(rt, mod, x) == null) {
                String fromName = Ops.str(rt, Ops.getattr(rt, mod, "__name__")) + "." + x;
                try {
                    gcdImport(fromName);
                } catch (PyError e) {
                    // a submodule that does not exist is IMPORT_FROM's error to report, not this one
                    PyBaseException ex = rt.exception(e);
                    PyObject n = ex.dict.get("name");
                    boolean missing = ex.type().isSubtypeOf(rt.types.exceptions.get("ModuleNotFoundError"))
                            && n instanceof PyStr ns && ns.value().equals(fromName) && module(fromName) != PyNone.NONE;
                    if (!missing) {
                        throw e;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 2.7 (import.c)

    private PyObject import27(String name, PyDict globals, PyObject fromlist, int level) {
        StringBuilder buf = new StringBuilder();
        PyObject parent = parent27(globals, level, buf);
        String rest = name;
        // load_next over each dotted component; the first may be relative to the parent
        PyObject head;
        String[] restOut = new String[1];
        head = loadNext27(parent, level < 0 ? PyNone.NONE : parent, rest, buf, restOut);
        rest = restOut[0];
        PyObject tail = head;
        while (rest != null) {
            tail = loadNext27(tail, tail, rest, buf, restOut);
            rest = restOut[0];
        }
        if (tail == PyNone.NONE) {
            throw PyError.raise("ValueError", "Empty module name");
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Ops.truth(rt, fromlist);
        if (!hasFrom) {
            return head;
        }
        ensureFromlist27(tail, fromlist, buf.toString(), false);
        return tail;
    }

    /** get_parent: the package a relative name starts from (its name left in {@code buf}), or None. */
    private PyObject parent27(PyDict globals, int level, StringBuilder buf) {
        if (globals == null || level == 0) {
            return PyNone.NONE;
        }
        PyObject pkgname = globals.get(rt.name("__package__"));
        if (pkgname != null && pkgname != PyNone.NONE) {
            if (!isText(pkgname)) {
                throw PyError.raise("ValueError", "__package__ set to non-string");
            }
            String p = text(pkgname);
            if (p.isEmpty()) {
                if (level > 0) {
                    throw PyError.raise("ValueError", "Attempted relative import in non-package");
                }
                return PyNone.NONE;
            }
            buf.append(p);
        } else {
            PyObject modname = globals.get(rt.name("__name__"));
            if (modname == null || !isText(modname)) {
                return PyNone.NONE;
            }
            String n = text(modname);
            if (globals.get(rt.name("__path__")) != null) {
                buf.append(n);
                globals.put(rt.name("__package__"), modname);
            } else {
                int dot = n.lastIndexOf('.');
                if (dot < 0 && level > 0) {
                    throw PyError.raise("ValueError", "Attempted relative import in non-package");
                }
                if (dot < 0) {
                    globals.put(rt.name("__package__"), PyNone.NONE);
                    return PyNone.NONE;
                }
                buf.append(n, 0, dot);
                globals.put(rt.name("__package__"), Strings.text(rt, buf.toString()));
            }
        }
        for (int l = level; --l > 0;) {
            int dot = buf.lastIndexOf(".");
            if (dot < 0) {
                throw PyError.raise("ValueError", "Attempted relative import beyond toplevel package");
            }
            buf.setLength(dot);
        }
        PyObject parent = module(buf.toString());
        if (parent == null) {
            if (level < 1) {
                buf.setLength(0); // CPython warns here ("Parent module ... not found") and imports absolutely
                return PyNone.NONE;
            }
            throw PyError.raise("SystemError", "Parent module '" + buf + "' not loaded, cannot perform relative import");
        }
        return parent;
    }

    /** load_next: imports the first component of {@code name} under {@code mod} (or {@code altmod}). */
    private PyObject loadNext27(PyObject mod, PyObject altmod, String name, StringBuilder buf, String[] rest) {
        if (name.isEmpty()) {
            rest[0] = null;
            return mod; // "from . import x": the parent itself
        }
        int dot = name.indexOf('.');
        String sub = dot < 0 ? name : name.substring(0, dot);
        rest[0] = dot < 0 ? null : name.substring(dot + 1);
        if (sub.isEmpty()) {
            throw PyError.raise("ValueError", "Empty module name");
        }
        int saved = buf.length();
        if (buf.length() > 0) {
            buf.append('.');
        }
        buf.append(sub);
        PyObject result = importSubmodule27(mod, sub, buf.toString());
        if (result == PyNone.NONE && altmod != mod) {
            result = importSubmodule27(altmod, sub, sub);
            if (result != PyNone.NONE) {
                // the relative miss is remembered, so the next implicit import goes straight to the absolute one
                rt.modules.put(key(buf.toString()), PyNone.NONE);
                buf.setLength(0);
                buf.append(sub);
            }
        }
        if (result == PyNone.NONE) {
            buf.setLength(saved);
            throw PyError.raise("ImportError", "No module named " + name);
        }
        return result;
    }

    /** import_submodule: sys.modules' entry (possibly None), or the module found under {@code mod}, or None. */
    private PyObject importSubmodule27(PyObject mod, String subname, String fullname) {
        PyObject m = rt.modules.get(key(fullname));
        if (m != null) {
            return m;
        }
        List<Path> path = null;
        if (mod != PyNone.NONE) {
            path = packagePath(mod);
            if (path == null) {
                return PyNone.NONE;
            }
        }
        PyObject loaded = findAndExec(fullname, path);
        if (loaded == null) {
            return PyNone.NONE;
        }
        if (mod != PyNone.NONE) {
            Ops.setattr(rt, mod, subname, loaded);
        }
        return loaded;
    }

    private void ensureFromlist27(PyObject mod, PyObject fromlist, String name, boolean recursive) {
        if (Ops.getattrOrNull(rt, mod, "__path__") == null) {
            return;
        }
        for (PyObject item : Ops.toList(rt, fromlist)) {
            if (!isText(item)) {
                throw PyError.raise("TypeError", "Item in ``from list'' not a string");
            }
            String x = text(item);
            if (x.equals("*")) {
                if (!recursive) {
                    PyObject all = Ops.getattrOrNull(rt, mod, "__all__");
                    if (all != null) {
                        ensureFromlist27(mod, all, name, true);
                    }
                }
            } else if (Ops.getattrOrNull(rt, mod, x) == null) {
                importSubmodule27(mod, x, name + "." + x);
            }
        }
    }

    // ---------------------------------------------------------------- finding, loading, running

    /**
     * Finds {@code fullname} (its last component) in {@code path} (null: the builtin modules, then
     * sys.path), then creates, registers and runs the module; null when not found.
     */
    private PyObject findAndExec(String fullname, List<Path> path) {
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

    private List<Path> sysPath() {
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
    private List<Path> packagePath(PyObject module) {
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

    private PyObject module(String name) {
        return rt.modules.get(key(name));
    }

    /** A sys.modules key: str (2.7's byte string str, so the keys print as CPython's do). */
    private PyObject key(String name) {
        return rt.name(name);
    }

    private PyError moduleNotFound(String message, String name) {
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

    private static boolean isText(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes;
    }

    private String text(PyObject o) {
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
