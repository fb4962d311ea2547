package org.pyvm.spi;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link YamlTree} (maps, lists, strings, nulls) in a compact binary form. The build compiles each pack's
 * YAML table this way ({@link TableCompiler}): parsing YAML with Jackson was a third of pyvm's start-up;
 * reading this loads no YAML library and takes 4-5 ms at start-up, cold code run by the JVM's interpreter
 * (warm, well under a millisecond). The YAML stays the one source of the facts.
 */
public final class CompiledTree {
    private CompiledTree() {
    }

    /** First bytes of a compiled tree ({@link #write(Object, OutputStream)}). */
    private static final String COMPILED_MAGIC = "pyvm-yaml-tree-1";

    /** Writes a tree as {@link YamlTree#read} returns it; {@link #read} reads it back equal. */
    public static void write(Object tree, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(COMPILED_MAGIC);
        writeValue(tree, d);
        d.flush();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(Object value, DataOutputStream d) throws IOException {
        if (value == null) {
            d.writeByte('N');
        } else if (value instanceof String s) {
            d.writeByte('S');
            d.writeUTF(s);
        } else if (value instanceof List<?> l) {
            d.writeByte('L');
            d.writeInt(l.size());
            for (Object o : l) {
                writeValue(o, d);
            }
        } else if (value instanceof Map<?, ?> m) {
            d.writeByte('M');
            d.writeInt(m.size());
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                d.writeUTF(e.getKey());
                writeValue(e.getValue(), d);
            }
        } else {
            throw new IllegalArgumentException("not a YAML tree value: " + value.getClass().getName());
        }
    }

    /** A tree written by {@link #write(Object, OutputStream)}. */
    public static Object read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in));
        if (!COMPILED_MAGIC.equals(d.readUTF())) {
            throw new IOException("not a compiled YAML tree");
        }
        return readValue(d);
    }

    private static Object readValue(DataInputStream d) throws IOException {
        int tag = d.readByte();
        switch (tag) {
            case 'N':
                return null;
            case 'S':
                return d.readUTF();
            case 'L': {
                int n = d.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue(d));
                }
                return l;
            }
            case 'M': {
                int n = d.readInt();
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = d.readUTF();
                    m.put(key, readValue(d));
                }
                return m;
            }
            default:
                throw new IOException("compiled YAML tree: unknown tag " + tag);
        }
    }
}
