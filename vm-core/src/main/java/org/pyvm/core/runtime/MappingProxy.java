package org.pyvm.core.runtime;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/**
 * A read-only view of a mapping: what {@code C.__dict__} gives for a new-style class (3.x {@code mappingproxy},
 * 2.7 {@code dictproxy}), live on the class's attributes, and what 3.x {@code types.MappingProxyType(m)} makes of
 * any mapping. It is a type of its own, not dict, so code that dispatches on a type's {@code __repr__} (pprint)
 * or asks {@code isinstance(x, dict)} sees what it sees in CPython; item assignment and deletion are refused.
 */
final class MappingProxy extends PyInstance implements org.pyvm.core.objects.PyIterable, org.pyvm.core.objects.CustomAttributes {
    private final Runtime rt;
    /** The class whose attributes are shown, or null for a proxy of {@link #mapping}. */
    private final PyType owner;
    private final PyObject mapping;

    private MappingProxy(Runtime rt, PyType type, PyType owner, PyObject mapping) {
        super(type);
        this.rt = rt;
        this.owner = owner;
        this.mapping = mapping;
    }

    /** {@code owner.__dict__}. */
    static MappingProxy ofClass(Runtime rt, PyType owner) {
        return new MappingProxy(rt, type(rt), owner, null);
    }

    /** The proxy type of this runtime, its methods put in place at first use. */
    static PyType type(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        PyType t = rt.types.kind(py2 ? "dictproxy" : "mappingproxy");
        if (t.dict.get("__getitem__") == null) {
            install(rt, t, py2);
        }
        return t;
    }

    /** The mapping shown: the class's attributes as a fresh dict (so every view is current), or the wrapped one. */
    private PyObject target() {
        return owner != null ? Containers.dictOf(rt, owner.dict) : mapping;
    }

    /** A class attribute by key, or null; keys that are no strings name no attribute. */
    private PyObject attribute(PyObject key) {
        String name = key instanceof PyStr s ? s.value() : key instanceof PyBytes b ? Strings.latin1(b.bytes()) : null;
        if (name == null) {
            Ops.hash(rt, key); // an unhashable key is still a TypeError
            return null;
        }
        return owner.dict.get(name);
    }

    private PyObject getitem(PyObject key) {
        if (owner == null) {
            return Ops.getitem(rt, mapping, key);
        }
        PyObject v = attribute(key);
        if (v == null) {
            throw PyError.raiseArgs("KeyError", key);
        }
        return v;
    }

    private boolean has(PyObject key) {
        return owner != null ? attribute(key) != null : Ops.contains(rt, mapping, key);
    }

    @Override
    public PyObject attribute(String name) {
        return null; // its type's methods only
    }

    /** Instances of a C type without a __dict__ take no attributes. */
    @Override
    public boolean setAttribute(String name, PyObject value) {
        throw PyError.raise("AttributeError", "'" + type().name(rt.lang) + "' object has no attribute '" + name + "'");
    }

    @Override
    public PyObject iterate() {
        return Ops.iter(rt, target());
    }

    @Override
    public int size() {
        return owner != null ? owner.dict.size() : Ops.len(rt, mapping);
    }

    @Override
    public String repr(Language lang) {
        String inner = Ops.repr(rt, target());
        return lang.major() == 2 ? "dict_proxy(" + inner + ")" : "mappingproxy(" + inner + ")";
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(MappingProxy self, PyObject[] a);
    }

    private static void def(Runtime rt, PyType t, String name, int min, int max, Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (self, a, kw) -> {
            if (!(self instanceof MappingProxy p)) {
                throw PyError.raise("TypeError", "descriptor '" + name + "' requires a '" + t.name(rt.lang) + "' object but received a '"
                        + Ops.typeName(rt, self) + "'");
            }
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", name + "() takes no keyword arguments");
            }
            if (a.length < min || a.length > max) {
                String bound = min == max ? (min == 0 ? "no arguments" : "exactly " + min + " argument" + (min == 1 ? "" : "s"))
                        : a.length < min ? "at least " + min + " argument" + (min == 1 ? "" : "s") : "at most " + max + " arguments";
                throw PyError.raise("TypeError", name + "() takes " + bound + " (" + a.length + " given)");
            }
            return body.call(p, a);
        }));
    }

    private static void install(Runtime rt, PyType t, boolean py2) {
        def(rt, t, "__getitem__", 1, 1, (p, a) -> p.getitem(a[0]));
        def(rt, t, "__contains__", 1, 1, (p, a) -> PyBool.of(p.has(a[0])));
        def(rt, t, "__delitem__", 1, 1, (p, a) -> {
            throw PyError.raise("TypeError", "'" + t.name(rt.lang) + "' object does not support item deletion");
        });
        def(rt, t, "__len__", 0, 0, (p, a) -> PyInt.of(p.size()));
        def(rt, t, "__iter__", 0, 0, (p, a) -> p.iterate());
        def(rt, t, "__repr__", 0, 0, (p, a) -> Strings.text(rt, p.repr(rt.lang)));
        def(rt, t, "__str__", 0, 0, (p, a) -> Strings.text(rt, Ops.str(rt, p.target())));
        def(rt, t, "get", 1, 2, (p, a) -> {
            if (p.owner == null) {
                return Ops.callMethod(rt, p.mapping, "get", a);
            }
            PyObject v = p.attribute(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        for (String name : py2 ? new String[] {"keys", "values", "items", "copy", "iterkeys", "itervalues", "iteritems"}
                : new String[] {"keys", "values", "items", "copy"}) {
            def(rt, t, name, 0, 0, (p, a) -> Ops.callMethod(rt, p.target(), name));
        }
        if (py2) {
            def(rt, t, "has_key", 1, 1, (p, a) -> PyBool.of(p.has(a[0])));
        }
        // comparisons are the mapping's own (mappingproxy == dict compares the dicts)
        String[][] ops = {{"__eq__", "EQ"}, {"__ne__", "NE"}, {"__lt__", "LT"}, {"__le__", "LE"}, {"__gt__", "GT"}, {"__ge__", "GE"}};
        for (String[] op : ops) {
            Comparison c = Comparison.valueOf(op[1]);
            def(rt, t, op[0], 1, 1, (p, a) -> Ops.compare(rt, c, p.target(), a[0] instanceof MappingProxy q ? q.target() : a[0]));
        }
        t.dict.put("__hash__", PyNone.NONE);
        if (!py2) {
            // types.MappingProxyType(mapping): a read-only view of any mapping that is not a sequence
            t.withConstructor((type, a, kw) -> {
                PyObject m = a.length == 1 && (kw == null || kw.length == 0) ? a[0]
                        : a.length == 1 && kw.length == 1 && kw[0].equals("mapping") ? a[0] : null;
                if (m == null) {
                    throw PyError.raise("TypeError", a.length == 0 ? "mappingproxy() missing required argument 'mapping' (pos 1)"
                            : "mappingproxy() takes at most 1 argument (" + a.length + " given)");
                }
                boolean mappingLike = !(m instanceof PyList || m instanceof PyTuple)
                        && (m instanceof org.pyvm.core.objects.PyDict || Ops.getattrOrNull(rt, m, "__getitem__") != null
                        && Ops.getattrOrNull(rt, m, "keys") != null);
                if (!mappingLike) {
                    throw PyError.raise("TypeError", "mappingproxy() argument must be a mapping, not " + Ops.typeName(rt, m));
                }
                return new MappingProxy(rt, t, null, m);
            });
        }
    }
}
