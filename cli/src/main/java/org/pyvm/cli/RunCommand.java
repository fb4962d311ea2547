package org.pyvm.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code pyvm run [LIMITS] FILE.pyc [ARGS...]}: runs the module like its CPython; {@code pyvm run
 * [LIMITS] FILE.py --python X.Y [ARGS...]} has that CPython compile the script first. Options go
 * before the file; everything after it is the program's {@code sys.argv}.
 */
@Command(name = "run", description = "Run a .pyc like the CPython that compiled it.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop the program (exit status 3) after N steps: loop turns, calls, handled exceptions, items pulled by builtins.")
    long maxSteps;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the program (exit status 3) after SECONDS of wall-clock time.")
    double timeoutSeconds;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = MemorySize.class,
            description = "MemoryError when the program's big allocations (strings, bytes, lists) would hold more than SIZE bytes (suffix K, M or G).")
    long maxMemory;

    @Option(names = "--sandbox", description = "Deny the program file writes, the environment, processes (so imported source is"
            + " not compiled), and reads outside the script's folder, the local CPython's standard library and --allow-read folders"
            + " (PermissionError; OSError in 2.7).")
    boolean sandbox;

    @Option(names = "--allow-read", paramLabel = "DIR", description = "With --sandbox: also let the program read files under DIR (repeatable).")
    List<Path> allowRead = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE.pyc|FILE.py")
    Path file;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        if (maxSteps < 0 || timeoutSeconds < 0 || Double.isNaN(timeoutSeconds) || maxMemory < 0) {
            root.err.println("pyvm: --max-steps, --timeout and --max-memory take positive values");
            return PyvmCommand.BAD_INPUT;
        }
        Duration timeout = timeoutSeconds == 0 ? null : Duration.ofNanos((long) Math.min(timeoutSeconds * 1e9, Long.MAX_VALUE / 2));
        Sandbox policy = Sandbox.off();
        if (sandbox) {
            List<Path> readable = new ArrayList<>(allowRead);
            readable.add(file.toAbsolutePath().getParent());
            policy = Sandbox.readingOnly(readable);
        } else if (!allowRead.isEmpty()) {
            root.err.println("pyvm: --allow-read needs --sandbox");
            return PyvmCommand.BAD_INPUT;
        }
        return run(file, args, root.packs(), root.host(root.err), new Limits(maxSteps, timeout, maxMemory), policy);
    }

    /** Loads and runs {@code file} with {@code sys.argv = [file, args...]}; the exit status. */
    static int run(Path file, List<String> args, org.pyvm.core.packs.PackRegistry packs, Host host) {
        return run(file, args, packs, host, Limits.none(), Sandbox.off());
    }

    /** As {@link #run(Path, List, org.pyvm.core.packs.PackRegistry, Host)}, within {@code limits} and {@code sandbox}. */
    static int run(Path file, List<String> args, org.pyvm.core.packs.PackRegistry packs, Host host, Limits limits, Sandbox sandbox) {
        if (SourceScript.isSource(file)) {
            // compiling the script is the user's request, made before the program (and its sandbox) starts
            List<String> scriptArgs = SourceScript.scriptArgs(file, args);
            SourceScript.Compiled compiled = SourceScript.compile(file, args.get(1));
            if (compiled.pyc() == null) {
                try {
                    host.stderr().write(compiled.report());
                    host.stderr().flush();
                } catch (java.io.IOException e) {
                    // stderr gone: the exit status still tells
                }
                return compiled.status();
            }
            CodeObject module;
            try {
                module = Loading.module(compiled.pyc(), packs);
            } finally {
                SourceScript.delete(compiled.pyc());
            }
            return run(file, module, scriptArgs, host, limits, sandbox);
        }
        return run(file, Loading.module(file, packs), args, host, limits, sandbox);
    }

    private static int run(Path file, CodeObject module, List<String> args, Host host, Limits limits, Sandbox sandbox) {
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        Path dir = file.toAbsolutePath().getParent();
        try {
            return Vm.run(module, argv, host, dir, limits, sandbox);
        } catch (LimitExceeded e) {
            java.io.PrintStream err = new java.io.PrintStream(host.stderr(), true, java.nio.charset.StandardCharsets.UTF_8);
            err.println("pyvm: " + file + ": stopped: " + e.getMessage());
            return LimitExceeded.EXIT_STATUS;
        }
    }
}
