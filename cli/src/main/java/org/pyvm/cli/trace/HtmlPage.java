package org.pyvm.cli.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code pyvm trace --html OUT.html}: collects steps (at most {@code maxSteps}; the run goes on
 * after that, unrecorded, and the page says it was cut) and writes one self-contained page that
 * steps through them. The page is a fixed template (trace-page.html beside this class) with the
 * steps embedded as JSON, plus the program's source when the {@code .py} sits beside the {@code .pyc}.
 */
public final class HtmlPage implements Consumer<Step> {
    private static final String PLACEHOLDER = "__PYVM_TRACE_DATA__";
    /** Sources larger than this are left out rather than bloating the page. */
    private static final long MAX_SOURCE_BYTES = 2_000_000;

    private final int maxSteps;
    private final List<Map<String, Object>> steps = new ArrayList<>();
    private boolean truncated;

    public HtmlPage(int maxSteps) {
        this.maxSteps = maxSteps;
    }

    @Override
    public void accept(Step s) {
        if (steps.size() < maxSteps) {
            steps.add(JsonFormat.fields(s));
        } else {
            truncated = true;
        }
    }

    /** Writes the page for the run of {@code pyc} ({@code executed} instructions in all). */
    public void write(Path out, Path pyc, String pythonVersion, long executed, int exitStatus) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file", pyc.getFileName().toString());
        data.put("python", pythonVersion);
        data.put("executed", executed);
        data.put("exit_status", exitStatus);
        data.put("max_steps_recorded", maxSteps);
        data.put("truncated", truncated);
        data.put("source", source(pyc));
        data.put("steps", steps);
        // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the data early
        String json = JsonFormat.write(data).replace("<", "\\u003c");
        String page = template().replace(PLACEHOLDER, json);
        Files.writeString(out, page, StandardCharsets.UTF_8);
    }

    /** The lines of {@code NAME.py} beside {@code NAME.pyc}, or null when there is none to read. */
    static List<String> source(Path pyc) {
        String name = pyc.getFileName().toString();
        if (!name.endsWith(".pyc")) {
            return null;
        }
        Path py = pyc.resolveSibling(name.substring(0, name.length() - 1));
        try {
            if (!Files.isRegularFile(py) || Files.size(py) > MAX_SOURCE_BYTES) {
                return null;
            }
            String text = new String(Files.readAllBytes(py), StandardCharsets.UTF_8);
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException | SecurityException e) {
            return null; // the page simply shows no source
        }
    }

    private static String template() throws IOException {
        try (InputStream in = HtmlPage.class.getResourceAsStream("trace-page.html")) {
            if (in == null) {
                throw new IOException("trace-page.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
