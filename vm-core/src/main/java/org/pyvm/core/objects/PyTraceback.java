package org.pyvm.core.objects;

import java.util.List;

/** A traceback object, as {@code sys.exc_info()[2]} and {@code e.__traceback__} show it. */
public final class PyTraceback extends PyObject {
    /** Innermost first. */
    public final List<PyError.TracebackEntry> entries;

    public PyTraceback(List<PyError.TracebackEntry> entries) {
        this.entries = entries;
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
