package org.pyvm.core.objects;


/**
 * Anything Python can call. Arguments come vectorcall-style: positional values, then the values
 * of the keyword arguments whose names are {@code kwnames} (null or empty when there are none).
 */
public interface PyCallable {
    PyObject call(PyObject[] args, String[] kwnames);
}
