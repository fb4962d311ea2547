package org.pyvm.core.objects;

import java.util.Map;

/**
 * A builtin value whose type is a class made by a program ({@code class MyList(list)}): it is a list (or int,
 * str, dict...) to every builtin operation, and has its class's methods and an attribute dict of its own.
 * Each builtin kind that can be subclassed has a nested {@code Sub} class implementing this.
 */
public interface UserSubclass extends Typed {
    /** The instance's own attributes ({@code self.x = ...}). */
    Map<String, PyObject> attributes();

    /** The same value as an instance of the builtin itself ({@code int(x)} of an int subclass). */
    PyObject plain();
}
