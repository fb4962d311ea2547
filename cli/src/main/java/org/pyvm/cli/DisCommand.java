package org.pyvm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pyvm.core.dis.Disassembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pyvm dis FILE.pyc}: what that CPython's {@code dis.dis(code)} prints for the module. */
@Command(name = "dis", description = "Disassemble a .pyc exactly as its CPython's dis.dis(code) does.")
final class DisCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Parameters(index = "0", paramLabel = "FILE.pyc")
    Path file;

    @Override
    public Integer call() {
        String text = Disassembler.dis(Loading.module(file, root.packs()));
        root.out.print(text);
        return 0;
    }
}
