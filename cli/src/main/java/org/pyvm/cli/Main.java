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
        if (!Boolean.getBoolean("pyvm.noHeapWatch")) {
            HeapWatch.start();
        }
        int status = run(args, out, err);
        out.flush();
        err.flush();
        if (status == org.pyvm.core.interp.Session.KILLED_BY_SIGINT) {
            dieBySigint();
        }
        // halt, not exit: pyvm registers no shutdown hooks (the program's own exit handlers ran inside run), and
        // the JVM's shutdown sequence took 4-5 ms of every run (empty program 0.105 -> 0.100 s). -Dpyvm.fullExit=true
        // keeps that sequence, for tools that write their results in it (a flight recording, -XX:+CITime).
        if (Boolean.getBoolean("pyvm.fullExit")) {
            System.exit(status);
        }
        Runtime.getRuntime().halt(status);
    }

    /**
     * Ends the process as a 3.8+ CPython ends after an uncaught KeyboardInterrupt (exit_sigint): by SIGINT's default
     * action, so that a shell sees status 130 and a parent process a death by signal. The JVM's own SIGINT handler
     * (its shutdown) is put back to the default first; Java raises only signals it handles itself, so {@code kill}
     * sends it. Should that fail, exit 130, as CPython then does.
     */
    private static void dieBySigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
            new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            Thread.sleep(1000); // the signal ends the process meanwhile
        } catch (IllegalArgumentException | java.io.IOException | InterruptedException e) {
            // no such signal here, or no way to send it
        }
        Runtime.getRuntime().halt(130);
    }

    /**
     * {@code pyvm run FILE [ARGS...]}, the command run most, without building picocli's model of
     * every command (a tenth of a second of each start). Anything else, options included, goes
     * through picocli.
     */
    private static int runDirectly(String[] args, PrintStream out, PrintStream err, java.util.Map<String, String> environment) {
        try {
            return RunCommand.run(java.nio.file.Path.of(args[1]), java.util.List.of(args).subList(2, args.length),
                    org.pyvm.core.packs.PackRegistry.discover(), PyvmCommand.host(out, err, System.in, environment));
        } catch (org.pyvm.core.errors.BadInputException e) {
            err.println("pyvm: " + e.getMessage());
            return PyvmCommand.BAD_INPUT;
        } catch (StackOverflowError e) {
            err.println("pyvm: input nests too deeply to process");
            return PyvmCommand.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("pyvm: out of memory while processing the input");
            return PyvmCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("pyvm: internal error: " + e);
            return PyvmCommand.BAD_INPUT;
        } finally {
            out.flush();
        }
    }

    /** Runs the command line with the given streams and returns the exit status (used by tests too). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, programs starting in {@code environment}, not the process's. */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.Map<String, String> environment) {
        if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-")) {
            return runDirectly(args, out, err, environment);
        }
        CommandLine cmd = PyvmCommand.commandLine(out, err, environment);
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
