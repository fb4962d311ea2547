package org.pyvm.core.runtime;

import java.util.HashMap;
import java.util.List;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.UserSubclass;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code __slots__}: each name becomes a member descriptor in the class's dict, storing its value beside
 * (not in) the instance's dict, as CPython stores it in the object's own layout.
 */
public final class Slots {
    private Slots() {
    }

    /** Puts a member descriptor into a new class for each name of its own {@code __slots__}. */
    public static void install(Runtime rt, PyType cls) {
        if (cls.classic) {
            return;
        }
        PyObject slots = cls.dict.get("__slots__");
        List<String> named = slots == null ? null : installMembers(rt, cls, slots);
        addLayoutDescriptor(rt, cls, "__dict__", named);
        addLayoutDescriptor(rt, cls, "__weakref__", named);
    }

    /** The members of {@code __slots__}, checked as type_new checks them; returns every name it gives. */
    private static List<String> installMembers(Runtime rt, PyType cls, PyObject slots) {
        List<PyObject> names = slots instanceof PyStr || slots instanceof PyBytes ? List.of(slots) : Ops.toList(rt, slots);
        List<String> members = new java.util.ArrayList<>();
        List<String> named = new java.util.ArrayList<>();
        PyType varSized = varSizedBase(rt, cls);
        if (!names.isEmpty() && varSized != null) { // type_new counts every name, __dict__ and __weakref__ too
            throw PyError.raise("TypeError", "nonempty __slots__ not supported for subtype of '" + varSized.name(rt.lang) + "'");
        }
        boolean dictSlot = false;
        boolean weakrefSlot = false;
        for (PyObject n : names) {
            String name = identifier(rt, n);
            // type_new: a second __dict__ or __weakref__, or one a base already gives the instances, is refused
            if (name.equals("__dict__")) {
                if (dictSlot || basesHave(rt, cls, "__dict__")) {
                    throw PyError.raise("TypeError", "__dict__ slot disallowed: we already got one");
                }
                dictSlot = true;
            } else if (name.equals("__weakref__")) {
                if (weakrefSlot || basesHave(rt, cls, "__weakref__") || varSizedBase(rt, cls) != null) {
                    throw PyError.raise("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                weakrefSlot = true;
            }
            named.add(name);
            if (!name.equals("__dict__") && !name.equals("__weakref__")) {
                members.add(mangled(rt, cls, name));
            }
        }
        for (String name : members) {
            // 2.7 lets the member replace the class variable
            if (cls.dict.containsKey(name) && !rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                throw PyError.raise("ValueError", Ops.repr(rt, rt.name(name)) + " in __slots__ conflicts with class variable");
            }
        }
        java.util.Collections.sort(members); // type_new sorts the slot names: the members go into the dict in that order
        for (String name : members) {
            cls.dict.put(name, new Member(rt, cls, name));
        }
        return named;
    }

    /**
     * The {@code __dict__} or {@code __weakref__} descriptor a class gets when it is the first of its line to give
     * its instances one (CPython's getset descriptors, which C.__dict__, vars(C) and dir() show): unless
     * {@code __slots__} leaves it out, a base already has it, or (weak references) a var-sized base leaves no room.
     */
    private static void addLayoutDescriptor(Runtime rt, PyType cls, String name, List<String> slotNames) {
        if (slotNames != null && !slotNames.contains(name) || cls.dict.containsKey(name) || basesHave(rt, cls, name)) {
            return;
        }
        if (name.equals("__weakref__") && varSizedBase(rt, cls) != null) {
            return;
        }
        cls.dict.put(name, new LayoutDescriptor(rt, cls, name));
    }

    /** Whether instances of a base of {@code cls} already have the instance dict or weak reference list {@code name}. */
    private static boolean basesHave(Runtime rt, PyType cls, String name) {
        Types t = rt.types;
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            PyType b = mro[i];
            if (!b.builtin ? b.dict.get(name) instanceof LayoutDescriptor : b == t.type
                    || name.equals("__dict__") && b == t.baseException
                    || name.equals("__weakref__") && (b == t.set || b == t.frozenset)) {
                return true;
            }
        }
        return false;
    }

    /** A class's {@code __dict__} or {@code __weakref__} attribute of its instances ({@code getset_descriptor}). */
    static final class LayoutDescriptor extends PyObject implements Ops.DataDescriptor {
        private final Runtime rt;
        private final PyType owner;
        private final String name;

        LayoutDescriptor(Runtime rt, PyType owner, String name) {
            this.rt = rt;
            this.owner = owner;
            this.name = name;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            if (name.equals("__weakref__")) {
                return org.pyvm.core.objects.PyNone.NONE; // pyvm keeps no list of an object's weak references
            }
            if (obj instanceof PyInstance i) {
                return i.exposeDict(rt.lang); // live: writes through it are attributes
            }
            if (obj instanceof UserSubclass u) {
                return u.exposeDict(rt.lang);
            }
            throw wrongType(obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            if (name.equals("__weakref__")) {
                throw PyError.raise("AttributeError", "attribute '__weakref__' of '" + owner.name(rt.lang) + "' objects is not writable");
            }
            if (!(value instanceof org.pyvm.core.objects.PyDict d)) {
                throw PyError.raise("TypeError", "__dict__ must be set to a dictionary, not a '" + Ops.typeName(rt, value) + "'");
            }
            if (obj instanceof PyInstance i) {
                i.assignDict(d, rt.lang);
            } else if (obj instanceof UserSubclass u) {
                u.assignDict(d, rt.lang);
            } else {
                throw wrongType(obj);
            }
        }

        @Override
        public void delete(PyObject obj) {
            if (name.equals("__weakref__")) {
                throw PyError.raise("AttributeError", "attribute '__weakref__' of '" + owner.name(rt.lang) + "' objects is not writable");
            }
            set(obj, org.pyvm.core.objects.PyDict.of(rt.lang, List.of())); // a fresh dict, as deleting it leaves
        }

        private PyError wrongType(PyObject obj) {
            return PyError.raise("TypeError", "descriptor '" + name + "' for '" + owner.name(rt.lang) + "' objects doesn't apply to a '"
                    + Ops.typeName(rt, obj) + "' object");
        }

        @Override
        public String typeName(Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<attribute '" + name + "' of '" + owner.name(lang) + "' objects>";
        }
    }

    /** A slot's name: a string that is an identifier, as type_new checks it. */
    private static String identifier(Runtime rt, PyObject n) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        if (!(n instanceof PyStr || py2 && n instanceof PyBytes)) {
            throw PyError.raise("TypeError", "__slots__ items must be strings, not '" + Ops.typeName(rt, n) + "'");
        }
        String name = Ops.str(rt, n);
        boolean valid = !name.isEmpty() && (Character.isLetter(name.codePointAt(0)) || name.charAt(0) == '_')
                && name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                && (!py2 || name.chars().allMatch(c -> c < 128));
        if (!valid) {
            throw PyError.raise("TypeError", "__slots__ must be identifiers");
        }
        return name;
    }

    /**
     * The builtin base whose instances vary in size (CPython's nonzero tp_itemsize: int, bytes and tuple; 2.7's
     * long, str and tuple), which leaves no room for slots; null when there is none.
     */
    private static PyType varSizedBase(Runtime rt, PyType cls) {
        Types t = rt.types;
        List<PyType> varSized = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? List.of(t.long_, t.bytes, t.tuple)
                : List.of(t.int_, t.bytes, t.tuple);
        for (PyType builtin : varSized) {
            for (PyType base : cls.bases()) {
                if (base.isSubtypeOf(builtin)) {
                    return base; // CPython names the base, a class of the program's own too
                }
            }
        }
        return null;
    }

    /** A slot's name as the class's code spells it: {@code __v} of class C is {@code _C__v} (private name mangling). */
    static String mangled(Runtime rt, PyType cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String owner = cls.name(rt.lang).replaceFirst("^_+", "");
        return owner.isEmpty() ? name : "_" + owner + name;
    }

    /** A slot's descriptor ({@code member_descriptor}). */
    static final class Member extends PyObject implements Ops.DataDescriptor {
        private final Runtime rt;
        private final PyType owner;
        private final String name;

        Member(Runtime rt, PyType owner, String name) {
            this.rt = rt;
            this.owner = owner;
            this.name = name;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            PyObject v = obj instanceof PyInstance i ? (i.slotValues != null ? i.slotValues.get(name) : null)
                    : obj instanceof UserSubclass u ? u.attributes().get(name) : null;
            if (v == null) {
                throw unset(obj);
            }
            return v;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            if (obj instanceof UserSubclass u) {
                // a builtin's subclass (class H(list): __slots__ = ...) keeps its slots with its own attributes
                u.attributes().put(name, value);
                return;
            }
            if (!(obj instanceof PyInstance i)) {
                throw wrongType(obj);
            }
            if (i.slotValues == null) {
                i.slotValues = new HashMap<>();
            }
            i.slotValues.put(name, value);
        }

        @Override
        public void delete(PyObject obj) {
            if (obj instanceof UserSubclass u) {
                if (u.attributes().remove(name) == null) {
                    throw PyError.raise("AttributeError", name);
                }
                return;
            }
            if (!(obj instanceof PyInstance i)) {
                throw wrongType(obj);
            }
            if (i.slotValues == null || i.slotValues.remove(name) == null) {
                throw PyError.raise("AttributeError", name);
            }
        }

        /** CPython's member descriptor check: the object must be an instance of the slot's class. */
        private PyError wrongType(PyObject obj) {
            return PyError.raise("TypeError", "descriptor '" + name + "' for '" + owner.name(rt.lang) + "' objects doesn't apply to a '"
                    + Ops.typeName(rt, obj) + "' object");
        }

        private PyError unset(PyObject obj) {
            if (rt.lang.has(LanguageFeature.DESCRIPTOR_ERRORS_NAME_OWNER)) {
                return PyError.raise("AttributeError", "'" + Ops.typeName(rt, obj) + "' object has no attribute '" + name + "'");
            }
            return PyError.raise("AttributeError", name);
        }

        @Override
        public String typeName(Language lang) {
            return "member_descriptor";
        }

        @Override
        public String repr(Language lang) {
            return "<member '" + name + "' of '" + owner.name(lang) + "' objects>";
        }
    }
}
