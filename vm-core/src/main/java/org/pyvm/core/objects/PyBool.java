package org.pyvm.core.objects;

/** True and False: ints 1 and 0 for hashing and equality, as in every version. */
public final class PyBool extends PyObject {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    public final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String typeName(Language lang) {
        return "bool";
    }

    @Override
    public String repr(Language lang) {
        return value ? "True" : "False";
    }

    @Override
    public long hash(Language lang) {
        return value ? 1 : 0;
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        return Numbers.eq(this, other);
    }
}
