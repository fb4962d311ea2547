package org.pyvm.core.modules.ast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _ast} (C in CPython: Python/Python-ast.c, generated from Parser/Python.asdl): the class {@code AST}
 * and every node class of the version, made as CPython makes them, by calling {@code type(name, (base,), ns)}
 * with {@code _fields}, 3.10+'s {@code __match_args__}, {@code __module__} and {@code __doc__}, then the
 * class's own {@code _attributes} and the None defaults of its optional fields. The classes come from a table
 * per version ({@code astXY.txt} beside this class, written by {@code vm-core/tools/gen_ast_table.py} from that
 * CPython's own {@code _ast}). AST's constructor takes the fields positionally (CPython's count check in each
 * version's words) and any attribute by keyword; {@code __reduce__} gives {@code (type, (), __dict__)}.
 * Parsing source into these nodes ({@code compile(..., PyCF_ONLY_AST)}) is not provided.
 */
public final class AstModule {
    private final Runtime rt;
    private final boolean modern;

    /** {@code compile()}'s flag asking for a syntax tree instead of code. */
    public static final int PY_CF_ONLY_AST = 0x400;

    /**
     * The nodes of a tree CPython parsed ({@code SourceCompiler.parseTree}'s nested tuples), made of the program's
     * {@code _ast} classes: each node made without arguments, then its fields and attributes set in CPython's order.
     */
    public static PyObject fromTree(Runtime rt, PyObject tree) {
        PyObject ast = rt.modules.get(rt.name("_ast"));
        if (ast == null) {
            Ops.call(rt, rt.builtins.get(rt.name("__import__")), rt.name("_ast"));
            ast = rt.modules.get(rt.name("_ast"));
        }
        return node(rt, ast, tree);
    }

    private static PyObject node(Runtime rt, PyObject ast, PyObject v) {
        PyTuple t = (PyTuple) v;
        switch (Ops.str(rt, t.get(0))) {
            case "N": {
                PyObject n = Ops.call(rt, Ops.getattr(rt, ast, Ops.str(rt, t.get(1))));
                for (int part = 2; part <= 3; part++) {
                    for (PyObject pair : ((PyTuple) t.get(part)).items()) {
                        PyTuple p = (PyTuple) pair;
                        Ops.setattr(rt, n, Ops.str(rt, p.get(0)), node(rt, ast, p.get(1)));
                    }
                }
                return n;
            }
            case "L": {
                List<PyObject> items = new ArrayList<>();
                for (PyObject x : ((PyTuple) t.get(1)).items()) {
                    items.add(node(rt, ast, x));
                }
                return org.pyvm.core.objects.PyList.of(items);
            }
            default:
                return t.get(1);
        }
    }

    private AstModule(Runtime rt) {
        this.rt = rt;
        this.modern = rt.lang.major() > 3 || rt.lang.major() == 3 && rt.lang.minor() >= 8;
    }

    public static PyModule create(Runtime rt) {
        return new AstModule(rt).build();
    }

    /** The table of the version (the newest one not newer than it). */
    private List<String> table() {
        int v = rt.lang.major() * 100 + rt.lang.minor();
        String file = v >= 311 ? "ast311.txt" : v >= 306 ? "ast36.txt" : "ast27.txt";
        try (InputStream in = AstModule.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("pyvm jar lacks " + file);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PyModule build() {
        PyDict dict = PyDict.of(rt.lang, List.of());
        PyModule m = new PyModule("_ast", dict);
        dict.put(rt.name("__name__"), Strings.text(rt, "_ast"));
        dict.put(rt.name("__doc__"), PyNone.NONE);
        dict.put(rt.name("__package__"), rt.lang.major() == 2 ? PyNone.NONE : Strings.text(rt, ""));
        String module = "_ast";
        boolean matchArgs = false;
        Map<String, PyType> classes = new HashMap<>();
        for (String line : table()) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@module ")) {
                module = line.substring(8).trim();
            } else if (line.equals("@match_args")) {
                matchArgs = true;
            } else if (line.startsWith("@const ")) {
                String[] p = line.split(" ", 3);
                String v = p[2];
                PyObject value = v.startsWith("'") ? Strings.text(rt, v.substring(1, v.length() - 1)) : PyInt.of(Long.parseLong(v));
                dict.put(rt.name(p[1]), value);
            } else if (line.startsWith("class\t")) {
                String[] p = line.split("\t", -1);
                PyType cls = makeClass(p, module, matchArgs, classes);
                classes.put(p[1], cls);
                dict.put(rt.name(p[1]), cls);
            }
        }
        return m;
    }

    private PyTuple names(String column) {
        if (column.equals("-")) {
            return PyTuple.of();
        }
        String[] ns = column.split(" ");
        PyObject[] items = new PyObject[ns.length];
        for (int i = 0; i < ns.length; i++) {
            items[i] = Strings.text(rt, ns[i]);
        }
        return PyTuple.of(items);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One row: {@code class NAME BASE FIELDS ATTRIBUTES NONES DOC}. */
    private PyType makeClass(String[] p, String module, boolean matchArgs, Map<String, PyType> classes) {
        String name = p[1];
        boolean root = p[2].equals("-");
        PyType base = root ? rt.types.object : classes.get(p[2]);
        PyTuple fields = names(p[3]);
        PyDict ns = PyDict.of(rt.lang, List.of());
        ns.put(rt.name("_fields"), fields);
        if (matchArgs) {
            ns.put(rt.name("__match_args__"), fields);
        }
        ns.put(rt.name("__module__"), Strings.text(rt, module));
        ns.put(rt.name("__doc__"), p[6].equals("-") ? PyNone.NONE : Strings.text(rt, unescape(p[6])));
        if (!p[4].equals("*")) {
            ns.put(rt.name("_attributes"), names(p[4]));
        }
        if (!p[5].equals("-")) {
            for (String none : p[5].split(" ")) {
                ns.put(rt.name(none), PyNone.NONE);
            }
        }
        PyType cls = (PyType) Ops.call(rt, rt.types.type, Strings.text(rt, name), PyTuple.of(base), ns);
        if (root) {
            cls.dict.put("__init__", new PyMethodDescriptor("__init__", cls, (self, a, kw) -> init(cls, module, self, a, kw)));
            cls.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", cls, (self, a, kw) -> reduce(self)));
        }
        return cls;
    }

    /** The type's name in constructor errors: 3.8+ its short name; before, tp_name (module-qualified for AST itself). */
    private String typeName(PyType type, PyType ast, String module) {
        return type == ast && !modern ? module + "." + type.name(rt.lang) : type.name(rt.lang);
    }

    /** AST.__init__: fields by position (as many as {@code _fields} names), anything by keyword. */
    private PyObject init(PyType ast, String module, PyObject self, PyObject[] a, String[] kw) {
        PyType type = rt.types.of(self);
        PyObject fieldsObj = Ops.getattrOrNull(rt, type, "_fields");
        List<PyObject> fields = fieldsObj == null ? List.of() : Ops.toList(rt, fieldsObj);
        int numfields = fields.size();
        int n = a.length - (kw == null ? 0 : kw.length);
        if (modern && n > numfields) {
            throw PyError.raise("TypeError", typeName(type, ast, module) + " constructor takes at most " + numfields
                    + " positional argument" + (numfields == 1 ? "" : "s"));
        }
        if (!modern && n > 0 && n != numfields) {
            throw PyError.raise("TypeError", typeName(type, ast, module) + " constructor takes " + (numfields == 0 ? "" : "either 0 or ")
                    + numfields + " positional argument" + (numfields == 1 ? "" : "s"));
        }
        for (int i = 0; i < n; i++) {
            Ops.setattr(rt, self, Ops.str(rt, fields.get(i)), a[i]);
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            Ops.setattr(rt, self, kw[k], a[n + k]);
        }
        return PyNone.NONE;
    }

    /** AST.__reduce__: {@code (type(self), (), self.__dict__)}, or {@code (type(self), ())} without a dict. */
    private PyObject reduce(PyObject self) {
        PyType type = rt.types.of(self);
        if (self instanceof PyInstance i) {
            return PyTuple.of(type, PyTuple.of(), i.exposeDict(rt.lang));
        }
        return PyTuple.of(type, PyTuple.of());
    }
}
