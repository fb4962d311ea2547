package org.pyvm.core.objects;

import java.util.Map;

/** An instance of a class made by a program: its type and its attribute dict ({@code __dict__}). */
public class PyInstance extends PyObject implements Typed {
    private PyType type;
    /**
     * The instance's attributes. A plain Java map while no program has asked for {@code __dict__}; from then on
     * a view of the dict object the program holds, so that {@code obj.__dict__[k] = v} and {@code obj.k} agree.
     */
    public Map<String, PyObject> dict = new AttributeMap();
    private PyDict exposed;
    /** Values of the {@code __slots__} members of the instance's classes (not in its dict); null until one is set. */
    public Map<String, PyObject> slotValues;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__dict__}: the live dict object of the instance's attributes (made on first request). */
    public PyDict exposeDict(Language lang) {
        if (exposed == null) {
            PyDict d = PyDict.of(lang, java.util.List.of());
            for (Map.Entry<String, PyObject> e : dict.entrySet()) {
                d.put(NamespaceView.key(lang, e.getKey()), e.getValue());
            }
            exposed = d;
            dict = new NamespaceView(d, lang);
        }
        return exposed;
    }

    /** {@code obj.__dict__ = d}: the attributes are d's from now on. */
    public void assignDict(PyDict d, Language lang) {
        exposed = d;
        dict = new NamespaceView(d, lang);
    }

    /** {@code obj.__class__ = C}. */
    public void setType(PyType type) {
        this.type = type;
    }

    /**
     * How hash tables hash and compare instances: each runtime has one, and every class it makes
     * carries it ({@link PyType#instanceProtocol()}), so dict and set keys and tuple hashes reach a
     * class's own {@code __hash__} and {@code __eq__} through the runtime that made the class. It is
     * found through the instance, never through static state, so VMs in one JVM stay apart.
     */
    public interface Protocol {
        long hash(PyInstance self);

        boolean eq(PyInstance self, PyObject other);

        /** hash() of a builtin's subclass instance whose class defines {@code __hash__} ({@link UserSubclass#hash}). */
        long subclassHash(PyObject self);

        /** {@code self == other} for any object (a class whose metaclass compares), as {@link #eq} for instances. */
        boolean eqObject(PyObject self, PyObject other);
    }

    private Protocol protocol() {
        return type.instanceProtocol();
    }

    /** Identity hash (object.__hash__), for runtimes that find no {@code __hash__} of the class's own. */
    public long identityHash() {
        return super.hash(null);
    }

    @Override
    public long hash(Language lang) {
        Protocol p = protocol();
        return p == null ? identityHash() : p.hash(this);
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (other == this) {
            return true;
        }
        Protocol p = protocol();
        return p != null && p.eq(this, other);
    }

    @Override
    public String typeName(Language lang) {
        return type.classic ? "instance" : type.name(lang);
    }

    /** object.__repr__: {@code <__main__.C object at 0x...>}; 2.7 classic instances say {@code instance}. */
    @Override
    public String repr(Language lang) {
        String module = type.moduleName(); // object_repr leaves out the builtins module: <object object at ...>
        String prefix = module.equals("builtins") || module.equals("__builtin__") ? "" : module + ".";
        return "<" + prefix + (type.builtin ? type.name(lang) : type.qualname(lang)) + (type.classic ? " instance" : " object")
                + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }

    /**
     * Setting {@code name} on an instance of a type CPython has in C with no instance dict (a deque, an array, an
     * itemgetter): a program's subclass has a dict, so false (stored as usual); the type's own instance refuses.
     */
    protected boolean refuseNewAttribute(String name) {
        if (!type().builtin) {
            return false;
        }
        throw PyError.raise("AttributeError", "'" + typeName(null) + "' object has no attribute '" + name + "'");
    }
}
