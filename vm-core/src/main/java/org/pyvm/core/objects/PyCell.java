package org.pyvm.core.objects;

/** A cell: one variable shared between a function and the closures made inside it. Empty while {@link #value} is null. */
public final class PyCell extends PyObject {
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public String typeName(Language lang) {
        return "cell";
    }

    @Override
    public String repr(Language lang) {
        String at = "<cell at 0x" + Long.toHexString(Ids.address(this)) + ": ";
        return value == null ? at + "empty>" : at + value.typeName(lang) + " object at 0x" + Long.toHexString(Ids.address(value)) + ">";
    }
}
