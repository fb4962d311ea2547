package org.pyvm.core.modules.datetime27;

import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/**
 * An instance of one of datetime's types: messages name the type by its tp_name ({@code datetime.date}), a
 * program's subclass by its own name; the builtin types have no instance dict (setting an attribute fails as in
 * CPython), and instances hash by value.
 */
abstract class Native extends PyInstance implements CustomAttributes {
    Native(PyType type) {
        super(type);
    }

    @Override
    public String typeName(Language lang) {
        PyType t = type();
        return t.builtin ? "datetime." + t.name(lang) : t.name(lang);
    }

    @Override
    public PyObject attribute(String name) {
        return null;
    }

    @Override
    public boolean setAttribute(String name, PyObject value) {
        if (type().lookup(name) instanceof Ops.DataDescriptor) {
            return false; // a field refuses in its own words, naming the type that defines it (date's year on a datetime)
        }
        return refuseNewAttribute(name);
    }

    /** The value's hash, as CPython's datetime computes it. */
    abstract long valueHash();

    @Override
    public long identityHash() {
        long h = valueHash();
        return h == -1 ? -2 : h;
    }


    /** A class method of a builtin type ({@code date.today}): bound to the class it is fetched through. */
    static final class ClassMethod extends PyObject implements org.pyvm.core.objects.Descriptor {
        @FunctionalInterface
        interface Body {
            PyObject call(PyType cls, PyObject[] args, String[] kw);
        }

        private final String name;
        private final PyType owner;
        private final Body body;

        ClassMethod(String name, PyType owner, Body body) {
            this.name = name;
            this.owner = owner;
            this.body = body;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            PyType cls = type != null ? type : owner;
            return org.pyvm.core.objects.PyBuiltinFunction.method(name, cls, "type", (a, kw) -> body.call(cls, a, kw));
        }

        @Override
        public String typeName(Language lang) {
            return "classmethod_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<method '" + name + "' of '" + owner.name(lang) + "' objects>";
        }
    }
}
