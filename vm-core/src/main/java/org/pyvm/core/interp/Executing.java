package org.pyvm.core.interp;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.host.SourceCompiler;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** exec (2.7's statement and 3.x's function), eval and compile: source is compiled by the matching CPython. */
final class Executing {
    private Executing() {
    }

    static void install(Interpreter in) {
        Runtime rt = in.rt;
        def(rt, "compile", (a, kw) -> {
            if (a.length < 3) {
                throw PyError.raise("TypeError", "compile() missing required argument 'mode' (pos 3)");
            }
            int n = a.length - (kw == null ? 0 : kw.length);
            PyObject flags = n > 3 ? a[3] : null;
            PyObject dontInherit = n > 4 ? a[4] : null;
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (kw[k].equals("flags")) {
                    flags = a[n + k];
                } else if (kw[k].equals("dont_inherit")) {
                    dontInherit = a[n + k];
                }
            }
            long flagBits = flags == null ? 0 : flagBits(rt, flags);
            boolean inherit = dontInherit == null || !Ops.truth(rt, dontInherit);
            if ((flagBits & org.pyvm.core.modules.ast.AstModule.PY_CF_ONLY_AST) != 0) {
                // a syntax tree: parsed by the local CPython, rebuilt from the program's own _ast classes
                rt.sandbox().checkProcess("parsing source text with the local CPython");
                PyObject tree = SourceCompiler.parseTree(source(rt, a[0], "compile"), Ops.str(rt, a[1]), Ops.str(rt, a[2]), (int) flagBits,
                        in.current.code.pack);
                return org.pyvm.core.modules.ast.AstModule.fromTree(rt, tree);
            }
            return compile(rt, source(rt, a[0], "compile"), a[0] instanceof PyBytes, Ops.str(rt, a[1]), Ops.str(rt, a[2]), in.current.code.pack, flagBits,
                    inherit ? in.current.code.flags : 0);
        });
        def(rt, "eval", (a, kw) -> {
            checkEvalNamespaces(rt, a.length > 1 ? a[1] : PyNone.NONE, a.length > 2 ? a[2] : PyNone.NONE);
            Frame f = in.current;
            PyDict globals = a.length > 1 && a[1] != PyNone.NONE ? (PyDict) a[1] : f.globals;
            PyDict locals = a.length > 2 && a[2] != PyNone.NONE ? (PyDict) a[2]
                    : a.length > 1 && a[1] != PyNone.NONE ? globals : FrameBuiltins.locals(in, f);
            CodeObject code = a[0] instanceof CodeObject c ? c : compile(rt, source(rt, a[0], "eval").strip(), a[0] instanceof PyBytes, "<string>", "eval", f.code.pack, 0,
                    f.code.flags);
            return in.runCode(code, withBuiltins(rt, globals), locals);
        });
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 2.7's input([prompt]): raw_input's line evaluated in the caller's namespaces (leading blanks dropped)
            def(rt, "input", (a, kw) -> {
                PyObject line = Ops.call(rt, rt.builtins.get(rt.name("raw_input")), a, kw);
                Frame f = in.current;
                CodeObject code = compile(rt, text(rt, line).stripLeading(), line instanceof PyBytes, "<string>", "eval", f.code.pack, 0,
                        f.code.flags);
                return in.runCode(code, withBuiltins(rt, f.globals), FrameBuiltins.locals(in, f));
            });
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 2.7's execfile(filename[, globals[, locals]]): the file read as open() reads it (its IOError too),
            // compiled under its own name, run in the given namespaces or the caller's
            def(rt, "execfile", (a, kw) -> {
                int n = a.length - (kw == null ? 0 : kw.length);
                if (n < 1 || n > 3 || kw != null && kw.length > 0) {
                    throw PyError.raise("TypeError", n < 1 ? "execfile() takes at least 1 argument (" + n + " given)"
                            : kw != null && kw.length > 0 ? "execfile() takes no keyword arguments"
                            : "execfile() takes at most 3 arguments (" + n + " given)");
                }
                if (!(a[0] instanceof PyBytes || a[0] instanceof PyStr)) {
                    throw PyError.raise("TypeError", "execfile() argument 1 must be string, not " + Ops.argumentTypeName(rt, a[0]));
                }
                if (n > 1 && !(a[1] instanceof PyDict)) {
                    throw PyError.raise("TypeError", "execfile() argument 2 must be dict, not " + Ops.argumentTypeName(rt, a[1]));
                }
                if (n > 2 && a[2] != PyNone.NONE && !(a[2] instanceof PyDict)) {
                    throw PyError.raise("TypeError", "locals must be a mapping");
                }
                Frame f = in.current;
                PyObject file = Ops.call(rt, rt.builtins.get(rt.name("open")), a[0]);
                PyObject source;
                try {
                    source = Ops.callMethod(rt, file, "read");
                } finally {
                    Ops.callMethod(rt, file, "close");
                }
                CodeObject c = compile(rt, text(rt, source), source instanceof PyBytes, Ops.str(rt, a[0]), "exec", f.code.pack, 0,
                        f.code.flags);
                exec(in, f, c, n > 1 ? a[1] : PyNone.NONE, n > 2 ? a[2] : PyNone.NONE);
                return PyNone.NONE;
            });
        }
        if (!rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            def(rt, "exec", (a, kw) -> {
                checkExecArguments(rt, a, kw);
                exec(in, in.current, a[0], a.length > 1 ? a[1] : PyNone.NONE, a.length > 2 ? a[2] : PyNone.NONE);
                return PyNone.NONE;
            });
        }
    }

    /**
     * builtin_eval's checks, locals first: locals must be a mapping, globals a dict ("a real dict" when it is a
     * mapping of another kind; 2.7's PyMapping_Check leaves out the sequences, which slice).
     */
    private static void checkEvalNamespaces(Runtime rt, PyObject globals, PyObject locals) {
        if (locals != PyNone.NONE && !isMapping(rt, locals)) {
            throw PyError.raise("TypeError", "locals must be a mapping");
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyError.raise("TypeError", isMapping(rt, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
    }

    /** PyMapping_Check: a __getitem__; 2.7's also wants no sequence slicing (a list, a tuple or a string is none). */
    private static boolean isMapping(Runtime rt, PyObject o) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) && (o instanceof org.pyvm.core.objects.PyList || o instanceof PyTuple
                || o instanceof PyStr || o instanceof PyBytes)) {
            return false;
        }
        return o instanceof PyDict || rt.types.of(o).lookup("__getitem__") != null;
    }

    /**
     * 3.x exec()'s arguments: one to three positional ones (3.6 PyArg_UnpackTuple's words, 3.11 the clinic's),
     * globals a dict, locals a mapping, then the source (checked where it is compiled).
     */
    private static void checkExecArguments(Runtime rt, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = a.length - nkw;
        boolean clinic = rt.lang.minor() >= 7;
        if (n < 1 || n > 3) {
            throw PyError.raise("TypeError", clinic ? "exec() takes " + (n < 1 ? "at least 1 positional argument" : "at most 3 positional arguments")
                    + " (" + n + " given)" : "exec expected " + (n < 1 ? "at least 1" : "at most 3") + " arguments, got " + n);
        }
        PyObject globals = n > 1 ? a[1] : PyNone.NONE;
        PyObject locals = n > 2 ? a[2] : PyNone.NONE;
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyError.raise("TypeError", "exec() globals must be a dict, not " + Ops.typeName(rt, globals));
        }
        PyObject effective = locals == PyNone.NONE ? globals : locals;
        if (effective != PyNone.NONE && !isMapping(rt, effective)) {
            throw PyError.raise("TypeError", "locals must be a mapping or None, not " + Ops.typeName(rt, effective));
        }
        if (!(a[0] instanceof CodeObject || a[0] instanceof PyStr || a[0] instanceof PyBytes)) {
            throw PyError.raise("TypeError", "exec() arg 1 must be a string, bytes or code object");
        }
    }

    /** 2.7 exec_statement's checks of "exec code in globals, locals". */
    private static void checkExecStatement(Runtime rt, PyObject globals, PyObject locals) {
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyError.raise("TypeError", "exec: arg 2 must be a dictionary or None");
        }
        if (locals != PyNone.NONE && !isMapping(rt, locals)) {
            throw PyError.raise("TypeError", "exec: arg 3 must be a mapping or None");
        }
    }

    /** EXEC_STMT and exec(): run source or a code object in the given namespaces (the caller's by default). */
    static void exec(Interpreter in, Frame f, PyObject code, PyObject globals, PyObject locals) {
        Runtime rt = in.rt;
        if (code instanceof PyTuple t && globals == PyNone.NONE) {
            // 2.7: exec(code, globals, locals) written as a call is a tuple
            code = t.get(0);
            globals = t.size() > 1 ? t.get(1) : PyNone.NONE;
            locals = t.size() > 2 ? t.get(2) : PyNone.NONE;
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            checkExecStatement(rt, globals, locals);
        }
        PyDict g;
        PyDict l;
        if (globals == PyNone.NONE) {
            g = f.globals;
            l = locals != PyNone.NONE ? (PyDict) locals : f.locals != null && !PyFrame.unoptimizedFunction(f) ? f.locals : FrameBuiltins.locals(in, f);
        } else {
            g = (PyDict) globals;
            l = locals == PyNone.NONE ? g : (PyDict) locals;
        }
        CodeObject c = code instanceof CodeObject co ? co : compile(rt, text(rt, code), code instanceof PyBytes, "<string>", "exec", f.code.pack, 0,
                f.code.flags);
        in.runCode(c, withBuiltins(rt, g), l);
        if (l == f.locals && PyFrame.unoptimizedFunction(f)) {
            PyFrame.localsToFast(f); // exec_statement: what the code bound reaches the function's variables
        }
    }

    /** compile()'s flags argument: an int (or bool). */
    private static long flagBits(Runtime rt, PyObject flags) {
        if (flags instanceof org.pyvm.core.objects.PyInt i) {
            return i.toBigInteger().longValue();
        }
        if (flags instanceof org.pyvm.core.objects.PyBool b) {
            return b.value ? 1 : 0;
        }
        throw PyError.raise("TypeError", rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "an integer is required"
                : "'" + Ops.typeName(rt, flags) + "' object cannot be interpreted as an integer");
    }

    /**
     * Source text compiled by the local CPython: a process, so the sandbox decides first. {@code flags}: compile()'s
     * own; {@code callerFlags}: the calling code's flags, whose __future__ features the source inherits, as CPython's
     * PyEval_MergeCompilerFlags gives them (the compiler keeps only those bits).
     */
    private static CodeObject compile(Runtime rt, String source, boolean bytes, String filename, String mode,
            org.pyvm.spi.OpcodePack pack, long flags, int callerFlags) {
        rt.sandbox().checkProcess("compiling source text with the local CPython");
        return SourceCompiler.compile(source, bytes, filename, mode, flags, callerFlags, pack, rt::compiler);
    }

    private static PyDict withBuiltins(Runtime rt, PyDict globals) {
        PyObject key = rt.name("__builtins__");
        if (globals.get(key) == null) {
            globals.put(key, rt.builtins); // PyEval_GetBuiltins(): the builtins' dict itself
        }
        return globals;
    }

    /** The source text of eval() or compile(), or the TypeError each gives for anything else. */
    private static String source(Runtime rt, PyObject o, String who) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return text(rt, o);
        }
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (who.equals("compile")) {
            throw PyError.raise("TypeError", py2 ? "expected a readable buffer object" : "compile() arg 1 must be a string, bytes or AST object");
        }
        throw PyError.raise("TypeError", who + "() arg 1 must be a string" + (py2 ? "" : ", bytes") + " or code object");
    }

    private static String text(Runtime rt, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", "exec: arg 1 must be a string, file, or code object");
    }

    private static void def(Runtime rt, String name, org.pyvm.core.objects.PyCallable impl) {
        rt.builtins.put(rt.name(name), new PyBuiltinFunction(name, impl));
    }
}
