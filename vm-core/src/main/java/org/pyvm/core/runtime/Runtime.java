package org.pyvm.core.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;

/**
 * One VM's world: the language level of its bytecode, its builtin types and builtins dict, its
 * host streams and its recursion limit. Several runtimes can live in one JVM; nothing is static.
 */
public final class Runtime {
    public final Language lang;
    public final Types types;
    public final Host host;
    /** The {@code builtins} (2.7 {@code __builtin__}) module's dict. */
    public final PyDict builtins;
    public final PyDict modules;
    /** How instances of the classes this runtime makes hash and compare; every such class carries it. */
    public final org.pyvm.core.objects.PyInstance.Protocol instances;
    /** The host's files, folders and environment as this VM's program reaches them (open, _io, posix). */
    public final org.pyvm.core.host.HostFiles files;
    private int recursionLimit = 1000;
    /** 3.11's {@code sys.get_int_max_str_digits()}: the most decimal digits an int and a str convert between (0: any). */
    private int intMaxStrDigits = org.pyvm.core.objects.PyInt.MAX_STR_DIGITS;
    private int depth;
    /** This VM's step, time and memory limits (none by default). */
    private org.pyvm.core.limits.Limits limits = org.pyvm.core.limits.Limits.none();
    /** What this VM's program may touch outside itself (everything by default). */
    private org.pyvm.core.sandbox.Sandbox sandbox = org.pyvm.core.sandbox.Sandbox.off();
    private ClassCreated classCreated = (cls, kwnames, kwvalues) -> { };
    /** Classes the program has made so far (class statements, type(), metaclasses). */
    private long classesMade;

    /** What runs once a class exists, whoever made it (class statement, type(), type.__new__ from a metaclass). */
    @FunctionalInterface
    public interface ClassCreated {
        void created(PyType cls, String[] kwnames, PyObject[] kwvalues);
    }

    public Runtime(Language lang, Host host) {
        this.lang = lang;
        this.types = new Types(lang);
        this.host = host;
        this.builtins = PyDict.of(lang, java.util.List.of());
        this.modules = PyDict.of(lang, java.util.List.of());
        this.files = new org.pyvm.core.host.HostFiles(host.stdin(), host.stdout(), host.stderr());
        Runtime rt = this;
        // first: the builtins installed below may already make classes
        this.instances = new org.pyvm.core.objects.PyInstance.Protocol() {
            @Override
            public long hash(org.pyvm.core.objects.PyInstance self) {
                return self == rt.hashedForTable ? rt.takeHashForTable() : Ops.instanceHash(rt, self);
            }

            @Override
            public boolean eq(org.pyvm.core.objects.PyInstance self, PyObject other) {
                return Ops.eq(rt, self, other);
            }

            @Override
            public long subclassHash(PyObject self) {
                return self == rt.hashedForTable ? rt.takeHashForTable() : Ops.hash(rt, self);
            }

            @Override
            public boolean eqObject(PyObject self, PyObject other) {
                return Ops.eq(rt, self, other);
            }
        };
        types.object.withInstanceProtocol(instances);
        BuiltinMethods.install(this);
        SlotWrappers.install(this);
        ExceptionAttributes.install(this);
        ExceptionGroups.install(this);
    }

    /**
     * The object whose {@code __hash__} {@link Ops#hashForTable} has just called, and what it gave: the dict or set
     * operation that follows takes it from here instead of calling {@code __hash__} again, as CPython hashes a key
     * once per operation. Taken once ({@link #takeHashForTable}); the next hashForTable replaces it.
     */
    private PyObject hashedForTable;
    private long hashForTable;

    void handOverHash(PyObject o, long hash) {
        hashedForTable = o;
        hashForTable = hash;
    }

    private long takeHashForTable() {
        hashedForTable = null;
        return hashForTable;
    }

    /** The globals of the Python code running now (the interpreter says which), or null before any runs. */
    private java.util.function.Supplier<PyDict> currentGlobals = () -> null;

    private BuiltinDocs builtinDocs;

    /** The builtins' docstrings of this version ({@link BuiltinDocs}), read on first use. */
    BuiltinDocs builtinDocs() {
        BuiltinDocs d = builtinDocs;
        return d != null ? d : (builtinDocs = BuiltinDocs.load(this));
    }

    /** See {@link #releaseArgument}; the interpreter sets it. */
    private java.util.function.Consumer<PyObject> argumentReleaser = o -> { };

    public void onArgumentReleased(java.util.function.Consumer<PyObject> releaser) {
        argumentReleaser = releaser;
    }

    /**
     * A builtin that consumes its argument and keeps nothing of it (any, all, sum, min, max, sorted, next, list(),
     * tuple(), set(), frozenset(), str.join) has finished with it: a generator the call's own expression made
     * ({@code any(x > 0 for x in g())}, {@code next(gen())}) has then lost its only reference, and CPython's
     * reference count closes it there, running its finally blocks.
     */
    public void releaseArgument(PyObject arg) {
        argumentReleaser.accept(arg);
    }

    /** The interpreter tells here how to find the globals of the code it is running. */
    public void onCurrentGlobals(java.util.function.Supplier<PyDict> globals) {
        currentGlobals = globals;
    }

    /**
     * {@code __name__} in the globals of the code running now: what type() gives a class made without a
     * {@code __module__} (CPython's type_new reads PyEval_GetGlobals()), "__main__" when there is none.
     */
    public PyObject currentModuleName() {
        PyDict g = currentGlobals.get();
        PyObject n = g == null ? null : g.get(name("__name__"));
        return n != null ? n : org.pyvm.core.runtime.Strings.text(this, "__main__");
    }

    /** The interpreter installs the 3.6+ class hooks (__set_name__, __init_subclass__) here. */
    public void onClassCreated(ClassCreated hook) {
        classCreated = hook;
    }

    /**
     * A class the program makes (class statement, type(), a metaclass's type.__new__): hashing and comparing
     * its instances through this runtime, and numbered in the order the program made its classes.
     */
    public PyType newUserClass(String name, PyType[] bases, boolean classic) {
        PyType cls = PyType.userClass(name, bases, classic).withInstanceProtocol(instances);
        cls.madeAsNth(++classesMade);
        return cls;
    }

    /** Runs the class-creation hook for {@code cls} with the class statement's keywords. */
    public void classCreated(PyType cls, String[] kwnames, PyObject[] kwvalues) {
        classCreated.created(cls, kwnames, kwvalues);
    }

    /** A name as a key of a namespace dict: str, or 2.7's byte-string str. */
    public PyObject name(String s) {
        // a name met lately (a keyword argument's, at every call that collects **kwargs) gets the key object it got
        // then, whose hash is worked out once, as CPython passes its code objects' interned names along
        int slot = s.hashCode() & (NAME_KEYS - 1);
        NameKey seen = nameKeys[slot];
        if (seen != null && (seen.name == s || seen.name.equals(s))) {
            return seen.key;
        }
        PyObject key = org.pyvm.core.code.CodeObject.nameKey(lang, s);
        nameKeys[slot] = new NameKey(s, key);
        return key;
    }

    /** The slots of {@link #name}'s cache of recent keys, by their string's hashCode; a power of two. */
    private static final int NAME_KEYS = 256;
    /** A name and its key, read together (one reference: never a name with another name's key). */
    private record NameKey(String name, PyObject key) {
    }
    private final NameKey[] nameKeys = new NameKey[NAME_KEYS];

    /** sys.intern's table (2.7: intern's): the first string of each content interned, for this VM's lifetime. */
    private final java.util.Map<Object, PyObject> interned = new java.util.HashMap<>();

    /**
     * {@code sys.intern(s)} (2.7 {@code intern(s)}) of an exact str (2.7 byte string): the string of equal content
     * interned first, else {@code s}, which becomes it. Keyed by content, as CPython's interned dict is.
     */
    public PyObject intern(PyObject s) {
        Object key;
        if (s instanceof PyStr t) {
            // text whose lone surrogates Java would read as pairs is told apart by its code points
            key = t.hasSeparateSurrogates() ? java.util.List.of(t.value(), java.util.Arrays.toString(t.codePoints())) : t.value();
        } else {
            key = java.util.List.of(Strings.latin1(((org.pyvm.core.objects.PyBytes) s).bytes())); // 2.7's str: never equal to a text key
        }
        return interned.computeIfAbsent(key, k -> s);
    }

    /** The local CPython this VM keeps running to compile exec, eval and compile source (made at the first request). */
    private org.pyvm.core.host.CompilerProcess compiler;

    /** Ends the VM's compiler process, if one runs (the main module has finished). */
    public synchronized void endCompiler() {
        if (compiler != null) {
            compiler.end();
        }
    }

    /**
     * The VM's running compiler ({@link org.pyvm.core.host.CompilerProcess}) of its CPython {@code version}, looked
     * up once (a SystemError where it is missing).
     */
    public synchronized org.pyvm.core.host.CompilerProcess compiler(String version) {
        if (compiler == null) {
            compiler = new org.pyvm.core.host.CompilerProcess(org.pyvm.core.host.SourceCompiler.python(version));
        }
        return compiler;
    }

    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}, n already checked (0, or at least the check threshold). */
    public void setIntMaxStrDigits(int n) {
        intMaxStrDigits = n;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public org.pyvm.core.limits.Limits limits() {
        return limits;
    }

    public void setLimits(org.pyvm.core.limits.Limits limits) {
        this.limits = java.util.Objects.requireNonNull(limits);
    }

    public org.pyvm.core.sandbox.Sandbox sandbox() {
        return sandbox;
    }

    public void setSandbox(org.pyvm.core.sandbox.Sandbox sandbox) {
        org.pyvm.core.sandbox.Sandbox policy = sandbox.refusingWith(types.exceptions.containsKey("PermissionError") ? "PermissionError" : "OSError");
        this.sandbox = policy;
        // open(), _io and os reach the host's files through HostFiles alone: the policy decides there too (a
        // program under --sandbox wrote and made folders before, found by fuzzing). The environment is
        // denied too: the program sees an empty one (os builds os.environ as it is imported, and a refusal
        // there would refuse "import os"), and changing it is a PermissionError
        files.setPolicy(!policy.on() ? new org.pyvm.core.host.HostFiles.Policy() { } : new org.pyvm.core.host.HostFiles.Policy() {
            @Override
            public void checkRead(java.nio.file.Path p) {
                policy.checkRead(p);
            }

            @Override
            public void checkWrite(java.nio.file.Path p) {
                policy.checkWrite(p);
            }

            @Override
            public void checkEnvironment(String what) {
                policy.checkEnvironment(what);
            }
        });
    }

    /** Entering a Python frame: RecursionError past the limit, as CPython checks it; one step of the budget. */
    public void enter() {
        limits.step();
        if (++depth > recursionLimit) {
            throw tooDeep("");
        }
    }

    public void leave() {
        depth--;
    }

    /**
     * Entering one of CPython's C-level recursions (Py_EnterRecursiveCall: a repr, a comparison of containers),
     * counted with the frames against the same limit, so that a list nested 5,000 deep has no repr; {@code where}
     * ends the message (" while getting the repr of an object"). {@link #leave} ends it.
     */
    public void enterNested(String where) {
        if (++depth > recursionLimit) {
            throw tooDeep(where);
        }
    }

    /**
     * Enters {@code n} levels of C calls into Python code, as CPython's calls through tp_call count them
     * ({@link org.pyvm.spi.LanguageFeature#TP_CALL_COUNTS_RECURSION}): {@link #leaveCalls} with the same n ends them. Past the
     * limit, those already entered are undone and the RecursionError says "while calling a Python object".
     */
    public void enterCalls(int n) {
        for (int i = 0; i < n; i++) {
            if (++depth > recursionLimit) {
                depth -= i;
                throw tooDeep(" while calling a Python object");
            }
        }
    }

    public void leaveCalls(int n) {
        depth -= n;
    }

    /** The levels CPython counts for C code calling a Python method (a slot, __init__): 2 before 3.8, none after. */
    public int methodCallLevels() {
        return lang.has(org.pyvm.spi.LanguageFeature.TP_CALL_COUNTS_RECURSION) ? 2 : 0;
    }

    /** The level just entered is one too many: undone, and the RecursionError (2.7: RuntimeError) to throw. */
    private PyError tooDeep(String where) {
        depth--;
        return PyError.raise(types.exceptions.containsKey("RecursionError") ? "RecursionError" : "RuntimeError",
                "maximum recursion depth exceeded" + where);
    }

    public int depth() {
        return depth;
    }

    /** The exception instance a Python handler sees for {@code e}, made from its type name when raised from Java. */
    public PyBaseException exception(PyError e) {
        if (e.exception() == null) {
            PyType t = types.exceptions.get(e.pendingTypeName());
            if (t == null) {
                t = types.exceptions.get("SystemError");
            }
            PyObject[] args = e.pendingArgs() == null ? new PyObject[0] : e.pendingArgs();
            if (e.builtinMessage && args.length == 1 && args[0] instanceof org.pyvm.core.objects.PyStr s) {
                args = new PyObject[] {Ops.name(this, s.value())};
            }
            PyBaseException x = new PyBaseException(t, PyTuple.of(args));
            Exceptions.splitFilename(this, x);
            for (java.util.Map.Entry<String, PyObject> a : e.pendingAttributes().entrySet()) {
                x.dict.put(a.getKey(), a.getValue());
            }
            e.materialise(x);
        }
        return (PyBaseException) e.exception();
    }

    /** Writes text to the host's stdout as UTF-8. */
    public void writeOut(String text) {
        write(host.stdout(), text);
    }

    /** Writes text to the host's stderr as UTF-8. */
    public void writeErr(String text) {
        write(host.stderr(), text);
    }

    private static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
