package org.pyvm.core.interp;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyObject;

/**
 * One activation of a code object: its own data stack and block stack (a generator keeps its
 * frame, so nothing may live on a shared stack), its locals, globals and builtins, and where it is.
 */
final class Frame implements FrameView, org.pyvm.core.objects.PyError.FrameHandle {
    /** Block kinds of the 2.7/3.6 block stack. */
    static final int LOOP = 1;
    static final int EXCEPT = 2;
    static final int FINALLY = 3;
    static final int EXCEPT_HANDLER = 4;
    static final int WITH = 5;

    private static final int[] NO_BLOCKS = new int[0];

    final CodeObject code;
    final DecodedCode dc;
    final PyDict globals;
    /** The locals dict of module and class bodies (and 2.7 exec); null for functions, which use {@link #fast}. */
    final PyDict locals;
    final PyDict builtins;
    /** Local variables by index: 3.11's localsplus (cells live here as PyCell), or co_varnames before. */
    final PyObject[] fast;
    /** 2.7/3.6: cell variables then free variables; null in 3.11, whose cells live in {@link #fast}. */
    final PyCell[] cells;
    /**
     * The value stack, made at its first use ({@link #stack()}): compiled code keeps its values in JVM locals and
     * spills here only around what the interpreter does for it, so most of its calls never need one.
     */
    private PyObject[] stack;
    int sp;
    /** Triples (kind, handler instruction index, stack level). */
    int[] blocks = NO_BLOCKS;
    int bp;
    /** Index of the next instruction to execute. */
    int ip;
    /** Index of the instruction executing now (tracebacks, line numbers). */
    int current;
    /** 3.11 RERAISE with lasti: where the exception was first raised, or -1. */
    int raisedAt = -1;
    /** 3.11 KW_NAMES: the keyword names of the next CALL. */
    String[] kwnames;
    /**
     * Run in place by its caller's loop ({@link Interpreter#invoke}) rather than by a Java call of its own: its
     * return resumes {@link #back} in the same loop.
     */
    boolean inPlace;
    /** A generator's frame run in place by a FOR_ITER of the frame below: that generator (null otherwise). */
    PyGenerator generatorInPlace;
    /** Of a generator's frame run in place: where that FOR_ITER jumps when the generator is done. */
    int forIterExit;
    /** Of a frame run in place: the exception its caller was handling, restored when it is left. */
    org.pyvm.core.objects.PyBaseException savedHandling;
    /** Run by compiled code ({@link JitCode}): {@link #current} says where it is, {@link #ip} does not. */
    boolean compiled;
    /** Handed over by its compiled code to the interpreter until a loop head ({@link Interpreter#continueInterpreted}). */
    boolean handedOver;
    /** The compiled form of its code to run it with, set when the frame is entered ({@link Interpreter#finishEntered}). */
    JitCode jit;
    /** What a generator's compiled code raises where it yielded when resumed by throw() (see {@link JitCode#run}). */
    org.pyvm.core.objects.PyError pendingThrow;
    /** Set by YIELD_VALUE: the frame is suspended, not finished. */
    boolean yielded;
    final PyFunction function;
    /**
     * The frame below this one on the call stack: its caller, or for a generator the frame that resumed it last
     * (set at each resume, as CPython links a generator's frame to whoever runs it).
     */
    Frame back;
    /** The Python frame object for this frame, made only when a program asks for one (see {@link PyFrame}). */
    private PyFrame pyFrame;
    /** This VM's inline caches of the code, one slot per instruction: the function's, or found on first use. */
    Object[] inlineCache;

    /** Value stacks of more slots than this are checked against the VM's memory limit first. */
    private static final int BIG_STACK = 1 << 14;

    Frame(CodeObject code, PyDict globals, PyDict locals, PyDict builtins, PyFunction function, Frame back,
          org.pyvm.core.limits.Limits limits) {
        this.code = code;
        this.dc = code.decoded();
        this.globals = globals;
        this.locals = locals;
        this.builtins = builtins;
        this.function = function;
        this.back = back;
        this.inlineCache = function != null ? function.inlineCache : null;
        this.fast = new PyObject[code.fastSize];
        int ncells = code.cellvars.length + code.freevars.length;
        if (!code.separateCells || ncells == 0) {
            this.cells = null;
        } else if (code.cellvars.length == 0 && function != null && function.closure != null
                && function.closure.length == ncells) {
            // free variables only (a lambda or nested function reading its enclosing scope's names): the frame's
            // cells are the function's closure itself, which nothing writes into, rather than a copy at every call
            this.cells = function.closure;
        } else {
            this.cells = new PyCell[ncells];
        }
        if (code.stacksize > BIG_STACK) {
            // a co_stacksize of hundreds of millions passes the verifier when the code could use it
            limits.reserve(((long) code.stacksize + 8) * org.pyvm.core.runtime.Sequences.REFERENCE_BYTES);
        }
    }

    /** The value stack, made now if this is its first use. */
    PyObject[] stack() {
        PyObject[] s = stack;
        return s != null ? s : (stack = new PyObject[code.stacksize + 8]);
    }

    void push(PyObject v) {
        stack()[sp++] = v;
    }

    PyObject pop() {
        PyObject v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    /** Generators that one of this frame's locals or names alone holds ({@link Ownership}); zero almost always. */
    int owning;
    /** The frame's locals or names were handed to the program (locals(), a frame object, a traceback): it owns nothing. */
    boolean exposed;

    /** Generators this frame's for loops own (see {@link PyGenerator#loopOwned}); zero almost always. */
    int ownedGenerators;

    /**
     * 3.x: except clauses (and 3.6 finally clauses entered by an exception) of this frame running now. A generator
     * that yields inside one keeps the exception handled there as its own ({@link Interpreter#suspendHandling}), as
     * CPython 3.6 looks for an EXCEPT_HANDLER block and 3.7+ keeps it in gi_exc_state: counted, not compared with the
     * resumer's exception, which may be the very same object (throw() of the exception the caller is handling).
     */
    int exceptClauses;

    /** Pops down to {@code level}, closing an owned generator that is dropped unfinished. */
    void dropTo(int level) {
        while (sp > level) {
            discard(pop());
        }
    }

    /** A value popped and not used any more: an owned generator let go is closed. */
    void discard(PyObject v) {
        if (ownedGenerators > 0 && v instanceof PyGenerator g && g.loopOwned) {
            ownedGenerators--;
            g.abandon();
        }
    }

    /**
     * GET_ITER on a generator this frame's previous instruction (a call) just made: the for loop now holds
     * the only reference to it.
     */
    void adoptIfFresh(PyGenerator g, boolean previousWasCall) {
        if (previousWasCall && g.frame.back == this && !g.resumed && !g.loopOwned) {
            g.loopOwned = true;
            ownedGenerators++;
        }
    }

    PyObject top() {
        return stack[sp - 1];
    }

    PyObject peek(int n) {
        return stack[sp - n];
    }

    void pushBlock(int kind, int handler) {
        if (bp + 3 > blocks.length) {
            // most frames never set up a block: the array is made on first use
            blocks = java.util.Arrays.copyOf(blocks, Math.max(12, blocks.length * 2));
        }
        blocks[bp++] = kind;
        blocks[bp++] = handler;
        blocks[bp++] = sp;
    }

    @Override
    public CodeObject code() {
        return code;
    }

    @Override
    public int stackSize() {
        return sp;
    }

    @Override
    public PyObject stackItem(int k) {
        return stack[k];
    }

    @Override
    public int[] blockStack() {
        return java.util.Arrays.copyOf(blocks, bp);
    }

    /** The byte offset of {@link #current}, the instruction that raised (a traceback's {@code tb_lasti}). */
    int lasti() {
        return dc.length() == 0 ? 0 : dc.offset[Math.min(current, dc.length() - 1)];
    }

    /**
     * The instruction executing now (or last, in a finished frame), for {@code f_lineno} and {@code f_lasti}: the
     * one before {@link #ip}, which the loop advances before it runs an instruction.
     */
    int executing() {
        if (compiled) {
            return current;
        }
        return Math.max(0, Math.min(ip - 1, dc.length() - 1));
    }

    /** Source line of the instruction executing now (a frame object's {@code f_lineno}). */
    int lineNow() {
        int l = dc.length() == 0 ? -1 : dc.line[executing()];
        return l < 0 ? code.firstlineno : l;
    }

    /** This frame as a Python object ({@code sys._getframe()}, {@code tb_frame}): the same object each time. */
    @Override
    public PyFrame frameObject() {
        if (pyFrame == null) {
            pyFrame = new PyFrame(this);
            Ownership.escapeAll(this); // f_locals, f_globals: what the frame's names hold may be held anywhere now
            org.pyvm.core.objects.OwnedByName.exposed(globals);
        }
        return pyFrame;
    }

    /** Source line of the current instruction. */
    int line() {
        int l = dc.line[Math.min(current, dc.line.length - 1)];
        return l < 0 ? code.firstlineno : l;
    }
}
