package org.pyvm.conformance.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyvm.core.embed.PyVm;
import org.pyvm.core.embed.PythonException;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.PyObject;

/**
 * The embedding API on {@code embed/embed_example.py}, compiled by CPython 3.11 and 2.7. Every
 * expected value is what that CPython printed for the same call (see the commands in the .py file;
 * checked with python3.11 and python2.7 when the .pyc files were made).
 */
class EmbeddingTest {
    private static final Path DIR = Path.of("src", "test", "resources", "embed");
    private static final Path PY311 = DIR.resolve("embed_example.311.pyc");
    private static final Path PY27 = DIR.resolve("embed_example.27.pyc");

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
}
