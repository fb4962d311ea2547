package org.pyvm.conformance.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pyvm.core.embed.PyVm;

/**
 * The embedding example of the README is the code between the markers below, and runs here: the
 * README must contain it verbatim (indentation aside), so the two cannot drift apart.
 */
class ReadmeExampleTest {
    private static final Path THIS_FILE = Path.of("src", "test", "java", "org", "pyvm", "conformance", "embed", "ReadmeExampleTest.java");
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeExampleRunsAndPrintsWhatItSays() {
        Path pyc = Path.of("src", "test", "resources", "embed", "embed_example.311.pyc");
        // README-BEGIN
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyVm vm = PyVm.builder()
                .stdout(out)                                  // also .stderr(...), .stdin(...)
                .argv("embed_example.pyc")                    // sys.argv
                .recursionLimit(2000)                         // sys.getrecursionlimit()
                .build();
        int status = vm.run(pyc);                             // 0; out: "loaded with 1 argument(s)\n"
        Object sum = vm.call("add", 2, 40);                   // 42L
        Object info = vm.call("describe", List.of(3, 4), Map.of("flag", true));
        // info: {n=2, first=3, keys=[flag], flag=true}
        Object greeting = vm.globals().get("GREETING");       // "hello"
        // README-END
        assertEquals(0, status);
        assertEquals("loaded with 1 argument(s)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(42L, sum);
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("n", 2L);
        expected.put("first", 3L);
        expected.put("keys", List.of("flag"));
        expected.put("flag", true);
        assertEquals(expected, info);
        assertEquals("{n=2, first=3, keys=[flag], flag=true}", info.toString(), "as the comment says");
        assertEquals("hello", greeting);
        assertEquals(2000L, vm.call("recursion_limit"));
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(THIS_FILE, StandardCharsets.UTF_8);
        String block = source.substring(source.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length(), source.indexOf("        // README-END"));
        String snippet = block.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).collect(Collectors.joining("\n"));
        assertTrue(snippet.lines().count() > 5, snippet);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertTrue(readme.contains(snippet), "README.md must show the example exactly as ReadmeExampleTest runs it:\n" + snippet);
    }
}
