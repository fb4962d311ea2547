package org.pyvm.core.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.pyc.MarshalReader;
import org.pyvm.spi.OpcodePack;

/**
 * Source code given to exec, eval and compile at run time. pyvm has no Python compiler of its
 * own, so the matching local CPython compiles it and hands back the marshalled code object; where
 * that CPython is not installed, the program gets a clear SystemError.
 */
public final class SourceCompiler {
    /** Turns a SyntaxError's fields into one NUL-separated line (both scripts below use it). */
    static final String SYNTAX_ERROR_FIELDS = "def s(v):\n"
            + "    if v is None:\n"
            + "        return u''\n"
            + "    if isinstance(v, bytes):\n"
            + "        return v.decode('utf-8', 'replace')\n"
            + "    return v if isinstance(v, type(u'')) else u'%s' % (v,)\n"
            + "def fields(e):\n"
            + "    f = [type(e).__name__, e.msg, e.filename, e.lineno, e.offset, getattr(e, 'end_lineno', None),\n"
            + "         getattr(e, 'end_offset', None), e.text]\n"
            + "    return (u'!' + u'\\0'.join([s(x) for x in f])).encode('utf-8')\n";

    /**
     * For a module file: the source's bytes on stdin, compiled as bytes so that its coding
     * declaration (or UTF-8 default) decides the text, as the import system of that CPython does.
     */
    private static final String MODULE_SCRIPT = "import sys, marshal\n"
            + SYNTAX_ERROR_FIELDS
            + "src = getattr(sys.stdin, 'buffer', sys.stdin).read()\n"
            + "try:\n"
            + "    code = compile(src, sys.argv[1], 'exec', 0, True)\n"
            + "except SyntaxError as e:\n"
            + "    out = fields(e)\n"
            + "else:\n"
            + "    out = marshal.dumps(code)\n"
            + "getattr(sys.stdout, 'buffer', sys.stdout).write(out)\n";

    /**
     * Run by CPython X.Y for {@code compile(..., PyCF_ONLY_AST)}: source on stdin, the tree on stdout, marshalled
     * as nested tuples ({@code ('N', class, fields, attributes)}, {@code ('L', items)}, {@code ('V', value)}) that
     * {@code _ast}'s classes are rebuilt from (or "!" and the SyntaxError's fields).
     */
    private static final String AST_SCRIPT = "import sys, marshal, _ast\n"
            + SYNTAX_ERROR_FIELDS
            + "def conv(v):\n"
            + "    if isinstance(v, _ast.AST):\n"
            + "        t = type(v)\n"
            + "        names = lambda ns: tuple((n, conv(getattr(v, n))) for n in ns if hasattr(v, n))\n"
            + "        return ('N', t.__name__, names(t._fields), names(getattr(t, '_attributes', ())))\n"
            + "    if isinstance(v, list):\n"
            + "        return ('L', tuple(conv(x) for x in v))\n"
            + "    return ('V', v)\n"
            + "src = sys.stdin.read()\n"
            + "try:\n"
            + "    tree = compile(src, sys.argv[1], sys.argv[2], int(sys.argv[3]), True)\n"
            + "except SyntaxError as e:\n"
            + "    out = fields(e)\n"
            + "except (ValueError, TypeError, OverflowError) as e:\n"
            + "    out = (u'?' + s(type(e).__name__) + u'\\0' + s(str(e))).encode('utf-8')\n"
            + "else:\n"
            + "    out = marshal.dumps(conv(tree))\n"
            + "getattr(sys.stdout, 'buffer', sys.stdout).write(out)\n";

    private SourceCompiler() {
    }

    /** The local CPython {@code version}, or the SystemError that says it is missing. */
    public static Path python(String version) {
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        if (python.isEmpty()) {
            throw PyError.raise("SystemError", "pyvm compiles source code with CPython " + version
                    + ", which is not installed here (see PYVM_CPYTHON_" + version.replace('.', '_') + ")");
        }
        return python.get();
    }

    /** A compiler's reply "?TYPE\0message": compile() refused its arguments (a bad mode or flags) in CPython's words. */
    private static void otherError(byte[] out) {
        if (out.length > 0 && out[0] == '?') {
            String[] f = new String(out, 1, out.length - 1, StandardCharsets.UTF_8).split("\0", 2);
            throw PyError.raise(f[0], f.length > 1 ? f[1] : "");
        }
    }

    /**
     * The syntax tree CPython of {@code pack}'s version parses {@code source} into ({@code compile} with
     * {@code PyCF_ONLY_AST} in {@code flags}), as nested tuples for {@code _ast} to rebuild (see AST_SCRIPT).
     */
    public static PyObject parseTree(String source, String filename, String mode, int flags, OpcodePack pack) {
        String version = pack.table().pythonVersion();
        byte[] out = runCompiler(version, AST_SCRIPT, source.getBytes(StandardCharsets.UTF_8), filename, mode, Integer.toString(flags));
        otherError(out);
        if (out.length > 0 && out[0] == '!') {
            throw syntaxError(new String(out, 1, out.length - 1, StandardCharsets.UTF_8).split("\0", -1), version.startsWith("2."));
        }
        return MarshalReader.loads(out, pack);
    }

    /**
     * The marshalled code object CPython of {@code version} makes of a module's source file
     * (what the module's .pyc holds after its header), {@code filename} becoming co_filename.
     * A SyntaxError in the source is raised as the Python exception CPython reports.
     */
    public static byte[] compileModule(byte[] source, String filename, String version) {
        byte[] out = runCompiler(version, MODULE_SCRIPT, source, filename);
        if (out.length > 0 && out[0] == '!') {
            throw syntaxError(new String(out, 1, out.length - 1, StandardCharsets.UTF_8).split("\0", -1), version.startsWith("2."));
        }
        return out;
    }

    /**
     * The SyntaxError CPython reported, with its args as CPython makes them:
     * {@code (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}, so a traceback can
     * show the file, the line and the caret.
     */
    private static PyError syntaxError(String[] f, boolean py2) {
        PyObject location = f[5].isEmpty() && f[6].isEmpty()
                ? PyTuple.of(textOrNone(f[2], py2), intOrNone(f[3]), intOrNone(f[4]), textOrNone(f[7], py2))
                : PyTuple.of(textOrNone(f[2], py2), intOrNone(f[3]), intOrNone(f[4]), textOrNone(f[7], py2), intOrNone(f[5]),
                        intOrNone(f[6]));
        return PyError.raiseArgs(f[0], text(f[1], py2), location);
    }

    /** 2.7's SyntaxError holds byte strings (its str), 3.x's text. */
    private static PyObject text(String s, boolean py2) {
        return py2 ? org.pyvm.core.objects.PyBytes.of(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
    }

    private static PyObject textOrNone(String s, boolean py2) {
        return s.isEmpty() ? PyNone.NONE : text(s, py2);
    }

    private static PyObject intOrNone(String s) {
        return s.isEmpty() ? PyNone.NONE : PyInt.of(Long.parseLong(s));
    }

    /** Runs {@code script} in CPython {@code version} with {@code input} on stdin; its stdout. */
    private static byte[] runCompiler(String version, String script, byte[] input, String... args) {
        Path python = python(version);
        try {
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(python.toString(), "-c", script));
            cmd.addAll(java.util.List.of(args));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().write(input);
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw PyError.raise("SystemError", "CPython " + version + " could not compile the source");
            }
            return out;
        } catch (IOException e) {
            throw PyError.raise("SystemError", "cannot run CPython " + version + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyError.raise("SystemError", "interrupted while compiling");
        }
    }

    /**
     * The code object CPython of {@code pack}'s version makes of {@code source}: text, or with {@code bytes}
     * a byte string whose bytes are the chars of {@code source} (Latin-1). {@code compilers} gives the VM's
     * running compiler for a version's CPython ({@link CompilerProcess}).
     */
    public static CodeObject compile(String source, boolean bytes, String filename, String mode, long flags, int callerFlags,
            OpcodePack pack, java.util.function.Function<String, CompilerProcess> compilers) {
        String version = pack.table().pythonVersion();
        byte[] out;
        try {
            out = compilers.apply(version).compile(source.getBytes(bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8),
                    bytes, filename, mode, flags, callerFlags);
        } catch (IOException e) {
            throw PyError.raise("SystemError", "cannot run CPython " + version + ": " + e.getMessage());
        }
        otherError(out);
        if (out.length > 0 && out[0] == '!') {
            throw syntaxError(new String(out, 1, out.length - 1, StandardCharsets.UTF_8).split("\0", -1), version.startsWith("2."));
        }
        PyObject code = MarshalReader.loads(out, pack);
        if (!(code instanceof CodeObject c)) {
            throw PyError.raise("SystemError", "CPython returned no code object");
        }
        return c;
    }
}
