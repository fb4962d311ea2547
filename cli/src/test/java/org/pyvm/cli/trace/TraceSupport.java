package org.pyvm.cli.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pyvm.cli.Main;

/**
 * Runs {@code pyvm trace} in-process on the trace goldens (made by cli/tools/make_trace_goldens.py
 * with the real CPythons) and reads those goldens: the per-code-object dis listings
 * ({@code .codes}), CPython's own execution order ({@code .opcodes}, 3.11) and stdout.
 */
final class TraceSupport {
    static final Path GOLDENS = Path.of("src/test/resources/trace");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)?\\s+(?:>>\\s+)?(\\d+) ([A-Z][A-Z_0-9]*)\\s*(.*)$");

    private TraceSupport() {
    }

    record Result(int status, String out, String err) {
    }

    /** One row of a dis listing: source line (the last line start at or before it), offset, opname, argument text. */
    record Row(int line, boolean startsLine, int offset, String opname, String arg) {
    }

    /** A code object's listing: its rows and (3.11) the exception table lines, as dis prints them. */
    record Listing(List<Row> rows, List<String> exceptionTable) {
        Row at(int offset) {
            return rows.stream().filter(r -> r.offset == offset).findFirst().orElseThrow(
                    () -> new AssertionError("no instruction at offset " + offset));
        }

        Row first(String opname) {
            return rows.stream().filter(r -> r.opname.equals(opname)).findFirst().orElseThrow(
                    () -> new AssertionError("no " + opname));
        }

        /** The row after the one at {@code offset}. */
        Row after(int offset) {
            for (int k = 0; k + 1 < rows.size(); k++) {
                if (rows.get(k).offset == offset) {
                    return rows.get(k + 1);
                }
            }
            throw new AssertionError("no instruction after offset " + offset);
        }
    }

    static Path golden(String version, String name, String ext) {
        return GOLDENS.resolve(version).resolve(name + ext);
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The --json steps of a golden program (trace lines go to stderr). */
    static List<JsonNode> steps(String version, String name, String... options) {
        List<String> args = new ArrayList<>(List.of("trace", "--json"));
        args.addAll(List.of(options));
        args.add(golden(version, name, ".pyc").toString());
        Result r = run(args.toArray(String[]::new));
        if (r.status != 0) {
            throw new AssertionError("trace of " + version + "/" + name + " ended with " + r.status + ": " + r.err);
        }
        return parseLines(r.err);
    }

    static List<JsonNode> parseLines(String text) {
        List<JsonNode> steps = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    steps.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return steps;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every code object's listing in the golden {@code .codes} file, by co_name. */
    static Map<String, Listing> codes(String version, String name) {
        Map<String, Listing> codes = new LinkedHashMap<>();
        List<Row> rows = null;
        List<String> table = null;
        boolean inTable = false;
        int line = -1;
        for (String text : read(golden(version, name, ".codes")).split("\n")) {
            if (text.startsWith("== ")) {
                rows = new ArrayList<>();
                table = new ArrayList<>();
                inTable = false;
                line = -1;
                codes.put(text.substring(3), new Listing(rows, table));
            } else if (text.equals("ExceptionTable:")) {
                inTable = true;
            } else if (inTable) {
                table.add(text.trim());
            } else {
                Matcher m = ROW.matcher(text);
                if (m.matches()) {
                    if (m.group(1) != null) {
                        line = Integer.parseInt(m.group(1));
                    }
                    rows.add(new Row(line, m.group(1) != null, Integer.parseInt(m.group(2)), m.group(3), m.group(4).trim().replaceAll("\\s+", " ")));
                }
            }
        }
        return codes;
    }

    /** A step's argument as dis prints it after the opname ({@code 1 (42)}), code addresses masked like the goldens. */
    static String argText(JsonNode step) {
        if (step.get("arg").isNull()) {
            return "";
        }
        String t = step.get("arg").asText();
        if (!step.get("argrepr").isNull()) {
            t += " (" + step.get("argrepr").asText() + ")";
        }
        return t.replaceAll("at 0x[0-9a-f]+", "at 0x...");
    }

    static List<String> stack(JsonNode step) {
        List<String> items = new ArrayList<>();
        step.get("stack").forEach(n -> items.add(n.asText()));
        return items;
    }

    static String top(JsonNode step) {
        List<String> s = stack(step);
        return s.isEmpty() ? null : s.get(s.size() - 1);
    }
}
