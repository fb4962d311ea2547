package org.pyvm.core.interp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBoundMethod;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/** A function defined in Python: code, globals, defaults and closure, run by its VM's interpreter. */
public final class PyFunction extends PyObject implements PyCallable, Descriptor, Typed, PyBoundMethod.Named,
        org.pyvm.core.objects.CustomAttributes {
    final Interpreter interp;
    /** Its code: a program may put other code in its place ({@code f.__code__ = ...}). */
    CodeObject code;
    final PyDict globals;
    PyObject[] defaults;
    PyDict kwdefaults;
    final PyCell[] closure;
    String name;
    String qualname;
    PyObject doc;
    PyObject module;
    final Map<String, PyObject> attributes = new LinkedHashMap<>();
    /** Its code's inline caches in this VM (see {@link Interpreter#inlineCache}); null until a frame of it needs them. */
    Object[] inlineCache;

    PyFunction(Interpreter interp, CodeObject code, PyDict globals, String qualname, PyObject[] defaults, PyDict kwdefaults,
               PyCell[] closure) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.module = globals.get(interp.moduleNameKey);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return interp.call(this, args, kwnames);
    }

    /** Functions become bound methods when fetched through an instance. */
    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    @Override
    public PyObject attribute(String attr) {
        org.pyvm.core.runtime.Runtime rt = interp.rt;
        switch (attr) {
            case "__name__":
            case "func_name":
                return org.pyvm.core.runtime.Strings.text(rt, name);
            case "__qualname__":
                return org.pyvm.core.objects.PyStr.of(qualname);
            case "__doc__":
            case "func_doc":
                return doc != null ? doc : code.consts.length > 0 && (code.consts[0] instanceof org.pyvm.core.objects.PyStr
                        || code.consts[0] instanceof org.pyvm.core.objects.PyBytes) && hasDocstring() ? code.consts[0]
                        : org.pyvm.core.objects.PyNone.NONE;
            case "__module__":
                return module == null ? org.pyvm.core.objects.PyNone.NONE : module;
            case "__defaults__":
            case "func_defaults":
                return defaults == null ? org.pyvm.core.objects.PyNone.NONE : org.pyvm.core.objects.PyTuple.of(defaults);
            case "__closure__":
            case "func_closure":
                return closure == null ? org.pyvm.core.objects.PyNone.NONE : org.pyvm.core.objects.PyTuple.of(closure);
            case "__annotations__": {
                PyObject a = attributes.get("__annotations__");
                if (a == null) {
                    a = PyDict.of(rt.lang, java.util.List.of());
                    attributes.put("__annotations__", a);
                }
                return a;
            }
            case "__kwdefaults__":
                return kwdefaults == null ? org.pyvm.core.objects.PyNone.NONE : kwdefaults;
            case "__code__":
            case "func_code":
                return code;
            case "__globals__":
            case "func_globals":
                org.pyvm.core.objects.OwnedByName.exposed(globals); // the program may keep what it reads there
                return globals;
            case "__dict__": {
                PyDict d = PyDict.of(rt.lang, java.util.List.of());
                attributes.forEach((k, v) -> d.put(rt.name(k), v));
                return d;
            }
            default:
                return attributes.get(attr);
        }
    }

    /** 2.7-3.6 put the docstring first in co_consts (or None there when there is none); so does 3.11. */
    private boolean hasDocstring() {
        return true;
    }

    @Override
    public boolean setAttribute(String attr, PyObject value) {
        switch (attr) {
            case "__code__":
            case "func_code": {
                // func_set_code: a code object with as many free variables as the function has closure cells
                if (!(value instanceof CodeObject co)) {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "__code__ must be set to a code object");
                }
                int have = closure == null ? 0 : closure.length;
                if (co.freevars.length != have) {
                    throw org.pyvm.core.objects.PyError.raise("ValueError", name + "() requires a code object with " + have
                            + " free vars, not " + co.freevars.length);
                }
                code = co;
                inlineCache = null;
                return true;
            }
            case "__name__":
                name = org.pyvm.core.runtime.Ops.str(interp.rt, value);
                return true;
            case "__qualname__":
                qualname = org.pyvm.core.runtime.Ops.str(interp.rt, value);
                return true;
            case "__doc__":
                doc = value;
                return true;
            case "__module__":
                module = value;
                return true;
            case "__defaults__":
            case "func_defaults": {
                // func_set_defaults: a tuple or None; what later calls fill missing parameters from
                if (value == org.pyvm.core.objects.PyNone.NONE) {
                    defaults = null;
                } else if (value instanceof org.pyvm.core.objects.PyTuple t) {
                    defaults = t.items().clone();
                } else {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "__defaults__ must be set to a tuple object");
                }
                return true;
            }
            case "__kwdefaults__":
                if (interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                    attributes.put(attr, value);
                } else if (value == org.pyvm.core.objects.PyNone.NONE) {
                    kwdefaults = null;
                } else if (value instanceof PyDict d) {
                    kwdefaults = d;
                } else {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "__kwdefaults__ must be set to a dict object");
                }
                return true;
            default:
                attributes.put(attr, value);
                return true;
        }
    }

    @Override
    public PyType type() {
        return interp.rt.types.function;
    }

    @Override
    public String qualname() {
        return qualname;
    }

    @Override
    public String typeName(Language lang) {
        return "function";
    }

    @Override
    public String repr(Language lang) {
        return "<function " + qualname + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
