package org.pyvm.core.interp;

import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions to get, set and delete. */
final class Property extends PyObject implements Ops.DataDescriptor, CustomAttributes {
    private static final String[] PARAMETERS = {"fget", "fset", "fdel", "doc"};

    private final Runtime rt;
    private final PyObject getter;
    private final PyObject setter;
    private final PyObject deleter;
    /** The doc argument, or what a program assigned to {@code __doc__} (a writable member in CPython). */
    private PyObject doc;
    private boolean docAssigned;
    /** The class attribute it was assigned to when the class was made (3.11's errors name it); or null. */
    private String name;

    private Property(Runtime rt, PyObject getter, PyObject setter, PyObject deleter, PyObject doc) {
        this.rt = rt;
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    /** The builtin {@code property(...)}, positional or by keyword. */
    static Property make(Runtime rt, PyObject[] a, String[] kw) {
        PyObject[] parts = new PyObject[4];
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > 4) {
            throw PyError.raise("TypeError", "property() takes at most 4 arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, parts, 0, npos);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int slot = java.util.Arrays.asList(PARAMETERS).indexOf(kw[k]);
            if (slot < 0) {
                throw PyError.raise("TypeError", "'" + kw[k] + "' is an invalid keyword argument for property()");
            }
            parts[slot] = a[npos + k];
        }
        return new Property(rt, parts[0], parts[1], parts[2], parts[3]);
    }

    /**
     * The property type's own members and methods, as CPython's type has them ({@code dir(property)}, {@code
     * property.fget}, {@code property.setter(p, f)}): each reads or remakes the property it is given.
     */
    static void describe(Runtime rt, PyType t) {
        for (String member : new String[] {"fget", "fset", "fdel"}) {
            t.dict.put(member, org.pyvm.core.runtime.ReadOnlyAttribute.member(rt, member, p -> ((Property) p).ownAttribute(member)));
        }
        for (String method : new String[] {"getter", "setter", "deleter"}) {
            t.dict.put(method, new org.pyvm.core.objects.PyMethodDescriptor(method, t, (self, a, kw) -> {
                if (a.length != 1 || kw != null && kw.length > 0) {
                    throw PyError.raise("TypeError", (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? "property." : "")
                            + method + "() takes exactly one argument (" + a.length + " given)");
                }
                return Ops.call(rt, ((Property) self).ownAttribute(method), a, null);
            }));
        }
    }

    /** {@code __set_name__(owner, name)}, called when a class holding the property is made. */
    void setName(String attribute) {
        this.name = attribute;
    }

    private static boolean absent(PyObject f) {
        return f == null || f == PyNone.NONE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (absent(getter)) {
            throw refusal(obj, "getter", "unreadable attribute");
        }
        return Ops.call(rt, getter, obj);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (absent(setter)) {
            throw refusal(obj, "setter", "can't set attribute");
        }
        Ops.call(rt, setter, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (absent(deleter)) {
            throw refusal(obj, "deleter", "can't delete attribute");
        }
        Ops.call(rt, deleter, obj);
    }

    /** The AttributeError for a missing accessor: 3.11 names the property and the class; before, a fixed phrase. */
    private PyError refusal(PyObject obj, String accessor, String older) {
        if (!rt.lang.has(LanguageFeature.DESCRIPTOR_ERRORS_NAME_OWNER)) {
            return PyError.raise("AttributeError", older);
        }
        String owner = "'" + Ops.typeName(rt, obj) + "'";
        return PyError.raise("AttributeError", name == null
                ? "property of " + owner + " object has no " + accessor
                : "property '" + name + "' of " + owner + " object has no " + accessor);
    }

    @Override
    public PyObject attribute(String attr) {
        switch (attr) {
            case "setter", "getter", "deleter", "fget", "fset", "fdel":
                return null; // the type's members and methods (describe)
            default:
                return ownAttribute(attr);
        }
    }

    private PyObject ownAttribute(String attr) {
        switch (attr) {
            case "setter":
                return new PyBuiltinFunction("setter", (a, kw) -> new Property(rt, getter, a[0], deleter, doc));
            case "getter":
                return new PyBuiltinFunction("getter", (a, kw) -> new Property(rt, a[0], setter, deleter, doc));
            case "deleter":
                return new PyBuiltinFunction("deleter", (a, kw) -> new Property(rt, getter, setter, a[0], doc));
            case "fget":
                return orNone(getter);
            case "fset":
                return orNone(setter);
            case "fdel":
                return orNone(deleter);
            case "__isabstractmethod__": {
                // property_get___isabstractmethod__: abstract when any of its functions is (abc finds abstract properties)
                for (PyObject fn : new PyObject[] {getter, setter, deleter}) {
                    if (!absent(fn)) {
                        PyObject v = Ops.getattrOrNull(rt, fn, "__isabstractmethod__");
                        if (v != null && Ops.truth(rt, v)) {
                            return org.pyvm.core.objects.PyBool.TRUE;
                        }
                    }
                }
                return org.pyvm.core.objects.PyBool.FALSE;
            }
            case "__doc__":
                // the doc argument, else the getter's docstring, as property_init copies it
                if (docAssigned || !absent(doc)) {
                    return orNone(doc);
                }
                return absent(getter) ? PyNone.NONE : orNone(Ops.getattrOrNull(rt, getter, "__doc__"));
            default:
                return null;
        }
    }

    /** {@code prop.__doc__ = text} (namedtuple field docs set by dis, for one). */
    @Override
    public boolean setAttribute(String attr, PyObject value) {
        if (!attr.equals("__doc__")) {
            return false;
        }
        doc = value;
        docAssigned = true;
        return true;
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    @Override
    public String typeName(Language lang) {
        return "property";
    }

    @Override
    public String repr(Language lang) {
        return "<property object at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
