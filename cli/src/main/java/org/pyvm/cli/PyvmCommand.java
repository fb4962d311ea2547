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

    @Override
    public Integer call() {
        new CommandLine(this).usage(err);
        return BAD_INPUT;
    }

    /**
     * The host a program runs in: these streams, and unbuffered when the environment asks for it as it asks CPython
     * (PYTHONUNBUFFERED set and not empty, what {@code python -u} means).
     */
    static Host host(java.io.OutputStream out, java.io.OutputStream err, java.io.InputStream in) {
        String unbuffered = System.getenv("PYTHONUNBUFFERED");
        return new Host(out, err, in, unbuffered != null && !unbuffered.isEmpty());
    }

    /** The packs on the class path plus those in {@code --packs} folders. */
    PackRegistry packs() {
        return PackRegistry.discover(packFolders);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        PyvmCommand root = new PyvmCommand();
        root.out = out;
        root.err = err;
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
