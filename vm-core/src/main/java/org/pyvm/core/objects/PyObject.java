package org.pyvm.core.objects;

/**
 * Base of every Python value. Behaviour that differs between versions takes the
 * {@link Language} of the running bytecode.
 */
public abstract class PyObject {

    /** The Python type name as {@code type(x).__name__} gives it for this language level. */
    public abstract String typeName(Language lang);

    /** {@code repr(x)} as the CPython of this language level prints it. */
    public abstract String repr(Language lang);
}
