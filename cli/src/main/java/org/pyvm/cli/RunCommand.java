package org.pyvm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.runtime.Host;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/** {@code pyvm run FILE.pyc [ARGS...]}: runs the module like its CPython. */
@Command(name = "run", description = "Run a .pyc like the CPython that compiled it.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Parameters(index = "0", paramLabel = "FILE.pyc|FILE.py")
    Path file;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return run(file, args, root.packs(), new Host(root.out, root.err, root.in));
    }

    /** Loads and runs {@code file} with {@code sys.argv = [file, args...]}; the exit status. */
    static int run(Path file, List<String> args, org.pyvm.core.packs.PackRegistry packs, Host host) {
        if (SourceScript.isSource(file)) {
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
            return run(file, Loading.module(compiled.pyc(), packs), scriptArgs, host);
        }
        return run(file, Loading.module(file, packs), args, host);
    }

    private static int run(Path file, CodeObject module, List<String> args, Host host) {
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        Path dir = file.toAbsolutePath().getParent();
        return Vm.run(module, argv, host, dir);
    }
}
