package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 3.x {@code sys.meta_path}'s one finder: importlib ({@code importlib.import_module}, {@code importlib.util.find_spec})
 * asks it for a module's spec, and it answers with pyvm's own import system, which every other import already uses:
 * {@code find_spec} only looks (the Java modules, then the folders of the parent package's {@code __path__} or of
 * sys.path) and returns {@code importlib}'s {@code ModuleSpec}; the loader's {@code create_module} imports the module
 * the way {@code import} does (its code runs then), and {@code exec_module} has nothing left to do.
 */
final class MetaPathFinder extends PyObject implements CustomAttributes {
    private final Interpreter in;
    private final Runtime rt;
    private final Loader loader = new Loader();

    MetaPathFinder(Interpreter in) {
        this.in = in;
        this.rt = in.rt;
    }

    @Override
    public PyObject attribute(String name) {
        switch (name) {
            case "find_spec":
                return PyBuiltinFunction.method("find_spec", this, "PyvmFinder", (a, kw) -> findSpec(a, kw));
            case "invalidate_caches":
                return PyBuiltinFunction.method("invalidate_caches", this, "PyvmFinder", (a, kw) -> PyNone.NONE);
            default:
                return null;
        }
    }

    private Importer importer() {
        if (in.importer == null) {
            throw PyError.raise("ImportError", "the import system is not set up yet");
        }
        return in.importer;
    }

    private PyObject findSpec(PyObject[] a, String[] kw) {
        PyObject nameObj = arg(a, kw, 0, "fullname");
        if (nameObj == null) {
            throw PyError.raise("TypeError", "find_spec() missing required argument 'fullname'");
        }
        String name = Ops.str(rt, nameObj);
        PyObject pathObj = arg(a, kw, 1, "path");
        Importer importer = importer();
        boolean found;
        boolean isPackage = false;
        String origin = null;
        if ((pathObj == null || pathObj == PyNone.NONE) && importer.builtinModules.has(name)) {
            found = true;
            origin = "built-in";
        } else {
            List<Path> path;
            if (pathObj == null || pathObj == PyNone.NONE) {
                path = importer.sysPath();
            } else {
                path = new ArrayList<>();
                for (PyObject p : Ops.toList(rt, pathObj)) {
                    path.add(Path.of(Ops.str(rt, p)));
                }
            }
            org.pyvm.core.importing.FoundModule m;
            try {
                m = importer.finder.find(name.substring(name.lastIndexOf('.') + 1), path);
            } catch (java.nio.file.InvalidPathException e) {
                m = null;
            }
            found = m != null;
            if (found) {
                isPackage = m.isPackage();
                origin = m.file() != null ? m.file().toString() : null;
            }
        }
        if (!found) {
            return PyNone.NONE;
        }
        PyObject bootstrap = rt.modules.get(rt.name("importlib._bootstrap"));
        if (bootstrap == null) {
            throw PyError.raise("ImportError", "importlib is not imported");
        }
        PyObject spec = Ops.getattr(rt, bootstrap, "ModuleSpec");
        return Ops.call(rt, spec, new PyObject[] {nameObj, loader, origin == null ? PyNone.NONE : Ops.name(rt, origin),
            org.pyvm.core.objects.PyBool.of(isPackage)}, new String[] {"origin", "is_package"});
    }

    /** Positional {@code i} or keyword {@code name}; null when absent. */
    private static PyObject arg(PyObject[] a, String[] kw, int i, String name) {
        int n = a.length - (kw == null ? 0 : kw.length);
        if (i < n) {
            return a[i];
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (kw[k].equals(name)) {
                return a[n + k];
            }
        }
        return null;
    }

    @Override
    public String typeName(Language lang) {
        return "PyvmFinder";
    }

    @Override
    public String repr(Language lang) {
        return "<pyvm finder object at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }

    /** The loader of the specs above: pyvm's import makes and runs the module. */
    private final class Loader extends PyObject implements CustomAttributes {
        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "create_module":
                    return PyBuiltinFunction.method("create_module", this, "PyvmLoader", (a, kw) -> {
                        String fullname = Ops.str(rt, Ops.getattr(rt, a[0], "name"));
                        PyObject there = rt.modules.get(rt.name(fullname));
                        if (there != null) {
                            return there;
                        }
                        importer().importModuleLevel(fullname, null, org.pyvm.core.objects.PyTuple.of(), 0);
                        return rt.modules.get(rt.name(fullname));
                    });
                case "exec_module":
                    return PyBuiltinFunction.method("exec_module", this, "PyvmLoader", (a, kw) -> PyNone.NONE);
                default:
                    return null;
            }
        }

        @Override
        public String typeName(Language lang) {
            return "PyvmLoader";
        }

        @Override
        public String repr(Language lang) {
            return "<pyvm loader object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
    }
}
