package org.pyvm.core.objects;

import java.util.List;

/** A traceback object, as {@code sys.exc_info()[2]} and {@code e.__traceback__} show it. */
public final class PyTraceback extends PyObject implements CustomAttributes {
    /** Innermost first. */
    public final List<PyError.TracebackEntry> entries;

    public PyTraceback(List<PyError.TracebackEntry> entries) {
        this.entries = entries;
    }

    /**
     * {@code tb_lineno} is the line of the outermost frame (where the traceback object starts) and
     * {@code tb_next} the rest, inward; pyvm keeps no frame objects, so there is no {@code tb_frame}.
     */
    @Override
    public PyObject attribute(String name) {
        if (entries.isEmpty()) {
            return null;
        }
        switch (name) {
            case "tb_lineno":
                return PyInt.of(entries.get(entries.size() - 1).line());
            case "tb_next":
                return entries.size() == 1 ? PyNone.NONE : new PyTraceback(entries.subList(0, entries.size() - 1));
            default:
                return null;
        }
    }

    @Override
    public String typeName(Language lang) {
        return "traceback";
    }

    @Override
    public String repr(Language lang) {
        return "<traceback object at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
