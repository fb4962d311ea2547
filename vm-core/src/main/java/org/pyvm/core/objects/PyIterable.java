package org.pyvm.core.objects;

/** A Java-written iterable that is not its own iterator (dict views): each iteration starts afresh. */
public interface PyIterable {
    PyObject iterate();

    int size();
}
