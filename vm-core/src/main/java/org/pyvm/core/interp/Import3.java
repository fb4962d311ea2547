package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The 3.x import algorithm, as importlib's {@code __import__}, {@code _gcd_import},
 * {@code _find_and_load} and {@code _handle_fromlist} run it: absolute names and explicit relative
 * ones (level &gt; 0, resolved against {@code __package__}, {@code __spec__.parent} or {@code __name__}).
 * Finding, loading and sys.modules bookkeeping are {@link Importer}'s.
 */
final class Import3 {
    private final Importer im;
    private final Runtime rt;
    /** 3.6 derives a missing package from a dotless {@code __name__} as the name itself (3.7+ as ''). */
    private final boolean packageFromDotlessName;

    Import3(Importer im, Runtime rt) {
        this.im = im;
        this.rt = rt;
        this.packageFromDotlessName = rt.lang.version().equals("3.6");
    }

    PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
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
            PyObject m = im.module(toReturn);
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
            packageName = im.text(Ops.getattr(rt, spec, "parent"));
        } else {
            PyObject n = globals.get(rt.name("__name__"));
            if (n == null) {
                throw PyError.raise("KeyError", "'__name__' not in globals");
            }
            if (!(n instanceof PyStr)) {
                throw PyError.raise("TypeError", "__name__ must be a string");
            }
            packageName = im.text(n);
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
        PyObject m = rt.modules.get(im.key(name));
        if (m == PyNone.NONE) {
            throw im.moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        return m != null ? m : findAndLoad3(name);
    }

    private PyObject findAndLoad3(String name) {
        int dot = name.lastIndexOf('.');
        List<Path> path = null;
        PyObject parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (im.module(parent) == null) {
                gcdImport(parent);
            }
            PyObject already = im.module(name);
            if (already != null) {
                return already; // importing the parent imported this too
            }
            parentModule = im.module(parent);
            if (parentModule == null || parentModule == PyNone.NONE) {
                throw PyError.raise("KeyError", "'" + parent + "'"); // the parent removed itself from sys.modules
            }
            path = im.packagePath(parentModule);
            if (path == null) {
                throw im.moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
        }
        PyObject m = im.findAndExec(name, path);
        if (m == null) {
            // a top-level module found nowhere: without the local CPython's library, say what pyvm looked for
            String hint = dot < 0 ? org.pyvm.core.host.StdlibLocator.missingLibraryHint(rt.lang.version(), name) : "";
            throw im.moduleNotFound("No module named '" + name + "'" + hint, name);
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
                            && n instanceof PyStr ns && ns.value().equals(fromName) && im.module(fromName) != PyNone.NONE;
                    if (!missing) {
                        throw e;
                    }
                }
            }
        }
    }
}
