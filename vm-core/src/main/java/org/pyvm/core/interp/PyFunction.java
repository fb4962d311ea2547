package org.pyvm.core.interp;

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
    /** The builtins its frames use: those of the globals it was made with ({@link Interpreter#builtinsOf}). */
    final PyDict builtins;
    PyObject[] defaults;
    PyDict kwdefaults;
    final PyCell[] closure;
    String name;
    String qualname;
    /** What the program set as __name__ / __qualname__ (a str subclass stays one); null while it is the code's. */
    PyObject nameSet;
    PyObject qualnameSet;
    PyObject doc;
    PyObject module;
    /** Its {@code __dict__} (CPython's func_dict): what a program sets on it, made when first needed. */
    PyDict dict;
    /** 3.x {@code __annotations__} (func_annotations), a slot of its own, not an entry of the dict; null until made. */
    PyObject annotations;
    /** Its code's inline caches in this VM (see {@link Interpreter#inlineCache}); null until a frame of it needs them. */
    Object[] inlineCache;

    PyFunction(Interpreter interp, CodeObject code, PyDict globals, String qualname, PyObject[] defaults, PyDict kwdefaults,
               PyCell[] closure) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.builtins = interp.builtinsOf(globals);
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

    /**
     * Whether {@code attr} is a plain entry of the function's __dict__ in this version rather than one of its own
     * slots: 2.7 has the func_* aliases and no __qualname__ or __kwdefaults__; in 3.x the func_* names are plain.
     */
    private boolean plainName(String attr) {
        boolean py2 = interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        return attr.startsWith("func_") ? !py2 : py2 && (attr.equals("__qualname__") || attr.equals("__kwdefaults__"));
    }

    @Override
    public PyObject attribute(String attr) {
        org.pyvm.core.runtime.Runtime rt = interp.rt;
        switch (plainName(attr) ? "" : attr) {
            case "__name__":
            case "func_name":
                return nameSet != null ? nameSet : org.pyvm.core.runtime.Strings.text(rt, name);
            case "__qualname__":
                return qualnameSet != null ? qualnameSet : org.pyvm.core.objects.PyStr.of(qualname);
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
            case "__annotations__":
                if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                    return dict == null ? null : dict.get(rt.name(attr)); // 2.7 functions have no such slot
                }
                if (annotations == null) {
                    annotations = PyDict.of(rt.lang, java.util.List.of());
                }
                return annotations;
            case "__kwdefaults__":
                return kwdefaults == null ? org.pyvm.core.objects.PyNone.NONE : kwdefaults;
            case "__code__":
            case "func_code":
                return code;
            case "__globals__":
            case "func_globals":
                org.pyvm.core.objects.OwnedByName.exposed(globals); // the program may keep what it reads there
                return globals;
            case "__builtins__":
                // 3.10+: the builtins its globals name (func_builtins), else the interpreter's
                if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) || rt.lang.minor() < 10) {
                    return dict == null ? null : dict.get(rt.name(attr));
                }
                PyObject b = globals.get(rt.name("__builtins__"));
                return b instanceof org.pyvm.core.objects.PyModule m ? m.dict : b instanceof PyDict ? b : rt.builtins;
            case "__dict__":
            case "func_dict":
                return dict();
            default:
                return dict == null ? null : dict.get(rt.name(attr));
        }
    }

    /** 2.7-3.6 put the docstring first in co_consts (or None there when there is none); so does 3.11. */
    private boolean hasDocstring() {
        return true;
    }

    @Override
    public boolean setAttribute(String attr, PyObject value) {
        switch (plainName(attr) ? "" : attr) {
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
            case "func_name":
                name = nameText(value, "__name__"); // func_set_name: 2.7's reprs show it too
                nameSet = value;
                return true;
            case "__qualname__":
                qualname = nameText(value, attr);
                qualnameSet = value;
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
                if (value == org.pyvm.core.objects.PyNone.NONE) {
                    kwdefaults = null;
                } else if (value instanceof PyDict d) {
                    kwdefaults = d;
                } else {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "__kwdefaults__ must be set to a dict object");
                }
                return true;
            case "__annotations__":
                if (interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                    dict().put(interp.rt.name(attr), value);
                } else if (value == org.pyvm.core.objects.PyNone.NONE || value instanceof PyDict) {
                    annotations = value == org.pyvm.core.objects.PyNone.NONE ? null : value;
                } else {
                    throw org.pyvm.core.objects.PyError.raise("TypeError", "__annotations__ must be set to a dict object");
                }
                return true;
            case "__dict__":
            case "func_dict":
                setDict(value);
                return true;
            default:
                dict().put(interp.rt.name(attr), value);
                return true;
        }
    }

    /** A new __name__ or __qualname__: a str (2.7: a byte string, not unicode), else CPython's TypeError. */
    private String nameText(PyObject value, String attr) {
        boolean text = interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? value instanceof org.pyvm.core.objects.PyBytes
                : value instanceof org.pyvm.core.objects.PyStr;
        if (!text) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", attr + " must be set to a string object");
        }
        return org.pyvm.core.runtime.Ops.str(interp.rt, value);
    }

    /** The function's __dict__, made empty at its first use. */
    PyDict dict() {
        if (dict == null) {
            dict = PyDict.of(interp.rt.lang, java.util.List.of());
        }
        return dict;
    }

    /** {@code f.__dict__ = d}: a dict (a subclass too) becomes the function's namespace, in each version's words. */
    private void setDict(PyObject value) {
        if (!(value instanceof PyDict d)) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                    ? "setting function's dictionary to a non-dict"
                    : "__dict__ must be set to a dictionary, not a '" + org.pyvm.core.runtime.Ops.typeName(interp.rt, value) + "'");
        }
        dict = d;
    }

    @Override
    public boolean deleteAttribute(String attr) {
        org.pyvm.core.runtime.Runtime rt = interp.rt;
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (attr.equals("__dict__") || py2 && attr.equals("func_dict")) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", py2 ? "function's dictionary may not be deleted" : "cannot delete __dict__");
        }
        switch (plainName(attr) ? "" : attr) {
            case "__annotations__":
                if (py2) {
                    break;
                }
                annotations = null;
                return true;
            case "__defaults__":
            case "func_defaults":
                defaults = null;
                return true;
            case "__kwdefaults__":
                kwdefaults = null;
                return true;
            case "__doc__":
            case "func_doc":
                doc = org.pyvm.core.objects.PyNone.NONE;
                return true;
            case "__module__":
                module = null;
                return true;
            case "__name__":
            case "func_name":
            case "__qualname__":
                throw org.pyvm.core.objects.PyError.raise("TypeError", (attr.equals("func_name") ? "__name__" : attr)
                        + " must be set to a string object");
            case "__code__":
            case "func_code":
                throw org.pyvm.core.objects.PyError.raise("TypeError", "__code__ must be set to a code object");
            case "__closure__":
            case "__globals__":
            case "func_closure":
            case "func_globals":
                throw org.pyvm.core.objects.PyError.raise(py2 ? "TypeError" : "AttributeError", "readonly attribute");
            default:
                break;
        }
        if (dict != null && dict.remove(rt.name(attr))) {
            return true;
        }
        // object's generic delete: the dict's KeyError becomes the bare name before 3.11 (2.7 only with a dict made)
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.DESCRIPTOR_ERRORS_NAME_OWNER) && (!py2 || dict != null)) {
            throw org.pyvm.core.objects.PyError.raise("AttributeError", attr);
        }
        return false;
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
    public String shortName() {
        return name;
    }

    @Override
    public String typeName(Language lang) {
        return "function";
    }

    @Override
    public String repr(Language lang) {
        // 2.7's func_repr shows func_name, 3.x's the qualified name
        String shown = interp.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? name : qualname;
        return "<function " + shown + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
