package org.pyvm.cli.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyvm.cli.trace.TraceSupport.golden;
import static org.pyvm.cli.trace.TraceSupport.parseLines;
import static org.pyvm.cli.trace.TraceSupport.read;
import static org.pyvm.cli.trace.TraceSupport.run;
import static org.pyvm.cli.trace.TraceSupport.stack;
import static org.pyvm.cli.trace.TraceSupport.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code pyvm trace} command's options and outputs: --json, text, --filter, --output, --html, bad input. */
class TraceCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void jsonLinesParseAndHaveEveryField(String version) {
        List<JsonNode> steps = steps(version, "gen");
        Set<String> common = Set.of("step", "depth", "frame", "function", "offset", "line", "opname", "arg", "argrepr", "stack");
        long n = 0;
        for (JsonNode s : steps) {
            Set<String> names = new TreeSet<>();
            s.fieldNames().forEachRemaining(names::add);
            Set<String> expected = new TreeSet<>(common);
            expected.add(version.equals("3.11") ? "exception_entry" : "blocks");
            assertEquals(expected, names, "step " + s.get("step"));
            assertEquals(++n, s.get("step").asLong(), "steps are numbered from 1 without gaps");
            assertTrue(s.get("stack").isArray());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void textLinesSayWhatTheJsonSays(String version) {
        List<JsonNode> steps = steps(version, "fib");
        TraceSupport.Result r = run("trace", golden(version, "fib", ".pyc").toString());
        assertEquals(0, r.status());
        String[] lines = r.err().split("\n");
        assertEquals(steps.size(), lines.length);
        for (int k = 0; k < lines.length; k++) {
            JsonNode s = steps.get(k);
            String instruction = s.get("opname").asText() + (s.get("arg").isNull() ? ""
                    : " " + s.get("arg").asText() + (s.get("argrepr").isNull() ? "" : " (" + s.get("argrepr").asText() + ")"));
            String head = "#" + s.get("step") + " depth=" + s.get("depth") + " " + s.get("function").asText() + " offset="
                    + s.get("offset") + " line=" + (s.get("line").isNull() ? "-" : s.get("line").asText()) + " " + instruction
                    + "  stack=[" + String.join(", ", stack(s)) + "]";
            // code object constants print their address, which differs from run to run
            assertEquals(mask(head), mask(lines[k].substring(0, Math.min(lines[k].length(), head.length()))));
            assertTrue(lines[k].contains(version.equals("3.11") ? "  exc=" : "  blocks=["), lines[k]);
        }
    }

    private static String mask(String s) {
        return s.replaceAll("at 0x[0-9a-f]+", "at 0x...");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void filterKeepsOnlyThatFunctionsSteps(String version) {
        List<JsonNode> all = steps(version, "fib");
        List<JsonNode> fib = steps(version, "fib", "--filter", "fib");
        assertFalse(fib.isEmpty());
        assertTrue(fib.stream().allMatch(s -> s.get("function").asText().equals("fib")));
        long expected = all.stream().filter(s -> s.get("function").asText().equals("fib")).count();
        assertEquals(expected, fib.size());
        // filtered steps keep their numbers in the whole run: the module's steps come first
        assertNotEquals(1, fib.get(0).get("step").asLong());
        List<JsonNode> module = steps(version, "fib", "--filter", "<module>");
        assertEquals(all.size() - expected, module.size());
        assertTrue(steps(version, "fib", "--filter", "nosuchfunction").isEmpty());
    }

    @Test
    void outputFileLeavesStdoutAndStderrToTheProgram() throws IOException {
        Path out = dir.resolve("trace.jsonl");
        TraceSupport.Result r = run("trace", "--json", "--output", out.toString(), golden("3.11", "tryexcept", ".pyc").toString());
        assertEquals(0, r.status());
        assertEquals(read(golden("3.11", "tryexcept", ".stdout")), r.out());
        assertEquals("", r.err());
        List<JsonNode> steps = parseLines(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(steps("3.11", "tryexcept").size(), steps.size());
    }

    @Test
    void anUncaughtExceptionStillEndsTheTraceAndTheStatusIsOne() throws IOException {
        // a traceback on stderr, status 1, and the last step (the raising one) still reported
        Path out = dir.resolve("t.txt");
        TraceSupport.Result r = run("trace", "--output", out.toString(), Path.of(
                "../conformance/src/test/resources/goldens/3.6/common/exc_uncaught.pyc").toString());
        if (!Files.exists(Path.of("../conformance/src/test/resources/goldens/3.6/common/exc_uncaught.pyc"))) {
            return;
        }
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("Traceback (most recent call last):"), r.err());
        assertFalse(Files.readString(out).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void onSharedStderrTheTracebackComesAfterTheRaisingStepNeverInsideALine(String version) {
        TraceSupport.Result r = run("trace", golden(version, "uncaught", ".pyc").toString());
        assertEquals(1, r.status());
        String[] lines = r.err().split("\n");
        int tb = List.of(lines).indexOf("Traceback (most recent call last):");
        assertTrue(tb > 0, r.err());
        for (int k = 0; k < tb; k++) {
            assertTrue(lines[k].matches("#" + (k + 1) + " depth=.*"), lines[k]);
        }
        assertTrue(lines[tb - 1].contains(" boom ") && lines[tb - 1].contains("RAISE_VARARGS"), lines[tb - 1]);
        for (int k = tb; k < lines.length; k++) {
            assertFalse(lines[k].startsWith("#"), "no trace line after the traceback: " + lines[k]);
        }
        assertEquals("ValueError: boom", lines[lines.length - 1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "3.6", "3.11"})
    void argumentsAfterTheFileGoToTheProgram(String version) {
        TraceSupport.Result r = run("trace", "-o", dir.resolve("t").toString(), golden(version, "args", ".pyc").toString(), "a", "-x", "--y");
        assertEquals(0, r.status(), r.err());
        assertEquals("['a', '-x', '--y']\n", r.out());
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws IOException {
        TraceSupport.Result missing = run("trace", dir.resolve("nope.pyc").toString());
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().split("\n").length, missing.err());
        assertTrue(missing.err().startsWith("pyvm: ") && missing.err().contains("nope.pyc"), missing.err());
        Path junk = dir.resolve("junk.pyc");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        TraceSupport.Result bad = run("trace", "--json", junk.toString());
        assertEquals(2, bad.status());
        assertEquals(1, bad.err().split("\n").length, bad.err());
        assertFalse(bad.err().contains("at org."), bad.err());
        TraceSupport.Result unwritable = run("trace", "--output", dir.resolve("no/such/dir/t.txt").toString(),
                golden("3.6", "fib", ".pyc").toString());
        assertEquals(2, unwritable.status());
        assertEquals(1, unwritable.err().split("\n").length, unwritable.err());
        TraceSupport.Result zero = run("trace", "--html", dir.resolve("p.html").toString(), "--max-steps-recorded", "0",
                golden("3.6", "fib", ".pyc").toString());
        assertEquals(2, zero.status());
    }

    @Test
    void htmlPageEmbedsTheStepsTheSourceAndSaysWhenCut() throws IOException {
        Path work = Files.createDirectories(dir.resolve("prog"));
        Files.copy(golden("3.11", "fib", ".pyc"), work.resolve("fib.pyc"));
        Files.copy(golden("3.11", "fib", ".py"), work.resolve("fib.py"));
        Path page = dir.resolve("fib.html");
        TraceSupport.Result r = run("trace", "--html", page.toString(), work.resolve("fib.pyc").toString());
        assertEquals(0, r.status());
        assertEquals(read(golden("3.11", "fib", ".stdout")), r.out());
        assertEquals("", r.err(), "--html alone writes no trace lines");
        JsonNode data = pageData(page);
        assertEquals(steps("3.11", "fib").size(), data.get("steps").size());
        assertFalse(data.get("truncated").asBoolean());
        assertEquals("    if n < 2:", data.get("source").get(1).asText());
        assertEquals("3.11", data.get("python").asText());

        Path cut = dir.resolve("cut.html");
        assertEquals(0, run("trace", "--html", cut.toString(), "--max-steps-recorded", "10", work.resolve("fib.pyc").toString()).status());
        JsonNode cutData = pageData(cut);
        assertEquals(10, cutData.get("steps").size());
        assertTrue(cutData.get("truncated").asBoolean());
        assertEquals(data.get("steps").size(), cutData.get("executed").asInt(), "the page knows how many steps ran");
        String html = Files.readString(cut);
        assertFalse(html.contains("<script src"), "self-contained: no external scripts");
        assertFalse(html.contains("<link"), "self-contained: no external styles");
    }

    static JsonNode pageData(Path page) throws IOException {
        Matcher m = Pattern.compile("<script id=\"trace-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(Files.readString(page, StandardCharsets.UTF_8));
        assertTrue(m.find(), "the page embeds its data");
        return TraceSupport.JSON.readTree(m.group(1));
    }
}
