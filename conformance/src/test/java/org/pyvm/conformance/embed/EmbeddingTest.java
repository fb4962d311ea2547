package org.pyvm.conformance.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyvm.core.embed.PyVm;
import org.pyvm.core.embed.PythonException;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.sandbox.Sandbox;

/**
 * The embedding API on {@code embed/embed_example.py}, compiled by CPython 3.11 and 2.7. Every
 * expected value is what that CPython printed for the same call (see the commands in the .py file;
 * checked with python3.11 and python2.7 when the .pyc files were made). The limit and sandbox tests
 * run LimitsTest's and SandboxTest's programs: what they expect is what those programs print before a
 * limit stops them, or when the cap or the policy refuses them (CPython has neither).
 */
class EmbeddingTest {
    private static final Path DIR = Path.of("src", "test", "resources", "embed");
    private static final Path PY311 = DIR.resolve("embed_example.311.pyc");
    private static final Path PY27 = DIR.resolve("embed_example.27.pyc");
    /** LimitsTest's hostile programs (their sources are beside them). */
    private static final Path LIMITS = Path.of("src", "test", "resources", "limits");
    private static final Path SANDBOX = Path.of("src", "test", "resources", "sandbox");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PyVm ran(Path pyc, PyVm.Builder builder) {
        PyVm vm = builder.stdout(out).stderr(err).build();
        assertEquals(0, vm.run(pyc), err.toString(StandardCharsets.UTF_8));
        return vm;
    }

    @Test
    void runPrintsToTheGivenStreamWithTheGivenArgv() {
        ran(PY311, PyVm.builder());
        assertEquals("loaded with 1 argument(s)\n", out.toString(StandardCharsets.UTF_8));
        out.reset();
        ran(PY311, PyVm.builder().argv("prog", "one", "two"));
        assertEquals("loaded with 3 argument(s)\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void globalsComeBackAsJavaValues() {
        PyVm vm = ran(PY311, PyVm.builder());
        Map<String, Object> g = vm.globals();
        assertEquals("hello", g.get("GREETING"));
        Map<Object, Object> counts = new LinkedHashMap<>();
        counts.put("a", 1L);
        counts.put("b", 2L);
        assertEquals(counts, g.get("COUNTS"));
        assertEquals("__main__", g.get("__name__"));
        assertInstanceOf(PyObject.class, g.get("add"), "a function stays a Python object");
        List<String> keys = List.copyOf(g.keySet());
        assertEquals(List.of("__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
                "__builtins__"), keys.subList(0, 7), "__main__ starts as CPython 3.11's does");
        assertEquals(List.of("sys", "GREETING", "COUNTS"),
                keys.stream().filter(k -> !k.startsWith("__")).toList().subList(0, 3), "in definition order");
        assertEquals("hello", vm.get("GREETING"));
    }

    @Test
    void callsConvertArgumentsAndResultsBothWays() {
        PyVm vm = ran(PY311, PyVm.builder());
        assertEquals(42L, vm.call("add", 2, 40));
        assertEquals(new BigInteger("1180591620717411303425"), vm.call("add", BigInteger.TWO.pow(70), 1));
        assertEquals("pyvm", vm.call("add", "py", "vm"));
        assertEquals(Arrays.asList(1L, 2.5, null), vm.call("add", List.of(1), Arrays.asList(2.5, null)));
        Map<Object, Object> described = new LinkedHashMap<>();
        described.put("n", 2L);
        described.put("first", 3L);
        described.put("keys", List.of("flag", "z"));
        described.put("flag", true);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("flag", true);
        options.put("z", 1);
        assertEquals(described, vm.call("describe", List.of(3, 4), options));
        assertEquals(2.5, vm.call("halve", 5));
        assertEquals(true, vm.call("is_big", BigInteger.TWO.pow(65)));
        assertEquals(false, vm.call("is_big", 3L));
    }

    @Test
    void aRaisingCallIsAPythonExceptionWithItsTraceback() {
        PyVm vm = ran(PY311, PyVm.builder());
        PythonException e = assertThrows(PythonException.class, () -> vm.call("divide", 1, 0));
        assertEquals("ZeroDivisionError", e.pythonType());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        assertTrue(e.traceback().startsWith("Traceback (most recent call last):\n"), e.traceback());
        assertTrue(e.traceback().endsWith("ZeroDivisionError: integer division or modulo by zero\n"), e.traceback());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "the host decides whether to print it");
        assertEquals(5L, vm.call("divide", 10, 2), "the VM stays usable");
    }

    @Test
    void theRecursionLimitIsTheBuildersAndDecidesRecursionError() {
        PyVm vm = ran(PY311, PyVm.builder().recursionLimit(50));
        assertEquals(50L, vm.call("recursion_limit"));
        assertEquals(10L, vm.call("depth", 10));
        PythonException e = assertThrows(PythonException.class, () -> vm.call("depth", 100));
        assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
        assertEquals(1000L, ran(PY311, PyVm.builder()).call("recursion_limit"), "CPython's default");
    }

    @Test
    void python27ValuesConvertToo() {
        PyVm vm = ran(PY27, PyVm.builder());
        assertEquals("loaded with 1 argument(s)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("hello", vm.get("GREETING"));
        assertEquals(42L, vm.call("add", 2, 40));
        assertEquals(new BigInteger("1180591620717411303425"), vm.call("add", BigInteger.TWO.pow(70), 1));
        assertEquals("pyvm", vm.call("add", "py", "vm"));
        assertEquals(2.5, vm.call("halve", 5));
        assertEquals("ZeroDivisionError: integer division or modulo by zero",
                assertThrows(PythonException.class, () -> vm.call("divide", 1, 0)).getMessage());
    }

    @Test
    void aPackFolderAddsProgramFormats() {
        // the tiny example pack, built by the reactor before this module, read from its folder as --packs does
        PyVm vm = PyVm.builder().packFolder(Path.of("..", "examples", "tiny-pack", "target")).stdout(out).build();
        assertEquals(0, vm.run(Path.of("..", "examples", "tiny-pack", "programs", "names.yaml")));
        assertEquals("3\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(1L, vm.get("a"));
        assertEquals(2L, vm.get("b"));
    }

    @Test
    void misuseIsAClearJavaError() {
        PyVm fresh = PyVm.builder().build();
        assertThrows(IllegalStateException.class, () -> fresh.call("add", 1, 2), "nothing has run yet");
        PyVm vm = ran(PY311, PyVm.builder());
        assertThrows(IllegalStateException.class, () -> vm.run(PY311), "one program per VM");
        assertEquals("the module has no global named nope",
                assertThrows(IllegalArgumentException.class, () -> vm.call("nope")).getMessage());
        BadInputException bad = assertThrows(BadInputException.class, () -> PyVm.builder().build().run(DIR.resolve("missing.pyc")));
        assertEquals(DIR.resolve("missing.pyc") + ": no such file", bad.getMessage());
    }

    @Test
    void aStepBudgetStopsAnEndlessLoopAndKeepsWhatItPrinted() {
        // spin.py: print("start"), then "while True: pass"
        PyVm vm = PyVm.builder().maxSteps(100_000).stdout(out).stderr(err).build();
        LimitExceeded e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(LimitExceeded.class, () -> vm.run(LIMITS.resolve("spin_3.11.pyc"))));
        assertEquals(LimitExceeded.Kind.STEPS, e.kind());
        assertEquals("the program ran past its limit of 100000 steps", e.getMessage());
        assertEquals("start\n", out.toString(StandardCharsets.UTF_8), "flushed before the limit was thrown");
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no traceback: the program could not catch it");
        assertTrue(vm.stepsTaken() >= 100_000 && vm.stepsTaken() < 100_100, "steps taken: " + vm.stepsTaken());
    }

    @Test
    void eachCallHasTheStepBudgetAfresh() {
        // depth(n) enters n + 1 frames, a step each
        PyVm vm = ran(PY311, PyVm.builder().maxSteps(100).recursionLimit(150));
        assertEquals(60L, vm.call("depth", 60));
        assertEquals(60L, vm.call("depth", 60), "the first call's steps are not charged to the second");
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> vm.call("depth", 500));
        assertEquals(LimitExceeded.Kind.STEPS, e.kind(), "the budget ran out 100 frames deep, before the recursion limit");
        // were the 100 frames the limit unwound still counted, 90 more would pass the recursion limit of 150
        assertEquals(90L, vm.call("depth", 90), "the VM stays usable after a spent budget");
        assertEquals(42L, ran(PY311, PyVm.builder()).call("depth", 42), "no budget by default");
    }

    @Test
    void aTimeoutStopsAProgramThatCatchesEverything() {
        // catchall.py: an endless loop whose try/except BaseException/finally would swallow any Python exception
        PyVm vm = PyVm.builder().timeout(Duration.ofMillis(300)).stdout(out).stderr(err).build();
        long start = System.nanoTime();
        LimitExceeded e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(LimitExceeded.class, () -> vm.run(LIMITS.resolve("catchall_3.11.pyc"))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(LimitExceeded.Kind.TIME, e.kind());
        assertTrue(millis >= 300 && millis < 20_000, "stopped after " + millis + " ms");
        assertEquals("start\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing was caught: no 'caught' line, no traceback");
    }

    @Test
    void theMemoryCapIsAMemoryErrorTheProgramCatches() {
        // grow.py appends to a list, then grows a str, until MemoryError, catching each
        // (without the cap the JVM's heap would be the cap: minutes of growing, hence the time bound)
        PyVm vm = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ran(LIMITS.resolve("grow_3.11.pyc"), PyVm.builder().maxMemory(8L << 20)));
        assertEquals("MemoryError after True\nMemoryError for str True\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(vm.memoryInUse() <= 8L << 20, "in use: " + vm.memoryInUse());
        PyVm py27 = PyVm.builder().maxMemory(8L << 20).stdout(out).stderr(err).build();
        out.reset();
        assertEquals(0, assertTimeoutPreemptively(Duration.ofSeconds(60), () -> py27.run(LIMITS.resolve("grow_2.7.pyc"))),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("('MemoryError after', True)\n('MemoryError for str', True)\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSandboxRefusesWhatPyvmRunSandboxRefuses() {
        // eval_denied.py: eval of source text would start the local CPython
        ran(SANDBOX.resolve("eval_denied_3.11.pyc"), PyVm.builder().sandbox(Sandbox.readingOnly(List.of(SANDBOX))));
        assertEquals("denied: [pyvm --sandbox] compiling source text with the local CPython starts a process, which is not allowed\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void limitsAreCheckedWhenSet() {
        assertThrows(IllegalArgumentException.class, () -> PyVm.builder().maxSteps(0));
        assertThrows(IllegalArgumentException.class, () -> PyVm.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> PyVm.builder().timeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> PyVm.builder().maxMemory(-1));
    }
}
