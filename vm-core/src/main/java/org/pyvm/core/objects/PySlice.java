package org.pyvm.core.objects;

/** A slice object {@code slice(start, stop, step)}; absent parts are None. */
public final class PySlice extends PyObject {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public String typeName(Language lang) {
        return "slice";
    }

    @Override
    public String repr(Language lang) {
        return "slice(" + start.repr(lang) + ", " + stop.repr(lang) + ", " + step.repr(lang) + ")";
    }

    @Override
    public long hash(Language lang) {
        throw unhashable(this, lang);
    }
}
