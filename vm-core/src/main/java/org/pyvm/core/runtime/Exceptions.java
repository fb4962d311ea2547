package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/** Exception matching and the text of exceptions. */
public final class Exceptions {
    private Exceptions() {
    }

    /** {@code str(e)}: '' for no args, str(arg) for one (KeyError: its repr), the args tuple's repr otherwise. */
    public static String str(Runtime rt, PyBaseException e) {
        return text(rt, e, false);
    }

    /**
     * The exception's own str; with {@code unicodeOk} 2.7's unicode text stays unencoded (what the type's tp_str
     * returned, which unicode() takes), else it is PyObject_Str's ASCII.
     */
    public static String text(Runtime rt, PyBaseException e, boolean unicodeOk) {
        PyTuple args = e.args;
        if (args.size() == 0) {
            return "";
        }
        if (ExceptionGroups.isGroup(rt, e) && args.size() == 2) {
            int n = ExceptionGroups.members(rt, e).size();
            return Ops.str(rt, args.get(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (args.size() == 5 && args.get(2) instanceof PyInt start && args.get(3) instanceof PyInt end) {
            if (e.type().isSubtypeOf(rt.types.exceptions.get("UnicodeEncodeError"))) {
                int[] cps = args.get(1) instanceof PyStr s ? s.codePoints() : new int[0];
                String what = end.small - start.small > 1 ? "characters in position " + start.small + "-" + (end.small - 1)
                        : "character " + charRepr(rt, start.small < cps.length ? cps[(int) start.small] : 0) + " in position " + start.small;
                return "'" + Ops.str(rt, args.get(0)) + "' codec can't encode " + what + ": " + Ops.str(rt, args.get(4));
            }
            if (e.type().isSubtypeOf(rt.types.exceptions.get("UnicodeDecodeError"))) {
                byte[] b = args.get(1) instanceof org.pyvm.core.objects.PyBytes by ? by.bytes() : new byte[0];
                String what = end.small - start.small > 1 ? "bytes in position " + start.small + "-" + (end.small - 1)
                        : "byte 0x" + String.format("%02x", start.small < b.length ? b[(int) start.small] & 0xff : 0) + " in position " + start.small;
                return "'" + Ops.str(rt, args.get(0)) + "' codec can't decode " + what + ": " + Ops.str(rt, args.get(4));
            }
        }
        if ((args.size() == 2 || args.size() == 3) && isEnvironmentError(rt, e)) {
            String base = "[Errno " + Ops.str(rt, args.get(0)) + "] " + Ops.str(rt, args.get(1));
            PyObject filename = args.size() == 3 ? args.get(2) : e.dict.get("filename");
            PyObject filename2 = e.dict.get("filename2");
            if (filename != null && filename != org.pyvm.core.objects.PyNone.NONE) {
                base += ": " + Ops.repr(rt, filename);
                if (filename2 != null && filename2 != org.pyvm.core.objects.PyNone.NONE) {
                    base += " -> " + Ops.repr(rt, filename2);
                }
            }
            if (!unicodeOk && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && (args.get(0) instanceof PyStr || args.get(1) instanceof PyStr)) {
                return Strings.latin1(Strings.ascii27(rt, PyStr.of(base))); // a unicode part made the text unicode: str() encodes it
            }
            return base;
        }
        if (args.size() == 1) {
            if (e.type().isSubtypeOf(rt.types.exceptions.get("KeyError"))) {
                return Ops.repr(rt, args.get(0));
            }
            if (!unicodeOk && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                // BaseException_str is PyObject_Str of the argument: unicode text must encode as ASCII
                PyObject s = args.get(0) instanceof PyStr u ? u : Ops.str27(rt, args.get(0));
                return Strings.latin1(s instanceof PyStr u ? Strings.ascii27(rt, u) : ((org.pyvm.core.objects.PyBytes) s).bytes());
            }
            return Ops.str(rt, args.get(0));
        }
        return Ops.repr(rt, args);
    }

    /**
     * 3.3+ (PEP 3151): {@code OSError(errno, strerror)} is made as the subclass for that errno (Linux numbers,
     * as CPython's errno map has them); any other type, or an errno without a subclass, stays as asked.
     */
    private static final java.util.Map<Long, String> ERRNO_SUBCLASSES = java.util.Map.ofEntries(
            java.util.Map.entry(11L, "BlockingIOError"), java.util.Map.entry(114L, "BlockingIOError"),
            java.util.Map.entry(115L, "BlockingIOError"), java.util.Map.entry(10L, "ChildProcessError"),
            java.util.Map.entry(32L, "BrokenPipeError"), java.util.Map.entry(108L, "BrokenPipeError"),
            java.util.Map.entry(103L, "ConnectionAbortedError"), java.util.Map.entry(111L, "ConnectionRefusedError"),
            java.util.Map.entry(104L, "ConnectionResetError"), java.util.Map.entry(17L, "FileExistsError"),
            java.util.Map.entry(2L, "FileNotFoundError"), java.util.Map.entry(21L, "IsADirectoryError"),
            java.util.Map.entry(20L, "NotADirectoryError"), java.util.Map.entry(4L, "InterruptedError"),
            java.util.Map.entry(13L, "PermissionError"), java.util.Map.entry(1L, "PermissionError"),
            java.util.Map.entry(3L, "ProcessLookupError"), java.util.Map.entry(110L, "TimeoutError"));

    /**
     * OSError (2.7 EnvironmentError) made with a file name: CPython keeps {@code (errno, strerror)} as its args
     * and the name as the {@code filename} attribute (3.x also {@code filename2}, its fifth argument).
     */
    public static void splitFilename(Runtime rt, PyBaseException e) {
        int n = e.args.size();
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (!(py2 ? n == 3 : n >= 3 && n <= 5) || !isEnvironmentError(rt, e)) {
            return;
        }
        e.dict.put("filename", e.args.get(2));
        if (n == 5) {
            e.dict.put("filename2", e.args.get(4));
        }
        e.args = PyTuple.of(e.args.get(0), e.args.get(1));
    }

    public static PyType constructedType(Runtime rt, PyType type, PyObject[] args) {
        if (type != rt.types.exceptions.get("OSError") || rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                || args.length < 2 || !(args[0] instanceof org.pyvm.core.objects.PyInt errno) || errno.big != null) {
            return type;
        }
        String sub = ERRNO_SUBCLASSES.get(errno.small);
        return sub == null ? type : rt.types.exceptions.get(sub);
    }

    private static boolean isEnvironmentError(Runtime rt, PyBaseException e) {
        PyType env = rt.types.exceptions.get("EnvironmentError");
        if (env == null) {
            env = rt.types.exceptions.get("OSError");
        }
        return env != null && e.type().isSubtypeOf(env);
    }

    /** A character as Unicode errors show it: 2.7 u'\xe9', 3.x '\xe9'. */
    private static String charRepr(Runtime rt, int c) {
        String escaped = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
        return (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "u'" : "'") + escaped + "'";
    }

    /** True when the raised error is an instance of the builtin exception {@code name} (or a subclass). */
    public static boolean is(Runtime rt, PyError e, String name) {
        if (e.pendingTypeName() != null) {
            PyType raised = rt.types.exceptions.get(e.pendingTypeName());
            PyType wanted = rt.types.exceptions.get(name);
            return raised != null && wanted != null && raised.isSubtypeOf(wanted);
        }
        return rt.types.of(e.exception()).isSubtypeOf(rt.types.exceptions.get(name));
    }

    public static boolean isStopIteration(Runtime rt, PyError e) {
        return e.isPending("StopIteration") || is(rt, e, "StopIteration");
    }

    /**
     * An {@code except spec:} clause: 3.x first insists on an exception class or a flat tuple of them
     * (2.7 accepts anything, nested tuples included, and simply does not match what it cannot).
     */
    public static boolean handlerMatches(Runtime rt, PyObject exc, PyObject spec) {
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            if (spec instanceof PyTuple t) {
                for (PyObject s : t.items()) {
                    checkCatchable(rt, s);
                }
            } else {
                checkCatchable(rt, spec);
            }
        }
        return matches(rt, exc, spec);
    }

    private static void checkCatchable(Runtime rt, PyObject s) {
        if (!(s instanceof PyType c && c.isSubtypeOf(rt.types.baseException))) {
            throw PyError.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** {@code except C:} matching: the exception (instance or class) against a class or a tuple of classes. */
    public static boolean matches(Runtime rt, PyObject exc, PyObject spec) {
        if (spec instanceof PyTuple t) {
            for (PyObject s : t.items()) {
                if (matches(rt, exc, s)) {
                    return true;
                }
            }
            return false;
        }
        PyType raised = exc instanceof PyType t ? t : rt.types.of(exc);
        return spec instanceof PyType wanted && raised.isSubtypeOf(wanted);
    }
}
