package org.pyvm.core.objects;

/** STUB (to be completed): a tuple. */
public final class PyTuple extends PyObject {
    private final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** Wraps (does not copy) the array. */
    public static PyTuple of(PyObject... items) {
        return new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The items; callers must not modify the array. */
    public PyObject[] items() {
        return items;
    }

    @Override
    public String typeName(Language lang) {
        return "tuple";
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i].repr(lang));
        }
        return sb.append(items.length == 1 ? ",)" : ")").toString();
    }
}
