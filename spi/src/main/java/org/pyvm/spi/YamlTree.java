package org.pyvm.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document as plain Java values, for opcode tables and for packs whose programs are
 * written in YAML: a mapping is a {@code Map<String, Object>} (in file order), a sequence a
 * {@code List<Object>}, a scalar its text as a {@code String} ({@code 7} is {@code "7"}; the reader
 * decides what a scalar means), and {@code null}/{@code ~} is {@code null}. A pack that uses this
 * needs no YAML library of its own.
 */
public final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    /**
     * The document's value, or null for an empty document.
     *
     * @throws IOException when the text is not YAML; the message is one line ending with the line
     *                     and column of the problem
     */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser p = YAML.createParser(in)) {
            if (p.nextToken() == null) {
                return null;
            }
            return value(p);
        } catch (JsonProcessingException e) {
            throw new IOException(oneLine(e), e);
        }
    }

    /**
     * SnakeYAML's message spans lines: what it was parsing and where, then the problem and where.
     * Keeps the two statements (the unindented lines) and the position of the problem (the last one
     * named; the parser's own location is where it stopped reading, often a line earlier).
     */
    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(java.util.stream.Collectors.joining(": "));
        if (what.isEmpty()) {
            what = "not valid YAML";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(message);
        String where = null;
        while (m.find()) {
            where = "line " + m.group(1) + ", column " + m.group(2);
        }
        JsonLocation at = e.getLocation();
        if (where == null && at != null) {
            where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return where == null ? what : what + " (" + where + ")";
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                m.put(key, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
}
