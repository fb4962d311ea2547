package org.pyvm.core.modules.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pyvm.core.interp.Session;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** _ast's classes, built from each version's table, against what CPython 2.7.18, 3.6.15 and 3.11.7 have. */
class AstModuleTest {
    private static Runtime rt(String version, LanguageFeature... features) {
        EnumSet<LanguageFeature> set = EnumSet.noneOf(LanguageFeature.class);
        set.addAll(java.util.List.of(features));
        // a whole VM: the classes are made by calling type(), which the interpreter's builtins provide
        return new Session(new Language(version, set),
                new Host(new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0])),
                java.util.List.of("t.pyc"), java.nio.file.Path.of(".")).runtime();
    }

    private static PyObject get(Runtime rt, PyModule m, String name) {
        return m.dict.get(rt.name(name));
    }

    private static int nodeClasses(Runtime rt, PyModule m) {
        PyType ast = (PyType) get(rt, m, "AST");
        int n = 0;
        for (PyObject k : m.dict.keys()) {
            PyObject v = m.dict.get(k);
            if (v instanceof PyType t && t.isSubtypeOf(ast)) {
                n++;
            }
        }
        return n;
    }

    private static String message(Runtime rt, PyError e) {
        PyObject[] args = e.pendingArgs();
        return args != null ? Ops.str(rt, args[0]) : Ops.str(rt, e.exception());
    }

    @Test
    void python311HasItsNodeClassesWithMatchArgsAndDocs() {
        Runtime rt = rt("3.11");
        PyModule m = AstModule.create(rt);
        assertEquals(119, nodeClasses(rt, m)); // AST and the classes under it in 3.11.7 (vars(_ast) also holds __loader__)
        PyType module = (PyType) get(rt, m, "Module");
        assertEquals("('body', 'type_ignores')", Ops.repr(rt, Ops.getattr(rt, module, "_fields")));
        assertSame(Ops.getattr(rt, module, "_fields"), Ops.getattr(rt, module, "__match_args__"));
        assertEquals("ast", Ops.str(rt, Ops.getattr(rt, module, "__module__")));
        assertEquals("Module(stmt* body, type_ignore* type_ignores)", Ops.str(rt, Ops.getattr(rt, module, "__doc__")));
        PyType importFrom = (PyType) get(rt, m, "ImportFrom");
        assertSame(PyNone.NONE, Ops.getattr(rt, importFrom, "level"));
        assertEquals("('lineno', 'col_offset', 'end_lineno', 'end_col_offset')", Ops.repr(rt, Ops.getattr(rt, importFrom, "_attributes")));
        assertEquals("1024", Ops.repr(rt, get(rt, m, "PyCF_ONLY_AST")));
        assertEquals("8192", Ops.repr(rt, get(rt, m, "PyCF_ALLOW_TOP_LEVEL_AWAIT")));
    }

    @Test
    void olderVersionsHaveTheirOwnClassesAndModuleName() {
        Runtime rt27 = rt("2.7", LanguageFeature.STR_IS_BYTES, LanguageFeature.INT_AND_LONG);
        PyModule m27 = AstModule.create(rt27);
        assertEquals(103, nodeClasses(rt27, m27));
        assertEquals("'82160'", Ops.repr(rt27, get(rt27, m27, "__version__")));
        PyType print = (PyType) get(rt27, m27, "Print");
        assertEquals("_ast", Ops.str(rt27, Ops.getattr(rt27, print, "__module__")));
        assertNull(Ops.getattrOrNull(rt27, print, "__match_args__"));
        Runtime rt36 = rt("3.6");
        PyModule m36 = AstModule.create(rt36);
        assertEquals(115, nodeClasses(rt36, m36));
        assertTrue(get(rt36, m36, "Constant") instanceof PyType);
        assertNull(get(rt36, m36, "NamedExpr")); // 3.8+
        assertTrue(get(rt36, m36, "Num") instanceof PyType);
    }

    @Test
    void constructorTakesFieldsPositionallyWithEachVersionsError() {
        Runtime rt = rt("3.11");
        PyModule m = AstModule.create(rt);
        PyObject name = Ops.call(rt, get(rt, m, "Name"), new PyObject[] {rt.name("x"), PyInt.of(3)}, new String[] {"lineno"});
        assertEquals("'x'", Ops.repr(rt, Ops.getattr(rt, name, "id")));
        assertEquals("3", Ops.repr(rt, Ops.getattr(rt, name, "lineno")));
        PyError e = assertThrows(PyError.class, () -> Ops.call(rt, get(rt, m, "Load"), PyInt.of(1)));
        assertEquals("Load constructor takes at most 0 positional arguments", message(rt, e));
        Runtime rt36 = rt("3.6");
        PyModule m36 = AstModule.create(rt36);
        PyError old = assertThrows(PyError.class, () -> Ops.call(rt36, get(rt36, m36, "Module"), PyInt.of(1), PyInt.of(2)));
        assertEquals("Module constructor takes either 0 or 1 positional argument", message(rt36, old));
        PyError root = assertThrows(PyError.class, () -> Ops.call(rt36, get(rt36, m36, "AST"), PyInt.of(1)));
        assertEquals("_ast.AST constructor takes 0 positional arguments", message(rt36, root));
    }
}
