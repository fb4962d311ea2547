package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * 3.11 exception groups: {@code ExceptionGroup(msg, excs)}, its split/subgroup/derive, and the two
 * steps of {@code except*}: matching a group against a handler's type (CHECK_EG_MATCH) and
 * combining what the handlers raised with the unhandled rest (PREP_RERAISE_STAR).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    static void install(Runtime rt) {
        if (!rt.lang.has(LanguageFeature.EXCEPTION_GROUPS)) {
            return;
        }
        PyType base = rt.types.exceptions.get("BaseExceptionGroup");
        base.withConstructor((type, args, kw) -> create(rt, type, args));
        GenericAlias.addClassGetitem(rt, base); // ExceptionGroup[ValueError], inherited by ExceptionGroup
        base.dict.put("message", field(rt, 0));
        base.dict.put("exceptions", field(rt, 1));
        base.dict.put("derive", new PyMethodDescriptor("derive", base,
                (self, a, kw) -> create(rt, rt.types.exceptions.get("BaseExceptionGroup"),
                        new PyObject[] {((PyBaseException) self).args.get(0), PyList.of(Ops.toList(rt, a[0]))})));
        base.dict.put("split", new PyMethodDescriptor("split", base, (self, a, kw) -> {
            PyObject[] parts = split(rt, (PyBaseException) self, condition(rt, a[0]));
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        }));
        base.dict.put("subgroup", new PyMethodDescriptor("subgroup", base,
                (self, a, kw) -> orNone(split(rt, (PyBaseException) self, condition(rt, a[0]), false)[0])));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** message (args[0]) and exceptions (args[1] as a tuple). */
    private static PyObject field(Runtime rt, int index) {
        return new ExceptionAttributes.ReadOnly() {
            @Override
            PyObject read(PyBaseException e) {
                return index == 0 ? e.args.get(0) : PyTuple.of(Ops.toList(rt, e.args.get(1)).toArray(new PyObject[0]));
            }
        };
    }

    public static boolean isGroup(Runtime rt, PyObject o) {
        PyType base = rt.types.exceptions.get("BaseExceptionGroup");
        return base != null && o instanceof PyBaseException && rt.types.of(o).isSubtypeOf(base);
    }

    /** The sub-exceptions of a group. */
    public static List<PyObject> members(Runtime rt, PyBaseException group) {
        return Ops.toList(rt, group.args.get(1));
    }

    /** BaseExceptionGroup(msg, excs): an ExceptionGroup when every member is an Exception. */
    private static PyBaseException create(Runtime rt, PyType type, PyObject[] args) {
        if (args.length != 2) {
            throw PyError.raise("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyError.raise("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not " + Ops.argumentTypeName(rt, args[0]));
        }
        List<PyObject> excs = Ops.toList(rt, args[1]);
        if (excs.isEmpty()) {
            throw PyError.raise("ValueError", "second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.size(); i++) {
            if (!(excs.get(i) instanceof PyBaseException)) {
                throw PyError.raise("ValueError", "Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= rt.types.of(excs.get(i)).isSubtypeOf(rt.types.exceptions.get("Exception"));
        }
        PyType made = type;
        if (type == rt.types.exceptions.get("BaseExceptionGroup") && allExceptions) {
            made = rt.types.exceptions.get("ExceptionGroup");
        } else if (type.isSubtypeOf(rt.types.exceptions.get("Exception")) && !allExceptions) {
            throw PyError.raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
        }
        return new PyBaseException(made, PyTuple.of(args[0], args[1]));
    }

    /**
     * A part of a group (split, subgroup): made by the group's own {@code derive(members)} (a subclass may
     * override it), then given the group's traceback, cause, context and notes, as CPython's subset does.
     */
    static PyBaseException derive(Runtime rt, PyBaseException eg, List<PyObject> members) {
        PyObject made = Ops.callMethod(rt, eg, "derive", PyList.of(members));
        if (!(made instanceof PyBaseException d) || !isGroup(rt, d)) {
            throw PyError.raise("TypeError", "derive must return an instance of BaseExceptionGroup");
        }
        d.traceback.addAll(eg.traceback);
        d.cause = eg.cause;
        d.context = eg.context;
        d.suppressContext = eg.suppressContext;
        PyObject notes = eg.dict.get("__notes__");
        if (notes != null) {
            d.dict.put("__notes__", notes);
        }
        return d;
    }

    private static Predicate<PyBaseException> condition(Runtime rt, PyObject spec) {
        if (spec instanceof PyType || spec instanceof PyTuple) {
            return e -> Exceptions.matches(rt, e, spec);
        }
        return e -> Ops.truth(rt, Ops.call(rt, spec, e));
    }

    /** [match, rest], either null when empty; a group matching as a whole is its own match. */
    static PyObject[] split(Runtime rt, PyBaseException e, Predicate<PyBaseException> cond) {
        return split(rt, e, cond, true);
    }

    /** As CPython's exceptiongroup_split_recursive: subgroup() builds no rest, so derive() runs for the match only. */
    private static PyObject[] split(Runtime rt, PyBaseException e, Predicate<PyBaseException> cond, boolean withRest) {
        if (cond.test(e)) {
            return new PyObject[] {e, null};
        }
        if (!isGroup(rt, e)) {
            return new PyObject[] {null, e};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject m : members(rt, e)) {
            PyObject[] parts = split(rt, (PyBaseException) m, cond, withRest);
            if (parts[0] != null) {
                match.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        PyObject matched = match.isEmpty() ? null : derive(rt, e, match);
        return new PyObject[] {matched, rest.isEmpty() || !withRest ? null : derive(rt, e, rest)};
    }

    /** check_except_star_type_valid: except* takes exception classes (or a tuple of them), never a group class. */
    private static void checkStarSpec(Runtime rt, PyObject spec) {
        PyObject[] classes = spec instanceof PyTuple t ? t.items() : new PyObject[] {spec};
        PyType group = rt.types.exceptions.get("BaseExceptionGroup");
        for (PyObject c : classes) {
            if (!(c instanceof PyType t) || !t.isSubtypeOf(rt.types.baseException)) {
                throw PyError.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
            }
            if (t.isSubtypeOf(group)) {
                throw PyError.raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * CHECK_EG_MATCH: [match, rest] for {@code except* spec}; match null when nothing matches. A
     * bare exception that matches is wrapped in a group of its own.
     */
    public static PyObject[] match(Runtime rt, PyObject exc, PyObject spec) {
        checkStarSpec(rt, spec);
        if (!(exc instanceof PyBaseException e)) {
            return new PyObject[] {null, null};
        }
        if (Exceptions.matches(rt, e, spec)) {
            if (isGroup(rt, e)) {
                return new PyObject[] {e, null};
            }
            PyBaseException wrapped = create(rt, rt.types.exceptions.get("BaseExceptionGroup"),
                    new PyObject[] {PyStr.of(""), PyTuple.of(e)}); // CPython packs the one exception in a tuple here
            // with no traceback of its own (3.11's exception_group_match sets none): re-raised, it gains only the
            // frames it then leaves, and an uncaught one prints without the group's "Traceback" header
            return new PyObject[] {wrapped, null};
        }
        if (!isGroup(rt, e)) {
            return new PyObject[] {null, null};
        }
        return split(rt, e, x -> Exceptions.matches(rt, x, spec));
    }

    /**
     * PREP_RERAISE_STAR: what leaves a try/except* statement. Parts of the original group (the
     * unhandled rest, or a bare raise in a handler) keep the original's shape; exceptions the
     * handlers raised are added beside it in a new group. Null when nothing is left.
     */
    public static PyObject reraise(Runtime rt, PyObject orig, List<PyObject> raised) {
        List<PyObject> items = new ArrayList<>();
        for (PyObject r : raised) {
            if (r != PyNone.NONE && r != null) {
                items.add(r);
            }
        }
        if (!isGroup(rt, orig)) {
            return items.isEmpty() ? null : items.get(0);
        }
        Set<PyObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyObject> fresh = new ArrayList<>();
        for (PyObject item : items) {
            // a re-raise is what keeps orig's traceback, cause, context and notes (is_same_exception_metadata): a bare
            // raise of the part a handler matched (derive copied them); raising one of its members anew is a new raise
            if (sameMetadata((PyBaseException) item, (PyBaseException) orig)) {
                kept.addAll(leaves(rt, item));
            } else {
                fresh.add(item);
            }
        }
        PyObject reraised = kept.isEmpty() ? null : split(rt, (PyBaseException) orig, kept::contains)[0];
        if (fresh.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            fresh.add(reraised); // _PyExc_PrepReraiseStar: the raised ones first, what was re-raised of orig last
        }
        if (fresh.size() == 1) {
            return fresh.get(0); // one exception raised and nothing of the original left: it goes on as it is
        }
        return create(rt, rt.types.exceptions.get("BaseExceptionGroup"), new PyObject[] {PyStr.of(""), PyList.of(fresh)});
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.cause == b.cause && a.context == b.context && a.dict.get("__notes__") == b.dict.get("__notes__")
                && a.traceback.equals(b.traceback);
    }

    private static Set<PyObject> leaves(Runtime rt, PyObject e) {
        Set<PyObject> out = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(rt, e, out);
        return out;
    }

    private static void collect(Runtime rt, PyObject e, Set<PyObject> out) {
        if (isGroup(rt, e)) {
            for (PyObject m : members(rt, (PyBaseException) e)) {
                collect(rt, m, out);
            }
        } else {
            out.add(e);
        }
    }
}
