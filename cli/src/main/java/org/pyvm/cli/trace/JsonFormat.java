package org.pyvm.cli.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step as one JSON object ({@code --json} writes one a line; the HTML page embeds a list of
 * them). Fields: step, depth, frame, function, offset, line (null for none), opname, arg (null for none), argrepr
 * (null for none), stack (strings, bottom first), and either blocks (2.7/3.6: objects with type,
 * handler, level) or exception_entry (3.11: start, end, target, depth, lasti, text; null when no
 * entry covers the instruction).
 */
public final class JsonFormat {
    /**
     * jackson-core's streaming writer: the values are maps, lists, strings, numbers, booleans and nulls only, and
     * without jackson-databind the runnable jar has 700 entries fewer, whose index the JVM reads at every start.
     */
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFormat() {
    }

    public static Map<String, Object> fields(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("depth", s.depth());
        m.put("frame", s.frame());
        m.put("function", s.function());
        m.put("offset", s.offset());
        m.put("line", s.line() >= 0 ? s.line() : null);
        m.put("opname", s.opname());
        m.put("arg", s.arg() >= 0 ? s.arg() : null);
        m.put("argrepr", s.argrepr());
        m.put("stack", s.stack());
        if (s.blocks() != null) {
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Step.Block b : s.blocks()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("type", b.type());
                bm.put("handler", b.handler() >= 0 ? b.handler() : null);
                bm.put("level", b.level());
                blocks.add(bm);
            }
            m.put("blocks", blocks);
        } else if (s.entry() != null) {
            Step.Entry e = s.entry();
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("start", e.start());
            em.put("end", e.end());
            em.put("target", e.target());
            em.put("depth", e.depth());
            em.put("lasti", e.lasti());
            em.put("text", e.text());
            m.put("exception_entry", em);
        } else {
            m.put("exception_entry", null);
        }
        return m;
    }

    public static String line(Step s) {
        return write(fields(s));
    }

    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeValue(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the trace as JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }
}
