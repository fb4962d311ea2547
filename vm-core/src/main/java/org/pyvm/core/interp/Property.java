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

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions to get, set and delete. A
 * program's subclass of property ({@code abc.abstractproperty}, a caching property) has {@link Sub} instances.
 */
class Property extends PyObject implements Ops.DataDescriptor, CustomAttributes {
    private static final String[] PARAMETERS = {"fget", "fset", "fdel", "doc"};

    final Runtime rt;
    private PyObject getter;
    private PyObject setter;
    private PyObject deleter;
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

    /**
     * This property with neither setter nor deleter, as a C type's read-only attribute: the same getter, and
     * {@code refuse} called to set or delete it (it raises the C type's error); null when it has either already.
     */
    Property readOnlyAs(PyObject refuse) {
        return absent(setter) && absent(deleter) ? new Property(rt, getter, refuse, refuse, doc) : null;
    }

    /** The builtin {@code property(...)}, positional or by keyword. */
    static Property make(Runtime rt, PyObject[] a, String[] kw) {
        PyObject[] parts = parts(a, kw);
        return new Property(rt, parts[0], parts[1], parts[2], parts[3]);
    }

    /**
     * {@code cls(...)} for a program's subclass of property: its instance, filled in by the class's own __init__
     * (which reaches property.__init__ through super()) or else from the arguments, as property_init does.
     */
    static Property makeSub(Interpreter in, PyType cls, PyObject[] a, String[] kw) {
        Sub p = new Sub(in.rt, cls);
        PyObject init = null;
        for (PyType t : cls.mro()) {
            if (t.builtin) {
                break;
            }
            init = init == null ? t.dict.get("__init__") : init;
        }
        if (init != null) {
            Ops.callInit(in.rt, init, p, a, kw);
        } else {
            p.init(a, kw);
        }
        return p;
    }

    /** property.__init__(fget, fset, fdel, doc): what the property calls; a subclass's __init__ calls it by super(). */
    final void init(PyObject[] a, String[] kw) {
        PyObject[] parts = parts(a, kw);
        getter = parts[0];
        setter = parts[1];
        deleter = parts[2];
        doc = parts[3];
        if (this instanceof Sub sub) {
            // property_init puts a subclass instance's doc in its own dict: the class's __doc__ would shadow the slot
            PyObject text = !absent(doc) ? doc : absent(getter) ? null : Ops.getattrOrNull(rt, getter, "__doc__");
            if (text != null && text != PyNone.NONE) {
                sub.attributes().put("__doc__", text);
            }
        }
    }

    private static PyObject[] parts(PyObject[] a, String[] kw) {
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
        return parts;
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

    /**
     * property's own slots as methods, for a subclass's overrides to reach by super(): {@code __get__}, {@code __set__},
     * {@code __delete__} and {@code __init__}.
     */
    static void describeSlots(Runtime rt, PyType t) {
        t.dict.put("__get__", new org.pyvm.core.objects.PyMethodDescriptor("__get__", t, (self, a, kw) -> {
            PyObject obj = a.length > 0 && a[0] != PyNone.NONE ? a[0] : null;
            return ((Property) self).plainGet(obj, a.length > 1 && a[1] instanceof PyType owner ? owner : null);
        }));
        t.dict.put("__set__", new org.pyvm.core.objects.PyMethodDescriptor("__set__", t, (self, a, kw) -> {
            ((Property) self).plainSet(a[0], a[1]);
            return PyNone.NONE;
        }));
        t.dict.put("__delete__", new org.pyvm.core.objects.PyMethodDescriptor("__delete__", t, (self, a, kw) -> {
            ((Property) self).plainDelete(a[0]);
            return PyNone.NONE;
        }));
        t.dict.put("__init__", new org.pyvm.core.objects.PyMethodDescriptor("__init__", t, (self, a, kw) -> {
            ((Property) self).init(a, kw);
            return PyNone.NONE;
        }));
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
        return plainGet(obj, type);
    }

    /** property's own __get__. */
    final PyObject plainGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (absent(getter)) {
            throw refusal(obj, "getter", "unreadable attribute");
        }
        // before 3.8 property_descr_get calls the getter by PyObject_Call: one recursion level more
        int levels = rt.methodCallLevels() / 2;
        rt.enterCalls(levels);
        try {
            return Ops.call(rt, getter, obj);
        } finally {
            rt.leaveCalls(levels);
        }
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        plainSet(obj, value);
    }

    /** property's own __set__. */
    final void plainSet(PyObject obj, PyObject value) {
        if (absent(setter)) {
            throw refusal(obj, "setter", "can't set attribute");
        }
        Ops.call(rt, setter, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        plainDelete(obj);
    }

    /** property's own __delete__. */
    final void plainDelete(PyObject obj) {
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
                return new PyBuiltinFunction("setter", (a, kw) -> copy(getter, a[0], deleter));
            case "getter":
                return new PyBuiltinFunction("getter", (a, kw) -> copy(a[0], setter, deleter));
            case "deleter":
                return new PyBuiltinFunction("deleter", (a, kw) -> copy(getter, setter, a[0]));
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

    /** property_copy: a property like this one with other functions, made by this one's own type (a subclass's too). */
    PyObject copy(PyObject get, PyObject set, PyObject del) {
        return new Property(rt, get, set, del, doc);
    }

    /** An instance of a program's subclass of property: its class and attributes, its class's overrides. */
    static final class Sub extends Property implements org.pyvm.core.objects.UserSubclass {
        private final org.pyvm.core.objects.SubclassState state;

        Sub(Runtime rt, PyType cls) {
            super(rt, null, null, null, null);
            state = new org.pyvm.core.objects.SubclassState(cls);
        }

        @Override
        public org.pyvm.core.objects.SubclassState state() {
            return state;
        }

        @Override
        public PyObject plain() {
            Property self = this;
            return new Property(rt, self.getter, self.setter, self.deleter, self.doc);
        }

        /** A method the program's classes define above property, or null. */
        private PyObject own(String name) {
            for (PyType t : type().mro()) {
                if (t.builtin) {
                    return null;
                }
                PyObject v = t.dict.get(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        /** Its own attributes, then the program's classes, come before property's (abstractproperty's __isabstractmethod__). */
        @Override
        public PyObject attribute(String attr) {
            PyObject mine = attributes().get(attr);
            if (mine != null) {
                return mine;
            }
            return own(attr) != null ? null : super.attribute(attr);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            PyObject hook = own("__get__");
            return hook == null ? plainGet(obj, type) : Ops.call(rt, hook, this, obj == null ? PyNone.NONE : obj,
                    type == null ? PyNone.NONE : type);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            PyObject hook = own("__set__");
            if (hook == null) {
                plainSet(obj, value);
            } else {
                Ops.call(rt, hook, this, obj, value);
            }
        }

        @Override
        public void delete(PyObject obj) {
            PyObject hook = own("__delete__");
            if (hook == null) {
                plainDelete(obj);
            } else {
                Ops.call(rt, hook, this, obj);
            }
        }

        @Override
        PyObject copy(PyObject get, PyObject set, PyObject del) {
            PyObject doc = attribute("__doc__");
            return Ops.call(rt, type(), get, set, del, doc == null ? PyNone.NONE : doc);
        }

        @Override
        public String typeName(Language lang) {
            return type().name(lang);
        }

        @Override
        public String repr(Language lang) {
            return "<" + type().name(lang) + " object at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
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
