package org.pyvm.core.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import org.pyvm.core.interp.carets.PositionCarets;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Exceptions;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Prints an uncaught exception as CPython does: the chain (3.x), the frames, then the exception line. */
final class Tracebacks {
    private final Runtime rt;
    private final Path scriptDir;

    Tracebacks(Runtime rt, Path scriptDir) {
        this.rt = rt;
        this.scriptDir = scriptDir;
    }

    String format(PyBaseException e) {
        Printer p = new Printer();
        print(p, e, new IdentityHashMap<>());
        return p.sb.toString();
    }

    /** Lines with the margin of the exception-group box they are in ("  | ", "    | "...). */
    private static final class Printer {
        final StringBuilder sb = new StringBuilder();
        int depth;
        boolean needClose;

        String indent() {
            return "  ".repeat(depth);
        }

        void emit(String text) {
            emit(text, '|');
        }

        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            for (String line : text.split("\n", -1)) {
                sb.append(prefix).append(line).append('\n');
            }
        }

        void raw(String line) {
            sb.append(line).append('\n');
        }
    }

    private void print(Printer p, PyBaseException e, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (rt.lang.has(LanguageFeature.EXCEPTION_CHAINING)) {
            if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
                print(p, c, seen);
                p.emit("\nThe above exception was the direct cause of the following exception:\n");
            } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
                print(p, c, seen);
                p.emit("\nDuring handling of the above exception, another exception occurred:\n");
            }
        }
        if (!org.pyvm.core.runtime.ExceptionGroups.isGroup(rt, e)) {
            if (!e.traceback.isEmpty()) {
                p.emit("Traceback (most recent call last):");
                frames(p, e.traceback);
            }
            String where = syntaxErrorLocation(e);
            if (where != null) {
                p.emit(where);
            }
            p.emit(exceptionLine(e) + notes(e));
            return;
        }
        // an exception group, drawn as CPython 3.11 draws it: a box per sub-exception
        boolean topLevel = p.depth == 0;
        if (topLevel) {
            p.depth++;
        }
        if (p.depth > MAX_GROUP_DEPTH) {
            p.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
            return;
        }
        if (!e.traceback.isEmpty()) {
            p.emit("Exception Group Traceback (most recent call last):", topLevel ? '+' : '|');
            frames(p, e.traceback);
        }
        p.emit(exceptionLine(e) + notes(e));
        List<PyObject> members = org.pyvm.core.runtime.ExceptionGroups.members(rt, e);
        p.needClose = false;
        // at most MAX_GROUP_WIDTH boxes, then one saying how many more (pythonrun.c print_exception_group)
        int n = members.size() <= MAX_GROUP_WIDTH ? members.size() : MAX_GROUP_WIDTH + 1;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                p.needClose = true;
            }
            p.raw(p.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (i < MAX_GROUP_WIDTH ? String.valueOf(i + 1) : "...")
                    + " ----------------");
            p.depth++;
            if (i < MAX_GROUP_WIDTH) {
                print(p, (PyBaseException) members.get(i), seen);
            } else {
                int more = members.size() - MAX_GROUP_WIDTH;
                p.emit("and " + more + " more exception" + (more > 1 ? "s" : ""));
            }
            if (last && p.needClose) {
                p.raw(p.indent() + "+------------------------------------");
                p.needClose = false;
            }
            p.depth--;
        }
        if (topLevel) {
            p.depth = 0;
        }
    }

    /** CPython 3.11's limits on drawing exception groups (pythonrun.c's max_group_width and max_group_depth). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** The lines of add_note()'s notes, after the exception line. */
    private String notes(PyBaseException e) {
        PyObject notes = e.dict.get("__notes__");
        if (!(notes instanceof org.pyvm.core.objects.PyList l)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (PyObject n : l.items()) {
            sb.append('\n').append(org.pyvm.core.runtime.Ops.str(rt, n));
        }
        return sb.toString();
    }

    private void frames(Printer p, List<PyError.TracebackEntry> tb) {
        boolean collapse = rt.lang.has(LanguageFeature.TRACEBACK_COLLAPSES_REPEATS);
        boolean marks = rt.lang.has(LanguageFeature.TRACEBACK_POSITION_CARETS);
        PyError.TracebackEntry last = null;
        int repeats = 0;
        // like CPython, print at most the innermost TRACEBACK_LIMIT entries (sys.tracebacklimit's default)
        for (int i = Math.min(tb.size(), TRACEBACK_LIMIT) - 1; i >= 0; i--) {
            PyError.TracebackEntry t = tb.get(i);
            if (collapse && t.sameLine(last)) {
                if (++repeats >= 3) {
                    continue;
                }
            } else {
                repeatedNote(p, repeats);
                repeats = 0;
            }
            last = t;
            p.emit("  File \"" + t.filename() + "\", line " + t.line() + ", in " + t.function());
            String src = sourceLine(t.filename(), t.line());
            if (src != null) {
                p.emit("    " + withoutIndentation(src));
                String carets = marks && t.frame() instanceof Frame fr
                        ? PositionCarets.markers(src, fr.code.decoded().lines.positionsAt(t.lasti()), rt.lang.version()) : null;
                if (carets != null) {
                    p.emit(carets);
                }
            }
        }
        repeatedNote(p, repeats);
    }

    private static final int TRACEBACK_LIMIT = 1000;

    private static void repeatedNote(Printer p, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            p.emit("  [Previous line repeated " + more + " more time" + (more == 1 ? "" : "s") + "]");
        }
    }

    String exceptionLine(PyBaseException e) {
        String name = qualifiedTypeName(e.type());
        String text;
        try {
            // a SyntaxError with a location prints its msg: the file and line are on lines of their own
            PyObject shown = syntaxLocation(e) != null ? e.args.get(0) : org.pyvm.core.objects.PyClassicRaise.visible(e);
            if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                // PyObject_Str: a unicode result (a class's __str__, a unicode SyntaxError msg) must encode as ASCII
                PyObject s = shown instanceof org.pyvm.core.objects.PyStr u ? u : org.pyvm.core.runtime.Ops.str27(rt, shown);
                text = org.pyvm.core.runtime.Strings.latin1(s instanceof org.pyvm.core.objects.PyStr u
                        ? org.pyvm.core.runtime.Strings.ascii27(rt, u) : ((org.pyvm.core.objects.PyBytes) s).bytes());
            } else {
                text = org.pyvm.core.runtime.Ops.str(rt, shown);
            }
        } catch (PyError ignored) {
            text = "<exception str() failed>";
        }
        String line = text.isEmpty() ? name : name + ": " + text;
        if (rt.lang.has(LanguageFeature.NAME_SUGGESTIONS)) {
            String suggestion = Suggestions.of(rt, e);
            if (suggestion != null) {
                line += ". Did you mean: '" + suggestion + "'?";
            }
        }
        return line;
    }

    /**
     * How the exception line names the class: its module (from the class's own {@code __module__}) and a
     * dot unless that is the builtins module, then its name. 3.11 (pythonrun.c print_exception) takes
     * {@code __qualname__}, leaves out {@code __main__} too, and writes "&lt;unknown&gt;." for a module that
     * is no str; 3.6 writes "&lt;unknown&gt;" and no dot, 2.7 nothing.
     */
    private String qualifiedTypeName(PyType t) {
        boolean py311 = rt.lang.has(LanguageFeature.TRACEBACK_OMITS_MAIN_MODULE);
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        String name = py311 ? t.qualname(rt.lang) : t.name(rt.lang);
        if (t.builtin) {
            return name;
        }
        PyObject m = t.dict.get("__module__");
        if (!(m instanceof org.pyvm.core.objects.PyStr || m instanceof org.pyvm.core.objects.PyBytes)) {
            return py2 ? name : py311 ? "<unknown>." + name : "<unknown>" + name;
        }
        String module = t.moduleName();
        if (module.equals(py2 ? "exceptions" : "builtins") || py311 && module.equals("__main__")) {
            return name;
        }
        return module + "." + name;
    }

    /** SyntaxError's (filename, lineno, offset, text[, end_lineno, end_offset]), or null. */
    private org.pyvm.core.objects.PyTuple syntaxLocation(PyBaseException e) {
        PyType syntax = rt.types.exceptions.get("SyntaxError");
        if (!e.type().isSubtypeOf(syntax) || e.args.size() != 2 || !(e.args.get(1) instanceof org.pyvm.core.objects.PyTuple loc)
                || loc.size() < 4 || !(loc.get(1) instanceof org.pyvm.core.objects.PyInt)) {
            return null;
        }
        return loc;
    }

    /**
     * The lines CPython's exception printer writes for a SyntaxError before "SyntaxError: msg": the
     * file and line, the offending source line without its indentation, and a caret under the
     * offset (3.10+: as many carets as the error's columns). Null for other exceptions.
     */
    private String syntaxErrorLocation(PyBaseException e) {
        org.pyvm.core.objects.PyTuple loc = syntaxLocation(e);
        if (loc == null) {
            return null;
        }
        PyObject file = loc.get(0);
        StringBuilder sb = new StringBuilder("  File \"" + (file == org.pyvm.core.objects.PyNone.NONE ? "<string>"
                : org.pyvm.core.runtime.Ops.str(rt, file)) + "\", line " + org.pyvm.core.runtime.Ops.str(rt, loc.get(1)));
        if (!(loc.get(3) instanceof org.pyvm.core.objects.PyStr || loc.get(3) instanceof org.pyvm.core.objects.PyBytes)) {
            return sb.toString();
        }
        String text = org.pyvm.core.runtime.Ops.str(rt, loc.get(3));
        long offset = loc.get(2) instanceof org.pyvm.core.objects.PyInt o ? o.small : -1;
        boolean ranges = loc.size() >= 6;
        if (ranges) {
            long end = loc.get(5) instanceof org.pyvm.core.objects.PyInt o ? o.small : 0;
            long endLine = loc.get(4) instanceof org.pyvm.core.objects.PyInt o ? o.small : 0;
            long line = ((org.pyvm.core.objects.PyInt) loc.get(1)).small;
            String firstLine = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (endLine > line) {
                end = firstLine.length() + 1; // an error over several lines: mark to the end of the first
            }
            if (end > firstLine.length() + 1) {
                end = firstLine.length() + 1;
            }
            long carets = end > 0 && end > offset ? end - offset : 1;
            if (e.type().isSubtypeOf(rt.types.exceptions.get("IndentationError"))) {
                carets = 1; // 3.11 marks only where an IndentationError starts (as observed of CPython 3.11.7)
            }
            offset--;
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
                i++;
                offset--;
            }
            text = text.substring(i);
            int len = text.endsWith("\n") ? text.length() - 1 : text.length();
            offset = Math.min(offset, len);
            sb.append("\n    ").append(text.substring(0, len));
            if (offset >= 0) {
                sb.append("\n    ").append(" ".repeat((int) offset)).append("^".repeat((int) carets));
            }
            return sb.toString();
        }
        // 2.7 and 3.6: print_error_text with a single caret
        if (offset >= 0) {
            if (offset > 0 && offset == text.length() && text.charAt((int) offset - 1) == '\n') {
                offset--;
            }
            while (true) {
                int nl = text.indexOf('\n');
                if (nl < 0 || nl >= offset) {
                    break;
                }
                offset -= nl + 1;
                text = text.substring(nl + 1);
            }
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
                i++;
                offset--;
            }
            text = text.substring(i);
        }
        sb.append("\n    ").append(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        if (offset != -1) {
            sb.append("\n    ").append(" ".repeat((int) Math.max(0, offset - 1))).append('^');
        }
        return sb.toString();
    }

    /** A source line as CPython prints it in a traceback: without its indentation, trailing blanks kept. */
    private static String withoutIndentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    /** The source line CPython would show when the file can be found (as linecache finds it), without its line break. */
    private String sourceLine(String filename, int line) {
        Path[] candidates;
        try {
            candidates = new Path[] {Path.of(filename), scriptDir == null ? null : scriptDir.resolve(filename)};
        } catch (java.nio.file.InvalidPathException e) {
            return null; // co_filename is the .pyc's to choose, and may be no path at all (a NUL in it)
        }
        for (Path p : candidates) {
            // co_filename is the .pyc's to choose: under --sandbox only allowed folders are read
            if (p == null || !rt.sandbox().mayRead(p) || !Files.isRegularFile(p)) {
                continue;
            }
            try {
                List<String> lines;
                try {
                    // 2.7 shows the line's bytes as they are, a char per byte like the rest of its traceback
                    // (SysExtras.bytes27 writes them back as those bytes)
                    lines = Files.readAllLines(p, rt.lang.has(LanguageFeature.STR_IS_BYTES) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                } catch (java.nio.charset.MalformedInputException notUtf8) {
                    // a module with a latin-1 coding declaration (2.7's heapq.py): still show its line
                    lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
                }
                if (line >= 1 && line <= lines.size()) {
                    String s = lines.get(line - 1);
                    return s.isBlank() ? null : s;
                }
            } catch (IOException | java.io.UncheckedIOException ignored) {
                return null;
            }
        }
        return null;
    }

    static boolean isSystemExit(Runtime rt, PyBaseException e) {
        return e.type().isSubtypeOf(rt.types.exceptions.get("SystemExit"));
    }

    static boolean matches(Runtime rt, PyError e, String name) {
        return Exceptions.is(rt, e, name);
    }
}
