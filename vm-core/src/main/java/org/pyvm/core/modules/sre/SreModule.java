package org.pyvm.core.modules.sre;

import java.util.List;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _sre}, the C half of CPython's regular expressions, under which each version's own
 * {@code re.py}, {@code sre_parse.py} and {@code sre_compile.py} (3.11: the {@code re} package)
 * run unchanged.
 *
 * <p>Design: pyvm executes the code list that the version's {@code sre_compile} produces, as CPython
 * does (choice (a) of the task), rather than translating patterns to {@code java.util.regex}: the
 * parser, its error messages, the flags and (?x) handling stay CPython's own Python code, and the
 * matcher ({@link SreEngine}) reproduces SRE's backtracking order, group marks, {@code lastindex},
 * the \w \s \d rules of each version and the per-version handling of empty matches (2.7/3.6 skip a
 * character after one; 3.7+ require the next match to advance). {@code compile(pattern, flags, code,
 * groups, groupindex, indexgroup)} receives the list; {@code MAGIC} is the version's
 * (2.7 20031017, 3.6 20140917, 3.11 20220615) and {@link SreOps} holds each version's opcode numbers.
 * Replacement templates go through the version's {@code re._subx}/{@code re._expand}, as in CPython.
 */
public final class SreModule {
    final Runtime rt;
    final SreOps ops;
    final PyType patternType;
    final PyType matchType;
    final PyType scannerType;

    /**
     * The last str/bytes matched and its characters: a tokenizer calls {@code match(text, pos)} again
     * and again on one long text, which must not be converted each time. Both types are immutable,
     * and holding the object keeps its identity from being reused.
     */
    PyObject lastText;
    int[] lastTextChars;

    void remember(PyObject text, int[] chars) {
        lastText = text;
        lastTextChars = chars;
    }

    private SreModule(Runtime rt) {
        this.rt = rt;
        this.ops = SreOps.of(rt.lang.major(), rt.lang.minor());
        boolean v311 = ops.version311;
        patternType = PyType.builtin(v311 ? "Pattern" : "SRE_Pattern", null, rt.types.object);
        matchType = PyType.builtin(v311 ? "Match" : "SRE_Match", null, rt.types.object);
        scannerType = PyType.builtin("SRE_Scanner", null, rt.types.object);
        patternType.dict.put("__module__", Strings.text(rt, v311 ? "re" : "_sre"));
        matchType.dict.put("__module__", Strings.text(rt, v311 ? "re" : "_sre"));
        scannerType.dict.put("__module__", Strings.text(rt, "_sre"));
        SrePattern.install(this);
        SreMatch.install(this);
        SrePattern.installScanner(this);
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            org.pyvm.core.runtime.GenericAlias.addClassGetitem(rt, patternType); // 3.9+: re.Pattern[str]
            org.pyvm.core.runtime.GenericAlias.addClassGetitem(rt, matchType);
        }
    }

    boolean py2() {
        return rt.lang.major() == 2;
    }

    public static PyModule create(Runtime rt) {
        SreModule sre = new SreModule(rt);
        PyModule m = new PyModule("_sre", PyDict.of(rt.lang, List.of()));
        put(rt, m, "__name__", Strings.text(rt, "_sre"));
        put(rt, m, "__doc__", PyNone.NONE);
        put(rt, m, "__package__", rt.lang.major() == 2 ? PyNone.NONE : Strings.text(rt, ""));
        put(rt, m, "MAGIC", PyInt.of(sre.ops.magic));
        put(rt, m, "CODESIZE", PyInt.of(4));
        put(rt, m, "MAXREPEAT", rt.lang.major() == 2 ? PyInt.longOf(java.math.BigInteger.valueOf(4294967295L)) : PyInt.of(4294967295L));
        if (rt.lang.major() == 3) {
            put(rt, m, "MAXGROUPS", PyInt.of(sre.ops.version311 ? 1073741823 : 2147483647));
        }
        put(rt, m, "copyright", Strings.text(rt, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        def(rt, m, "getcodesize", (a, kw) -> PyInt.of(4));
        def(rt, m, "compile", (a, kw) -> sre.compile(a, kw));
        if (sre.ops.version311) {
            def(rt, m, "ascii_iscased", (a, kw) -> {
                int ch = character(rt, a, "ascii_iscased");
                return PyBool.of(ch < 128 && Character.isLetter(ch));
            });
            def(rt, m, "unicode_iscased", (a, kw) -> PyBool.of(SreChars.unicodeIsCased(character(rt, a, "unicode_iscased"))));
            def(rt, m, "ascii_tolower", (a, kw) -> PyInt.of(SreChars.lower(SreEngine.FOLD_ASCII, character(rt, a, "ascii_tolower"))));
            def(rt, m, "unicode_tolower", (a, kw) -> PyInt.of(SreChars.lower(SreEngine.FOLD_UNICODE, character(rt, a, "unicode_tolower"))));
        } else {
            def(rt, m, "getlower", (a, kw) -> {
                if (a.length != 2) {
                    throw PyError.raise("TypeError", "getlower expected 2 arguments, got " + a.length);
                }
                int ch = SreArgs.index(rt, a[0], 0);
                int flags = SreArgs.index(rt, a[1], 0);
                int kind = (flags & SreOps.FLAG_LOCALE) != 0 ? SreEngine.FOLD_LOCALE
                        : (flags & SreOps.FLAG_UNICODE) != 0 ? SreEngine.FOLD_UNICODE : SreEngine.FOLD_ASCII;
                return PyInt.of(SreChars.lower(kind, ch));
            });
        }
        return m;
    }

    private static int character(Runtime rt, PyObject[] a, String name) {
        if (a.length != 1) {
            throw PyError.raise("TypeError", name + "() takes exactly one argument (" + a.length + " given)");
        }
        return SreArgs.index(rt, a[0], 0);
    }

    private static void put(Runtime rt, PyModule m, String name, PyObject v) {
        m.dict.put(rt.name(name), v);
    }

    private static void def(Runtime rt, PyModule m, String name, org.pyvm.core.objects.PyCallable impl) {
        put(rt, m, name, new PyBuiltinFunction(name, impl));
    }

    /** compile(pattern, flags, code, groups, groupindex, indexgroup). */
    private PyObject compile(PyObject[] a, String[] kw) {
        PyObject[] r = SreArgs.bind("compile", a, kw, 6, "pattern", "flags", "code", "groups", "groupindex", "indexgroup");
        List<PyObject> items = r[2] instanceof PyList l ? l.items() : Ops.toList(rt, r[2]);
        int[] code = new int[items.size()];
        for (int i = 0; i < code.length; i++) {
            PyObject x = items.get(i);
            if (!(x instanceof PyInt n)) {
                throw PyError.raise("TypeError", "regular expression code must be a list of integers");
            }
            long v = n.big != null ? n.big.longValue() : n.small;
            if (v < 0 || v > 0xFFFFFFFFL) {
                throw PyError.raise("OverflowError", "regular expression code size limit exceeded");
            }
            code[i] = (int) v;
        }
        int groups = SreArgs.index(rt, r[3], 0);
        if (!SreValidator.valid(ops, code, groups)) {
            throw PyError.raise("RuntimeError", "invalid SRE code");
        }
        return new SrePattern(this, r[0], SreArgs.index(rt, r[1], 0), code, groups, r[4], r[5]);
    }
}
