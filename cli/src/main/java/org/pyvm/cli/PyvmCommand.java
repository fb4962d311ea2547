package org.pyvm.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.runtime.Host;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code pyvm} command and its options shared by every subcommand. */
@Command(name = "pyvm", mixinStandardHelpOptions = true, version = "pyvm 0.1.0",
        description = "Runs and disassembles CPython 2.7, 3.6 and 3.11 bytecode on the JVM.",
        subcommands = {DisCommand.class, RunCommand.class, TraceCommand.class, PacksCommand.class})
public final class PyvmCommand implements Callable<Integer> {
    /** Exit status for bad input and usage errors. */
    static final int BAD_INPUT = 2;

    // Inherited, so that "pyvm run --packs DIR FILE" works as well as "pyvm --packs DIR run FILE".
    @Option(names = "--packs", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Also load opcode packs from the jars in DIR (repeatable).")
    List<Path> packFolders = new ArrayList<>();

    PrintStream out;
    PrintStream err;
    java.io.InputStream in = System.in;
    /** The environment programs start in. */
    java.util.Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        new CommandLine(this).usage(err);
        return BAD_INPUT;
    }

    /**
     * The host a program runs in: these streams, in this environment (CPython reads PYTHONIOENCODING, the locale and
     * PYTHONUNBUFFERED from it; the process's own but in the launcher's training run), stdout a terminal when the JVM
     * says the process has one.
     */
    static Host host(java.io.OutputStream out, java.io.OutputStream err, java.io.InputStream in, java.util.Map<String, String> environment) {
        return new Host(out, err, in, environment, isTerminal());
    }

    /** The host of {@link #host(java.io.OutputStream, java.io.OutputStream, java.io.InputStream, java.util.Map)} for this command's streams. */
    Host host(java.io.OutputStream errStream) {
        return host(out, errStream, in, environment);
    }

    /**
     * Whether stdout is a terminal, as isatty(1) says: where /proc names fd 1's file, a terminal device. (Not
     * System.console(), which on a JDK 25 looks for a console provider: 11-14 ms of every start.) Elsewhere, no.
     */
    private static boolean isTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The packs on the class path plus those in {@code --packs} folders. */
    PackRegistry packs() {
        return PackRegistry.discover(packFolders);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, java.util.Map<String, String> environment) {
        PyvmCommand root = new PyvmCommand();
        root.out = out;
        root.err = err;
        root.environment = environment;
        CommandLine cmd = new CommandLine(root);
        // options of run come before the file; everything after "run FILE" is the program's sys.argv,
        // even what looks like a pyvm option
        cmd.getSubcommands().get("run").setStopAtPositional(true);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Never a Java stack trace for the user: one line naming the problem, status 2.
            if (ex instanceof BadInputException) {
                err.println("pyvm: " + ex.getMessage());
            } else {
                err.println("pyvm: internal error: " + ex);
            }
            return BAD_INPUT;
        });
        return cmd;
    }
}
