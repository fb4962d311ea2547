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
     * {@code tb_next} the rest, inward; {@code tb_frame} is that frame's Python frame object (made on request) and
     * {@code tb_lasti} the offset of its instruction that raised.
     */
    @Override
    public PyObject attribute(String name) {
        if (entries.isEmpty()) {
            return null;
        }
        switch (name) {
            case "tb_lineno":
                return PyInt.of(entries.get(entries.size() - 1).line());
            case "tb_frame": {
                PyError.FrameHandle f = entries.get(entries.size() - 1).frame();
                return f == null ? PyNone.NONE : f.frameObject();
            }
            case "tb_lasti":
                return PyInt.of(entries.get(entries.size() - 1).lasti());
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
