package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.List;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The 2.7 import algorithm, as {@code import.c}'s import_module_level runs it: a parent package from
 * {@code __package__} or {@code __name__} (setting {@code __package__} as it goes), then each dotted
 * component tried relative to it first when the level is -1 (implicit relative import; a miss is
 * remembered as {@code None} in sys.modules), then absolutely. Finding, loading and sys.modules
 * bookkeeping are {@link Importer}'s.
 */
final class Import27 {
    private final Importer im;
    private final Runtime rt;

    Import27(Importer im, Runtime rt) {
        this.im = im;
        this.rt = rt;
    }

    PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
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
            if (!im.isText(pkgname)) {
                throw PyError.raise("ValueError", "__package__ set to non-string");
            }
            String p = im.text(pkgname);
            if (p.isEmpty()) {
                if (level > 0) {
                    throw PyError.raise("ValueError", "Attempted relative import in non-package");
                }
                return PyNone.NONE;
            }
            buf.append(p);
        } else {
            PyObject modname = globals.get(rt.name("__name__"));
            if (modname == null || !im.isText(modname)) {
                return PyNone.NONE;
            }
            String n = im.text(modname);
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
        PyObject parent = im.module(buf.toString());
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
                rt.modules.put(im.key(buf.toString()), PyNone.NONE);
                buf.setLength(0);
                buf.append(sub);
            }
        }
        if (result == PyNone.NONE) {
            buf.setLength(saved);
            // a top-level module found nowhere: without the local CPython's library, say what pyvm looked for
            String hint = saved == 0 || altmod != mod ? org.pyvm.core.host.StdlibLocator.missingLibraryHint(rt.lang.version(), sub) : "";
            throw PyError.raise("ImportError", "No module named " + name + hint);
        }
        return result;
    }

    /** import_submodule: sys.modules' entry (possibly None), or the module found under {@code mod}, or None. */
    private PyObject importSubmodule27(PyObject mod, String subname, String fullname) {
        PyObject m = rt.modules.get(im.key(fullname));
        if (m != null) {
            return m;
        }
        List<Path> path = null;
        if (mod != PyNone.NONE) {
            path = im.packagePath(mod);
            if (path == null) {
                return PyNone.NONE;
            }
        }
        PyObject loaded = im.findAndExec(fullname, path);
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
            if (!im.isText(item)) {
                throw PyError.raise("TypeError", "Item in ``from list'' not a string");
            }
            String x = im.text(item);
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
}
