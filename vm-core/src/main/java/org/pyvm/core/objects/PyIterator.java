package org.pyvm.core.objects;

/**
 * An iterator written in Java. {@link #next()} returns null when exhausted, so loops end without a
 * Java exception; Python code sees StopIteration from {@code next()} as usual.
 */
public abstract class PyIterator extends PyObject {
    private final String name;

    protected PyIterator(String name) {
        this.name = name;
    }

    /** The next item, or null when there is none. */
    public abstract PyObject next();

    /**
     * Whether iter() and next() take it: false for a 3.x coroutine or async generator, which only await and
     * {@code async for} drive (CPython's types have no tp_iter or tp_iternext).
     */
    public boolean iterable() {
        return true;
    }

    /** How many items are left, for {@code __length_hint__}, or -1 when this iterator cannot tell. */
    public long lengthHint() {
        return -1;
    }

    /**
     * The next item as the builtin {@code next()} asks for it: null when exhausted, or an exception of the
     * iterator's own (a generator's StopIteration carries its return value).
     */
    public PyObject nextExplicit() {
        return next();
    }

    @Override
    public String typeName(Language lang) {
        return name;
    }

    /**
     * The repr of an instance of a program's subclass named {@code className} ({@link IteratorSubclass}): the
     * builtin's own repr, but for the types whose repr starts with their name.
     */
    public String repr(Language lang, String className) {
        return repr(lang);
    }

    @Override
    public String repr(Language lang) {
        return "<" + name + " object at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
