package org.pyvm.core.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
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
        StringBuilder sb = new StringBuilder();
        chain(sb, e, new IdentityHashMap<>());
        return sb.toString();
    }

    private void chain(StringBuilder sb, PyBaseException e, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (rt.lang.has(LanguageFeature.EXCEPTION_CHAINING)) {
            if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
                chain(sb, c, seen);
                sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
                chain(sb, c, seen);
                sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        List<PyError.TracebackEntry> tb = e.traceback;
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            boolean collapse = rt.lang.has(LanguageFeature.TRACEBACK_COLLAPSES_REPEATS);
            PyError.TracebackEntry last = null;
            int repeats = 0;
            // like CPython, print at most the innermost TRACEBACK_LIMIT entries (sys.tracebacklimit's default)
            for (int i = Math.min(tb.size(), TRACEBACK_LIMIT) - 1; i >= 0; i--) {
                PyError.TracebackEntry t = tb.get(i);
                if (collapse && t.equals(last)) {
                    if (++repeats >= 3) {
                        continue;
                    }
                } else {
                    repeatedNote(sb, repeats);
                    repeats = 0;
                }
                last = t;
                sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line()).append(", in ").append(t.function()).append('\n');
                String src = sourceLine(t.filename(), t.line());
                if (src != null) {
                    sb.append("    ").append(src).append('\n');
                }
            }
            repeatedNote(sb, repeats);
        }
        sb.append(exceptionLine(e)).append('\n');
    }

    private static final int TRACEBACK_LIMIT = 1000;

    private static void repeatedNote(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    String exceptionLine(PyBaseException e) {
        PyType t = e.type();
        String name = t.name(rt.lang);
        String module = t.builtin ? null : t.moduleName();
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        boolean omitMain = rt.lang.has(LanguageFeature.TRACEBACK_OMITS_MAIN_MODULE);
        if (module != null && !module.equals(py2 ? "exceptions" : "builtins") && !(omitMain && module.equals("__main__"))) {
            name = module + "." + name;
        }
        String text;
        try {
            text = org.pyvm.core.runtime.Ops.str(rt, e);
        } catch (PyError ignored) {
            text = "<exception str() failed>";
        }
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** The source line CPython would show when the file can be found (as linecache finds it), stripped. */
    private String sourceLine(String filename, int line) {
        for (Path p : new Path[] {Path.of(filename), scriptDir == null ? null : scriptDir.resolve(filename)}) {
            if (p == null || !Files.isRegularFile(p)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                if (line >= 1 && line <= lines.size()) {
                    String s = lines.get(line - 1).strip();
                    return s.isEmpty() ? null : s;
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
