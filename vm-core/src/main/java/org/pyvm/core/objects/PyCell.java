package org.pyvm.core.objects;

/** A cell: one variable shared between a function and the closures made inside it. Empty while {@link #value} is null. */
public final class PyCell extends PyObject implements CustomAttributes {
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyObject attribute(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) {
                throw PyError.raise("ValueError", "Cell is empty");
            }
            return value;
        }
        return null;
    }

    @Override
    public boolean setAttribute(String name, PyObject v) {
        if (name.equals("cell_contents")) {
            value = v;
            return true;
        }
        return false;
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
