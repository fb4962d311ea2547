package org.pyvm.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an opcode table as a {@link YamlTree} (Jackson's streaming parser) and builds the typed model by hand.
 * Jackson's data binding would do the same by reflection, but costs a quarter of a second of
 * start-up for every pyvm command; the table is small and its shape fixed, so this is the lighter way.
 * Unknown keys are errors, as a misspelt key must not pass silently.
 */
final class TableReader {
    private TableReader() {
    }

    static OpcodeTable read(InputStream in) throws IOException {
        return fromTree(YamlTree.read(in));
    }

    /** The table a YAML tree describes (read from the YAML, or from its compiled form). */
    static OpcodeTable fromTree(Object tree) throws IOException {
        Map<String, Object> t = map(tree, "table");
        keys(t, "table", "pack", "python_version", "magic_numbers", "pyc_header_bytes", "marshal_version", "code_object_fields",
                "line_table", "exception_model", "free_index_space", "features", "have_argument", "extended_arg", "compare_ops",
                "binary_ops", "make_function_flags", "dis", "opcodes");
        List<BinaryOpDef> binaryOps = new ArrayList<>();
        for (Object o : list(t.get("binary_ops"))) {
            Map<String, Object> b = map(o, "binary_ops entry");
            keys(b, "binary_ops entry", "symbol", "operator");
            binaryOps.add(new BinaryOpDef(str(b.get("symbol")), str(b.get("operator"))));
        }
        Map<String, Object> d = map(t.get("dis"), "dis");
        keys(d, "dis", "rstrip_rows", "recurse", "exception_table", "wide_columns", "long_extended_arg", "absolute_jumps_show_to",
                "empty_argrepr_parens");
        DisFormat dis = new DisFormat(bool(d, "rstrip_rows"), bool(d, "recurse"), bool(d, "exception_table"), bool(d, "wide_columns"),
                bool(d, "long_extended_arg"), bool(d, "absolute_jumps_show_to"), bool(d, "empty_argrepr_parens"));
        List<OpcodeDef> opcodes = new ArrayList<>();
        for (Object o : list(t.get("opcodes"))) {
            opcodes.add(opcode(map(o, "opcode")));
        }
        List<CodeField> fields = new ArrayList<>();
        for (Object o : list(t.get("code_object_fields"))) {
            fields.add(CodeField.valueOf(str(o)));
        }
        Set<LanguageFeature> features = EnumSet.noneOf(LanguageFeature.class);
        for (Object o : list(t.get("features"))) {
            features.add(LanguageFeature.valueOf(str(o)));
        }
        List<Integer> magics = new ArrayList<>();
        for (Object o : list(t.get("magic_numbers"))) {
            magics.add(integer(o));
        }
        List<String> compareOps = new ArrayList<>();
        for (Object o : list(t.get("compare_ops"))) {
            compareOps.add(str(o));
        }
        List<String> flags = new ArrayList<>();
        for (Object o : list(t.get("make_function_flags"))) {
            flags.add(str(o));
        }
        return new OpcodeTable(str(t.get("pack")), str(t.get("python_version")), magics, integer(t.get("pyc_header_bytes")),
                integer(t.get("marshal_version")), fields, LineTableFormat.valueOf(str(t.get("line_table"))),
                ExceptionModel.valueOf(str(t.get("exception_model"))), FreeIndexSpace.valueOf(str(t.get("free_index_space"))),
                features, integer(t.get("have_argument")), integer(t.get("extended_arg")), compareOps, binaryOps, flags, dis, opcodes);
    }

    private static OpcodeDef opcode(Map<String, Object> o) {
        keys(o, "opcode", "code", "name", "arg", "jump", "cache", "op", "implied", "specialized", "stack", "stack_jump");
        JumpDef jump = null;
        if (o.get("jump") != null) {
            Map<String, Object> j = map(o.get("jump"), "jump");
            keys(j, "jump", "relative", "unit", "backward");
            jump = new JumpDef(bool(j, "relative"), JumpUnit.valueOf(str(j.get("unit"))), bool(j, "backward"));
        }
        NeutralOp op;
        try {
            op = NeutralOp.valueOf(str(o.get("op")));
        } catch (IllegalArgumentException e) {
            op = null; // reported by the table's own check, naming the opcode
        }
        return new OpcodeDef(integer(o.get("code")), str(o.get("name")), o.get("arg") == null ? null : ArgKind.valueOf(str(o.get("arg"))),
                jump, integer(o.get("cache")), op, o.get("implied") == null ? null : str(o.get("implied")), bool(o, "specialized"),
                effect(o.get("stack")), effect(o.get("stack_jump")));
    }

    private static StackEffect effect(Object formula) {
        return formula == null ? null : StackEffect.parse(str(formula));
    }

    private static void keys(Map<String, Object> m, String what, String... allowed) {
        for (String k : m.keySet()) {
            if (!List.of(allowed).contains(k)) {
                throw new IllegalArgumentException("unknown key '" + k + "' in " + what);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(what + " must be a mapping");
        }
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static String str(Object o) {
        if (o == null) {
            throw new IllegalArgumentException("a required value is missing");
        }
        return o.toString();
    }

    private static int integer(Object o) {
        return Integer.parseInt(str(o));
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return Boolean.parseBoolean(str(v));
    }
}
