package org.pyvm.core.objects;

/**
 * An instance of a program's subclass of a builtin iterator type ({@code class Peek(itertools.chain)},
 * {@code class E(enumerate)}): its class's methods and attributes of its own around the builtin iterator, whose
 * items it gives through the base type's {@code __next__} (so a {@code __next__} of the class's own comes first).
 */
public final class IteratorSubclass extends PyObject implements UserSubclass {
    private final SubclassState state;
    private final PyIterator iterator;

    public IteratorSubclass(PyType type, PyIterator iterator) {
        this.state = new SubclassState(type);
        this.iterator = iterator;
    }

    @Override
    public SubclassState state() {
        return state;
    }

    @Override
    public PyObject plain() {
        return iterator;
    }

    @Override
    public String typeName(Language lang) {
        return type().name(lang);
    }

    /** The builtin iterator's repr, which a few types (3.7+'s count and repeat) start with the class's name. */
    @Override
    public String repr(Language lang) {
        return iterator.repr(lang, type().name(lang));
    }

    /**
     * The builtin iterator {@code self} is or wraps, as the base type's methods take it; null for other objects.
     */
    public static PyIterator iteratorOf(PyObject self) {
        return self instanceof IteratorSubclass s ? s.iterator : self instanceof PyIterator i ? i : null;
    }
}
