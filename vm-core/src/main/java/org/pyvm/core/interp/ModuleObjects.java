package org.pyvm.core.interp;

import java.util.List;
import org.pyvm.core.importing.FoundModule;
import org.pyvm.core.importing.ModuleCode;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * Module objects for imported files, with the attributes each CPython gives them before the body
 * runs, in its order (3.x dicts keep it: {@code __name__, __doc__, __package__, __loader__,
 * __spec__, [__path__,] __file__, __cached__, __builtins__}; 2.7 has no loader or spec and leaves
 * {@code __package__} None until a relative import sets it). 3.x's spec and loader are small
 * stand-ins carrying the data programs read from them (name, origin, parent, cached...).
 */
final class ModuleObjects {
    private final Runtime rt;
    private final boolean py2;
    private final PyType specType;
    private final PyType sourceLoader;
    private final PyType sourcelessLoader;
    private final PyType namespaceLoader;

    ModuleObjects(Runtime rt, boolean py2) {
        this.rt = rt;
        this.py2 = py2;
        this.specType = PyType.builtin("ModuleSpec", null, rt.types.object);
        this.sourceLoader = PyType.builtin("SourceFileLoader", null, rt.types.object);
        this.sourcelessLoader = PyType.builtin("SourcelessFileLoader", null, rt.types.object);
        this.namespaceLoader = PyType.builtin("_NamespaceLoader", null, rt.types.object);
    }

    PyModule create(String name, FoundModule found, ModuleCode code) {
        PyDict d = PyDict.of(rt.lang, List.of());
        PyModule m = new PyModule(name, d);
        m.file = code.file();
        String parent = found.isPackage() ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        put(d, "__name__", text(name));
        put(d, "__doc__", PyNone.NONE);
        if (py2) {
            put(d, "__package__", PyNone.NONE);
            if (found.isPackage()) {
                put(d, "__path__", PyList.of(List.of(text(found.packageDir().toString()))));
            }
            put(d, "__file__", text(code.file()));
        } else {
            PyObject loader = loader(found.kind() == FoundModule.Kind.SOURCE ? sourceLoader : sourcelessLoader, name,
                    found.file().toString());
            put(d, "__package__", text(parent));
            put(d, "__loader__", loader);
            put(d, "__spec__", spec(name, loader, found.file().toString(), parent, found, code.cached()));
            if (found.isPackage()) {
                put(d, "__path__", PyList.of(List.of(text(found.packageDir().toString()))));
            }
            put(d, "__file__", text(code.file()));
            put(d, "__cached__", code.cached() == null ? PyNone.NONE : text(code.cached()));
        }
        put(d, "__builtins__", rt.builtins);
        return m;
    }

    /** The main module's {@code __loader__} under 3.x: a SourcelessFileLoader for the script. */
    static PyObject mainLoader(Runtime rt, String file) {
        PyInstance l = new PyInstance(PyType.builtin("SourcelessFileLoader", null, rt.types.object));
        l.dict.put("name", Strings.text(rt, "__main__"));
        l.dict.put("path", file == null ? PyNone.NONE : Strings.text(rt, file));
        return l;
    }

    /** A 3.x namespace package: a folder without {@code __init__}; no file, no code. */
    PyModule namespacePackage(String name, FoundModule found) {
        PyDict d = PyDict.of(rt.lang, List.of());
        PyModule m = new PyModule(name, d);
        m.namespace = true;
        PyObject loader = loader(namespaceLoader, name, found.packageDir().toString());
        put(d, "__name__", text(name));
        put(d, "__doc__", PyNone.NONE);
        put(d, "__package__", text(name));
        put(d, "__loader__", loader);
        put(d, "__spec__", spec(name, loader, null, name, found, null));
        List<PyObject> portions = new java.util.ArrayList<>();
        for (java.nio.file.Path portion : found.portions()) {
            portions.add(text(portion.toString()));
        }
        put(d, "__path__", PyList.of(portions));
        return m;
    }

    private PyObject loader(PyType type, String name, String path) {
        PyInstance l = new PyInstance(type);
        l.dict.put("name", text(name));
        l.dict.put("path", text(path));
        return l;
    }

    private PyObject spec(String name, PyObject loader, String origin, String parent, FoundModule found, String cached) {
        PyInstance s = new PyInstance(specType);
        s.dict.put("name", text(name));
        s.dict.put("loader", loader);
        s.dict.put("origin", origin == null ? PyNone.NONE : text(origin));
        s.dict.put("submodule_search_locations", found.isPackage()
                ? PyList.of(List.of(text(found.packageDir().toString()))) : PyNone.NONE);
        s.dict.put("cached", cached == null ? PyNone.NONE : text(cached));
        s.dict.put("parent", text(parent));
        s.dict.put("has_location", origin == null ? PyBool.FALSE : PyBool.TRUE);
        s.dict.put("loader_state", PyNone.NONE);
        if (rt.lang.minor() >= 11) {
            // 3.11's importlib._bootstrap keeps the submodules being imported here while it imports a child of the
            // module (importlib.import_module('json.tool') after import json read it from pyvm's spec)
            s.dict.put("_uninitialized_submodules", PyList.of(new java.util.ArrayList<>()));
        }
        return s;
    }

    private PyObject text(String s) {
        return Strings.text(rt, s);
    }

    private void put(PyDict d, String name, PyObject v) {
        d.put(rt.name(name), v);
    }
}
