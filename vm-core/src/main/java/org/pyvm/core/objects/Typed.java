package org.pyvm.core.objects;

/** A value that knows its own type object (instances of classes, functions...); builtin values get theirs from the runtime. */
public interface Typed {
    PyType type();
}
