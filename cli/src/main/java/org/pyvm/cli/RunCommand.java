package org.pyvm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyvm.core.errors.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/** {@code pyvm run FILE.pyc [ARGS...]}: runs the module like its CPython. */
@Command(name = "run", description = "Run a .pyc like the CPython that compiled it.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Parameters(index = "0", paramLabel = "FILE.pyc")
    Path file;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Loading.module(file, root.packs());
        throw new BadInputException(file + ": executing bytecode is not implemented yet; loading and decoding succeeded");
    }
}
