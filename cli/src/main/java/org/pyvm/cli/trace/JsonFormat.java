package org.pyvm.cli.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    static final ObjectMapper MAPPER = new ObjectMapper();

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
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the trace as JSON: " + e.getMessage(), e);
        }
    }
}
