package org.pyvm.core.interp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.pyvm.core.modules.BinasciiModule;
import org.pyvm.core.modules.CollectionsModule;
import org.pyvm.core.modules.FunctoolsModule;
import org.pyvm.core.modules.ItertoolsModule;
import org.pyvm.core.modules.MathModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.modules.HashModules;
import org.pyvm.core.modules.OperatorModule;
import org.pyvm.core.modules.RandomModule;
import org.pyvm.core.modules.StructModule;
import org.pyvm.core.modules.TimeModule;
import org.pyvm.core.modules.sre.SreModule;
import org.pyvm.core.objects.PyModule;

/**
 * The one registry of modules implemented in Java (CPython's {@code sys.builtin_module_names} and
 * the C extension modules pyvm replaces). The import system asks it before searching
 * {@code sys.path}, as CPython's BuiltinImporter comes before its PathFinder. A module made here
 * is created on first import, once per VM. Modules CPython implements in C and pyvm does not are
 * simply absent: importing one is the ImportError naming it, never a silent stand-in.
 */
final class BuiltinModules {
    private final Map<String, Function<Interpreter, PyModule>> factories = new LinkedHashMap<>();

    /** Every module pyvm implements in Java; sys, builtins/__builtin__ and __future__ exist from start-up. */
    BuiltinModules(org.pyvm.core.objects.Language lang) {
        register("math", in -> MathModule.create(in.rt));
        register("cmath", in -> org.pyvm.core.modules.CmathModule.create(in.rt));
        register("unicodedata", in -> org.pyvm.core.modules.UnicodedataModule.create(in.rt));
        register("time", in -> TimeModule.create(in.rt));
        register("itertools", in -> ItertoolsModule.create(in.rt));
        register("_functools", in -> FunctoolsModule.create(in.rt));
        register("_heapq", in -> org.pyvm.core.modules.HeapqModule.create(in.rt));
        register("_bisect", in -> org.pyvm.core.modules.BisectModule.create(in.rt));
        register("_weakref", in -> org.pyvm.core.modules.WeakrefModule.create(in.rt));
        register("_codecs", in -> org.pyvm.core.modules.CodecsModule.create(in.rt));
        register("gc", in -> org.pyvm.core.modules.GcModule.create(in.rt));
        register("errno", in -> org.pyvm.core.modules.ErrnoModule.create(in.rt));
        register(lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "signal" : "_signal", in -> org.pyvm.core.modules.SignalModule.create(in.rt,
                () -> in.current == null ? PyNone.NONE : in.current.frameObject()));
        register(lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "thread" : "_thread", in -> org.pyvm.core.modules.ThreadModule.create(in.rt));
        if (!lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 2.7's atexit is pure Python (it works through sys.exitfunc, which the session calls at the end)
            register("atexit", in -> org.pyvm.core.modules.AtexitModule.create(in.rt));
            register("_string", in -> org.pyvm.core.modules.StringModule.create(in.rt));
            register("_operator", in -> org.pyvm.core.modules.AccelOperatorModule.create(in.rt)); // hmac's _compare_digest
            // importable so that socket, selectors and subprocess import (asyncio, which unittest.mock imports, needs all three)
            register("_socket", in -> org.pyvm.core.modules.NoHostAccessModules.socket(in.rt, in.sockets()));
            register("select", in -> org.pyvm.core.modules.NoHostAccessModules.select(in.rt, in.sockets()));
            register("_posixsubprocess", in -> org.pyvm.core.modules.NoHostAccessModules.posixSubprocess(in.rt));
            register("_multiprocessing", in -> org.pyvm.core.modules.NoHostAccessModules.multiprocessing(in.rt));
        }
        register("_sre", in -> SreModule.create(in.rt));
        register("_io", in -> org.pyvm.core.modules.io.IoModule.create(in.rt));
        register("posix", in -> org.pyvm.core.modules.PosixModule.create(in.rt));
        register("_struct", in -> StructModule.create(in.rt));
        register("_random", in -> RandomModule.create(in.rt));
        register("zlib", in -> org.pyvm.core.modules.zlib.ZlibModule.create(in.rt));
        register("_csv", in -> org.pyvm.core.modules.csv.CsvModule.create(in.rt));
        register("_collections", in -> CollectionsModule.create(in.rt));
        register("binascii", in -> BinasciiModule.create(in.rt));
        register("_json", in -> org.pyvm.core.modules.JsonModule.create(in.rt));
        register("array", in -> org.pyvm.core.modules.array.ArrayType.create(in.rt));
        if (lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 3.x's operator.py is pure Python (its _operator accelerator is optional): only 2.7 needs ours
            register("operator", in -> OperatorModule.create(in.rt));
            register("strop", in -> org.pyvm.core.modules.StropModule.create(in.rt));
            register("cStringIO", in -> org.pyvm.core.modules.CStringIOModule.create(in.rt));
            register("imp", in -> org.pyvm.core.modules.Imp27Module.create(in.rt)); // 3.x's imp.py is pure Python over _imp
            register("exceptions", in -> org.pyvm.core.modules.ExceptionsModule.create(in.rt));
            register("datetime", in -> org.pyvm.core.modules.datetime27.DatetimeModule.create(in.rt)); // 3.x's datetime.py is pure Python
            register("cPickle", in -> org.pyvm.core.modules.NoHostAccessModules.cPickle(in.rt));
            // urllib imports socket: importable, with socketpair() and select() as in 3.x
            register("_socket", in -> org.pyvm.core.modules.NoHostAccessModules.socket(in.rt, in.sockets()));
            register("select", in -> org.pyvm.core.modules.NoHostAccessModules.select(in.rt, in.sockets()));
        }
        register("_md5", in -> HashModules.md5(in.rt));
        // the SHA-1 module is _sha in 2.7 and _sha1 in 3.x
        String sha1 = lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "_sha" : "_sha1";
        register(sha1, in -> HashModules.sha1(in.rt, sha1));
        register("_sha256", in -> HashModules.sha256(in.rt));
        register("_sha512", in -> HashModules.sha512(in.rt));
        if (!lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // 3.x hashlib builds every guaranteed algorithm at import: SHA-3, SHAKE and BLAKE2 included
            register("_sha3", in -> HashModules.sha3(in.rt));
            register("_blake2", in -> HashModules.blake2(in.rt));
        }
        register("_ast", in -> org.pyvm.core.modules.ast.AstModule.create(in.rt)); // every version: its own node classes
        if (!lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            // what importlib's pure-Python bootstrap imports (inspect and dataclasses import importlib)
            register("_imp", in -> org.pyvm.core.modules.ImpModule.create(in.rt));
            register("_warnings", in -> org.pyvm.core.modules.WarningsModule.create(in.rt));
        }
        register("marshal", in -> org.pyvm.core.modules.MarshalModule.create(in.rt, () -> in.current.code.pack)); // every version: pickle imports dumps/loads
        if (lang.major() == 3 && lang.minor() >= 7) {
            register("_contextvars", in -> org.pyvm.core.modules.ContextvarsModule.create(in.rt)); // 3.7+ (PEP 567)
        }
    }

    /** Registers a module made in Java; {@code factory} runs at its first import. */
    void register(String name, Function<Interpreter, PyModule> factory) {
        factories.put(name, factory);
    }

    /** The names of the modules made here, for sys.builtin_module_names. */
    java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(factories.keySet());
    }

    boolean has(String name) {
        return factories.containsKey(name);
    }

    /** A new instance of the named module, or null when it is not one of ours. */
    PyModule create(String name, Interpreter in) {
        Function<Interpreter, PyModule> f = factories.get(name);
        PyModule m = f == null ? null : f.apply(in);
        if (m != null) {
            org.pyvm.core.objects.PyObject moduleName = in.rt.name(name);
            for (org.pyvm.core.objects.PyObject k : m.dict.keys()) {
                if (m.dict.get(k) instanceof org.pyvm.core.objects.PyBuiltinFunction b) {
                    b.inModule(moduleName); // what __module__ of its functions says
                }
            }
        }
        return m;
    }
}
