package org.pyvm.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.OpcodeTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code pyvm packs}: the opcode packs found, one line each. */
@Command(name = "packs", description = "List the opcode packs found: name, versions, magic numbers, opcode count, decoder.")
final class PacksCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Override
    public Integer call() {
        for (OpcodePack pack : root.packs().sorted()) {
            OpcodeTable t = pack.table();
            long base = t.opcodes().stream().filter(d -> !d.specialized()).count();
            long specialized = t.opcodes().size() - base;
            // a pack that reads only program files of its own (the tiny example) has no magic number
            String magics = t.magicNumbers().isEmpty() ? "none" : t.magicNumbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
            root.out.printf("%-14s CPython %-5s magic %-12s %3d opcodes%s  decoder: %s%n",
                    pack.name(), t.pythonVersion(), magics, base,
                    specialized > 0 ? " (+" + specialized + " specialized)" : "", pack.decoder().describe());
        }
        return 0;
    }
}
