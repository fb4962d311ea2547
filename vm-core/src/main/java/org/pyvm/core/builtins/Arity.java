package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.runtime.Runtime;

/**
 * How each builtin function parses its arguments in each CPython version, checked before its body runs, so a call
 * with the wrong number fails with that version's words ({@code all() takes exactly one argument (2 given)},
 * {@code Required argument 'number' (pos 1) not found}, 3.11's {@code round() missing required argument 'number'
 * (pos 1)}) and never reaches a body that reads past its arguments or ignores the extra ones.
 * Compare CPython Python/bltinmodule.c (the METH_ flags and format strings of each version) and Python/getargs.c.
 */
final class Arity {
    private Arity() {
    }

    private enum Kind {
        /** METH_O: "f() takes exactly one argument (N given)". */
        ONE,
        /** METH_NOARGS: "f() takes no arguments (N given)". */
        NONE,
        /** PyArg_UnpackTuple: "f expected at least 1 arguments, got 0" (3.8+: "1 argument"). */
        UNPACK,
        /** PyArg_ParseTuple before Argument Clinic: "f() takes at least 1 argument (0 given)", "exactly 1 argument". */
        PARSE,
        /** PyArg_ParseTupleAndKeywords / clinic keywords: "Required argument 'x' (pos 1) not found" (3.7+: "f() missing ..."). */
        KEYWORDS,
        /** Clinic with positional-only required parameters (3.11's sum): "f() takes at least 1 positional argument (0 given)". */
        POSITIONAL
    }

    /** The builtins some version checks here. */
    static final java.util.List<String> NAMES = java.util.List.of("all", "any", "bin", "hex", "oct", "globals", "locals", "dir",
            "vars", "eval", "cmp", "chr", "unichr", "intern", "format", "round", "pow", "sum", "compile", "open", "sorted");

    private record Spec(Kind kind, int min, int max, String[] names) {
    }

    /** {@code impl} behind the check of {@code name}'s argument count in this version, or {@code impl} itself. */
    static PyCallable wrap(Runtime rt, String name, PyCallable impl) {
        Spec spec = spec(rt, name);
        if (spec == null) {
            return impl;
        }
        return (args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos < spec.min || npos > spec.max || spec.kind == Kind.KEYWORDS && args.length > spec.max) {
                check(rt, name, spec, npos, args.length, kw);
            }
            return impl.call(args, kw);
        };
    }

    private static Spec spec(Runtime rt, String name) {
        boolean py2 = Level.py2(rt);
        boolean modern = Level.modern(rt);
        switch (name) {
            case "all", "any", "bin", "hex", "oct":
                return new Spec(Kind.ONE, 1, 1, null);
            case "globals", "locals":
                return new Spec(Kind.NONE, 0, 0, null);
            case "dir", "vars":
                return new Spec(Kind.UNPACK, 0, 1, null);
            case "eval":
                return new Spec(Kind.UNPACK, 1, 3, null);
            case "cmp":
                return py2 ? new Spec(Kind.UNPACK, 2, 2, null) : null;
            case "chr", "unichr", "intern":
                return py2 ? new Spec(Kind.PARSE, 1, 1, null) : null;
            case "format":
                return modern ? null : new Spec(Kind.PARSE, 1, 2, null);
            case "round":
                return new Spec(Kind.KEYWORDS, 1, 2, new String[] {"number", "ndigits"});
            case "pow":
                return modern ? new Spec(Kind.KEYWORDS, 2, 3, new String[] {"base", "exp", "mod"}) : null;
            case "sum":
                return modern ? new Spec(Kind.POSITIONAL, 1, 2, new String[] {"iterable", "start"}) : null;
            case "compile":
                return new Spec(Kind.KEYWORDS, 3, py2 ? 5 : modern ? 7 : 6,
                        new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"});
            case "open":
                return py2 ? new Spec(Kind.KEYWORDS, 1, 3, new String[] {"name", "mode", "buffering"})
                        : modern ? null : new Spec(Kind.KEYWORDS, 1, 8,
                        new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"});
            case "sorted":
                return py2 ? new Spec(Kind.KEYWORDS, 0, 4, new String[] {"iterable", "cmp", "key", "reverse"}) : modern ? null : new Spec(Kind.KEYWORDS, 0, 3, new String[] {"iterable", "key", "reverse"});
            default:
                return null;
        }
    }

    private static void check(Runtime rt, String function, Spec spec, int npos, int total, String[] kw) {
        String name = function.equals("open") && Level.py2(rt) ? "file" : function; // 2.7's open() is file's constructor
        boolean singular = Level.since38(rt);
        switch (spec.kind) {
            case ONE -> throw PyError.raise("TypeError", name + "() takes exactly one argument (" + npos + " given)");
            case NONE -> throw PyError.raise("TypeError", name + "() takes no arguments (" + npos + " given)");
            case UNPACK -> {
                int n = npos < spec.min ? spec.min : spec.max;
                String bound = spec.min == spec.max ? "" : npos < spec.min ? "at least " : "at most ";
                throw PyError.raise("TypeError", name + " expected " + bound + n + (n == 1 && singular ? " argument" : " arguments")
                        + ", got " + npos);
            }
            case PARSE -> {
                int n = npos < spec.min ? spec.min : spec.max;
                String bound = spec.min == spec.max ? "exactly" : npos < spec.min ? "at least" : "at most";
                throw PyError.raise("TypeError", name + "() takes " + bound + " " + n + " argument" + (n == 1 ? "" : "s")
                        + " (" + npos + " given)");
            }
            case POSITIONAL -> {
                if (npos < spec.min) {
                    throw PyError.raise("TypeError", name + "() takes at least " + spec.min + " positional argument"
                            + (spec.min == 1 ? "" : "s") + " (" + npos + " given)");
                }
                throw PyError.raise("TypeError", name + "() takes at most " + spec.max + " argument" + (spec.max == 1 ? "" : "s")
                        + " (" + total + " given)");
            }
            default -> {
                if (total > spec.max) {
                    throw PyError.raise("TypeError", name + "() takes at most " + spec.max + " argument" + (spec.max == 1 ? "" : "s")
                            + " (" + total + " given)");
                }
                for (int i = npos; i < spec.min; i++) {
                    if (kw == null || !java.util.List.of(kw).contains(spec.names[i])) {
                        throw PyError.raise("TypeError", Level.since37(rt)
                                ? name + "() missing required argument '" + spec.names[i] + "' (pos " + (i + 1) + ")"
                                : "Required argument '" + spec.names[i] + "' (pos " + (i + 1) + ") not found");
                    }
                }
            }
        }
    }
}
