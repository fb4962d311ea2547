package org.pyvm.core.objects;

/**
 * A method of a builtin type as it sits in the type's dict ({@code list.append}): called with the
 * object first, or bound to one by attribute access.
 */
public final class PyMethodDescriptor extends PyObject implements PyCallable, CustomAttributes {
    /** The method's body: the object it is called on, then the call's arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final PyType owner;
    private final Body body;
    /** A check of every call's arguments before the body runs; null for none. */
    private final Precheck precheck;
    /**
     * The counts of positional arguments that {@link #precheck} is known to let pass when no keywords come with
     * them: such calls, nearly all of them, skip it.
     */
    private final int passesFrom;
    private final int passesTo;

    /**
     * The names CPython's type slots are exposed under (typeobject.c's slotdefs, 2.7's included): a builtin
     * type's method of one of these names is a wrapper_descriptor of the slot in CPython, not a
     * method_descriptor, and its call checks the object with the same messages in every version.
     */
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of(
            "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__str__", "__hash__", "__call__",
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__cmp__", "__iter__", "__next__", "__get__", "__set__",
            "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__", "__getslice__", "__setslice__", "__delslice__",
            "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__",
            "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__nonzero__", "__invert__",
            "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
            "__or__", "__ror__", "__int__", "__long__", "__float__", "__oct__", "__hex__", "__index__", "__coerce__",
            "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__",
            "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__",
            "__itruediv__", "__div__", "__rdiv__", "__idiv__", "__matmul__", "__rmatmul__", "__imatmul__");
    /** Slot names that these types also define as methods (METH_COEXIST): there the method_descriptor wins. */
    private static final java.util.Set<String> COEXISTING = java.util.Set.of(
            "list.__getitem__", "dict.__getitem__", "dict.__contains__", "set.__contains__", "frozenset.__contains__");

    public PyMethodDescriptor(String name, PyType owner, Body body) {
        this(name, owner, body, null, 0, -1);
    }

    private PyMethodDescriptor(String name, PyType owner, Body body, Precheck precheck, int passesFrom, int passesTo) {
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.precheck = precheck;
        this.passesFrom = passesFrom;
        this.passesTo = passesTo;
        this.slotWrapper = SLOT_NAMES.contains(name) && !COEXISTING.contains(owner.name(null) + "." + name);
    }

    /** {@link #isSlotWrapper}, decided once: every binding asked (2.7 binds a method at each call of one). */
    private final boolean slotWrapper;

    /**
     * A check of a call's arguments made before the method's body runs. {@code boundSelf} tells the route: the
     * object of a bound method object ({@code m = s.find; m(...)}), else null for the descriptor called with the
     * object ({@code s.find(...)}, {@code str.find(s, ...)}); CPython 3.10+ words some refusals differently on the
     * two, a bound method naming its object's type.
     */
    @FunctionalInterface
    public interface Precheck {
        void check(PyObject[] args, String[] kwnames, PyObject boundSelf);
    }

    /**
     * The same method with {@code check} run first on every call's arguments, however it is called, but for calls
     * it lets pass: those of {@code from} to {@code to} positional arguments and no keywords.
     */
    public PyMethodDescriptor checkedBy(Precheck check, int from, int to) {
        Precheck first = precheck;
        if (first == null) {
            return new PyMethodDescriptor(name, owner, body, check, from, to);
        }
        // both checks pass where both ranges hold
        return new PyMethodDescriptor(name, owner, body, (args, kwnames, boundSelf) -> {
            first.check(args, kwnames, boundSelf);
            check.check(args, kwnames, boundSelf);
        }, Math.max(passesFrom, from), Math.min(passesTo, to));
    }

    /** Whether a call with these arguments must run {@link #precheck}. */
    private boolean mustCheck(PyObject[] args, String[] kwnames) {
        return precheck != null && ((kwnames != null && kwnames.length > 0) || args.length < passesFrom || args.length > passesTo);
    }

    @Override
    public PyObject attribute(String attr) {
        return attribute(attr, null);
    }

    /** {@code list.sort.__name__}, {@code __objclass__} (the type it belongs to) and 3.x's {@code __qualname__}. */
    @Override
    public PyObject attribute(String attr, Language lang) {
        boolean py2 = lang != null && lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        switch (attr) {
            case "__name__":
                return py2 ? PyBytes.of(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(name);
            case "__objclass__":
                return owner;
            case "__qualname__":
                return py2 ? null : PyStr.of(owner.qualname(lang) + "." + name);
            default:
                return null;
        }
    }

    /** Whether CPython exposes this method as a wrapper of its type's slot (float.__add__, object.__init__). */
    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self} without making a bound method. */
    public PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        if (mustCheck(args, kwnames)) {
            precheck.check(args, kwnames, null);
        }
        try {
            return body.call(self, args, kwnames);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException | NullPointerException e) {
            throw BuiltinMisuse.of(name, args, e);
        }
    }

    /** The method bound to {@code self}. */
    public PyBuiltinFunction bind(PyObject self, Language lang) {
        Precheck check = precheck;
        PyCallable call = check == null ? (args, kw) -> body.call(self, args, kw) : (args, kw) -> {
            if (mustCheck(args, kw)) {
                check.check(args, kw, self);
            }
            return body.call(self, args, kw);
        };
        return isSlotWrapper() ? PyBuiltinFunction.methodWrapper(name, self, owner.name(lang), call)
                : PyBuiltinFunction.method(name, self, owner.name(lang), call);
    }

    /** {@code list.append(lst, x)}: the object comes first. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (args.length == 0 || (kwnames != null && kwnames.length == args.length)) {
            throw PyError.raise("TypeError", "descriptor '" + name + "' of '" + owner.name(null) + "' object needs an argument");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return invoke(args[0], rest, kwnames);
    }

    @Override
    public String typeName(Language lang) {
        return isSlotWrapper() ? "wrapper_descriptor" : "method_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return (isSlotWrapper() ? "<slot wrapper '" : "<method '") + name + "' of '" + owner.name(lang) + "' objects>";
    }
}
