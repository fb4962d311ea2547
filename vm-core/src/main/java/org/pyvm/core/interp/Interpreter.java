package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyClassicRaise;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBoundMethod;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTraceback;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.ExceptionModel;
import org.pyvm.spi.NeutralOp;

/**
 * The loop that runs frames. One small case per neutral operation; anything longer than a few
 * lines is a method of its own (HotSpot compiles small methods, and a reader finds each
 * operation's meaning in one place). Python-to-Python calls re-enter {@link #run}.
 */
public final class Interpreter {
    private static final NeutralOp[] OPS = NeutralOp.values();
    /** The instructions that call: a generator on the stack right after one of them was made by it. */
    static final java.util.Set<NeutralOp> CALLS = java.util.Set.of(NeutralOp.CALL, NeutralOp.CALL_FUNCTION,
            NeutralOp.CALL_FUNCTION_KW, NeutralOp.CALL_FUNCTION_EX, NeutralOp.CALL_FUNCTION_EX_NULL, NeutralOp.CALL_FUNCTION_PAIRS,
            NeutralOp.CALL_FUNCTION_PAIRS_VAR, NeutralOp.CALL_FUNCTION_PAIRS_KW, NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW);
    private static final Comparison[] COMPARISONS = Comparison.values();
    private static final Operator[] OPERATORS = Operator.values();
    private static final int CO_GENERATOR = 0x20;

    final Runtime rt;
    /** The innermost running frame (tracebacks, globals(), sys._getframe). */
    Frame current;
    /** The exception being handled ({@code sys.exc_info()}), or null. */
    PyBaseException handling;
    final Output output;
    /** The key a new function's {@code __module__} is read under: one string, so its hash is computed once, not at every def or lambda. */
    final org.pyvm.core.objects.PyStr moduleNameKey = org.pyvm.core.objects.PyStr.of("__name__");
    /** Watches every instruction ({@code pyvm trace}); null, the usual case, costs one check of a local per instruction. */
    private Tracer tracer;
    /** The import system, made at the first import (it needs the importing code's pack). */
    Importer importer;

    /** The socketpair() ends this VM's _socket made, which its select waits on (made at the first import of either). */
    private org.pyvm.core.modules.NoHostAccessModules.Sockets sockets;

    org.pyvm.core.modules.NoHostAccessModules.Sockets sockets() {
        if (sockets == null) {
            sockets = new org.pyvm.core.modules.NoHostAccessModules.Sockets();
        }
        return sockets;
    }

    public Interpreter(Runtime rt) {
        this.rt = rt;
        this.generatorsOwnExceptions = rt.lang.has(org.pyvm.spi.LanguageFeature.GENERATOR_OWN_EXCEPTION_STATE);
        this.exceptionStateStack = rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_STATE_STACK);
        this.builtinsKey = rt.name("__builtins__");
        this.output = new Output(rt);
        rt.onCurrentGlobals(() -> current == null ? null : current.globals);
        rt.onArgumentReleased(arg -> Ownership.releaseArgument(this, arg));
    }

    public Runtime runtime() {
        return rt;
    }

    /** Sets the tracer that sees each instruction before it runs (null for none); frames already running keep the one they started with. */
    public void setTracer(Tracer tracer) {
        this.tracer = tracer;
    }

    // ---------------------------------------------------------------- entering frames

    /** Runs a module body with {@code globals} as both globals and locals. */
    public PyObject runModule(CodeObject code, PyDict globals) {
        Frame f = new Frame(code, globals, globals, rt.builtins, null, current, rt.limits());
        return execute(f);
    }

    /**
     * The builtins of code running with {@code globals}: what their {@code __builtins__} names (a module's dict, or a
     * dict itself), as CPython's frames take them; the interpreter's own when it names neither. A program's
     * {@code eval(src, {'__builtins__': {}})} so runs without builtins.
     */
    PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.get(builtinsKey);
        if (b instanceof org.pyvm.core.objects.PyModule m) {
            return m.dict;
        }
        return b instanceof PyDict d ? d : rt.builtins;
    }

    private final PyObject builtinsKey;

    /** Runs code given to exec/eval with these namespaces; the value it returns. */
    PyObject runCode(CodeObject code, PyDict globals, PyDict locals) {
        // code made at run time was not among what Ownership read: what these namespaces alone held escapes
        org.pyvm.core.objects.OwnedByName.exposed(globals);
        if (locals != globals) {
            org.pyvm.core.objects.OwnedByName.exposed(locals);
        }
        Frame f = new Frame(code, globals, locals, builtinsOf(globals), null, current, rt.limits());
        return execute(f);
    }

    /** Runs a class body (or 2.7 exec'd code) with its own locals dict. */
    PyObject runWithLocals(PyFunction fn, PyDict locals) {
        Frame f = new Frame(fn.code, fn.globals, locals, fn.builtins, fn, current, rt.limits());
        initCells(f, fn);
        return execute(f);
    }

    /** Code flags of functions whose call makes a generator, coroutine or async generator rather than running them. */
    private static final int SUSPENDING_FLAGS = CO_GENERATOR | PyGenerator.CO_COROUTINE | 0x100 | 0x200;

    /**
     * A call made by an instruction of frame {@code f}: a Python function of this interpreter gets its frame made
     * and entered, and that frame is returned for the loop to run in place; any other callable is called now and
     * its result pushed onto {@code f}'s stack (null returned).
     */
    Frame invoke(Frame f, PyObject callable, PyObject[] args, String[] kwnames) {
        PyFunction fn = null;
        PyObject[] fnArgs = args;
        if (callable instanceof PyFunction direct) {
            fn = direct;
        } else if (callable instanceof PyBoundMethod m && m.function instanceof PyFunction bound) {
            fn = bound;
            fnArgs = new PyObject[args.length + 1];
            fnArgs[0] = m.self;
            System.arraycopy(args, 0, fnArgs, 1, args.length);
        }
        if (fn != null && fn.interp == this && (fn.code.flags & 1) != 0 && (fn.code.flags & SUSPENDING_FLAGS) == 0) {
            return enter(fn, fnArgs, kwnames);
        }
        f.push(callable instanceof PyFunction direct ? call(direct, args, kwnames) : Ops.call(rt, callable, args, kwnames));
        return null;
    }

    /** {@link #call} up to running the frame: the new frame, now {@link #current}, to be run in place by the loop. */
    private Frame enter(PyFunction fn, PyObject[] args, String[] kwnames) {
        return entered(frameFor(fn, null, args, kwnames));
    }

    /**
     * {@link #invoke} of the commonest call, a Python function of this VM given exactly its positional parameters
     * and nothing else: the {@code n} arguments at {@code stack[from]} go straight into the callee's locals, with
     * no argument array between. Null, having done nothing, for any other call.
     */
    Frame enterPositional(PyObject callable, PyObject[] stack, int from, int n) {
        Frame f = simpleFrame(callable, n);
        int at = 0;
        if (f == null) {
            f = simpleMethodFrame(callable, n);
            at = 1;
        }
        if (f == null) {
            return null;
        }
        System.arraycopy(stack, from, f.fast, at, n);
        initCells(f, f.function);
        return entered(f);
    }

    /**
     * For compiled code's calls: a frame for {@code callable} when it is a Python function of this VM taking
     * exactly {@code n} positional parameters and nothing else (as {@link #enterPositional} takes them), its
     * arguments still to be put in its {@link Frame#fast}; null for any other call.
     */
    Frame simpleFrame(PyObject callable, int n) {
        if (!(callable instanceof PyFunction fn) || fn.interp != this) {
            return null;
        }
        CodeObject co = fn.code;
        if ((co.flags & 1) == 0 || (co.flags & (SUSPENDING_FLAGS | Arguments.CO_VARARGS | Arguments.CO_VARKEYWORDS)) != 0
                || co.argcount != n || co.kwonlyargcount != 0) {
            return null;
        }
        return new Frame(co, fn.globals, null, fn.builtins, fn, current, rt.limits());
    }

    /**
     * {@link #simpleFrame} for a method of a Python class bound to its object ({@code obj.method(x)} on 2.7 and
     * 3.6, which have no LOAD_METHOD): the function's frame with the object already its first local, the
     * {@code n} arguments still to go after it; null for any other callable.
     */
    Frame simpleMethodFrame(PyObject callable, int n) {
        if (!(callable instanceof PyBoundMethod m)) {
            return null;
        }
        Frame f = simpleFrame(m.function, n + 1);
        if (f != null) {
            f.fast[0] = m.self;
        }
        return f;
    }

    /** Runs a frame from {@link #simpleFrame}, its arguments in place, to its return. */
    PyObject runSimple(Frame callee) {
        initCells(callee, callee.function);
        return execute(callee, false);
    }

    /**
     * {@link #runSimple} for compiled code's calls ({@link JitOps#call1} and kin): a Python exception leaving the
     * callee comes back as null, the error in {@link #takeRaised}, and the caller's compiled code raises it. Thrown
     * on from here, it cost a second JVM exception dispatch, which unwound the call helpers' frames as well.
     */
    PyObject runSimpleOrRaised(Frame callee) {
        initCells(callee, callee.function);
        return execute(callee, true);
    }

    private Frame entered(Frame f) {
        rt.enter();
        if (jitThreshold > 0 && tracer == null && rt.depth() < JIT_DEPTH) {
            f.jit = jitCode(f.dc);
        }
        f.inPlace = true;
        f.savedHandling = handling;
        current = f;
        return f;
    }

    /** A frame run in place is done (returned, or an exception left it): what {@link #execute}'s finally does; its caller. */
    private Frame leave(Frame f) {
        PyGenerator g = f.generatorInPlace;
        if (g != null && !g.finished) {
            suspendHandling(g, f); // a yield
        }
        current = f.back;
        handling = f.savedHandling;
        rt.leave();
        if (g != null) {
            // suspended or done, the generator's frame is no longer run in place: a later resume may be resume()'s
            f.generatorInPlace = null;
            f.inPlace = false;
            g.running = false;
            if (g.finished && f.ownedGenerators > 0) {
                f.dropTo(0);
            }
        } else if (f.ownedGenerators > 0) {
            f.dropTo(0); // a return or an exception left a loop's generator on the stack: the frame lets go
        }
        return f.back;
    }

    private static Frame pushed(Frame f, PyObject v) {
        f.push(v);
        return f;
    }

    /**
     * FOR_ITER on a generator of this VM that is neither running nor finished: what {@link #resume} does with
     * None sent, up to running the frame, which the loop then runs in place; its YIELD_VALUE pushes the value
     * onto the loop's stack, its return ends the loop ({@link #generatorReturned}).
     */
    private Frame enterGenerator(PyGenerator g, int loopExit) {
        enterOrFinish(g);
        Frame f = g.frame;
        if (g.started) {
            f.push(PyNone.NONE);
        }
        g.started = true;
        g.resumed = true;
        g.running = true;
        f.back = current;
        f.savedHandling = handling;
        resumeHandling(g);
        f.inPlace = true;
        f.generatorInPlace = g;
        f.forIterExit = loopExit;
        current = f;
        return f;
    }

    /**
     * The recursion-limit check of resuming {@code g}. When it fails, CPython has already released the generator's
     * frame (gen_send_ex: "generator can't be rerun"): the generator is finished, and a later next() raises
     * StopIteration, not "generator already executing".
     */
    private void enterOrFinish(PyGenerator g) {
        try {
            rt.enter();
        } catch (PyError e) {
            g.finished = true;
            if (g.frame.ownedGenerators > 0) {
                g.frame.dropTo(0);
            }
            throw e;
        }
    }

    /** The generator run in place by a FOR_ITER returned: it is finished, and the loop ends (the iterator popped). */
    private Frame generatorReturned(Frame f, PyObject value) {
        PyGenerator g = f.generatorInPlace;
        g.finished = true;
        g.returnValue = value;
        Frame caller = leave(f);
        caller.pop();
        caller.ip = f.forIterExit;
        return caller;
    }

    PyObject call(PyFunction fn, PyObject[] args, String[] kwnames) {
        if (kwnames == null) {
            // the commonest call from Java (map, filter, sorted's key, a dunder method): exactly the positional
            // parameters, copied straight in without the general binding
            Frame simple = simpleFrame(fn, args.length);
            if (simple != null) {
                System.arraycopy(args, 0, simple.fast, 0, args.length);
                return runSimple(simple);
            }
        }
        // code without CO_OPTIMIZED (2.7 class bodies) keeps its names in a dict
        Frame f = frameFor(fn, (fn.code.flags & 1) == 0 ? PyDict.of(rt.lang, List.of()) : null, args, kwnames);
        if ((fn.code.flags & (CO_GENERATOR | PyGenerator.CO_COROUTINE | PyGenerator.CO_ASYNC_GENERATOR)) != 0
                && fn.code.pack.table().exceptionModel() == ExceptionModel.BLOCK_STACK) {
            // 2.7/3.6: a generator, coroutine or async generator starts suspended (3.11 code says so itself: RETURN_GENERATOR)
            return new PyGenerator(this, f, false);
        }
        return execute(f);
    }

    /** A new frame for a call of {@code fn} below the current one, its arguments bound and its cells made. */
    private Frame frameFor(PyFunction fn, PyDict locals, PyObject[] args, String[] kwnames) {
        Frame f = new Frame(fn.code, fn.globals, locals, fn.builtins, fn, current, rt.limits());
        Arguments.bind(rt, fn, f.fast, args, kwnames);
        initCells(f, fn);
        return f;
    }

    /** 2.7/3.6: cells for cell variables (arguments copied in) and the closure's free variables. */
    private static void initCells(Frame f, PyFunction fn) {
        if (f.cells == null || fn != null && f.cells == fn.closure) {
            return;
        }
        CodeObject co = f.code;
        for (int i = 0; i < co.cellvars.length; i++) {
            PyCell cell = new PyCell(null);
            for (int a = 0; a < co.varnames.length; a++) {
                if (co.varnames[a].equals(co.cellvars[i])) {
                    cell.value = f.fast[a];
                    break;
                }
            }
            f.cells[i] = cell;
        }
        if (fn != null && fn.closure != null) {
            System.arraycopy(fn.closure, 0, f.cells, co.cellvars.length, Math.min(fn.closure.length, co.freevars.length));
        }
    }

    private PyObject execute(Frame f) {
        return execute(f, false);
    }

    /** Runs {@code f} to its return; a Python exception leaving it is thrown, or with {@code errorAsNull} left in {@link #raising}. */
    private PyObject execute(Frame f, boolean errorAsNull) {
        rt.enter();
        Frame saved = current;
        current = f;
        // an exception handled inside the call is the caller's sys.exc_info() no longer once it returns
        PyBaseException savedHandling = handling;
        boolean compiled = false;
        PyObject r;
        try {
            JitCode jc = jitThreshold > 0 && tracer == null && rt.depth() < JIT_DEPTH ? jitCode(f.dc) : null;
            if (jc != null) {
                compiled = true;
                f.compiled = true;
                r = jc.run(this, f, 0);
            } else {
                r = run(f);
            }
        } catch (Throwable t) {
            // one handler where runCompiled's and a finally's made two: each rethrow is another search of the
            // JVM's handler tables, most of what an exception leaving a compiled frame costs
            return leftExecuted(f, saved, savedHandling, compiled ? leftCompiledCode(f, t) : null, t, errorAsNull);
        }
        if (r == null && compiled && raising != null) {
            // the compiled code's error left by its return (JitCode.run): as the catch above takes a thrown one
            PyError e = leftCompiledCode(f, takeRaised());
            return leftExecuted(f, saved, savedHandling, e, e, errorAsNull);
        }
        executed(f, saved, savedHandling);
        return r;
    }

    /**
     * {@link #execute}'s frame {@code f} left by {@code t} ({@code e}: the PyError it became when the frame ran
     * compiled, else null): thrown on, or with {@code errorAsNull} a Python exception left in {@link #raising} and
     * null returned. Kept out of execute, which runs at every call and should stay small enough to inline.
     */
    private PyObject leftExecuted(Frame f, Frame saved, PyBaseException savedHandling, PyError e, Throwable t, boolean errorAsNull) {
        executed(f, saved, savedHandling);
        return thrownOrLeft(e, t, errorAsNull);
    }

    /** {@code e} (else {@code t}) thrown, or with {@code errorAsNull} a PyError left in {@link #raising} and null returned. */
    private PyObject thrownOrLeft(PyError e, Throwable t, boolean errorAsNull) {
        if (errorAsNull && (e != null || t instanceof PyError)) {
            return raisedAsNull(e != null ? e : (PyError) t);
        }
        if (e != null) {
            throw e;
        }
        // what a frame's run throws: a RuntimeException or an Error, never a checked exception
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) t;
    }

    /** What {@link #execute} does when {@code f} returned or an exception left it. */
    private void executed(Frame f, Frame saved, PyBaseException savedHandling) {
        current = saved;
        handling = savedHandling;
        rt.leave();
        if (f.ownedGenerators > 0) {
            f.dropTo(0); // a return or an exception left a loop's generator on the stack: the frame lets go
        }
    }

    /** Resumes a generator with a sent value (or an exception thrown in); null when it returns. */
    PyObject resume(PyGenerator g, PyObject value, PyError thrown) {
        return resume(g, value, thrown, null);
    }

    /**
     * As {@link #resume(PyGenerator, PyObject, PyError)}, {@code throwArgs} being the arguments of the
     * {@code gen.throw()} that threw {@code thrown}, if one did: a delegate that is not a generator gets them as
     * they were given.
     */
    PyObject resume(PyGenerator g, PyObject value, PyError thrown, PyObject[] throwArgs) {
        Frame f = g.frame;
        PyObject delegate = thrown == null ? null : delegatingTo(f);
        if (delegate != null && !(delegate instanceof PyGenerator) && !(delegate instanceof AsyncGenerators.Awaiting)
                && !(delegate instanceof Async.Resolved)) {
            // "yield from" (or await) of another iterator: its own close() or throw() first, as gen_throw does
            try {
                PyObject r = throwIntoDelegate(delegate, thrown, throwArgs);
                if (r != null) {
                    return r; // it produced a value: passed up, the frame stays suspended in its yield from
                }
            } catch (PyError e) {
                if (org.pyvm.core.runtime.Exceptions.is(rt, thrown, "GeneratorExit") || !org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    thrown = e; // what closing it raised, or its throw() did, goes into this frame instead
                } else {
                    f.pop(); // it is done: the yield from takes StopIteration's value
                    f.push(new Async.Resolved(stopValue(e)));
                    thrown = null;
                    value = PyNone.NONE;
                }
            }
        }
        if (delegate instanceof PyGenerator sub) {
            // throw()/close() inside "yield from" go to the inner generator first
            PyObject r;
            try {
                r = sub.throwIn(thrown);
            } catch (PyError e) {
                r = null;
                thrown = e;
                sub = null;
            }
            if (sub != null) {
                if (r != null) {
                    return r;
                }
                thrown = null;
                value = sub.returnValue;
            }
        } else if (delegate instanceof AsyncGenerators.Awaiting step) {
            // awaiting an async generator's asend/athrow: the exception goes into that generator first
            try {
                PyObject r = step.throwIn(thrown);
                if (r != null) {
                    return r;
                }
                thrown = null;
                value = step.result;
            } catch (PyError e) {
                thrown = e;
            }
        }
        if (g.started && thrown == null) {
            f.push(value);
        }
        enterOrFinish(g);
        g.started = true;
        g.resumed = true;
        g.running = true;
        Frame saved = current;
        f.back = saved; // f_back of a running generator is whoever resumed it
        current = f;
        PyBaseException savedHandling = handling;
        f.savedHandling = savedHandling;
        if (thrown == null || exceptionStateStack) {
            // 3.6 swaps a generator's own exception in only for send()/next(): throw() leaves the thrower's in place
            // (save_exc_state), and the exception the generator handled when it yielded is forgotten
            resumeHandling(g);
        }
        if (thrown != null) {
            thrownIn(g, thrown);
        }
        try {
            PyObject r = resumeCompiled(f, thrown);
            if (r == null) {
                r = thrown != null ? runThrowing(f, thrown) : run(f);
            }
            if (f.yielded) {
                f.yielded = false;
                suspendHandling(g, f);
                return r;
            }
            g.finished = true;
            g.returnValue = r;
            return null;
        } catch (PyError e) {
            g.finished = true;
            if (org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e) && generatorStop(f.code)) {
                throw stopIterationEscaped(e, f.code.flags);
            }
            if ((f.code.flags & 0x200) != 0 && org.pyvm.core.runtime.Exceptions.is(rt, e, "StopAsyncIteration")) {
                throw stopEscaped(e, "async generator raised StopAsyncIteration"); // PEP 525, as PEP 479 for generators
            }
            throw e; // before PEP 479 a StopIteration leaving a generator ends the loop that iterates it
        } finally {
            handling = savedHandling;
            current = saved;
            g.running = false;
            rt.leave();
            if (g.finished && f.ownedGenerators > 0) {
                f.dropTo(0);
            }
            if (g.closeWhenIdle) {
                g.closeWhenIdle = false; // its name went while it ran: next()'s argument was the last reference
                g.abandon();
            }
        }
    }

    /**
     * A rich comparison made by a frame at the recursion limit: before 3.11 COMPARE_OP calls
     * PyObject_RichCompare, whose Py_EnterRecursiveCall counts one level more ("in comparison"; 2.7 "in
     * cmp", after its fast path for two ints). 3.11's specialised int/float/str comparisons skip it, so
     * pyvm does not count there.
     */
    void comparisonAtLimit(PyObject left, PyObject right) {
        boolean py2 = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (!py2 && rt.lang.minor() >= 11 || py2 && left instanceof org.pyvm.core.objects.PyInt && right instanceof org.pyvm.core.objects.PyInt) {
            return;
        }
        throw PyError.raise(py2 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded in " + (py2 ? "cmp" : "comparison"));
    }

    /** CO_FUTURE_GENERATOR_STOP (3.5, 3.6), CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR. */
    private static final int STOP_IS_ERROR_FLAGS = 0x80000 | 0x80 | 0x100 | 0x200;

    /**
     * PEP 479: whether a StopIteration leaving this generator's frame becomes a RuntimeError: always from 3.7;
     * in 3.6 only under {@code from __future__ import generator_stop} or for coroutines and async generators
     * (never in 2.7).
     */
    private boolean generatorStop(CodeObject code) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return false;
        }
        return rt.lang.minor() >= 7 || (code.flags & STOP_IS_ERROR_FLAGS) != 0;
    }

    /** The RuntimeError that replaces it, chained to it as both cause and context (_PyErr_FormatFromCause). */
    private PyError stopIterationEscaped(PyError e, int flags) {
        String what = (flags & 0x80) != 0 ? "coroutine" : (flags & 0x200) != 0 ? "async generator" : "generator";
        return stopEscaped(e, what + " raised StopIteration");
    }

    /** A RuntimeError saying {@code message}, chained to {@code e} as both cause and context. */
    private PyError stopEscaped(PyError e, String message) {
        PyBaseException stop = rt.exception(e);
        if (stop.traceback.isEmpty()) {
            stop.traceback.addAll(e.traceback());
        }
        PyError err = PyError.raise("RuntimeError", message);
        PyBaseException runtime = rt.exception(err);
        runtime.cause = stop;
        runtime.context = stop;
        return err;
    }

    /** The sub-iterator a suspended frame is delegating to ("yield from"), or null. */
    static PyObject delegatingTo(Frame f) {
        if (f.sp == 0 || f.ip >= f.dc.length()) {
            return null;
        }
        NeutralOp next = OPS[f.dc.op[f.ip]];
        boolean delegating = next == NeutralOp.YIELD_FROM || next == NeutralOp.RESUME && f.dc.arg[f.ip] >= 2;
        return delegating ? f.top() : null;
    }

    private PyObject runThrowing(Frame f, PyError thrown) {
        f.current = Math.max(0, f.ip - 1);
        if (!handle(f, thrown)) {
            throw thrown;
        }
        return run(f);
    }

    // ---------------------------------------------------------------- compiled code

    /**
     * Entries (calls, and loop turns of frames in the interpreter) a code object gets before {@link JitCompiler}
     * compiles it; 0 leaves every code to the interpreter. {@code -Dpyvm.jit.threshold=N}.
     */
    private final int jitThreshold = Integer.getInteger("pyvm.jit.threshold", 1000);

    /** Where hot code compiles when not on the program's thread (null: on it). */
    private final BackgroundJit background = jitThreshold > 0 && BackgroundJit.enabled() ? new BackgroundJit() : null;

    /**
     * Calls deeper than this run in the interpreter. Compiled code calls by Java recursion, a few JVM frames per
     * Python call, where the interpreter runs calls in place; a program recursing 100,000 deep (its recursion
     * limit raised) made the JVM scan a million frames at every young collection and unwind them one by one
     * (150 s instead of 13). Past this depth a call gets an interpreter loop, whose own calls stay in place.
     */
    private static final int JIT_DEPTH = 1500;

    /** {@code -Dpyvm.jit.log=true}: says on the host's stderr which code became hot and whether it compiled, and why not. */
    private static final boolean JIT_LOG = Boolean.getBoolean("pyvm.jit.log");

    /** The compiled form of {@code dc}, compiling it when it has just become hot; null while it is not (or cannot be). */
    private JitCode jitCode(DecodedCode dc) {
        Object c = dc.compiled;
        if (c instanceof JitCode jc) {
            return jc;
        }
        if (c != null || ++dc.hotness < jitThreshold) {
            return null;
        }
        if (background != null) {
            background.submit(dc);
            return null;
        }
        c = JitCompiler.compile(dc);
        dc.compiled = c;
        if (JIT_LOG) {
            rt.writeErr("pyvm jit: " + dc.code.name + " (" + dc.code.filename + ":" + dc.code.firstlineno + "): "
                    + (c instanceof JitCode ? "compiled" : "refused, " + JitCompiler.whyNot(dc)) + "\n");
        }
        return c instanceof JitCode jc ? jc : null;
    }

    /**
     * Runs {@code f} with its compiled code, from the start or from an entry ({@link JitCode#run}). An exception
     * leaving it (past the compiled code's own handlers, 3.11's table) gets the frame's traceback entry here, as
     * the interpreter's handler search would add it.
     */
    private PyObject runCompiled(Frame f, JitCode jc, int entry) {
        f.compiled = true;
        if (f.owning > 0) {
            Ownership.escapeAll(f); // compiled code reads its locals without looking
        }
        PyObject r;
        try {
            r = jc.run(this, f, entry);
        } catch (RuntimeException | StackOverflowError t) {
            RuntimeException e = leftCompiledCode(f, t);
            if (e != null) {
                throw e;
            }
            throw t;
        }
        if (r == null && raising != null) {
            throw leftCompiledCode(f, takeRaised()); // an error the compiled code left by its return
        }
        return r;
    }

    /**
     * {@code t} leaving compiled code of {@code f}: the PyError to throw on, its traceback entry made (bytecode
     * the JVM refused becomes a SystemError, the JVM's stack running out a RecursionError), or null for any other
     * Throwable, which goes on as it is.
     */
    private PyError leftCompiledCode(Frame f, Throwable t) {
        PyError err;
        if (t instanceof PyError e) {
            err = e;
        } else if (t instanceof ArrayIndexOutOfBoundsException || t instanceof NegativeArraySizeException
                || t instanceof ClassCastException || t instanceof NullPointerException) {
            err = invalidBytecode(f, (RuntimeException) t);
        } else if (t instanceof StackOverflowError) {
            err = stackOverflow();
        } else {
            return null;
        }
        handle(f, err);
        err.reraisedIn = f; // its traceback entry is made: a search of the loop that ran this frame must not again
        return err;
    }

    /** Bytecode that underflows the stack or holds the wrong kind of value, where {@code g} is: a SystemError, not a crash. */
    private PyError invalidBytecode(Frame g, RuntimeException e) {
        int at = Math.min(g.current, g.dc.length() - 1);
        return PyError.raise("SystemError", "invalid bytecode in " + g.code.name + " at offset " + g.dc.offset[at] + " ("
                + g.dc.def[at].name() + "): " + describe(e));
    }

    /** The JVM's stack ran out before the recursion limit: what running out of the limit raises. */
    private PyError stackOverflow() {
        return PyError.raise(rt.types.exceptions.containsKey("RecursionError") ? "RecursionError" : "RuntimeError",
                "maximum recursion depth exceeded");
    }

    /**
     * A generator's frame resumed with its compiled code, when it has some and may start where the frame stands
     * (the start, or after a yield); what it returned or yielded, or null to resume it in the interpreter. A
     * frame that ran compiled once goes on so: the interpreter does not keep its loop blocks.
     */
    private PyObject resumeCompiled(Frame f, PyError thrown) {
        JitCode jc = f.compiled ? (JitCode) f.dc.compiled : jitThreshold > 0 && tracer == null ? jitCode(f.dc) : null;
        if (jc == null) {
            return null;
        }
        int at = f.ip;
        int stacked = thrown != null ? jc.depth[at] - 1 : jc.depth[at]; // a resume pushed the sent value, a throw() did not
        if (at != 0 && !jc.entries[at] || stacked != f.sp || thrown != null && (at == 0 || !f.compiled)) {
            // a throw() before the compiled code ran the frame is the interpreter's, which finds the handler
            if (f.compiled) {
                throw new IllegalStateException("pyvm JIT: a compiled generator suspended where its code cannot resume (" + at + ")");
            }
            return null;
        }
        if (thrown != null) {
            f.pendingThrow = thrown;
            return runCompiled(f, jc, -at);
        }
        return runCompiled(f, jc, at);
    }

    /**
     * A frame entered for a call ({@link #entered}) made by compiled code: run to its return here, with its
     * compiled code when it has some, and left as {@link #execute} leaves a frame.
     */
    PyObject finishEntered(Frame callee) {
        return finishEntered(callee, false);
    }

    /** {@link #finishEntered}; a Python exception leaving the callee thrown, or with {@code errorAsNull} left in {@link #raising}. */
    PyObject finishEntered(Frame callee, boolean errorAsNull) {
        callee.inPlace = false;
        JitCode jc = callee.jit;
        PyObject r;
        try {
            if (jc != null) {
                callee.compiled = true;
                r = jc.run(this, callee, 0);
            } else {
                r = run(callee);
            }
        } catch (Throwable t) {
            // one handler, as in execute: runCompiled's and a finally's made two searches of the JVM's handler tables
            PyError e = jc != null ? leftCompiledCode(callee, t) : null;
            finishedEntered(callee);
            return thrownOrLeft(e, t, errorAsNull);
        }
        if (r == null && jc != null && raising != null) {
            PyError e = leftCompiledCode(callee, takeRaised()); // an error the compiled code left by its return
            finishedEntered(callee);
            return thrownOrLeft(e, e, errorAsNull);
        }
        finishedEntered(callee);
        return r;
    }

    private void finishedEntered(Frame callee) {
        current = callee.back;
        handling = callee.savedHandling;
        rt.leave();
        if (callee.ownedGenerators > 0) {
            callee.dropTo(0);
        }
    }

    /**
     * A loop of {@code f} turned back to {@code head} once more: when its code is compiled (now, having become hot,
     * or before), the frame goes on in compiled code from that loop head to its return (on-stack replacement).
     * The value it returned, or null when the frame stays in the interpreter.
     */
    private PyObject loopTurned(Frame f, int head) {
        if (f.handedOver) {
            return handBack(f, head);
        }
        JitCode jc = jitCode(f.dc);
        if (jc == null || tracer != null || !jc.entries[head] || jc.depth[head] != f.sp || jc.blocks[head] * 3 != f.bp || rt.depth() >= JIT_DEPTH) {
            return null;
        }
        return runCompiled(f, jc, head);
    }

    /**
     * A frame its compiled code handed over ({@link #continueInterpreted}) is at {@code target}, a loop head or where
     * an except clause jumps on to: {@link JitOps#RESUME} when the compiled code can go on from there (f.ip
     * that instruction), null while the frame stays in the interpreter.
     */
    private PyObject handBack(Frame f, int target) {
        JitCode jc = (JitCode) f.dc.compiled;
        if (target > 0 && tracer == null && jc.entries[target] && jc.depth[target] == f.sp && jc.blocks[target] * 3 == f.bp) {
            f.ip = target;
            return JitOps.RESUME;
        }
        return null;
    }

    /**
     * Compiled code of 2.7/3.6 hands frame {@code f} over at instruction {@code at}, its value stack and block
     * stack as the interpreter keeps them there: with an exception raised inside a try block, the interpreter
     * finds the handler; without, it runs instruction {@code at} (a return or break through a finally block, an
     * except clause's end). Either way the frame runs in the interpreter until it returns (the value is
     * returned here) or reaches a loop head where its compiled code may go on ({@link JitOps#RESUME}
     * returned, f.ip that head, the value stack in f.stack()): the compiled code then goes on from there
     * itself, so a loop catching an exception at each turn nests no Java calls.
     */
    PyObject continueInterpreted(Frame f, int at, PyError raised) {
        f.compiled = false;
        f.handedOver = true;
        boolean inPlace = f.inPlace;
        f.inPlace = false; // its return ends the run below, whoever called it sees the value (as leftCompiled)
        boolean ran = false;
        try {
            if (raised != null) {
                if (!handle(f, raised)) {
                    throw raised;
                }
            } else {
                f.ip = at;
            }
            ran = true;
            PyObject r = run(f);
            f.compiled = r == JitOps.RESUME; // a frame that returned here stays the interpreter's (f_lineno)
            return r;
        } catch (PyError e) {
            e.reraisedIn = f; // its traceback entry is made: the compiled code's caller must not add another
            if (ran) {
                f.current = f.executing(); // where the interpreter was, for f_lineno once compiled again
            }
            f.compiled = true;
            throw e;
        } finally {
            f.handedOver = false;
            f.inPlace = inPlace;
        }
    }

    /**
     * A frame run in place that went on in compiled code from a loop head and is done there: what its return or
     * (a generator run by a for loop) its yield would have done in the loop; the frame the loop goes on with.
     */
    private Frame leftCompiled(Frame f, PyObject r) {
        if (f.generatorInPlace == null) {
            return pushed(leave(f), r);
        }
        if (f.yielded) {
            f.yielded = false;
            return pushed(leave(f), r); // the for loop's next value
        }
        return generatorReturned(f, r);
    }

    /**
     * One instruction of {@code f} that compiled code has no code of its own for, run on the frame's stack: the
     * loop's cases that do not jump or switch frames, and {@link #rare}.
     */
    void step(Frame f, int i) {
        NeutralOp op = f.dc.kind[i];
        int a = f.dc.arg[i];
        switch (op) {
            case BUILD_TUPLE -> f.push(PyTuple.of(popN(f, a)));
            case BUILD_LIST -> f.push(popList(f, a));
            case LIST_APPEND -> listAppend(f, a);
            case UNPACK_SEQUENCE -> Builders.unpack(rt, f, a);
            case DUP_TOPX -> dupTopX(f, a);
            case COPY_FREE_VARS -> copyFreeVars(f, a);
            case CHECK_EXC_MATCH -> checkExcMatch(f);
            case POP_EXCEPT -> popExcept(f);
            case PUSH_EXC_INFO -> pushExcInfo(f);
            case RERAISE -> throw reraise311(f, a);
            default -> rare(f, op, a, i);
        }
    }

    private void checkExcMatch(Frame f) {
        PyObject spec = f.pop();
        f.push(PyBool.of(org.pyvm.core.runtime.Exceptions.handlerMatches(rt, f.top(), spec)));
    }

    private void popExcept(Frame f) {
        restoreHandling(f.pop());
    }

    private void pushExcInfo(Frame f) {
        PyObject v = f.pop();
        f.push(startHandling(v));
        f.push(v);
    }

    /** 3.11 PUSH_EXC_INFO: {@code exc} is now the exception being handled; the one before (or None) is returned. */
    PyObject startHandling(PyObject exc) {
        PyObject prev = handling == null || handlingIsResumers() ? PyNone.NONE : handling;
        handling = (PyBaseException) exc;
        if (current != null) {
            current.exceptClauses++;
        }
        return prev;
    }

    /** POP_EXCEPT (3.11's, 3.6's): the exception handled before the handler started is back (None: none). */
    void restoreHandling(PyObject prev) {
        if (current != null) {
            current.exceptClauses--;
        }
        handling = prev instanceof PyBaseException e ? e
                : exceptionStateStack && (current.code.flags & SUSPENDING_FLAGS) != 0 ? current.savedHandling : null;
    }

    /** 3.x: a generator's handled exception is its own, kept from one resume to the next (see PyGenerator#handled). */
    private final boolean generatorsOwnExceptions;
    /** 3.7+: a generator handling none of its own sees its resumer's (see {@link #handlingIsResumers}). */
    private final boolean exceptionStateStack;

    /** A generator's frame resumed: the exception it handled when it yielded (3.x), if any, is the one handled again. */
    private void resumeHandling(PyGenerator g) {
        if (g.handled != null) {
            handling = g.handled;
        }
    }

    /**
     * {@code thrown} goes into generator {@code g} by its throw(): it is chained to nothing there (3.6), or to the
     * exception the generator itself handles, if any (3.7+, _PyErr_ChainStackItem), never to its resumer's.
     */
    private void thrownIn(PyGenerator g, PyError thrown) {
        if (!generatorsOwnExceptions) {
            return;
        }
        thrown.unchained = true;
        if (exceptionStateStack && g.handled != null) {
            PyBaseException exc = rt.exception(thrown);
            if (exc.context == null && exc != g.handled) {
                exc.context = g.handled;
            }
        }
    }

    /**
     * A generator's frame {@code f} yields: the exception handled now, when one of its own except clauses is running
     * ({@link Frame#exceptClauses}), is its own, put aside until it resumes (3.x); else it is its resumer's.
     */
    private void suspendHandling(PyGenerator g, Frame f) {
        g.handled = generatorsOwnExceptions && f.exceptClauses > 0 ? handling : null;
    }

    /**
     * 3.7+: whether the exception handled now is not the running generator's own (none of its except clauses runs)
     * but the one its resumer handles, which CPython's exception-state stack shows through a generator's empty state
     * (gi_exc_state, sys.exc_info() walking down to the first one set): an except clause of the generator then
     * began with none of its own, and its end shows the resumer's again, whoever resumed it since
     * ({@link #restoreHandling}).
     */
    private boolean handlingIsResumers() {
        return exceptionStateStack && current != null && (current.code.flags & SUSPENDING_FLAGS) != 0 && current.exceptClauses <= 0;
    }

    /** 3.11 RERAISE: the exception on the stack again, from where it was first raised when {@code a} says so. */
    PyError reraise311(Frame f, int a) {
        PyObject exc = f.pop();
        if (a != 0) {
            // the raise site, for the traceback and a handler's lasti; the handler itself is found from here
            PyObject lasti = f.peek(a);
            if (lasti instanceof PyInt li) {
                f.raisedAt = indexOfOffset(f, (int) li.small);
            }
        }
        return reraise(f, exc);
    }

    private void listAppend(Frame f, int a) {
        PyObject v = f.pop();
        java.util.List<PyObject> items = ((PyList) f.peek(a)).items();
        items.add(v);
        org.pyvm.core.runtime.Sequences.grew(rt, items, items.size());
    }

    private static void dupTopX(Frame f, int a) {
        for (int k = 0; k < a; k++) {
            f.push(f.peek(a));
        }
    }

    static void copyFreeVars(Frame f, int a) {
        PyCell[] closure = f.function.closure;
        int start = f.code.localsplusNames.length - a;
        for (int k = 0; k < a; k++) {
            f.fast[start + k] = closure[k];
        }
    }

    // ---------------------------------------------------------------- the loop

    /**
     * What {@link #loop} returns when the program raised (a raise statement, 3.11's RERAISE, the end of a finally
     * block an exception entered, or any PyError an instruction threw): the exception is in {@link #raising}, and
     * {@link #run} finds its handler. Thrown on instead, each cost two JVM exception dispatches through the loop's C1
     * code (the loop's own catch, which notes the instruction, then run's), a raise statement's both: 2.5% of
     * exceptions.py on 3.6, whose except clauses re-raise in the interpreter.
     */
    private static final PyObject RAISING = new org.pyvm.core.objects.Marker("pyvm-raising-marker", "<pyvm-raising-marker>");

    /** The exception a raise in {@link #loop} left for {@link #run}, while {@link #RAISING} goes there. */
    private PyError raising;

    private PyObject raising(PyError e) {
        raising = e;
        return RAISING;
    }

    /**
     * For compiled code: an operation that has its error without throwing it (a subscript or attribute load inside a
     * try statement, {@link JitOps#getitemInTry}; a call whose callee raised, {@link #runSimpleOrRaised}; compiled
     * code leaving its frame with an error, {@link JitOps#returnRaised}) returns null and leaves the error here, for
     * the compiled caller to take ({@link #takeRaised}) and raise, or {@link #execute} and kin to take and go on with.
     */
    PyObject raisedAsNull(PyError e) {
        raising = e;
        return null;
    }

    /** The error {@link #raisedAsNull} left, now cleared. */
    PyError takeRaised() {
        PyError e = raising;
        raising = null;
        return e;
    }

    private PyObject run(Frame entry) {
        Frame f = entry;
        while (true) {
            PyObject r;
            try {
                r = loop(f);
            } catch (PyError e) {
                f = handler(entry, e);
                continue;
            } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException | ClassCastException | NullPointerException e) {
                // bytecode that underflows the stack or holds the wrong kind of value: a Python SystemError, not a crash
                Frame g = current;
                g.sp = Math.max(0, Math.min(g.sp, g.stack().length)); // a failed pop or push left it out of range
                f = handler(entry, invalidBytecode(g, e));
                continue;
            } catch (StackOverflowError e) {
                f = handler(entry, stackOverflow());
                continue;
            } catch (OutOfMemoryError e) {
                // an allocation the memory limit's estimates let through still failed: the failed
                // request is garbage already, so the program may go on, as CPython's MemoryError allows
                f = handler(entry, PyError.raiseArgs("MemoryError"));
                continue;
            } catch (RuntimeException | Error e) {
                // a limit stopped the program (or pyvm failed): the frames run in place end here too
                for (Frame g = current; g != entry && g.inPlace; g = leave(g)) {
                    // each leave() restores what entering the frame saved
                }
                throw e;
            }
            if (r != RAISING) {
                return r;
            }
            PyError e = raising;
            raising = null;
            f = handler(entry, e); // outside the try: an exception no frame of this run handles goes on to the caller
        }
    }

    /**
     * The frame of this run that handles {@code e}: the innermost one ({@link #current}) first, then each caller
     * run in place ({@link #enter}) after the frame below it is left, as the exception would leave a Java call.
     * When {@code entry} does not handle it either, it goes on to whoever called {@link #run}.
     */
    private Frame handler(Frame entry, PyError e) {
        Frame g = current;
        while (true) {
            try {
                if (handle(g, e)) {
                    return g;
                }
            } catch (PyError raised) {
                e = raised; // the handler search failed in g itself (bad bytecode): its caller gets this instead
            }
            if (g == entry || !g.inPlace) {
                throw e;
            }
            PyGenerator gen = g.generatorInPlace;
            if (gen != null) {
                gen.finished = true; // as resume(): an exception leaving its frame ends the generator
            }
            Frame caller = leave(g);
            if (gen != null) {
                // a StopIteration leaving it is PEP 479's RuntimeError, or before that (2.7, 3.6 without the
                // future import) the end of the for loop that iterates it
                if (org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    if (!generatorStop(g.code)) {
                        caller.pop();
                        caller.ip = g.forIterExit;
                        return caller;
                    }
                    e = stopIterationEscaped(e, g.code.flags);
                }
            }
            g = caller;
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return "stack underflow or overflow";
        }
        if (e instanceof ClassCastException) {
            return "an operand of the wrong type";
        }
        return "a missing operand";
    }

    /**
     * Runs {@code f} and, in place, the Python functions it calls: a call to one pushes no Java frame but
     * switches {@code f} to the callee ({@link #enter}), and its return switches back ({@link #leave}), as
     * CPython 3.11 runs Python-to-Python calls inside one _PyEval_EvalFrameDefault. Returns when {@code f}
     * itself returns or yields.
     */
    private PyObject loop(Frame f) {
        final org.pyvm.core.limits.Limits limits = rt.limits();
        final Tracer tracer = this.tracer;
        frames:
        while (true) {
        final DecodedCode dc = f.dc;
        final NeutralOp[] kind = dc.kind;
        final int[] arg = dc.arg;
        final CodeObject co = f.code;
        // the value stack's array (final in Frame); pushes and pops below are written out on it: C1 does not
        // always inline Frame.push/pop into a method this large, and a call per push costs more than the push
        final PyObject[] stack = f.stack();
        while (true) {
            int i = f.ip++;
            if (tracer != null) {
                tracer.instruction(f, i, rt.depth());
            }
            int a = arg[i];
            try {
            // The order of the cases is the cost of dispatch: C1 (the tier this method runs in, see README "How the
            // loop keeps its speed") compiles a switch into a chain of compare-and-branch in case order, not a jump
            // table, and javac numbers an enum switch's cases in source order. So the instructions most frequent in
            // bench/ and ../shared/bench programs come first (LOAD_FAST alone is a quarter of all executed), then
            // the less frequent. Moving them here took generators.py from 2.34 s to 1.59 s. The rare ones are in
            // rare(), which halves this method: C1 compiles it sooner (fib(25) whole process 0.17 -> 0.15 s).
            switch (kind[i]) {
                case LOAD_FAST: {
                    PyObject v = f.fast[a];
                    if (v == null) {
                        throw unboundLocal(f, a);
                    }
                    stack[f.sp++] = v;
                    break;
                }
                case LOAD_CONST:
                    stack[f.sp++] = co.consts[a];
                    break;
                case BINARY_OP: {
                    PyObject right = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject left = stack[f.sp - 1];
                    PyObject r = IntFastPaths.binary(OPERATORS[a], left, right);
                    stack[f.sp - 1] = r != null ? r : Ops.binary(rt, OPERATORS[a], left, right);
                    break;
                }
                case STORE_FAST: {
                    PyObject old = f.fast[a];
                    PyObject v = stack[--f.sp];
                    f.fast[a] = v;
                    stack[f.sp] = null;
                    if (old instanceof PyGenerator || v instanceof PyGenerator) {
                        storedFast(f, i, a, old, v);
                    }
                    break;
                }
                case CALL: {
                    f.current = i; // the caller's line in a traceback through the callee
                    Frame callee = Calls.call311(this, f, a);
                    if (callee != null) {
                        if (callee.jit != null) {
                            stack[f.sp++] = finishEntered(callee);
                            break;
                        }
                        f = callee;
                        continue frames;
                    }
                    break;
                }
                case CALL_FUNCTION: {
                    f.current = i;
                    Frame callee = Calls.callFunction(this, f, a, null);
                    if (callee != null) {
                        if (callee.jit != null) {
                            stack[f.sp++] = finishEntered(callee);
                            break;
                        }
                        f = callee;
                        continue frames;
                    }
                    break;
                }
                case CALL_FUNCTION_PAIRS:
                case CALL_FUNCTION_PAIRS_VAR:
                case CALL_FUNCTION_PAIRS_KW:
                case CALL_FUNCTION_PAIRS_VAR_KW: {
                    f.current = i;
                    Frame callee = Calls.callPairs(this, f, a, kind[i]);
                    if (callee != null) {
                        if (callee.jit != null) {
                            stack[f.sp++] = finishEntered(callee);
                            break;
                        }
                        f = callee;
                        continue frames;
                    }
                    break;
                }
                case NOP:
                case RESUME:
                case CACHE:
                case EXTENDED_ARG:
                case PRECALL: // 3.11: CALL itself unpacks bound methods
                    break;
                case COMPARE_OP: {
                    PyObject right = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject left = stack[f.sp - 1];
                    if (a <= 5 && rt.depth() >= rt.recursionLimit()) {
                        comparisonAtLimit(left, right);
                    }
                    PyObject r = IntFastPaths.compare(COMPARISONS[a], left, right);
                    stack[f.sp - 1] = r != null ? r : Ops.compare(rt, COMPARISONS[a], left, right);
                    break;
                }
                case POP_JUMP_IF_FALSE: {
                    PyObject v = stack[--f.sp];
                    stack[f.sp] = null;
                    if (!truth(v)) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                            if (dc.compiled != JitCompiler.REFUSED && jitThreshold > 0) {
                                PyObject r = loopTurned(f, a);
                                if (r != null) {
                                    if (!f.inPlace) {
                                        return r;
                                    }
                                    f = leftCompiled(f, r);
                                    continue frames;
                                }
                            }
                        }
                    }
                    break;
                }
                case FOR_ITER: {
                    PyObject it = stack[f.sp - 1];
                    if (it instanceof PyGenerator g && g.interp == this && !g.running && !g.finished && !g.frame.compiled
                            && !(g.frame.dc.compiled instanceof JitCode)) {
                        f.current = i; // the loop's line in a traceback through the generator
                        f = enterGenerator(g, a);
                        continue frames;
                    }
                    PyObject next = it instanceof PyIterator pi ? pi.next() : Ops.next(rt, it);
                    if (next != null) {
                        stack[f.sp++] = next;
                    } else {
                        f.pop();
                        f.ip = a;
                    }
                    break;
                }
                case RETURN_VALUE: {
                    PyObject v = stack[--f.sp];
                    stack[f.sp] = null;
                    if (f.bp > 0 && !unwindFinally(f, Why.RETURN, v, 0)) {
                        break;
                    }
                    if (f.owning > 0) {
                        Ownership.returned(this, f); // the frame's locals go: what they alone held is closed
                    }
                    if (f.inPlace) {
                        f = f.generatorInPlace != null ? generatorReturned(f, v) : pushed(leave(f), v);
                        continue frames;
                    }
                    return v;
                }
                case LOAD_GLOBAL:
                    loadGlobal(f, i, a);
                    break;
                case JUMP:
                    f.ip = a;
                    if (a <= i) {
                        limits.step(); // a loop's turn: the step budget and the clock
                        if (dc.compiled != JitCompiler.REFUSED && jitThreshold > 0) {
                            PyObject r = loopTurned(f, a);
                            if (r != null) {
                                if (!f.inPlace) {
                                    return r;
                                }
                                f = leftCompiled(f, r);
                                continue frames;
                            }
                        }
                    } else if (f.handedOver && handBack(f, a) != null) {
                        return JitOps.RESUME; // an except clause done: its compiled code goes on (never in place)
                    }
                    break;
                case BINARY_SUBSCR: {
                    PyObject key = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject v = SubscriptFastPaths.getitem(stack[f.sp - 1], key);
                    stack[f.sp - 1] = v != null ? v : Ops.getitem(rt, stack[f.sp - 1], key);
                    break;
                }
                case LOAD_ATTR: {
                    stack[f.sp - 1] = InstanceAttributes.loadAttribute(rt, inlineCache(f), i, stack[f.sp - 1], co.names[a]);
                    break;
                }
                case POP_TOP:
                    f.discard(f.pop());
                    break;
                case COPY:
                    f.push(f.peek(a));
                    break;
                case SWAP: {
                    PyObject x = f.stack()[f.sp - 1];
                    stack[f.sp - 1] = f.stack()[f.sp - a];
                    f.stack()[f.sp - a] = x;
                    break;
                }
                case STORE_SUBSCR: {
                    PyObject key = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject container = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject value = f.pop();
                    if (!SubscriptFastPaths.setitem(container, key, value)) {
                        Ops.setitem(rt, container, key, value);
                    }
                    break;
                }
                case LOAD_METHOD:
                    loadMethod(f, i, co.names[a]);
                    break;
                case YIELD_VALUE:
                    if (f.generatorInPlace != null) {
                        PyObject v = f.pop();
                        f = leave(f);
                        f.push(v); // FOR_ITER's next value; {@code stack} is reloaded at the next frames turn
                        continue frames;
                    }
                    f.yielded = true;
                    return f.pop();
                case LOAD_DEREF: {
                    PyObject v = cell(f, a).value;
                    if (v == null) {
                        throw unboundDeref(f, a);
                    }
                    stack[f.sp++] = v;
                    break;
                }
                case STORE_ATTR: {
                    PyObject owner = stack[--f.sp];
                    stack[f.sp] = null;
                    PyObject value = stack[--f.sp];
                    stack[f.sp] = null;
                    org.pyvm.core.objects.PyInstance inst = InstanceAttributes.plainInstance(owner);
                    if (inst == null || !InstanceAttributes.store(rt, inlineCache(f), i, inst, co.names[a], value)) {
                        Ops.setattr(rt, owner, co.names[a], value);
                    }
                    break;
                }
                case POP_JUMP_IF_TRUE: {
                    PyObject v = stack[--f.sp];
                    stack[f.sp] = null;
                    if (truth(v)) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                            if (dc.compiled != JitCompiler.REFUSED && jitThreshold > 0) {
                                PyObject r = loopTurned(f, a);
                                if (r != null) {
                                    if (!f.inPlace) {
                                        return r;
                                    }
                                    f = leftCompiled(f, r);
                                    continue frames;
                                }
                            }
                        }
                    }
                    break;
                }
                case CONTAINS_OP: {
                    PyObject container = stack[--f.sp];
                    stack[f.sp] = null;
                    stack[f.sp - 1] = PyBool.of(Ops.contains(rt, container, stack[f.sp - 1]) != (a == 1));
                    break;
                }
                case ROT_THREE: {
                    PyObject x = f.stack()[f.sp - 1];
                    stack[f.sp - 1] = f.stack()[f.sp - 2];
                    f.stack()[f.sp - 2] = f.stack()[f.sp - 3];
                    f.stack()[f.sp - 3] = x;
                    break;
                }
                case DUP_TOPX:
                    dupTopX(f, a);
                    break;
                case PUSH_NULL:
                    stack[f.sp++] = null;
                    break;
                case COPY_FREE_VARS:
                    copyFreeVars(f, a);
                    break;
                case POP_BLOCK:
                    f.bp -= 3;
                    break;
                case SETUP_LOOP:
                    f.pushBlock(Frame.LOOP, a);
                    break;
                case GET_ITER:
                case GET_YIELD_FROM_ITER:
                    getIter(f, kind[i] == NeutralOp.GET_ITER, i > 0 && CALLS.contains(kind[i - 1]));
                    break;
                case IS_OP: {
                    PyObject right = stack[--f.sp];
                    stack[f.sp] = null;
                    stack[f.sp - 1] = PyBool.of(Ops.same(stack[f.sp - 1], right) != (a == 1));
                    break;
                }
                case UNARY_OP:
                    stack[f.sp - 1] = Ops.unary(rt, OPERATORS[a], stack[f.sp - 1]);
                    break;
                case SETUP_EXCEPT:
                    f.pushBlock(Frame.EXCEPT, a);
                    break;
                case DUP_TOP:
                    f.push(stack[f.sp - 1]);
                    break;
                case BUILD_TUPLE:
                    f.push(PyTuple.of(popN(f, a)));
                    break;
                case LIST_APPEND:
                    listAppend(f, a);
                    break;
                case CHECK_EXC_MATCH:
                    checkExcMatch(f);
                    break;
                case POP_EXCEPT:
                    popExcept(f);
                    break;
                case PUSH_EXC_INFO:
                    pushExcInfo(f);
                    break;
                case END_FINALLY: {
                    PyObject r = endFinally(f);
                    if (r == RAISING) {
                        f.current = i; // the exception the finally block interrupted goes on from here
                        return r;
                    }
                    if (r != null) {
                        if (f.inPlace) {
                            f = f.generatorInPlace != null ? generatorReturned(f, r) : pushed(leave(f), r);
                            continue frames;
                        }
                        return r;
                    }
                    break;
                }
                case SETUP_FINALLY:
                    f.pushBlock(Frame.FINALLY, a);
                    break;
                case ROT_TWO: {
                    PyObject x = f.stack()[f.sp - 1];
                    stack[f.sp - 1] = f.stack()[f.sp - 2];
                    f.stack()[f.sp - 2] = x;
                    break;
                }
                case UNPACK_SEQUENCE:
                    Builders.unpack(rt, f, a);
                    break;
                case BUILD_LIST:
                    f.push(popList(f, a));
                    break;
                case POP_JUMP_IF_NONE:
                    if (f.pop() == PyNone.NONE) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                        }
                    }
                    break;
                case POP_JUMP_IF_NOT_NONE:
                    if (f.pop() != PyNone.NONE) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                        }
                    }
                    break;
                case KW_NAMES:
                    f.kwnames = Calls.names((PyTuple) co.consts[a]);
                    break;
                case CALL_FUNCTION_KW: {
                    f.current = i;
                    Frame callee = Calls.callFunction(this, f, a, Calls.names((PyTuple) f.pop()));
                    if (callee != null) {
                        if (callee.jit != null) {
                            stack[f.sp++] = finishEntered(callee);
                            break;
                        }
                        f = callee;
                        continue frames;
                    }
                    break;
                }
                case JUMP_IF_FALSE_OR_POP:
                    if (!truth(stack[f.sp - 1])) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                        }
                    } else {
                        f.pop();
                    }
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    if (truth(stack[f.sp - 1])) {
                        f.ip = a;
                        if (a <= i) {
                            limits.step();
                        }
                    } else {
                        f.pop();
                    }
                    break;
                case STORE_DEREF:
                    cell(f, a).value = f.pop();
                    break;
                case RERAISE:
                    f.current = i;
                    return raising(reraise311(f, a));
                case RAISE_VARARGS:
                    f.current = i;
                    return raising(raise(f, a));
                case YIELD_FROM: {
                    PyObject r = yieldFrom(f, -1);
                    if (f.yielded) {
                        if (f.generatorInPlace != null) {
                            f.yielded = false;
                            f = leave(f);
                            f.push(r);
                            continue frames;
                        }
                        return r;
                    }
                    break;
                }
                case RETURN_GENERATOR: {
                    PyGenerator g = new PyGenerator(this, f, true);
                    return g;
                }
                default:
                    rare(f, kind[i], a, i);
                    break;
            }
            } catch (RuntimeException | Error e) {
                // where the frame was, for the traceback and the handler search; written only when something is thrown
                f.current = i;
                if (e instanceof PyError raised) {
                    return raising(raised); // to run's handler search without a second JVM exception dispatch
                }
                throw e;
            }
        }
        }
    }

    /**
     * The loop's instructions that programs run rarely (under 0.1% of those executed in the bench programs): a
     * method of their own keeps {@link #loop} small. None of them switches frames (calls, returns and yields stay
     * in the loop); {@code i} is the instruction's index, {@code a} its argument.
     */
    private void rare(Frame f, NeutralOp op, int a, int i) {
        final PyObject[] stack = f.stack();
        final CodeObject co = f.code;
        final org.pyvm.core.limits.Limits limits = rt.limits();
        switch (op) {
            case ASYNC_GEN_WRAP:
                // 3.11 marks an async generator's own yields; pyvm tells them from an await's by where the frame stops
                break;
            case BUILD_SLICE: {
                PyObject step = a == 3 ? f.pop() : PyNone.NONE;
                PyObject stop = f.pop();
                stack[f.sp - 1] = new PySlice(stack[f.sp - 1], stop, step);
                break;
            }
            case SETUP_ANNOTATIONS:
                setupAnnotations(f);
                break;
            case ROT_FOUR: {
                PyObject x = f.stack()[f.sp - 1];
                stack[f.sp - 1] = f.stack()[f.sp - 2];
                f.stack()[f.sp - 2] = f.stack()[f.sp - 3];
                f.stack()[f.sp - 3] = f.stack()[f.sp - 4];
                f.stack()[f.sp - 4] = x;
                break;
            }
            case DUP_TOP_TWO:
                f.push(f.peek(2));
                f.push(f.peek(2));
                break;
            case DELETE_FAST:
                deleteFast(f, a);
                break;
            case LOAD_NAME:
                f.push(loadName(f, a));
                break;
            case STORE_NAME:
                storeName(f, co.nameKeys()[a], f.pop());
                break;
            case DELETE_NAME:
                deleteName(f, a);
                break;
            case STORE_GLOBAL: {
                PyObject key = co.nameKeys()[a];
                PyObject v = f.pop();
                if (f == mainFrame) {
                    storeName(f, key, v); // the module's own name declared global in a function: its dict all the same
                    break;
                }
                Frame owner = mainFrame != null && mainFrame.owning > 0 && f.globals == mainFrame.locals ? mainFrame : null;
                PyObject old = owner != null ? f.globals.get(key) : null;
                f.globals.put(key, v);
                if (old instanceof PyGenerator g && g.owner == owner && g.ownerKey != null && old != v) {
                    Ownership.release(this, g);
                }
                break;
            }
            case DELETE_GLOBAL: {
                PyObject key = co.nameKeys()[a];
                Frame owner = mainFrame != null && mainFrame.owning > 0 && f.globals == mainFrame.locals ? mainFrame : null;
                PyObject old = owner != null ? f.globals.get(key) : null;
                if (!f.globals.remove(key)) {
                    throw globalNameError(co.names[a]); // 2.7 words it as a failed global load does
                }
                if (old instanceof PyGenerator g && g.owner == owner && g.ownerKey != null) {
                    Ownership.release(this, g);
                }
                break;
            }
            case LOAD_CLOSURE:
                f.push(cell(f, a));
                break;
            case LOAD_CLASSDEREF: {
                PyObject v = f.locals.get(rt.name(derefName(f, a)));
                if (v == null) {
                    v = cell(f, a).value;
                    if (v == null) {
                        throw unboundDeref(f, a);
                    }
                }
                f.push(v);
                break;
            }
            case DELETE_DEREF:
                cell(f, a).value = null;
                break;
            case MAKE_CELL:
                f.fast[a] = new PyCell(f.fast[a]);
                break;
            case DELETE_ATTR:
                Ops.delattr(rt, f.pop(), co.names[a]);
                break;
            case DELETE_SUBSCR: {
                PyObject key = f.pop();
                Ops.delitem(rt, f.pop(), key);
                break;
            }
            case SLICE:
            case STORE_SLICE:
            case DELETE_SLICE:
                oldSlice(f, op, a);
                break;
            case BUILD_SET:
                f.push(Builders.set(rt, popN(f, a)));
                break;
            case BUILD_MAP:
                f.push(Builders.map(rt, popN(f, 2 * a)));
                break;
            case BUILD_MAP_EMPTY: {
                PyDict d = PyDict.of(rt.lang, List.of());
                d.presize(a); // 2.7: the display's entry count
                f.push(d);
                break;
            }
            case STORE_MAP: {
                PyObject key = f.pop();
                PyObject value = f.pop();
                Ops.setitem(rt, stack[f.sp - 1], key, value);
                break;
            }
            case BUILD_CONST_KEY_MAP: {
                PyTuple keys = (PyTuple) f.pop();
                f.push(Builders.constKeyMap(rt, keys, popN(f, a)));
                break;
            }
            case BUILD_STRING:
                f.push(Builders.string(popN(f, a)));
                break;
            case FORMAT_VALUE:
                formatValue(f, a);
                break;
            case SET_ADD: {
                PyObject v = f.pop();
                Ops.hashForTable(rt, v);
                ((PySet) f.peek(a)).add(v);
                break;
            }
            case MAP_ADD: {
                PyObject value = f.pop();
                PyObject key = f.pop();
                Ops.setitem(rt, f.peek(a), key, value);
                break;
            }
            case MAP_ADD_KEY_ON_TOP: {
                PyObject key = f.pop();
                PyObject value = f.pop();
                Ops.setitem(rt, f.peek(a), key, value);
                break;
            }
            case LIST_EXTEND: {
                PyObject v = f.pop();
                ((PyList) f.peek(a)).items().addAll(Builders.extending(rt, v));
                break;
            }
            case SET_UPDATE: {
                PyObject v = f.pop();
                org.pyvm.core.runtime.Sets.update(rt, ((PySet) f.peek(a)).table(), v);
                break;
            }
            case DICT_UPDATE:
            case DICT_MERGE: {
                PyObject v = f.pop();
                Builders.update(rt, (PyDict) f.peek(a), v, op == NeutralOp.DICT_MERGE ? f.peek(a + 2) : null);
                break;
            }
            case LIST_TO_TUPLE:
                stack[f.sp - 1] = PyTuple.of(((PyList) stack[f.sp - 1]).items().toArray(new PyObject[0]));
                break;
            case BUILD_TUPLE_UNPACK:
                f.push(PyTuple.of(Builders.concat(rt, popN(f, a)).toArray(new PyObject[0])));
                break;
            case BUILD_TUPLE_UNPACK_WITH_CALL: {
                // 3.6: [function, iterables...]: a non-iterable one is "f() argument after * must be an iterable"
                PyObject callee = f.peek(a + 1);
                f.push(PyTuple.of(Calls.starConcat(this, callee, popN(f, a)).toArray(new PyObject[0])));
                break;
            }
            case BUILD_LIST_UNPACK:
                f.push(PyList.of(Builders.concat(rt, popN(f, a))));
                break;
            case BUILD_SET_UNPACK:
                f.push(Builders.set(rt, Builders.concat(rt, popN(f, a)).toArray(new PyObject[0])));
                break;
            case BUILD_MAP_UNPACK:
            case BUILD_MAP_UNPACK_WITH_CALL: {
                PyDict d = PyDict.of(rt.lang, List.of());
                // 3.6: [function, args, mapping...]: the function names itself in duplicate-keyword errors
                PyObject callee = op == NeutralOp.BUILD_MAP_UNPACK_WITH_CALL ? f.peek(a + 2) : null;
                for (PyObject m : popN(f, a)) {
                    Builders.update(rt, d, m, callee);
                }
                f.push(d);
                break;
            }
            case UNPACK_EX:
                Builders.unpackEx(rt, f, a & 0xff, a >> 8);
                break;
            case SEND: {
                // 3.11: the value goes on the stack and the YIELD_VALUE after SEND yields it
                PyObject r = yieldFrom(f, a);
                if (f.yielded) {
                    f.yielded = false;
                    f.push(r);
                }
                break;
            }
            case BREAK_LOOP:
                unwindFinally(f, Why.BREAK, null, 0);
                break;
            case CONTINUE_LOOP:
                limits.step();
                unwindFinally(f, Why.CONTINUE, null, a);
                break;
            case POP_EXCEPT_BLOCK:
                popExceptBlock(f);
                break;
            case SETUP_WITH:
                Blocks.setupWith(this, f, a);
                break;
            case WITH_CLEANUP:
            case WITH_CLEANUP_START:
                Blocks.withCleanupStart(this, f, op == NeutralOp.WITH_CLEANUP);
                break;
            case WITH_CLEANUP_FINISH:
                Blocks.withCleanupFinish(this, f);
                break;
            case BEFORE_WITH:
                Blocks.beforeWith(this, f);
                break;
            case WITH_EXCEPT_START:
                Blocks.withExceptStart(this, f);
                break;
            case RAISE_WITH_TRACEBACK:
                throw raise27(f, a);
            case LOAD_ASSERTION_ERROR:
                f.push(rt.types.exceptions.get("AssertionError"));
                break;
            case CHECK_EG_MATCH: {
                // except* T: [exc] becomes [rest, match], or [exc, None] when nothing matches
                PyObject spec = f.pop();
                PyObject[] parts = org.pyvm.core.runtime.ExceptionGroups.match(rt, stack[f.sp - 1], spec);
                if (parts[0] == null) {
                    f.push(PyNone.NONE);
                } else {
                    stack[f.sp - 1] = parts[1] == null ? PyNone.NONE : parts[1];
                    f.push(parts[0]);
                    handling = (PyBaseException) parts[0];
                }
                break;
            }
            case PREP_RERAISE_STAR: {
                PyList raised = (PyList) f.pop();
                PyObject orig = f.pop();
                PyObject result = org.pyvm.core.runtime.ExceptionGroups.reraise(rt, orig, raised.items());
                f.push(result == null ? PyNone.NONE : result);
                break;
            }
            case MAKE_FUNCTION:
            case MAKE_FUNCTION_QUALNAME:
            case MAKE_FUNCTION_DEFAULTS:
            case MAKE_CLOSURE:
                f.push(Functions.make(this, f.globals, op, a, popN(f, Functions.operands(op, a))));
                break;
            case CALL_FUNCTION_EX:
            case CALL_FUNCTION_EX_NULL:
                Calls.callEx(this, f, a, op == NeutralOp.CALL_FUNCTION_EX_NULL);
                break;
            case LOAD_BUILD_CLASS:
                f.push(rt.builtins.get(rt.name("__build_class__")));
                break;
            case BUILD_CLASS:
                Classes.build27(this, f);
                break;
            case LOAD_LOCALS:
                f.push(f.locals);
                break;
            case IMPORT_NAME: {
                PyObject fromlist = f.pop();
                PyObject level = f.pop();
                f.push(Imports.importName(this, f, co.names[a], fromlist, level));
                break;
            }
            case IMPORT_FROM:
                f.push(Imports.importFrom(this, stack[f.sp - 1], co.names[a]));
                break;
            case IMPORT_STAR:
                Imports.importStar(this, f, f.pop());
                break;
            case PRINT_ITEM:
                output.printItem(f.pop(), null);
                break;
            case PRINT_ITEM_TO: {
                PyObject to = f.pop();
                output.printItem(f.pop(), to);
                break;
            }
            case PRINT_NEWLINE:
                output.printNewline(null);
                break;
            case PRINT_NEWLINE_TO:
                output.printNewline(f.pop());
                break;
            case PRINT_EXPR:
                output.printExpr(f.pop());
                break;
            case STORE_ANNOTATION:
                Ops.setitem(rt, f.locals.get(rt.name("__annotations__")), rt.name(co.names[a]), f.pop());
                break;
            case MATCH_MAPPING:
                f.push(Matching.isMapping(rt, stack[f.sp - 1]));
                break;
            case MATCH_SEQUENCE:
                f.push(Matching.isSequence(rt, stack[f.sp - 1]));
                break;
            case MATCH_KEYS:
                f.push(Matching.keys(rt, f.peek(2), (PyTuple) stack[f.sp - 1]));
                break;
            case MATCH_CLASS: {
                PyTuple names = (PyTuple) f.pop();
                PyObject cls = f.pop();
                PyObject subject = f.pop();
                f.push(Matching.matchClass(rt, subject, cls, a, names));
                break;
            }
            case GET_AWAITABLE:
                stack[f.sp - 1] = Async.awaitable(this, stack[f.sp - 1]);
                break;
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = stack[f.sp - 1];
                PyObject exit = Async.contextMethod(this, mgr, "__aexit__");
                stack[f.sp - 1] = exit;
                f.push(Ops.call(rt, Async.contextMethod(this, mgr, "__aenter__")));
                break;
            }
            case SETUP_ASYNC_WITH: {
                PyObject res = f.pop();
                f.pushBlock(Frame.FINALLY, a);
                f.push(res);
                break;
            }
            case GET_AITER: {
                PyObject aiter = Async.aiter(this, stack[f.sp - 1]);
                stack[f.sp - 1] = rt.lang.has(org.pyvm.spi.LanguageFeature.GET_AITER_AWAITS) ? new Async.Resolved(aiter) : aiter;
                break;
            }
            case GET_ANEXT:
                f.push(Async.anext(this, stack[f.sp - 1]));
                break;
            case END_ASYNC_FOR: {
                PyObject exc = f.pop();
                if (org.pyvm.core.runtime.Exceptions.matches(rt, exc, rt.types.exceptions.get("StopAsyncIteration"))) {
                    f.pop(); // the async iterator: the loop is over
                    break;
                }
                throw reraise(f, exc);
            }
            case EXEC_STMT: {
                PyObject locals = f.pop();
                PyObject globals = f.pop();
                Executing.exec(this, f, f.pop(), globals, locals);
                break;
            }
            case GET_LEN:
                f.push(PyInt.of(Ops.len(rt, stack[f.sp - 1])));
                break;
            default:
                throw PyError.raise("SystemError", "pyvm does not implement " + f.dc.def[i].name() + " yet");
        }
    }

    // ---------------------------------------------------------------- helpers of the loop

    boolean truth(PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE || v == PyNone.NONE) {
            return false;
        }
        return Ops.truth(rt, v);
    }

    static PyObject[] popN(Frame f, int n) {
        PyObject[] items = new PyObject[n];
        f.sp -= n;
        System.arraycopy(f.stack(), f.sp, items, 0, n);
        java.util.Arrays.fill(f.stack(), f.sp, f.sp + n, null);
        return items;
    }

    /** BUILD_LIST: the top n values, in order, as a new list (taken straight off the stack, no array between). */
    static PyList popList(Frame f, int n) {
        java.util.ArrayList<PyObject> items = n == 0 ? new java.util.ArrayList<>() : new java.util.ArrayList<>(n);
        int from = f.sp - n;
        for (int k = from; k < f.sp; k++) {
            items.add(f.stack()[k]);
            f.stack()[k] = null;
        }
        f.sp = from;
        return PyList.owning(items);
    }

    /** A class body's namespace may be a dict subclass from a metaclass's __prepare__: its own methods then store. */
    void storeName(Frame f, PyObject key, PyObject v) {
        if (f.locals instanceof org.pyvm.core.objects.UserSubclass) {
            Ops.setitem(rt, f.locals, key, v);
        } else if (f.owning > 0 || f == mainFrame && v instanceof PyGenerator) {
            PyObject old = f.locals.get(key);
            f.locals.put(key, v);
            storedName(f, f.ip - 1, key, old, v);
        } else {
            f.locals.put(key, v);
        }
    }

    void deleteName(Frame f, int a) {
        PyObject key = f.code.nameKeys()[a];
        if (f.locals instanceof org.pyvm.core.objects.UserSubclass && f.locals.get(key) != null) {
            Ops.delitem(rt, f.locals, key);
        } else {
            PyObject old = f.owning > 0 ? f.locals.get(key) : null;
            if (!f.locals.remove(key)) {
                throw nameError(f.code.names[a]);
            }
            if (old instanceof PyGenerator g && g.owner == f && g.ownerKey != null) {
                Ownership.release(this, g);
            }
        }
    }

    PyObject loadName(Frame f, int a) {
        PyObject key = f.code.nameKeys()[a];
        PyObject v = f.locals instanceof org.pyvm.core.objects.UserSubclass ? ownLookup(f.locals, key) : f.locals.get(key);
        if (v == null) {
            v = f.globals.get(key);
            if (v == null) {
                v = f.builtins.get(key);
                if (v == null) {
                    throw nameError(f.code.names[a]);
                }
            }
        }
        return v;
    }

    /** {@code ns[key]} through a dict subclass's own __getitem__; null where it raises KeyError. */
    private PyObject ownLookup(PyDict ns, PyObject key) {
        try {
            return Ops.getitem(rt, ns, key);
        } catch (PyError e) {
            if (!org.pyvm.core.runtime.Exceptions.is(rt, e, "KeyError")) {
                throw e;
            }
            return null;
        }
    }

    private void loadGlobal(Frame f, int i, int a) {
        boolean pushNull = false;
        int index = a;
        if (f.dc.def[i].arg() == org.pyvm.spi.ArgKind.GLOBAL_NAME) {
            pushNull = (a & 1) != 0;
            index = a >> 1;
        }
        PyObject v = globalValue(f, i, index);
        if (pushNull) {
            f.push(null);
        }
        f.push(v);
    }

    /** The global (or builtin) named {@code names[index]} that instruction {@code i} loads. */
    PyObject globalValue(Frame f, int i, int index) {
        Object[] cache = f.inlineCache;
        if (cache == null) {
            cache = inlineCache(f); // a function's first frame: what other functions of its code found may hold
        }
        if (cache[i] instanceof GlobalCache c && c.globals == f.globals && c.builtins == f.builtins
                && c.globalsVersion == f.globals.version() && c.builtinsVersion == f.builtins.version()) {
            return c.value; // neither dict changed since this instruction last looked
        }
        return lookupGlobal(f, i, index);
    }

    /** What a LOAD_GLOBAL found, and the versions of the dicts it looked in. */
    private static final class GlobalCache {
        PyDict globals;
        PyDict builtins;
        int globalsVersion;
        int builtinsVersion;
        PyObject value;
    }

    private PyObject lookupGlobal(Frame f, int i, int index) {
        PyObject key = f.code.nameKeys()[index];
        PyObject v = f.globals.get(key);
        if (v == null) {
            v = f.builtins.get(key);
            if (v == null) {
                throw globalNameError(f.code.names[index]);
            }
        }
        Object[] cache = inlineCache(f);
        GlobalCache c = cache[i] instanceof GlobalCache g ? g : new GlobalCache();
        c.globals = f.globals;
        c.builtins = f.builtins;
        c.globalsVersion = f.globals.version();
        c.builtinsVersion = f.builtins.version();
        c.value = v;
        cache[i] = c;
        return v;
    }

    /**
     * This VM's inline caches of the frame's code, one slot per instruction. They are per VM, never on the
     * code object: a code object may outlive its VM or be run by several VMs at once, and what a cache holds
     * (a module's globals, the values found) belongs to one VM. Every function made from the same code in this
     * VM shares them (each entry says which globals it was found in).
     */
    Object[] inlineCache(Frame f) {
        Object[] cache = f.inlineCache;
        if (cache == null) {
            cache = f.function != null ? f.function.inlineCache : null;
            if (cache == null && f.dc == lastCachedCode) {
                cache = lastCache;
            }
            if (cache == null) {
                java.lang.ref.WeakReference<Object[]> shared = inlineCaches.get(f.dc);
                cache = shared != null ? shared.get() : null;
                if (cache == null) {
                    cache = new Object[f.dc.length()];
                    inlineCaches.put(f.dc, new java.lang.ref.WeakReference<>(cache));
                }
                lastCachedCode = f.dc;
                lastCache = cache;
            }
            f.inlineCache = cache;
            if (f.function != null) {
                f.function.inlineCache = cache;
            }
        }
        return cache;
    }

    /**
     * The inline caches of the codes this VM runs, by code, both weakly: held by the functions and frames using
     * them, so code made by exec in a loop does not pile up (DecodedCode keeps Object's identity equals).
     */
    private final java.util.WeakHashMap<DecodedCode, java.lang.ref.WeakReference<Object[]>> inlineCaches = new java.util.WeakHashMap<>();

    /**
     * The code whose caches {@link #inlineCaches} gave out last, and those caches: a function made again and again
     * from one code (3.11's comprehensions, a closure or lambda made in a loop) finds them here at its first call
     * without a WeakHashMap search (wordcount.py on 3.11 made one per loop turn: 1.8% of its time). Held strongly,
     * one code at a time.
     */
    private DecodedCode lastCachedCode;
    private Object[] lastCache;

    /** A global name that is missing (LOAD_GLOBAL, DELETE_GLOBAL): 2.7's ceval says "global name 'x' is not defined". */
    private PyError globalNameError(String name) {
        return rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                ? PyError.raise("NameError", "global name '" + name + "' is not defined") : nameError(name);
    }

    PyError nameError(String name) {
        PyError e = PyError.raise("NameError", "name '" + name + "' is not defined");
        return rt.lang.has(org.pyvm.spi.LanguageFeature.NAME_SUGGESTIONS) ? e.withAttribute("name", PyStr.of(name)) : e;
    }

    /** DELETE_FAST (compiled code calls it too). */
    void deleteFast(Frame f, int a) {
        PyObject old = f.fast[a];
        if (old == null) {
            throw unboundLocal(f, a);
        }
        f.fast[a] = null;
        if (old instanceof PyGenerator g && g.owner == f && g.ownerKey == null && g.ownerSlot == a) {
            Ownership.release(this, g); // del of the only reference: CPython closes it here
        }
    }

    /** STORE_FAST {@code a} of {@code v} over {@code old} where either is a generator: one let go, one maybe taken ({@link Ownership}). */
    private void storedFast(Frame f, int i, int a, PyObject old, PyObject v) {
        if (old instanceof PyGenerator g && g.owner == f && g.ownerKey == null && g.ownerSlot == a && old != v) {
            Ownership.release(this, g);
        }
        if (v instanceof PyGenerator g && Ownership.fresh(f, i, v) && Ownership.slotSafe(f, a)) {
            Ownership.own(f, g, a, null);
        }
    }

    /** The generator of a name of the main module, stored there, let go there, or its dict changed otherwise. */
    private void storedName(Frame f, int i, PyObject key, PyObject old, PyObject v) {
        if (old instanceof PyGenerator g && g.owner == f && g.ownerKey != null && old != v) {
            Ownership.release(this, g);
        }
        if (f == mainFrame && v instanceof PyGenerator g && Ownership.fresh(f, i, v) && Ownership.nameSafe(f.code, Ops.str(rt, key))) {
            Ownership.own(f, g, -1, key);
        }
    }

    /** The frame of the main module (its names may own generators); null before it runs. */
    Frame mainFrame;
    /** The builtin next, as the builtins had it at start (a name read only by next() is not kept by it). */
    PyObject builtinNext;

    /** Runs the main module's code; its frame is {@link #mainFrame}. */
    public PyObject runMainModule(CodeObject code, PyDict globals) {
        Frame f = new Frame(code, globals, globals, rt.builtins, null, current, rt.limits());
        mainFrame = f;
        builtinNext = rt.builtins.get(rt.name("next"));
        return execute(f);
    }

    /** The program is ending: the main module's names let go of what they alone held ({@link Ownership#finishMain}). */
    public void finishMain() {
        Ownership.finishMain(this, mainFrame);
    }

    PyError unboundLocal(Frame f, int a) {
        String name = f.code.localsplusNames.length > a ? f.code.localsplusNames[a] : f.code.varnames[a];
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            return PyError.raise("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        return PyError.raise("UnboundLocalError", "local variable '" + name + "' referenced before assignment");
    }

    PyError unboundDeref(Frame f, int a) {
        String name = derefName(f, a);
        boolean isCell = f.cells != null ? a < f.code.cellvars.length : (f.code.localsplusKinds[a] & CodeObject.KIND_FREE) == 0;
        if (isCell) {
            return unboundLocal311or36(name);
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            return PyError.raise("NameError", "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return PyError.raise("NameError", "free variable '" + name + "' referenced before assignment in enclosing scope");
    }

    private PyError unboundLocal311or36(String name) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            return PyError.raise("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        return PyError.raise("UnboundLocalError", "local variable '" + name + "' referenced before assignment");
    }

    static String derefName(Frame f, int a) {
        if (f.cells != null) {
            return a < f.code.cellvars.length ? f.code.cellvars[a] : f.code.freevars[a - f.code.cellvars.length];
        }
        return f.code.localsplusNames[a];
    }

    static PyCell cell(Frame f, int a) {
        return f.cells != null ? f.cells[a] : (PyCell) f.fast[a];
    }

    void loadMethod(Frame f, int i, String name) {
        PyObject owner = f.top();
        PyObject method = methodOf(f, i, owner, name);
        if (method != null) {
            f.stack()[f.sp - 1] = method;
            f.push(owner);
        } else {
            f.stack()[f.sp - 1] = null;
            f.push(takeLoadedAttribute());
        }
    }

    /** What {@link #methodOf} found when it was no method to call with its owner: kept here until taken. */
    private PyObject loadedAttribute;

    /**
     * LOAD_METHOD's lookup of {@code owner.name}: the function to call with {@code owner} as its first argument
     * (3.11's [method, self]), or null when the call goes to the attribute itself ([NULL, attr]), which
     * {@link #takeLoadedAttribute} then gives. Two results without an array or a spill of compiled code's stack.
     */
    PyObject methodOf(Frame f, int i, PyObject owner, String name) {
        Object[] cache = inlineCache(f);
        PyObject method = InstanceAttributes.cachedBuiltinMethod(cache, i, owner);
        if (method != null) {
            return method; // s.strip(), items.append(x): the same Java class as last time here
        }
        org.pyvm.core.objects.PyInstance plain = InstanceAttributes.plainInstance(owner);
        method = plain != null ? InstanceAttributes.method(rt, cache, i, plain, name) : null;
        if (method != null) {
            return method;
        }
        // the usual case, a method found on the class of a plain object: [function, self] without a bound method
        if (!(owner instanceof org.pyvm.core.objects.CustomAttributes) && !(owner instanceof PyType)
                && !(owner instanceof org.pyvm.core.objects.PyModule)) {
            PyType type = rt.types.of(owner);
            PyObject attr = type.builtin ? InstanceAttributes.builtinMethod(cache, i, type, name)
                    : genericGetattr(type) ? type.lookup(name) : null;
            if ((attr instanceof PyFunction || attr instanceof org.pyvm.core.objects.PyMethodDescriptor)
                    && !(owner instanceof org.pyvm.core.objects.PyInstance inst && inst.dict.containsKey(name))) {
                if (type.builtin) {
                    InstanceAttributes.rememberBuiltinMethod(cache, i, owner, attr);
                }
                return attr;
            }
        }
        PyObject m = Ops.getattr(rt, owner, name);
        if (m instanceof PyBoundMethod bm && bm.self == owner) {
            // 3.11: [method, self]; 3.7-3.10 likewise; both call with self as the first argument
            return bm.function;
        }
        loadedAttribute = m;
        return null;
    }

    /** The attribute {@link #methodOf} found when it returned null (and forgets it). */
    PyObject takeLoadedAttribute() {
        PyObject m = loadedAttribute;
        loadedAttribute = null;
        return m;
    }

    /**
     * Whether attribute lookup on instances of {@code t} is object's own (CPython's tp_getattro ==
     * PyObject_GenericGetAttr): not when a class of its MRO defines {@code __getattribute__}, which then sees
     * every lookup, methods included. 2.7's classic classes ignore one.
     */
    private static boolean genericGetattr(PyType t) {
        return t.builtin || t.classic || !(t.lookup("__getattribute__") instanceof PyFunction);
    }

    private void setupAnnotations(Frame f) {
        PyObject key = rt.name("__annotations__");
        if (f.locals.get(key) == null) {
            f.locals.put(key, PyDict.of(rt.lang, List.of()));
        }
    }

    private void oldSlice(Frame f, NeutralOp kind, int which) {
        PyObject upper = (which & 2) != 0 ? f.pop() : null;
        PyObject lower = (which & 1) != 0 ? f.pop() : null;
        PyObject container = f.pop();
        PyObject value = kind == NeutralOp.STORE_SLICE ? f.pop() : null;
        PyObject result = OldSlices.apply(rt, kind, container, lower, upper, value);
        if (kind == NeutralOp.SLICE) {
            f.push(result);
        }
    }

    private void formatValue(Frame f, int a) {
        PyObject spec = (a & 4) != 0 ? f.pop() : null;
        PyObject v = f.pop();
        switch (a & 3) {
            case 1:
                v = PyStr.of(Ops.str(rt, v));
                break;
            case 2:
                v = PyStr.of(Ops.repr(rt, v));
                break;
            case 3:
                v = PyStr.of(ascii(Ops.repr(rt, v)));
                break;
            default:
                break;
        }
        f.push(Builders.format(rt, v, spec == null ? "" : ((PyStr) spec).value()));
    }

    /** ascii(): the repr with every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    private PyObject yieldFrom(Frame f, int target) {
        PyObject value = f.pop();
        PyObject sub = f.top();
        PyObject r;
        if (sub instanceof PyGenerator g) {
            PyObject returned;
            try {
                r = g.send(value);
                returned = g.returnValue;
            } catch (PyError e) {
                // a StopIteration out of the delegate's frame (3.6 without generator_stop lets one leave it) ends the
                // yield from with its value, as a return does: YIELD_FROM takes any StopIteration of _PyGen_Send so
                if (!org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    throw e;
                }
                r = null;
                returned = stopValue(e);
            }
            if (r == null) {
                f.pop();
                f.push(returned);
                if (target >= 0) {
                    f.ip = target;
                }
                return null;
            }
        } else if (sub instanceof AsyncGenerators.Awaiting step) {
            // finished but not yet delivered: a throw() ended it and this frame now takes its result
            r = step.finished && !step.delivered ? null : step.send(value);
            if (r == null) {
                step.delivered = true;
                f.pop();
                f.push(step.result);
                if (target >= 0) {
                    f.ip = target;
                }
                return null;
            }
        } else {
            PyObject result = PyNone.NONE; // what the yield from evaluates to once the iterator is done
            try {
                r = value == PyNone.NONE ? nextOfDelegate(sub) : Ops.call(rt, Ops.getattr(rt, sub, "send"), value);
            } catch (PyError e) {
                if (!org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    throw e;
                }
                r = null;
                result = stopValue(e); // StopIteration(v) ends the yield from with v, as a generator's return v does
            }
            if (r == null) {
                f.pop();
                f.push(sub instanceof Async.Resolved done ? done.value : result);
                if (target >= 0) {
                    f.ip = target;
                }
                return null;
            }
        }
        if (target < 0) {
            f.ip--; // 3.6: YIELD_FROM repeats until the sub-iterator is done
        }
        f.yielded = true;
        return r;
    }

    /** The next item of a yield from's iterator, or null when it ends without a StopIteration of its own. */
    private PyObject nextOfDelegate(PyObject it) {
        PyObject next = it instanceof org.pyvm.core.objects.PyIterator ? null : rt.types.of(it).lookup("__next__");
        return next == null ? Ops.next(rt, it) : Ops.call(rt, next, new PyObject[] {it}, null);
    }

    /** StopIteration's value (_PyGen_FetchStopIterationValue): its {@code value} attribute. */
    private PyObject stopValue(PyError e) {
        return Ops.getattr(rt, rt.exception(e), "value");
    }

    /**
     * gen_throw with a delegate that is not a generator: GeneratorExit calls its {@code close()} when it has one
     * (null: the exception then goes on into the frame), another exception goes to its {@code throw()} when it
     * has one, with {@code gen.throw()}'s own arguments; what that returns is the value to pass up. Null when
     * the delegate has no such method.
     */
    private PyObject throwIntoDelegate(PyObject delegate, PyError thrown, PyObject[] throwArgs) {
        if (org.pyvm.core.runtime.Exceptions.is(rt, thrown, "GeneratorExit")) {
            PyObject close = Ops.getattrOrNull(rt, delegate, "close");
            if (close != null) {
                Ops.call(rt, close, new PyObject[0], null);
            }
            return null;
        }
        PyObject method = Ops.getattrOrNull(rt, delegate, "throw");
        if (method == null) {
            return null;
        }
        if (throwArgs == null) {
            PyObject exc = rt.exception(thrown);
            throwArgs = new PyObject[] {rt.types.of(exc), exc};
        }
        return Ops.call(rt, method, throwArgs, null);
    }

    /** GET_ITER / GET_YIELD_FROM_ITER (which leaves a generator as it is). */
    private void getIter(Frame f, boolean plain, boolean afterCall) {
        PyObject top = f.top();
        // GET_YIELD_FROM_ITER keeps a generator as it is, and a coroutine in a coroutine (or a types.coroutine
        // generator); an async generator goes to iter(), which refuses it as GET_ITER refuses both
        boolean coroutine = top instanceof PyGenerator g && g.isCoroutine();
        if (!plain && coroutine && (f.code.flags & (PyGenerator.CO_COROUTINE | PyGenerator.CO_ITERABLE_COROUTINE)) == 0) {
            throw PyError.raise("TypeError", "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        if (plain || !(coroutine || top instanceof PyGenerator g && g.iterable())) {
            f.stack()[f.sp - 1] = Ops.iter(rt, top);
        }
        if (plain && f.top() instanceof PyGenerator g) {
            // made by the call right before: not one another call handed back and may keep (d.setdefault(k, gen()))
            f.adoptIfFresh(g, afterCall && g.createdAt == f.ip - 2);
        }
    }

    // ---------------------------------------------------------------- raising

    PyError raise(Frame f, int argc) {
        if (argc == 0) {
            PyBaseException e = handling;
            if (e == null) {
                // 2.7's do_raise re-raises the thread's exception type, None here, and refuses None as any raise would
                return rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)
                        ? PyError.raise("TypeError", "exceptions must be old-style classes or derived from BaseException, not NoneType")
                        : PyError.raise("RuntimeError", "No active exception to reraise");
            }
            return reraise(f, e);
        }
        PyObject cause = argc == 2 ? f.pop() : null;
        PyObject exc = f.pop();
        PyBaseException instance = instantiate(exc);
        if (cause != null) {
            instance.cause = cause == PyNone.NONE ? null : instantiateCause(cause);
            instance.suppressContext = true;
        }
        PyError err = PyError.of(instance);
        err.traceback().addAll(instance.traceback);
        return err;
    }

    /** 2.7 {@code raise E, v, tb}. */
    PyError raise27(Frame f, int argc) {
        if (argc == 0) {
            return raise(f, 0);
        }
        PyObject tb = argc == 3 ? f.pop() : null;
        PyObject value = argc >= 2 ? f.pop() : null;
        PyObject type = f.pop();
        if (tb != null && tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            return PyError.raise("TypeError", "raise: arg 3 must be a traceback or None");
        }
        while (type instanceof PyTuple t && t.size() > 0) {
            type = t.get(0); // do_raise: a tuple raises its first item, repeatedly
        }
        if ((type instanceof PyBaseException || isClassicInstance(type)) && value != null && value != PyNone.NONE) {
            return PyError.raise("TypeError", "instance exception may not have a separate value");
        }
        PyBaseException instance;
        if (type instanceof PyType t && value != null && !(value instanceof PyNone)) {
            if ((value instanceof PyBaseException || isClassicInstance(value)) && rt.types.of(value).isSubtypeOf(t)) {
                instance = instantiate(value);
            } else {
                PyObject[] args = value instanceof PyTuple tuple ? tuple.items() : new PyObject[] {value};
                instance = instantiate(Ops.call(rt, t, args, null));
            }
        } else {
            instance = instantiate(type);
        }
        PyError err = PyError.of(instance);
        if (tb instanceof PyTraceback t) {
            err.traceback().addAll(t.chain());
            // do_raise returns WHY_RERAISE with a traceback given: this frame adds no entry of its own (six.reraise)
            err.reraisedIn = f;
        }
        return err;
    }

    /** The cause of {@code raise E from C}: an exception class is called, an instance kept, anything else refused (do_raise). */
    private PyBaseException instantiateCause(PyObject cause) {
        if (cause instanceof PyBaseException || cause instanceof PyType t && t.isSubtypeOf(rt.types.baseException)) {
            return instantiate(cause);
        }
        throw PyError.raise("TypeError", "exception causes must derive from BaseException");
    }

    PyBaseException instantiate(PyObject exc) {
        if (exc instanceof PyBaseException e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(rt.types.baseException)) {
            return (PyBaseException) Ops.call(rt, t, new PyObject[0], null);
        }
        if (isClassicInstance(exc)) {
            return new PyClassicRaise((org.pyvm.core.objects.PyInstance) exc);
        }
        if (exc instanceof PyType t && t.classic) {
            return instantiate(Ops.call(rt, t, new PyObject[0], null));
        }
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            throw PyError.raise("TypeError", "exceptions must be old-style classes or derived from BaseException, not "
                    + Ops.typeName(rt, exc));
        }
        throw PyError.raise("TypeError", "exceptions must derive from BaseException");
    }

    /** 2.7: an instance of a classic class can be raised (and caught) as an exception. */
    private static boolean isClassicInstance(PyObject o) {
        return o instanceof org.pyvm.core.objects.PyInstance i && !(o instanceof PyBaseException) && i.type().classic;
    }

    private PyError reraise(Frame f, PyObject exc) {
        PyError err = PyError.continuing(exc instanceof PyBaseException b ? b : instantiate(exc));
        err.reraisedIn = f;
        return err;
    }

    // ---------------------------------------------------------------- handling exceptions

    /** Finds a handler in {@code f} for {@code e}; true when the frame continues there. */
    private boolean handle(Frame f, PyError e) {
        PyBaseException exc = caught(f, e);
        if (f.compiled) {
            return false; // compiled code's handlers are its own (JitCompiler): the exception got past them
        }
        try {
            if (f.code.pack.table().exceptionModel() == ExceptionModel.EXCEPTION_TABLE) {
                return handleByTable(f, exc);
            }
            return handleByBlocks(f, exc);
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException | ClassCastException | NullPointerException x) {
            // a handler block whose level the value stack no longer reaches (bytecode the verifier
            // could not refuse; found by fuzzing): the frame cannot go on, its caller gets a SystemError
            f.sp = Math.max(0, Math.min(f.sp, f.stack().length));
            throw PyError.raise("SystemError", "invalid bytecode in " + f.code.name + ": the value stack does not reach"
                    + " the level of its exception handler");
        }
    }

    /**
     * An exception reaching frame {@code f}, before its handler is looked for: the frame's traceback entry (unless
     * it re-raised it there), the exception object's traceback, and its context (the exception being handled).
     */
    PyBaseException caught(Frame f, PyError e) {
        rt.limits().step(); // a loop can run through an exception handler without a backward jump
        if ((f.owning > 0 || !f.exposed) && f != mainFrame) {
            // its traceback holds the frame, and so its locals, for as long as it lives (the main module's names
            // live in its dict whatever holds the frame; a program reading tb_frame makes a frame object, which exposes them)
            Ownership.escapeAll(f);
        }
        if (e.reraisedIn != f && !f.code.isCStandIn()) {
            e.traceback().add(new PyError.TracebackEntry(f.code.filename, f.line(), f.code.name, f, f.lasti()));
        }
        e.reraisedIn = null;
        PyBaseException exc = rt.exception(e);
        syncTraceback(exc.traceback, e.traceback());
        
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_CHAINING) && handling != null && handling != exc && exc.context == null
                && !e.unchained) {
            exc.context = handling;
        }
        return exc;
    }

    /**
     * The exception object's traceback made the same as the one its PyError gathered. Usually it lacks only the
     * entry just added, which is appended; comparing and copying whole lists at each frame an exception left made
     * unwinding 200,000 frames quadratic.
     */
    private static void syncTraceback(List<PyError.TracebackEntry> mine, List<PyError.TracebackEntry> gathered) {
        if (mine == gathered) {
            return; // a re-raised exception's error appends to the exception's own list (PyError.continuing)
        }
        int n = gathered.size();
        if (mine.size() == n - 1 && (n == 1 || mine.get(0) == gathered.get(0) && mine.get(n - 2) == gathered.get(n - 2))) {
            mine.add(gathered.get(n - 1));
        } else if (!mine.equals(gathered)) {
            mine.clear();
            mine.addAll(gathered);
        }
    }

    /** 3.11: the raising instruction's offset a handler with lasti gets (RERAISE's own, when it re-raised). */
    PyObject lastiOf(Frame f) {
        PyObject v = PyInt.of(f.dc.offset[f.raisedAt >= 0 ? f.raisedAt : f.current]);
        f.raisedAt = -1;
        return v;
    }

    private boolean handleByTable(Frame f, PyBaseException exc) {
        int[] h = f.dc.handlers;
        try {
            return findHandler(f, exc, h);
        } finally {
            f.raisedAt = -1;
        }
    }

    private boolean findHandler(Frame f, PyBaseException exc, int[] h) {
        for (int k = 0; k < h.length; k += 5) {
            if (f.current >= h[k] && f.current < h[k + 1]) {
                f.dropTo(h[k + 3]);
                if (h[k + 4] != 0) {
                    f.push(lastiOf(f));
                }
                f.raisedAt = -1;
                f.push(exc);
                f.ip = h[k + 2];
                return true;
            }
        }
        return false;
    }

    private boolean handleByBlocks(Frame f, PyBaseException exc) {
        while (f.bp > 0) {
            f.bp -= 3;
            int kind = f.blocks[f.bp];
            int handler = f.blocks[f.bp + 1];
            int level = f.blocks[f.bp + 2];
            if (kind == Frame.EXCEPT_HANDLER) {
                restoreExceptHandler(f, level);
                continue;
            }
            f.dropTo(level);
            if (kind == Frame.EXCEPT || kind == Frame.FINALLY || kind == Frame.WITH) {
                PyObject[] values = handlerEntry(f, kind, handler, exc);
                if (values.length == 6) {
                    f.pushBlock(Frame.EXCEPT_HANDLER, -1);
                }
                for (PyObject v : values) {
                    f.push(v);
                }
                f.ip = handler;
                return true;
            }
        }
        return false;
    }

    /**
     * 2.7/3.6: exception {@code exc} enters the handler of a try block of this kind: the values the handler starts
     * with above the block's level, bottom first, and sys.exc_info() set as CPython sets it. 3.6 (exception
     * chaining) starts with the exception that was being handled (traceback, value, type; None for none), which its
     * EXCEPT_HANDLER block restores when the handler ends, then the new one; 2.7 with the new one alone.
     */
    PyObject[] handlerEntry(Frame f, int kind, int handler, PyBaseException exc) {
        boolean chaining = rt.lang.has(org.pyvm.spi.LanguageFeature.EXCEPTION_CHAINING);
        PyObject[] values = new PyObject[chaining ? 6 : 3];
        int k = 0;
        if (chaining) {
            PyBaseException prev = handling;
            values[k++] = prev == null ? PyNone.NONE : prev.tracebackObject();
            values[k++] = prev == null ? PyNone.NONE : prev;
            values[k++] = prev == null ? PyNone.NONE : rt.types.of(prev);
        }
        // 2.7 makes it sys.exc_info() for an except clause and a with statement's cleanup (a finally block
        // whose handler is WITH_CLEANUP), not for a finally clause
        if (chaining || kind != Frame.FINALLY || OPS[f.dc.op[handler]] == NeutralOp.WITH_CLEANUP) {
            handling = exc;
        }
        if (chaining) {
            f.exceptClauses++; // the EXCEPT_HANDLER block its caller pushes, which restoreExceptHandler takes away
        }
        values[k++] = exc.tracebackObject();
        values[k++] = PyClassicRaise.visible(exc);
        values[k] = rt.types.of(exc);
        return values;
    }

    /** 3.6: leaving an except handler restores the exception that was being handled before it. */
    private void restoreExceptHandler(Frame f, int level) {
        while (f.sp > level + 3) {
            f.pop();
        }
        f.pop(); // type
        PyObject value = f.pop();
        f.pop(); // traceback
        restoreHandling(value);
    }

    private void popExceptBlock(Frame f) {
        f.bp -= 3;
        if (f.blocks[f.bp] != Frame.EXCEPT_HANDLER) {
            throw PyError.raise("SystemError", "popped block is not an except handler");
        }
        restoreExceptHandler(f, f.blocks[f.bp + 2]);
    }

    // ---------------------------------------------------------------- break, continue and return through blocks

    /** Why control leaves a block: what END_FINALLY resumes once the finally body has run. */
    enum Why { RETURN, BREAK, CONTINUE }

    /** A marker on the stack while a finally body runs because of return/break/continue. */
    static final class WhyMarker extends PyObject {
        final Why why;
        final int target;

        WhyMarker(Why why, int target) {
            this.why = why;
            this.target = target;
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "why";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<" + why + ">";
        }
    }

    /**
     * Unwinds blocks for return/break/continue: a finally block runs first (with the reason on the
     * stack for END_FINALLY); a loop block ends a break. Returns true when a return may leave the frame now.
     */
    private boolean unwindFinally(Frame f, Why why, PyObject value, int target) {
        while (f.bp > 0) {
            int kind = f.blocks[f.bp - 3];
            int handler = f.blocks[f.bp - 2];
            int level = f.blocks[f.bp - 1];
            if (kind == Frame.LOOP && why == Why.CONTINUE) {
                f.ip = target;
                return false;
            }
            f.bp -= 3;
            if (kind == Frame.EXCEPT_HANDLER) {
                restoreExceptHandler(f, level);
                continue;
            }
            f.dropTo(level);
            if (kind == Frame.LOOP && why == Why.BREAK) {
                f.ip = handler;
                return false;
            }
            if (kind == Frame.FINALLY || kind == Frame.WITH) {
                if (why == Why.RETURN) {
                    f.push(value);
                }
                f.push(new WhyMarker(why, target));
                f.ip = handler;
                return false;
            }
        }
        return true;
    }

    /**
     * END_FINALLY: resumes what the finally body interrupted; a value to return from the frame, null to go on, or
     * {@link #RAISING} to raise again the exception it interrupted.
     */
    private PyObject endFinally(Frame f) {
        PyObject top = f.pop();
        if (top == PyNone.NONE || top == null) {
            return null;
        }
        if (top instanceof WhyMarker w) {
            if (w.why == Why.RETURN) {
                PyObject value = f.pop();
                if (unwindFinally(f, Why.RETURN, value, 0)) {
                    return value;
                }
                return null;
            }
            unwindFinally(f, w.why, null, w.target);
            return null;
        }
        if (top instanceof Blocks.Silenced) {
            f.bp -= 3;
            restoreExceptHandler(f, f.blocks[f.bp + 2]);
            return null;
        }
        if (top instanceof PyType) {
            PyObject value = f.pop();
            PyObject tb = f.pop();
            if (isClassicInstance(value)) {
                value = instantiate(value);
            }
            if (tb instanceof PyTraceback saved && value instanceof PyBaseException e) {
                // the traceback saved when the handler began, not what the exception gathered since
                // (a generator it was thrown into, say), as the block-stack interpreters re-raise it
                e.traceback.clear();
                e.traceback.addAll(saved.entries);
            }
            return raising(reraise(f, value));
        }
        throw PyError.raise("SystemError", "'finally' pops bad exception");
    }

    int indexOfOffset(Frame f, int offset) {
        int[] offsets = f.dc.offset;
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] == offset) {
                return k;
            }
        }
        return f.current;
    }
}
