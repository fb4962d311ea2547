package org.pyvm.conformance.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.embed.PyVm;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/**
 * Eight VMs in one JVM at once, each on its own thread running its own corpus program, must each
 * print exactly what the real CPython printed (the goldens), whatever the others do at the same
 * time: no VM may see another's sys, builtins, classes, recursion depth or streams. The programs
 * cover all three versions, user classes with {@code __hash__}/{@code __eq__} in dicts and sets,
 * the recursion limit, generators, stdin, argv and an uncaught exception. Repeated, and in the
 * later rounds the VMs share the loaded code objects, as a host running one program many times would.
 */
class ConcurrentVmsTest {
    private static final String[] PROGRAMS = {
        "3.11/common/class_dunder_methods", "2.7/common/class_dunder_methods", "3.6/common/recursion_limit_errors",
        "3.11/common/recursion_limit_errors", "2.7/common/stdin_sum_numbers", "3.6/common/c4_hash_eq",
        "2.7/common/generators_send_close", "3.11/common/uncaught_nested_calls",
    };
    private static final int ROUNDS = 3;
    private static final PackRegistry PACKS = PackRegistry.discover();

    private record Golden(Path pyc, List<String> argv, byte[] stdin, String out, String err, int status) {
    }

    private static Golden golden(String name) throws IOException {
        Path pyc = Goldens.ROOT.resolve(name + ".pyc");
        String base = pyc.getFileName().toString().replaceAll("\\.pyc$", "");
        Path source = Path.of("src", "test", "resources", "corpus", pyc.getParent().getFileName().toString(), base + ".py");
        List<String> argv = new ArrayList<>(List.of(base + ".pyc"));
        Path args = source.resolveSibling(base + ".args");
        if (Files.exists(args)) {
            argv.addAll(Files.readAllLines(args));
        }
        Path stdin = source.resolveSibling(base + ".stdin");
        return new Golden(pyc, argv, Files.exists(stdin) ? Files.readAllBytes(stdin) : new byte[0],
                Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8),
                Files.readString(Goldens.sibling(pyc, ".stderr"), StandardCharsets.UTF_8),
                Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()));
    }

    @Test
    void eightVmsAtOnceEachPrintWhatCPythonPrinted() throws Exception {
        List<Golden> goldens = new ArrayList<>();
        for (String p : PROGRAMS) {
            goldens.add(golden(p));
        }
        List<CodeObject> shared = new ArrayList<>();
        for (Golden g : goldens) {
            shared.add(PycFile.read(g.pyc(), PACKS).module());
        }
        ExecutorService pool = Executors.newFixedThreadPool(PROGRAMS.length);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < PROGRAMS.length; i++) {
                    Golden g = goldens.get(i);
                    CodeObject module = round == 0 ? null : shared.get(i);
                    results.add(pool.submit(() -> {
                        start.await();
                        return differences(g, module);
                    }));
                }
                start.countDown();
                for (int i = 0; i < PROGRAMS.length; i++) {
                    assertEquals("", results.get(i).get(120, TimeUnit.SECONDS), "round " + round + ": " + PROGRAMS[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Empty when the run matched its golden, else what differed. */
    private static String differences(Golden g, CodeObject module) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PyVm vm = PyVm.builder().packs(PACKS).stdout(out).stderr(err).stdin(new ByteArrayInputStream(g.stdin()))
                .argv(g.argv().toArray(new String[0])).build();
        int status = module == null ? vm.run(g.pyc()) : vm.run(module);
        StringBuilder why = new StringBuilder();
        if (!g.out().equals(out.toString(StandardCharsets.UTF_8))) {
            why.append("stdout:\n").append(out.toString(StandardCharsets.UTF_8));
        }
        if (!g.err().equals(err.toString(StandardCharsets.UTF_8))) {
            why.append("stderr:\n").append(err.toString(StandardCharsets.UTF_8));
        }
        if (g.status() != status) {
            why.append("exit status ").append(status);
        }
        return why.toString();
    }
}
