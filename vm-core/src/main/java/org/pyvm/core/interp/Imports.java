package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * The import opcodes (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR) and the {@code __import__} builtin,
 * all handing over to the VM's one {@link Importer}.
 */
final class Imports {
    private Imports() {
    }

    /** The VM's importer, made at the first import with the pack of the code that imports. */
    static Importer importer(Interpreter in, Frame f) {
        if (in.importer == null) {
            in.importer = new Importer(in, f.code.pack);
        }
        return in.importer;
    }

    static PyObject importName(Interpreter in, Frame f, String name, PyObject fromlist, PyObject level) {
        PyObject hook = f.builtins.get(in.rt.name("__import__"));
        if (hook == null) {
            throw PyError.raise("ImportError", "__import__ not found");
        }
        if (!(hook instanceof PyBuiltinFunction b && b.name().equals("__import__"))) {
            // a program replaced builtins.__import__: every import statement goes through it, as in CPython
            PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
            if (level instanceof PyInt i && i.small == -1) {
                // 2.7 leaves out an implicit-relative level (-1), so the hook sees its own default
                return Ops.call(in.rt, hook, Strings.text(in.rt, name), f.globals, locals, fromlist);
            }
            return Ops.call(in.rt, hook, Strings.text(in.rt, name), f.globals, locals, fromlist, level);
        }
        int lv = level instanceof PyInt i ? (int) i.small : 0;
        return importer(in, f).importModuleLevel(name, f.globals, fromlist, lv);
    }

    static PyObject importFrom(Interpreter in, PyObject module, String name) {
        return importer(in, in.current).importFrom(module, name);
    }

    /** {@code from m import *}: the names in {@code __all__}, else every public name of the module. */
    static void importStar(Interpreter in, Frame f, PyObject module) {
        PyObject all = Ops.getattrOrNull(in.rt, module, "__all__");
        if (all != null) {
            for (PyObject k : Ops.toList(in.rt, all)) {
                String key = text(k);
                if (key == null) {
                    throw PyError.raise("TypeError", in.rt.lang.has(LanguageFeature.STR_IS_BYTES)
                            ? "attribute name must be string, not '" + Ops.typeName(in.rt, k) + "'"
                            : "Item in " + moduleName(module) + ".__all__ must be str, not " + Ops.typeName(in.rt, k));
                }
                f.locals.put(in.rt.name(key), Ops.getattr(in.rt, module, key));
            }
            return;
        }
        PyObject dict = Ops.getattrOrNull(in.rt, module, "__dict__");
        if (!(dict instanceof PyDict d)) {
            throw PyError.raise("ImportError", "from-import-* object has no __dict__ and no __all__");
        }
        for (PyObject k : d.keys()) {
            String key = text(k);
            if (key != null && !key.startsWith("_")) {
                f.locals.put(k, d.get(k));
            }
        }
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)} (2.7: level -1). */
    static void install(Interpreter in) {
        boolean py2 = in.rt.lang.has(LanguageFeature.STR_IS_BYTES);
        String[] params = {"name", "globals", "locals", "fromlist", "level"};
        in.rt.builtins.put(in.rt.name("__import__"), new PyBuiltinFunction("__import__", (a, kw) -> {
            PyObject[] args = new PyObject[5];
            int npos = a.length - (kw == null ? 0 : kw.length);
            System.arraycopy(a, 0, args, 0, Math.min(npos, 5));
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    int slot = java.util.Arrays.asList(params).indexOf(kw[k]);
                    if (slot < 0) {
                        throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for __import__()");
                    }
                    args[slot] = a[npos + k];
                }
            }
            String name = args[0] == null ? null : text(args[0]);
            if (name == null) {
                throw PyError.raise("TypeError", args[0] == null ? "__import__() missing required argument 'name' (pos 1)"
                        : moduleNameError(in.rt, args[0]));
            }
            PyDict globals = args[1] instanceof PyDict g ? g : null;
            PyObject fromlist = args[3] == null ? PyTuple.of() : args[3];
            int level = args[4] instanceof PyInt i ? (int) i.small : py2 ? -1 : 0;
            Frame f = in.current;
            return importer(in, f).importModuleLevel(name, globals, fromlist, level);
        }));
        if (py2) {
            installReload(in);
        } else {
            importErrorKeywords(in, "ImportError");
            importErrorKeywords(in, "ModuleNotFoundError");
        }
    }

    /** 3.x {@code ImportError(msg, name=..., path=...)}: the keywords become the exception's attributes. */
    private static void importErrorKeywords(Interpreter in, String typeName) {
        org.pyvm.core.objects.PyType t = in.rt.types.exceptions.get(typeName);
        org.pyvm.core.objects.PyType.Constructor plain = t.constructor();
        if (plain == null) {
            return;
        }
        t.withConstructor((type, a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            PyObject[] positional = java.util.Arrays.copyOf(a, npos);
            PyObject made = plain.construct(type, positional, null);
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (!kw[k].equals("name") && !kw[k].equals("path")) {
                    throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for "
                            + (in.rt.lang.minor() < 7 ? "this function" : typeName + "()"));
                }
                if (made instanceof org.pyvm.core.objects.PyBaseException e) {
                    e.dict.put(kw[k], a[npos + k]);
                }
            }
            return made;
        });
    }

    /** 2.7's builtin {@code reload(module)}. */
    static void installReload(Interpreter in) {
        in.rt.builtins.put(in.rt.name("reload"), new PyBuiltinFunction("reload", (a, kw) -> {
            if (a.length != 1) {
                throw PyError.raise("TypeError", "reload() takes exactly one argument (" + a.length + " given)");
            }
            return importer(in, in.current).reload27(a[0]);
        }));
    }

    private static String moduleName(PyObject module) {
        return module instanceof PyModule m ? m.name : "?";
    }

    /**
     * __import__'s complaint about a name that is no str: an argument parser's before 3.10 (2.7 "string"),
     * from then on PyImport_ImportModuleLevelObject's own, since the clinic takes any object.
     */
    private static String moduleNameError(org.pyvm.core.runtime.Runtime rt, PyObject name) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            return "module name must be a string";
        }
        return "__import__() argument 1 must be " + (rt.lang.major() == 2 ? "string" : "str") + ", not " + Ops.argumentTypeName(rt, name);
    }

    private static String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        return o instanceof PyBytes b ? Strings.latin1(b.bytes()) : null;
    }

}
