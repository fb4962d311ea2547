package org.pyvm.core.embed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.interp.Session;
import org.pyvm.core.limits.LimitExceeded;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.ProgramFile;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.sandbox.Sandbox;

/**
 * pyvm embedded in a Java program: run a .pyc (or any program file a pack reads), then read the
 * module's globals and call its functions from Java.
 *
 * <pre>{@code
 * PyVm vm = PyVm.builder().stdout(out).argv("prog.pyc", "--fast").build();
 * int status = vm.run(Path.of("prog.pyc"));      // 0, 1 after an uncaught exception, or sys.exit's
 * Object total = vm.call("add", 2, 40);          // 42L
 * }</pre>
 *
 * Values cross the boundary converted, both ways:
 * <table>
 *   <tr><th>Java</th><th>Python</th></tr>
 *   <tr><td>{@code Integer}, {@code Long}, {@code Short}, {@code Byte} / back as {@code Long}</td><td>int</td></tr>
 *   <tr><td>{@code BigInteger} (back when it does not fit a long)</td><td>int (2.7: long)</td></tr>
 *   <tr><td>{@code Double}, {@code Float} / back as {@code Double}</td><td>float</td></tr>
 *   <tr><td>{@code String}</td><td>str (2.7: the byte string {@code str}, UTF-8)</td></tr>
 *   <tr><td>{@code Boolean}</td><td>bool</td></tr>
 *   <tr><td>{@code List} (tuples come back as lists too)</td><td>list</td></tr>
 *   <tr><td>{@code Map} (back as a {@code LinkedHashMap} in the dict's order)</td><td>dict</td></tr>
 *   <tr><td>{@code null}</td><td>None</td></tr>
 * </table>
 * Any other Python value comes back as the {@link PyObject} itself, which may be passed back in.
 *
 * <p>Each VM is separate: its own builtins, {@code sys}, modules, recursion depth and streams, and no
 * state shared with other VMs, so several may run at once on different threads. One VM is used by
 * one thread at a time. Python code runs on a thread of its own with a large stack, so the
 * recursion limit, not the Java stack, decides RecursionError.
 *
 * <p>A VM may be given limits, its own and no other VM's: a step budget ({@link Builder#maxSteps}),
 * a wall-clock limit ({@link Builder#timeout}), each counted afresh for {@link #run} and for every
 * {@link #call}, and a memory cap ({@link Builder#maxMemory}) on what the program holds. A spent
 * budget or time limit stops the Python code at once (no {@code except} or {@code finally} of the
 * program runs) and is thrown to the host as {@link LimitExceeded}; the VM may still be called
 * afterwards. Past the memory cap the program gets a {@code MemoryError} it may catch. A
 * {@link Builder#sandbox sandbox} refuses it processes, file writes, the environment and reads
 * outside given folders, as {@code pyvm run --sandbox} does.
 */
public final class PyVm {
    private static final long STACK_BYTES = 1L << 30;

    private final Host host;
    private final List<String> argv;
    private final PackRegistry packs;
    private final int recursionLimit;
    /** This VM's step, time and memory limits: one object per VM, never shared. */
    private final Limits limits;
    private final Sandbox sandbox;
    private Session session;

    private PyVm(Builder b) {
        this.host = new Host(b.stdout, b.stderr, b.stdin);
        this.argv = List.copyOf(b.argv);
        this.packs = b.packs != null ? b.packs : PackRegistry.discover(b.packFolders);
        this.recursionLimit = b.recursionLimit;
        this.limits = new Limits(b.maxSteps, b.timeout, b.maxMemory);
        this.sandbox = b.sandbox;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads and runs a program file as {@code __main__}: a .pyc (its pack chosen by magic number) or a
     * file a pack reads itself. {@code sys.argv} is the builder's argv, or {@code [file]} when none was
     * given. Output goes to the builder's streams; an uncaught exception's traceback to its stderr.
     *
     * @return the exit status: 0, 1 after an uncaught exception, or what {@code sys.exit} was given
     * @throws BadInputException when the file cannot be loaded (one-line message naming the file)
     * @throws IllegalStateException when this VM has already run a program
     * @throws LimitExceeded when the program ran past its step budget or time limit (what it printed
     *         before is written out)
     */
    public int run(Path file) {
        CodeObject module;
        try {
            module = ProgramFile.load(file, packs);
        } catch (BadInputException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
        List<String> args = argv.isEmpty() ? List.of(file.toString()) : argv;
        Path dir = file.toAbsolutePath().getParent();
        return run(module, args, dir);
    }

    /** Runs an already loaded module code object as {@code __main__}; see {@link #run(Path)}. */
    public int run(CodeObject module) {
        return run(module, argv.isEmpty() ? List.of(module.filename) : argv, null);
    }

    private synchronized int run(CodeObject module, List<String> args, Path dir) {
        if (session != null) {
            throw new IllegalStateException("this VM has already run a program; build a new one");
        }
        return onBigStack(() -> {
            Session s = new Session(module.lang, host, args, dir, limits, sandbox);
            s.runtime().setRecursionLimit(recursionLimit);
            session = s;
            return s.runMain(module);
        });
    }

    /** The module's globals after {@link #run}, converted (see the table above), in definition order. */
    public synchronized Map<String, Object> globals() {
        Session s = ran();
        PyDict g = s.globals();
        Map<String, Object> out = new LinkedHashMap<>();
        for (PyObject k : g.keys()) {
            Object key = Values.toJava(s.runtime(), k);
            out.put(String.valueOf(key), Values.toJava(s.runtime(), g.get(k)));
        }
        return out;
    }

    /**
     * The global {@code name}, converted; {@code null} both for None and for a missing name
     * (use {@link #globals()} to tell them apart).
     */
    public synchronized Object get(String name) {
        Session s = ran();
        PyObject v = s.globals().get(s.runtime().name(name));
        return v == null ? null : Values.toJava(s.runtime(), v);
    }

    /**
     * Calls the module's global {@code function} with the arguments converted to Python; returns the
     * result converted to Java.
     *
     * @throws PythonException when the call raises (the traceback is not printed; the exception has it)
     * @throws LimitExceeded when the call ran past the step budget or time limit (each call has them afresh)
     * @throws IllegalArgumentException when there is no such global or an argument has no Python form
     */
    public synchronized Object call(String function, Object... args) {
        Session s = ran();
        PyObject f = s.globals().get(s.runtime().name(function));
        if (f == null) {
            throw new IllegalArgumentException("the module has no global named " + function);
        }
        PyObject[] pyArgs = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            pyArgs[i] = Values.toPython(s.runtime(), args[i]);
        }
        return onBigStack(() -> {
            try {
                return Values.toJava(s.runtime(), s.call(f, pyArgs));
            } catch (PyError e) {
                String trace = s.traceback(e);
                String last = trace.strip().lines().reduce((a, b) -> b).orElse("");
                String type = s.runtime().exception(e).type().name(s.runtime().lang);
                String message = last.startsWith(type + ": ") ? last.substring(type.length() + 2) : "";
                throw new PythonException(type, message, trace);
            }
        });
    }

    /** Steps taken by the latest {@link #run} or {@link #call} (see {@link Builder#maxSteps}); read while one runs, an estimate. */
    public long stepsTaken() {
        return limits.stepsTaken();
    }

    /** Bytes of the big allocations the memory cap counts that the program holds, as far as the garbage collector has told. */
    public long memoryInUse() {
        return limits.memoryInUse();
    }

    private Session ran() {
        if (session == null) {
            throw new IllegalStateException("run a program first");
        }
        return session;
    }

    private static <T> T onBigStack(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pyvm-embedded", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Python code ran", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    /** Settings of a new VM; every one is optional. */
    public static final class Builder {
        private OutputStream stdout = OutputStream.nullOutputStream();
        private OutputStream stderr = OutputStream.nullOutputStream();
        private InputStream stdin = new ByteArrayInputStream(new byte[0]);
        private final List<String> argv = new ArrayList<>();
        private final List<Path> packFolders = new ArrayList<>();
        private PackRegistry packs;
        private int recursionLimit = 1000;
        private long maxSteps = Limits.NONE;
        private Duration timeout;
        private long maxMemory = Limits.NONE;
        private Sandbox sandbox = Sandbox.off();

        private Builder() {
        }

        /** Where {@code sys.stdout} writes (UTF-8 text); discarded by default. */
        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        /** Where {@code sys.stderr} and tracebacks go; discarded by default. */
        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /** What {@code input()} and {@code sys.stdin} read; empty by default. */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        /** {@code sys.argv}, program name first; {@code [file]} by default. */
        public Builder argv(String... args) {
            this.argv.clear();
            this.argv.addAll(List.of(args));
            return this;
        }

        /** Also loads packs from the jars in {@code folder} (as {@code pyvm --packs}); repeatable. */
        public Builder packFolder(Path folder) {
            this.packFolders.add(folder);
            return this;
        }

        /** Uses exactly these packs instead of discovering them (pack folders are then ignored). */
        public Builder packs(PackRegistry registry) {
            this.packs = registry;
            return this;
        }

        /** {@code sys.getrecursionlimit()} at start; 1000 by default, as in CPython. */
        public Builder recursionLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the recursion limit must be at least 1");
            }
            this.recursionLimit = limit;
            return this;
        }

        /**
         * Stops the program after {@code steps} steps of {@link #run} or of one {@link #call}, as
         * {@code pyvm run --max-steps}: a step is a loop's turn (backward jump), a Python frame entered
         * or resumed, an exception handled, or an item a builtin pulls from an iterator. No limit by default.
         *
         * @throws IllegalArgumentException when {@code steps} is not positive
         */
        public Builder maxSteps(long steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("the step budget must be at least 1");
            }
            this.maxSteps = steps;
            return this;
        }

        /**
         * Stops the program once {@link #run}, or one {@link #call}, has taken {@code limit} of wall-clock
         * time, as {@code pyvm run --timeout} (the clock is read every 4096 steps). No limit by default.
         *
         * @throws IllegalArgumentException when {@code limit} is zero or negative
         */
        public Builder timeout(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive");
            }
            this.timeout = limit;
            return this;
        }

        /**
         * A {@code MemoryError} when the program's big allocations (sequence repetition, concatenation,
         * list growth) would hold more than {@code bytes} at once, as {@code pyvm run --max-memory}. By
         * default the JVM's maximum heap is the cap.
         *
         * @throws IllegalArgumentException when {@code bytes} is not positive
         */
        public Builder maxMemory(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the memory cap must be at least 1 byte");
            }
            this.maxMemory = bytes;
            return this;
        }

        /**
         * What the program may touch outside the VM, as {@code pyvm run --sandbox}: for instance
         * {@code Sandbox.readingOnly(List.of(folder))}. Off by default.
         */
        public Builder sandbox(Sandbox policy) {
            this.sandbox = java.util.Objects.requireNonNull(policy);
            return this;
        }

        /**
         * @throws BadInputException when a pack folder is missing or a pack in it cannot be loaded
         */
        public PyVm build() {
            return new PyVm(this);
        }
    }
}
