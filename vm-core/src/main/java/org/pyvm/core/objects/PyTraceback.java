package org.pyvm.core.objects;

import java.util.List;

/** A traceback object, as {@code sys.exc_info()[2]} and {@code e.__traceback__} show it. */
public final class PyTraceback extends PyObject implements CustomAttributes {
    /** Innermost first. */
    public final List<PyError.TracebackEntry> entries;

    /** The tb_next object handed out, kept so that it is the same object each time (and a change to it shows). */
    private PyTraceback next;
    /** Set once a program assigned tb_next (3.7+): what it assigned, a traceback or None. */
    private PyObject assignedNext;

    public PyTraceback(List<PyError.TracebackEntry> entries) {
        this.entries = entries;
    }

    /** {@code tb.tb_next}: the rest of the traceback inward, one object per level however often asked; None at the end. */
    private PyObject next() {
        if (assignedNext != null) {
            return assignedNext;
        }
        int n = entries.size();
        if (n <= 1) {
            return PyNone.NONE;
        }
        if (next == null || next.entries.size() != n - 1) {
            next = new PyTraceback(new java.util.ArrayList<>(entries.subList(0, n - 1)));
        }
        return next;
    }

    /**
     * 3.7+'s {@code tb.tb_next = value}: another traceback or None (unittest cuts its own frames off a failure's
     * traceback so); a traceback that would reach this one again is refused.
     */
    public void setNext(PyObject value) {
        if (!(value instanceof PyTraceback) && !(value instanceof PyNone)) {
            throw PyError.raise("TypeError", "expected traceback object, got '" + value.typeName(null) + "'");
        }
        for (PyObject t = value; t instanceof PyTraceback tb; t = tb.next()) {
            if (tb == this) {
                throw PyError.raise("ValueError", "traceback loop detected");
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        assignedNext = value;
    }

    /**
     * The frames this traceback shows, innermost first, as its tb_next chain now runs: its own list unless a
     * program reassigned some tb_next along it.
     */
    public List<PyError.TracebackEntry> chain() {
        boolean changed = false;
        for (PyTraceback t = this; t != null; t = t.assignedNext != null ? (t.assignedNext instanceof PyTraceback x ? x : null) : t.next) {
            if (t.assignedNext != null) {
                changed = true;
                break;
            }
        }
        if (!changed) {
            return entries;
        }
        java.util.ArrayList<PyError.TracebackEntry> outward = new java.util.ArrayList<>();
        for (PyObject t = this; t instanceof PyTraceback tb && !tb.entries.isEmpty(); t = tb.next()) {
            outward.add(tb.entries.get(tb.entries.size() - 1));
        }
        java.util.Collections.reverse(outward);
        return outward;
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
                return next();
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
