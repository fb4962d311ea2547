package org.pyvm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pyvm.core.embed.PyVm;

/**
 * In-process figure of one benchmark program: its {@code main(size)} called again and again in one
 * pyvm VM (one VM per trial), the warm counterpart of {@code bench/run_bench.py --warm}.
 *
 * <p>At setup the program is compiled by the CPython of {@code version} into a temporary folder with
 * a two-line driver ({@code main = __import__(NAME).main}); the VM runs the driver, so the program is
 * imported as a module (its {@code __main__} block does not run), and then each operation is
 * {@code vm.call("main", size)}. Setup also runs {@code main(size)} once in that CPython and once in
 * the VM and stops the trial if the two results differ.
 *
 * <p>{@code size} 0 means the program's small size ({@link Programs#SMALL_SIZES}). The GC is the
 * launcher's ({@code -XX:+UseSerialGC}); the JIT is the JVM's default (full tiered). Measured on JDK 17
 * with a 2-core machine, C2 needs about 4 s of fib or classes before the time per call settles (the
 * first second runs 5-15 times slower), hence 6 warm-up iterations of 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProgramBench {
    static final List<String> VERSIONS = List.of("2.7", "3.6", "3.11");

    @Param({"fib", "closures", "exceptions", "fannkuch", "nbody", "nqueens", "spectral_norm", "wordcount",
            "classes", "generators"})
    public String program;

    /** Set by {@link Main} to the installed ones unless given. */
    @Param({"2.7", "3.6", "3.11"})
    public String version;

    @Param({"0"})
    public int size;

    private Path work;
    private PyVm vm;
    private long mainSize;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        Path python = Programs.cpython(version).orElseThrow(() -> new IllegalStateException(
                "CPython " + version + " is not installed (pythonX.Y on PATH, under pyenv, or PYVM_CPYTHON_X_Y)"));
        Integer small = Programs.SMALL_SIZES.get(program);
        if (size == 0 && small == null) {
            throw new IllegalStateException("no small size known for " + program + ": give -p size=N");
        }
        mainSize = size != 0 ? size : small;
        work = Files.createTempDirectory("pyvm-jmh-");
        Files.copy(Programs.source(program), work.resolve(program + ".py"));
        Files.writeString(work.resolve("pyvm_jmh_driver.py"),
                "import sys\nmain = __import__(sys.argv[1]).main\n", StandardCharsets.UTF_8);
        // the program compiled where each version's import looks for it (3.x __pycache__, 2.7 beside it)
        python(python, "import py_compile; py_compile.compile('" + program + ".py'); "
                + "py_compile.compile('pyvm_jmh_driver.py', 'pyvm_jmh_driver.pyc', 'pyvm_jmh_driver.py')");
        String expected = python(python, "import sys; sys.path.insert(0, '.'); import " + program
                + "; sys.stdout.write(str(" + program + ".main(" + mainSize + ")))");
        Path driver = work.resolve("pyvm_jmh_driver.pyc");
        vm = PyVm.builder().argv(driver.toString(), program).stderr(System.err).build();
        int status = vm.run(driver);
        if (status != 0) {
            throw new IllegalStateException("pyvm could not import " + program + " (exit status " + status + ")");
        }
        Object got = vm.call("main", mainSize);
        if (!expected.equals(String.valueOf(got))) {
            throw new IllegalStateException(program + " on " + version + ": pyvm's main(" + mainSize + ") gave "
                    + got + ", CPython's " + expected);
        }
    }

    @Benchmark
    public Object main() {
        return vm.call("main", mainSize);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        vm = null;
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Runs {@code python -c code} in the work folder; its stdout, or an exception with its stderr. */
    private String python(Path python, String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python.toString(), "-c", code).directory(work.toFile())
                .redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(python + " failed: " + new String(err, StandardCharsets.UTF_8).strip());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
