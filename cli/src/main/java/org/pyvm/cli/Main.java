package org.pyvm.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code pyvm} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit status (used by tests too). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = PyvmCommand.commandLine(out, err);
        try {
            return cmd.execute(args);
        } catch (StackOverflowError e) {
            // picocli hands only Exceptions to the handler; Errors from hostile input end up here.
            err.println("pyvm: input nests too deeply to process");
            return PyvmCommand.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("pyvm: out of memory while processing the input");
            return PyvmCommand.BAD_INPUT;
        } finally {
            out.flush();
        }
    }
}
