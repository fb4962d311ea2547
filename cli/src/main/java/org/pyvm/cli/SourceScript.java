package org.pyvm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.host.CPythonFinder;

/**
 * {@code pyvm run FILE.py --python X.Y}: pyvm has no compiler of its own, so the local CPython X.Y
 * compiles the script to a temporary .pyc, naming it in its code as {@code python FILE.py} would
 * (as typed; by its absolute path from 3.9 on, where CPython makes the main script's path
 * absolute). A syntax error is reported as CPython reports it for a script, with exit status 1.
 */
final class SourceScript {
    /**
     * Compiles argv[1] to argv[2] with argv[3] as co_filename; a SyntaxError's report on stderr and exit 1. The
     * report is the interpreter's own (sys.__excepthook__, without py_compile's frames), as for a script: the
     * traceback module writes errors found past the parser without their line in 2.7 (their args hold no
     * location) and places 3.x's caret differently. 2.7 reads a script file as ASCII unless its first two lines
     * declare an encoding (PEP 263) or it starts with a UTF-8 BOM, which compile() of the same text as a string
     * (py_compile's way) does not check: the helper does, and reports it as the interpreter would, unless the
     * parser stopped at an earlier line (the errors found after the parser come after reading the whole file).
     */
    private static final String COMPILE = """
            import re, sys, py_compile

            def undeclared_non_ascii(path):
                data = open(path, 'rb').read()
                if sys.version_info[0] != 2 or data.startswith(b'\\xef\\xbb\\xbf'):
                    return None
                lines = data.split(b'\\n')
                if any(re.match(br'^[ \\t\\f]*#.*?coding[:=]', line) for line in lines[:2]):
                    return None
                for number, line in enumerate(lines, 1):
                    for byte in bytearray(line):
                        if byte >= 128:
                            return number, byte
                return None

            exc = None
            try:
                py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[3], doraise=True)
            except py_compile.PyCompileError as e:
                exc = e.exc_value
            def parser_error_line(path):
                import parser  # 2.7's concrete syntax tree alone: the errors found while reading the file
                try:
                    parser.suite(open(path, 'rb').read())
                except SyntaxError as e:
                    return e.lineno
                return None

            bad = undeclared_non_ascii(sys.argv[1])
            if bad:
                stopped = parser_error_line(sys.argv[1])
            if bad and not (stopped is not None and stopped < bad[0]):
                exc = SyntaxError("Non-ASCII character '\\\\x%02x' in file %s on line %d, but no encoding declared; "
                                  "see http://python.org/dev/peps/pep-0263/ for details" % (bad[1], sys.argv[3], bad[0]),
                                  (sys.argv[3], bad[0], None, None))
            if exc is not None:
                exc.__traceback__ = None
                sys.__excepthook__(type(exc), exc, None)
                sys.exit(1)
            """;

    /** A compiled script, or the status and report of its failed compilation. */
    record Compiled(Path pyc, int status, byte[] report) {
    }

    private SourceScript() {
    }

    /** True when {@code file} is Python source rather than a .pyc. */
    static boolean isSource(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".py");
    }

    /** Compiles {@code file} with CPython {@code version} into a temporary .pyc (the caller deletes it once loaded: {@link #delete}). */
    static Compiled compile(Path file, String version) {
        if (!version.matches("\\d+\\.\\d+")) {
            throw new BadInputException(file + ": --python wants a version like 3.11, not '" + version + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        Optional<Path> python = CPythonFinder.fromEnvironment().find(version);
        if (python.isEmpty()) {
            throw new BadInputException(file + ": compiling it needs CPython " + version + ", which is not installed here"
                    + " (looked for python" + version + " on PATH, under pyenv, and in PYVM_CPYTHON_" + version.replace('.', '_') + ")");
        }
        Path pyc = null;
        boolean handedOut = false;
        try {
            pyc = Files.createTempFile("pyvm-", ".pyc");
            Process p = new ProcessBuilder(python.get().toString(), "-c", COMPILE, file.toString(), pyc.toString(),
                    codeFileName(file, version)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] report = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BadInputException(file + ": CPython " + version + " did not finish compiling it");
            }
            if (p.exitValue() == 1 && report.length > 0) {
                return new Compiled(null, 1, report);
            }
            if (p.exitValue() != 0) {
                throw new BadInputException(file + ": CPython " + version + " could not compile it: "
                        + new String(report, StandardCharsets.UTF_8).strip());
            }
            handedOut = true;
            return new Compiled(pyc, 0, new byte[0]);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot run CPython " + version + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(file + ": interrupted while compiling");
        } finally {
            if (!handedOut) {
                delete(pyc);
            }
        }
    }

    /**
     * Removes the temporary .pyc once it is loaded (or not made): the JVM ends with {@code Runtime.halt}, so
     * no {@code deleteOnExit} would run.
     */
    static void delete(Path pyc) {
        if (pyc == null) {
            return;
        }
        try {
            Files.deleteIfExists(pyc);
        } catch (IOException e) {
            // a temporary file left behind is all it costs
        }
    }

    /** What CPython X.Y puts in co_filename for {@code python FILE.py}. */
    private static String codeFileName(Path file, String version) {
        String[] parts = version.split("\\.");
        boolean absolute = Integer.parseInt(parts[0]) > 3 || (parts[0].equals("3") && Integer.parseInt(parts[1]) >= 9);
        return absolute ? file.toAbsolutePath().normalize().toString() : file.toString();
    }

    /** The script's arguments after {@code --python X.Y}, which must come first. */
    static List<String> scriptArgs(Path file, List<String> args) {
        if (args.size() < 2 || !args.get(0).equals("--python")) {
            throw new BadInputException(file + ": a .py file is compiled by a local CPython: say which with --python X.Y"
                    + " (pyvm run FILE.py --python 3.11 [ARGS...])");
        }
        return args.subList(2, args.size());
    }
}
