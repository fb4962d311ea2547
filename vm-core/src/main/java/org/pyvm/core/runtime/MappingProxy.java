package org.pyvm.core.runtime;

import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterable;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/**
 * 3.x {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping, which is what
 * {@code C.__dict__} gives for a class. Reads go to the mapping; item assignment is refused. Its type is one
 * per runtime ({@link Types#kind}), with the methods CPython 3.x gives it (3.9+: {@code |}, reversed(),
 * {@code __class_getitem__}), and {@code MappingProxyType(mapping)} makes one over any mapping.
 */
public final class MappingProxy extends PyObject implements Typed, PyIterable {
    private final Runtime rt;
    private final PyObject wrapped;
    /** The class whose namespace a {@code C.__dict__} proxy shows (live: read afresh at each use), or null. */
    private final PyType owner;

    private MappingProxy(Runtime rt, PyObject mapping, PyType owner) {
        this.rt = rt;
        this.wrapped = mapping;
        this.owner = owner;
    }

    /** {@code C.__dict__}: a proxy that shows the class's attributes as they are at each use. */
    static MappingProxy ofClass(Runtime rt, PyType owner) {
        type(rt);
        if (owner.builtin) {
            rt.builtinDocs(); // int.__dict__ holds '__doc__', as CPython's does
        }
        return new MappingProxy(rt, null, owner);
    }

    /** The mapping shown now. */
    private PyObject mapping() {
        return owner != null ? Containers.dictOf(rt, owner.dict) : wrapped;
    }

    /** A proxy of {@code mapping}, its type made ready on first use in the runtime. */
    public static MappingProxy of(Runtime rt, PyObject mapping) {
        type(rt);
        return new MappingProxy(rt, mapping, null);
    }

    @Override
    public PyType type() {
        return rt.types.kind(typeName(rt.lang));
    }

    @Override
    public String typeName(Language lang) {
        return py2(rt) ? "dictproxy" : "mappingproxy"; // 2.7's type is dictproxy, its repr dict_proxy(...)
    }

    private static boolean py2(Runtime rt) {
        return rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
    }

    @Override
    public String repr(Language lang) {
        return (py2(rt) ? "dict_proxy(" : "mappingproxy(") + Ops.repr(rt, mapping()) + ")";
    }

    /** {@code str(proxy)} is the mapping's str. */
    String str() {
        return Ops.str(rt, mapping());
    }

    /** {@code proxy == other} compares the mapping. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        return Ops.eq(rt, mapping(), other instanceof MappingProxy o ? o.mapping() : other);
    }

    @Override
    public long hash(Language lang) {
        throw PyError.raise("TypeError", "unhashable type: 'mappingproxy'");
    }

    @Override
    public PyObject iterate() {
        return Ops.iter(rt, mapping());
    }

    @Override
    public int size() {
        return Ops.len(rt, mapping());
    }

    private static MappingProxy self(PyObject o) {
        if (!(o instanceof MappingProxy p)) {
            throw PyError.raise("TypeError", "descriptor requires a 'mappingproxy' object but received a '" + o.typeName(null) + "'");
        }
        return p;
    }

    private interface Body {
        PyObject call(MappingProxy self, PyObject[] a);
    }

    private static void def(PyType t, String name, Body body) {
        t.dict.put(name, new PyMethodDescriptor(name, t, (o, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", name + "() takes no keyword arguments");
            }
            return body.call(self(o), a);
        }));
    }

    private static void arity(Runtime rt, String name, PyObject[] a, int min, int max) {
        if (a.length < min || a.length > max) {
            String which = min == max ? (min == 0 ? "no arguments" : "exactly one argument")
                    : a.length < min ? "at least " + min + " arguments" : "at most " + max + " arguments";
            if (rt.lang.minor() >= 11 && min != max) {
                throw PyError.raise("TypeError", name + " expected " + (a.length < min ? "at least " + min : "at most " + max)
                        + " argument" + ((a.length < min ? min : max) == 1 ? "" : "s") + ", got " + a.length);
            }
            throw PyError.raise("TypeError", (rt.lang.minor() >= 11 ? "mappingproxy." : "") + name + "() takes " + which + " (" + a.length + " given)");
        }
    }

    /** The type's methods, put in once per runtime. */
    private static PyType type(Runtime rt) {
        PyType t = rt.types.kind(py2(rt) ? "dictproxy" : "mappingproxy");
        if (t.dict.containsKey("__getitem__")) {
            return t;
        }
        t.withCollectionFlag(PyType.MAPPING);
        boolean modern = rt.lang.minor() >= 9;
        if (py2(rt)) {
            for (String name : List.of("iterkeys", "itervalues", "iteritems")) {
                def(t, name, (p, a) -> {
                    arity(rt, name, a, 0, 0);
                    return Ops.callMethod(rt, p.mapping(), name);
                });
            }
            def(t, "has_key", (p, a) -> {
                arity(rt, "has_key", a, 1, 1);
                return org.pyvm.core.objects.PyBool.of(Ops.contains(rt, p.mapping(), a[0]));
            });
        } else t.withConstructor((type, a, kw) -> {
            PyObject m = a.length == 1 && (kw == null || kw.length == 0) ? a[0] : null;
            if (m == null) {
                throw PyError.raise("TypeError", a.length == 0 ? "mappingproxy() missing required argument 'mapping' (pos 1)"
                        : "mappingproxy() takes exactly one argument (" + a.length + " given)");
            }
            // CPython's check: PyMapping_Check (it can be subscripted), and not a list or tuple
            boolean mappingLike = m instanceof PyDict || m instanceof MappingProxy
                    || !(m instanceof PyList || m instanceof PyTuple) && Ops.getattrOrNull(rt, m, "__getitem__") != null;
            if (!mappingLike) {
                throw PyError.raise("TypeError", "mappingproxy() argument must be a mapping, not " + Ops.typeName(rt, m));
            }
            return new MappingProxy(rt, m, null);
        });
        def(t, "__getitem__", (p, a) -> Ops.getitem(rt, p.mapping(), a[0]));
        def(t, "__contains__", (p, a) -> org.pyvm.core.objects.PyBool.of(Ops.contains(rt, p.mapping(), a[0])));
        def(t, "__len__", (p, a) -> PyInt.of(Ops.len(rt, p.mapping())));
        def(t, "__iter__", (p, a) -> Ops.iter(rt, p.mapping()));
        def(t, "__repr__", (p, a) -> Strings.text(rt, p.repr(rt.lang)));
        def(t, "__str__", (p, a) -> Strings.text(rt, Ops.str(rt, p.mapping())));
        def(t, "get", (p, a) -> {
            arity(rt, "get", a, 1, 2);
            return Ops.callMethod(rt, p.mapping(), "get", a.length == 1 ? new PyObject[] {a[0]} : a);
        });
        for (String name : List.of("keys", "values", "items", "copy")) {
            def(t, name, (p, a) -> {
                arity(rt, name, a, 0, 0);
                return Ops.callMethod(rt, p.mapping(), name);
            });
        }
        Comparison[] cs = Comparison.values();
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int k = 0; k < names.length; k++) {
            Comparison c = cs[k];
            def(t, names[k], (p, a) -> Ops.compare(rt, c, p.mapping(), a[0] instanceof MappingProxy o ? o.mapping() : a[0]));
        }
        if (modern) {
            def(t, "__or__", (p, a) -> a[0] instanceof MappingProxy o ? Ops.binary(rt, Operator.OR, p.mapping(), o.mapping())
                    : Ops.binary(rt, Operator.OR, p.mapping(), a[0]));
            def(t, "__ror__", (p, a) -> Ops.binary(rt, Operator.OR, a[0], p.mapping()));
            def(t, "__reversed__", (p, a) -> Ops.call(rt, rt.builtins.get(rt.name("reversed")), p.mapping()));
            GenericAlias.addClassGetitem(rt, t);
        }
        t.dict.put("__hash__", PyNone.NONE);
        return t;
    }
}
