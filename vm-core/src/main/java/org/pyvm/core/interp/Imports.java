package org.pyvm.core.interp;

import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * IMPORT_NAME and friends. For now only modules already in {@code sys.modules} (the builtin ones:
 * sys, __future__) import; finding .pyc files on sys.path is the imports issue's work.
 */
final class Imports {
    private Imports() {
    }

    static PyObject importName(Interpreter in, Frame f, String name, PyObject fromlist, PyObject level) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        PyObject m = in.rt.modules.get(PyStr.of(name));
        if (m == null) {
            if (in.rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("ImportError", "No module named " + name);
            }
            PyError e = PyError.raiseArgs("ModuleNotFoundError", PyStr.of("No module named '" + name + "'"));
            throw e;
        }
        boolean hasFromlist = fromlist != null && Ops.truth(in.rt, fromlist);
        return hasFromlist ? m : in.rt.modules.get(PyStr.of(top));
    }

    static PyObject importFrom(Interpreter in, PyObject module, String name) {
        PyObject v = Ops.getattrOrNull(in.rt, module, name);
        if (v == null) {
            String mod = module instanceof PyModule m ? m.name : "?";
            if (in.rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("ImportError", "cannot import name " + name);
            }
            throw PyError.raise("ImportError", "cannot import name '" + name + "' from '" + mod + "' (unknown location)");
        }
        return v;
    }

    static void importStar(Interpreter in, Frame f, PyObject module) {
        PyDict d = ((PyModule) module).dict;
        for (PyObject k : d.keys()) {
            String key = k instanceof PyStr s ? s.value() : Strings.latin1(((org.pyvm.core.objects.PyBytes) k).bytes());
            if (!key.startsWith("_")) {
                f.locals.put(k, d.get(k));
            }
        }
    }
}
