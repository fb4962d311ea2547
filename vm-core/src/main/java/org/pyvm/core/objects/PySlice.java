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
        if (PyObject.level(lang).has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("TypeError", "unhashable type"); // 2.7's slice_hash, which names no type
        }
        throw unhashable(this, lang);
    }
}
