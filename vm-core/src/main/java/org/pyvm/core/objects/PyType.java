package org.pyvm.core.objects;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.spi.LanguageFeature;

/**
 * A Python type: a builtin one (int, list, ValueError...) or a class made by a program. Attributes
 * live in {@link #dict}; lookups walk the MRO, computed with C3 linearisation as CPython does.
 */
public class PyType extends PyObject implements PyCallable {
    private String name;
    /** A class statement's __qualname__ (3.x), kept outside the class dict as CPython keeps it; null: the name. */
    private String qualname;
    private String messageName;
    /** For builtin types whose name differs by version (2.7 str is 3.x bytes): the 2.x name, or null. */
    private final String py2Name;
    public final boolean builtin;
    private PyType[] bases;
    private PyType[] mro;
    public final TypeDict dict = new TypeDict(this);
    /**
     * What {@link #lookup} found, by name (null when nothing), with the {@link #version} it was found at.
     * Per type, so per runtime: types are never shared between VMs.
     */
    private final java.util.HashMap<String, Found> cache = new java.util.HashMap<>();
    /**
     * Moves whenever the dict of a class in the MRO changes (each {@link TypeDict} tells the types whose MRO
     * holds it), and when a {@code __bases__} assignment changes the MRO itself ({@link #setBases}).
     */
    private long version;

    /** At most this many names are cached per type. */
    private static final int MAX_CACHED = 1024;

    private static final class Found {
        PyObject value;
        long version;
        /** The dict along the MRO that held it (null when nothing did). */
        TypeDict from;
    }
    /** How instances are made: builtin types construct through Java, user classes make PyInstances. */
    private Constructor constructor;
    /** A type programs may not subclass (CPython: without Py_TPFLAGS_BASETYPE), e.g. bool, contextvars.ContextVar. */
    private boolean notBaseType;
    /** 2.7 classic (old-style) class. */
    public final boolean classic;
    /**
     * How its instances hash and compare: the protocol of the runtime that made the class (inherited
     * from its bases, set on each runtime's {@code object}); null means identity.
     */
    private PyInstance.Protocol instanceProtocol;
    /** The class's own type when a metaclass made it; null means {@code type}. */
    private PyType metatype;
    /**
     * How many classes the program had made when it made this one (1 for its first), 0 for a type the VM
     * provides: stands for the heap address CPython gives a class object, which 2.7's ordering of unrelated
     * objects compares ({@link #madeAsNth}).
     */
    private long madeAs;

    /** Makes instances for {@code type(args...)}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    private PyType(String name, String py2Name, boolean builtin, boolean classic, PyType[] bases) {
        this.name = name;
        this.py2Name = py2Name;
        this.builtin = builtin;
        this.classic = classic;
        this.bases = bases;
        this.mro = classic ? classicOrder(this) : computeMro(this, bases);
        for (PyType t : mro) {
            if (t != this) {
                t.dict.addSubclass(this); // its changes must reach this type's caches too
            }
        }
        for (PyType b : bases) {
            b.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
    }

    /**
     * {@code C.__bases__ = (...)} once checked (type_set_bases): the new bases, this class's MRO and that of every
     * class derived from it computed again (all or none: a failing C3 leaves every class as it was), caches dropped.
     */
    public void setBases(PyType[] newBases) {
        List<PyType> affected = new ArrayList<>();
        collectDerived(this, affected);
        PyType[] oldBases = bases;
        List<PyType[]> oldMros = new ArrayList<>();
        for (PyType t : affected) {
            oldMros.add(t.mro);
        }
        bases = newBases;
        try {
            for (PyType t : affected) {
                t.mro = t.classic ? classicOrder(t) : computeMro(t, t.bases);
            }
        } catch (RuntimeException e) {
            bases = oldBases;
            for (int i = 0; i < affected.size(); i++) {
                affected.get(i).mro = oldMros.get(i);
            }
            throw e;
        }
        for (PyType b : oldBases) {
            b.subclasses.removeIf(r -> r.get() == this);
        }
        for (PyType b : newBases) {
            b.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
        for (PyType t : affected) {
            for (PyType m : t.mro) {
                if (m != t) {
                    m.dict.addSubclass(t);
                }
            }
            t.attributesChanged();
        }
    }

    /** {@code t} and every class derived from it, each after its bases. */
    private static void collectDerived(PyType t, List<PyType> into) {
        if (into.contains(t)) {
            return;
        }
        into.add(t);
        for (PyType s : t.subclasses()) {
            collectDerived(s, into);
        }
    }

    /** The classes made with this one among their bases, held weakly as CPython's tp_subclasses. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    /** {@code C.__subclasses__()}: the direct subclasses still alive, oldest first. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        subclasses.removeIf(r -> r.get() == null);
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A builtin type named {@code name} (and {@code py2Name} under 2.7 when that differs). */
    public static PyType builtin(String name, String py2Name, PyType... bases) {
        return new PyType(name, py2Name, true, false, bases);
    }

    /** A class made by a program ({@code class} statement or {@code type(name, bases, dict)}). */
    public static PyType userClass(String name, PyType[] bases, boolean classic) {
        PyType t = new PyType(name, null, false, classic, bases);
        // a class hashes its instances as its bases do: through the runtime whose object type it derives from
        for (PyType b : bases) {
            if (b.instanceProtocol != null) {
                t.instanceProtocol = b.instanceProtocol;
                break;
            }
        }
        return t;
    }

    /** Records that the program made this class as its {@code n}th (see {@link #madeAs}). */
    public void madeAsNth(long n) {
        this.madeAs = n;
    }

    /** The class's place among the classes the program made, 0 for a type the VM provides. */
    public long madeAs() {
        return madeAs;
    }

    /** Set by the runtime that makes the class: its instances hash and compare through {@code p}. */
    public PyType withInstanceProtocol(PyInstance.Protocol p) {
        this.instanceProtocol = p;
        return this;
    }

    /** The protocol its instances hash and compare by: its own, else the first in its MRO; null for identity. */
    public PyInstance.Protocol instanceProtocol() {
        if (instanceProtocol != null) {
            return instanceProtocol;
        }
        for (PyType t : mro) {
            if (t.instanceProtocol != null) {
                return t.instanceProtocol;
            }
        }
        return null;
    }

    /**
     * A type pyvm makes as a class but CPython in C (a static type, not a heap type): 2.7 shows it as
     * {@code <type 'collections.defaultdict'>}.
     */
    private boolean staticInCPython;

    public PyType asStaticInCPython() {
        this.staticInCPython = true;
        return this;
    }

    /** Whether CPython has this type in C (a static type: no Py_TPFLAGS_HEAPTYPE), though pyvm made it as a class. */
    public boolean staticInCPython() {
        return builtin || staticInCPython;
    }

    /** Whether a class may derive from this type (Py_TPFLAGS_BASETYPE). */
    public boolean acceptsSubclasses() {
        return !notBaseType;
    }

    /** Marks the type as one no class may derive from. */
    public PyType withoutSubclasses() {
        this.notBaseType = true;
        return this;
    }

    /** The TypeError for a class statement or type() naming this type among its bases; null when it may be a base. */
    public PyError refusedAsBase(Language lang) {
        if (!notBaseType) {
            return null;
        }
        String module = moduleName();
        String tpName = builtin && !module.equals("builtins") && !module.equals("__builtin__") ? module + "." + name(lang) : name(lang);
        return PyError.raise("TypeError", "type '" + tpName + "' is not an acceptable base type");
    }

    public PyType withConstructor(Constructor c) {
        this.constructor = c;
        return this;
    }

    /** The metaclass that made this class, or null for {@code type}. */
    public PyType metatype() {
        return metatype;
    }

    public void setMetatype(PyType meta) {
        this.metatype = meta;
    }

    /**
     * How calling the class makes an instance: its own constructor or its nearest base's. A builtin type
     * right under object with none of its own (a generator, a method-wrapper, an iterator) has a NULL
     * tp_new that CPython does not fill in from object's, so it has none: "cannot create 'X' instances".
     */
    public Constructor constructor() {
        for (PyType t : mro) {
            if (t.constructor != null) {
                return t.constructor;
            }
            if (t.builtin && t.bases.length == 1 && t.bases[0].bases.length == 0 && !t.classic) {
                return null; // t's only base is object: a builtin type of its own making, not object's
            }
        }
        return null;
    }

    public String name(Language lang) {
        return py2Name != null && lang != null && lang.has(LanguageFeature.STR_IS_BYTES) ? py2Name : name;
    }

    /**
     * The name messages give an instance of a type a C module defines as a subclass of a builtin
     * ({@code 'collections.OrderedDict'}, CPython's tp_name), or null to use {@link #name}.
     */
    public String messageName() {
        return messageName;
    }

    public void setMessageName(String messageName) {
        this.messageName = messageName;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@code __qualname__} (3.x): the dotted path in its module ({@code Outer.Inner}); the name when none was given. */
    public String qualname(Language lang) {
        return qualname != null && (lang == null || !lang.has(LanguageFeature.STR_IS_BYTES)) ? qualname : name(lang);
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    /** A class whose metaclass (a program's) defines __eq__ is equal as it says, in dicts and sets too. */
    @Override
    public boolean eq(PyObject other, Language lang) {
        PyType meta = metatype();
        if (other == this || meta == null || meta.builtin || meta.instanceProtocol() == null || meta.programLookup("__eq__") == null) {
            return other == this;
        }
        return meta.instanceProtocol().eqObject(this, other);
    }

    /** ... and hashes as its metaclass's __hash__ says (or is unhashable, when it defines __eq__ alone). */
    @Override
    public long hash(Language lang) {
        PyType meta = metatype();
        if (meta == null || meta.builtin || meta.instanceProtocol() == null
                || meta.programLookup("__hash__") == null && meta.programLookup("__eq__") == null) {
            return super.hash(lang);
        }
        return meta.instanceProtocol().subclassHash(this);
    }

    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: what a match statement's sequence and mapping patterns accept. */
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;
    /** This class's own collection flag (0: as its bases): builtins set it, a class body's {@code __abc_tpflags__} too. */
    private int collectionFlag;

    /** _Py_TPFLAGS_MATCH_SELF: a class pattern {@code T(x)} of this type (or a subclass) binds x to the subject itself. */
    private boolean matchSelf;

    public PyType withMatchSelf() {
        this.matchSelf = true;
        return this;
    }

    public boolean matchesSelf() {
        for (PyType t : mro) {
            if (t.matchSelf) {
                return true;
            }
        }
        return false;
    }

    public PyType withCollectionFlag(int flag) {
        this.collectionFlag = flag;
        return this;
    }

    /** {@link #SEQUENCE}, {@link #MAPPING} or 0: the first class along the MRO that has one, as subclasses inherit it. */
    public int collectionFlag() {
        for (PyType t : mro) {
            if (t.collectionFlag != 0) {
                return t.collectionFlag;
            }
        }
        return 0;
    }

    /**
     * {@code attr} as a program's classes define it: looked up along the MRO, where the first class whose dict has it
     * wins as in _PyType_Lookup; null when that is a builtin class (object included), whose own behaviour then applies.
     * A builtin without it lets the lookup go on to the program's classes after it: {@code class Perm(int, Flag)} takes
     * Flag's {@code __contains__}, which int has not. What overrides and hooks are.
     */
    public PyObject programLookup(String attr) {
        for (PyType t : mro) {
            if (t.builtin) {
                if (t.dict.get(attr) != null || EVERY_BUILTIN_DEFINES.contains(attr)) {
                    return null;
                }
                continue;
            }
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Slots CPython's builtin types each set in their own dict (tp_getattro, __sizeof__) that pyvm's dicts leave to object. */
    private static final java.util.Set<String> EVERY_BUILTIN_DEFINES = java.util.Set.of("__getattribute__", "__sizeof__");

    /** The attribute {@code attr} found along the MRO, or null. */
    public PyObject lookup(String attr) {
        Found found = cache.get(attr);
        if (found == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear(); // names made up at run time (getattr(o, "a%d" % i)) must not grow it without end
            }
            found = new Found();
            found.version = -1;
            cache.put(attr, found);
        }
        if (found.version != version) {
            // first time, or a dict along the MRO changed since
            found.from = null;
            found.value = null;
            for (PyType t : mro) {
                PyObject v = t.dict.get(attr);
                if (v != null) {
                    found.value = v;
                    found.from = t.dict;
                    break;
                }
            }
            found.version = version;
        }
        return found.value;
    }

    /**
     * Told by a {@link TypeDict} of the MRO that it replaced the plain value under {@code key} by another
     * ({@link TypeDict#isPlainValue}): no lookup of another name changes, so the version stays, and the cached
     * lookup of this name is brought up to date where it came from that dict.
     */
    void plainValueReplaced(TypeDict where, String key, PyObject value) {
        Found found = cache.get(key);
        if (found != null && found.version == version && found.from == where) {
            found.value = value;
        }
    }

    /**
     * What the interpreter worked out about calling this class (its construction plan), or null; valid while
     * {@link #version()} equals {@link #constructionPlanVersion}. Kept here so that finding it costs no lookup.
     */
    public Object constructionPlan;
    public long constructionPlanVersion = -1;

    /** Changes whenever a dict along the MRO changes: what {@link #lookup} found before may be out of date (inline caches key on it). */
    public long version() {
        return version;
    }

    /** Told by a {@link TypeDict} of the MRO before it changes: every cached lookup is out of date. */
    void attributesChanged() {
        version++;
    }

    private long hooksVersion = -1;
    private PyObject getattributeHook;
    private PyObject getattrHook;
    private PyObject setattrHook;

    private void hooks() {
        if (hooksVersion != version) {
            getattributeHook = walk("__getattribute__");
            getattrHook = walk("__getattr__");
            setattrHook = walk("__setattr__");
            hooksVersion = version;
        }
    }

    /** {@code lookup("__getattribute__")}, asked on every attribute read: kept in a field. */
    public PyObject getattributeHook() {
        hooks();
        return getattributeHook;
    }

    /** {@code lookup("__getattr__")}. */
    public PyObject getattrHook() {
        hooks();
        return getattrHook;
    }

    /** {@code lookup("__setattr__")}, asked on every attribute store. */
    public PyObject setattrHook() {
        hooks();
        return setattrHook;
    }

    private PyObject walk(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The module name used in reprs: {@code __module__} for classes, builtins otherwise. */
    public String moduleName() {
        PyObject m = dict.get("__module__");
        if (m instanceof org.pyvm.core.objects.PyStr s) {
            return s.value();
        }
        if (m instanceof org.pyvm.core.objects.PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return builtin ? "builtins" : "__main__";
    }

    @Override
    public String typeName(Language lang) {
        return classic ? "classobj" : "type";
    }

    @Override
    public String repr(Language lang) {
        boolean py2 = lang != null && lang.has(LanguageFeature.STR_IS_BYTES);
        if (classic) {
            return "<class " + moduleName() + "." + name + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
        }
        String kind = py2 && (builtin || staticInCPython) ? "type" : "class";
        String mod = moduleName();
        if (builtin && (mod.equals("builtins") || mod.equals("__builtin__"))) {
            return "<" + kind + " '" + name(lang) + "'>";
        }
        if (mod.equals(py2 ? "__builtin__" : "builtins")) {
            return "<class '" + name(lang) + "'>"; // type_repr leaves the builtins module out (a class made by exec in {})
        }
        return "<" + kind + " '" + mod + "." + (builtin ? name(lang) : qualname(lang)) + "'>";
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Constructor c = constructor();
        if (c == null) {
            throw PyError.raise("TypeError", "cannot create '" + name + "' instances");
        }
        return c.construct(this, args, kwnames);
    }

    /** 2.7 classic classes look attributes up depth first, left to right: D(B, C), B(A) searches D, B, A, C. */
    private static PyType[] classicOrder(PyType self) {
        java.util.LinkedHashSet<PyType> order = new java.util.LinkedHashSet<>();
        depthFirst(self, order);
        return order.toArray(new PyType[0]);
    }

    private static void depthFirst(PyType t, java.util.Set<PyType> into) {
        into.add(t);
        for (PyType b : t.bases) {
            depthFirst(b, into);
        }
    }

    /** C3 linearisation (compare CPython Objects/typeobject.c mro_implementation). */
    private static PyType[] computeMro(PyType self, PyType[] bases) {
        if (bases.length <= 1) {
            // one base, as CPython's fast path: the class, then its base's MRO (every builtin type made at start-up)
            PyType[] mro = new PyType[1 + (bases.length == 0 ? 0 : bases[0].mro.length)];
            mro[0] = self;
            if (bases.length == 1) {
                System.arraycopy(bases[0].mro, 0, mro, 1, bases[0].mro.length);
            }
            return mro;
        }
        List<PyType> result = new ArrayList<>();
        result.add(self);
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j] && !self.classic) {
                    throw PyError.raise("TypeError", "duplicate base class " + bases[i].name); // check_duplicates
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // set_mro_error: the classes it could not place, the heads of the lists left, each once (in the
                // order 3.x's dict keeps them; 2.7's dict orders them by address)
                StringBuilder names = new StringBuilder();
                java.util.Set<PyType> named = new java.util.HashSet<>();
                for (List<PyType> s : seqs) {
                    if (named.add(s.get(0))) {
                        names.append(names.length() > 0 ? ", " : "").append(s.get(0).name);
                    }
                }
                throw PyError.raise("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
