package org.pyvm.core.objects;

/**
 * A method of a builtin type as it sits in the type's dict ({@code list.append}): called with the
 * object first, or bound to one by attribute access.
 */
public final class PyMethodDescriptor extends PyObject implements PyCallable {
    /** The method's body: the object it is called on, then the call's arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final PyType owner;
    private final Body body;

    public PyMethodDescriptor(String name, PyType owner, Body body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self} without making a bound method. */
    public PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        return body.call(self, args, kwnames);
    }

    /** The method bound to {@code self}. */
    public PyBuiltinFunction bind(PyObject self, Language lang) {
        return PyBuiltinFunction.method(name, self, owner.name(lang), (args, kw) -> body.call(self, args, kw));
    }

    /** {@code list.append(lst, x)}: the object comes first. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (args.length == 0 || (kwnames != null && kwnames.length == args.length)) {
            throw PyError.raise("TypeError", "descriptor '" + name + "' of '" + owner.name(null) + "' object needs an argument");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return body.call(args[0], rest, kwnames);
    }

    @Override
    public String typeName(Language lang) {
        return "method_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return "<method '" + name + "' of '" + owner.name(lang) + "' objects>";
    }
}
