package org.pyvm.core.interp;

import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.code.Operator;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.NeutralOp;

/**
 * The second tier: turns a hot code object into a JVM method ({@link JitCode}) that the JVM's own JIT compiles
 * and optimises across instructions, where the interpreter pays a dispatch per instruction.
 *
 * <p>How an instruction becomes JVM code: the value stack lives in JVM locals (the stack's depth at each
 * instruction is fixed, so slot {@code k} of the value stack is always the same JVM local), each operation is a
 * call of its {@link JitOps} method with those locals as arguments, and jumps are JVM jumps. The Python
 * locals stay in {@link Frame#fast}, so frame objects, {@code locals()} and tracebacks see what they always see.
 * Operations without a method of their own spill the value stack into {@link Frame#stack} and let the
 * interpreter run them ({@link Interpreter#step}).
 *
 * <p>What it leaves to the interpreter: coroutines, 2.7/3.6 generators with try statements, module and class
 * bodies (such code never compiles: {@link #REFUSED}), and, handing the frame over where they start, the few
 * operations that change frames or blocks in ways the compiled code does not follow: a 2.7/3.6 finally block
 * entered by an exception, a return or break through one, a with statement. 2.7/3.6 except clauses are compiled
 * with the code around them.
 */
final class JitCompiler {
    private JitCompiler() {
    }

    /** What {@link DecodedCode#compiled} holds for code this compiler will not take. */
    static final Object REFUSED = new Object();
    /** What a code compiling on {@link BackgroundJit}'s thread holds meanwhile: not compiled yet, not refused. */
    static final Object PENDING = new Object();

    private static final int CO_OPTIMIZED = 0x1;
    /** Coroutines and async generators (CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR): their awaits stay interpreted. */
    private static final int SUSPENDS = 0x80 | 0x100 | 0x200;
    private static final int CO_GENERATOR = 0x20;
    /** Above this many instructions the JVM method could pass HotSpot's 8,000-byte limit for compiling a method. */
    private static final int MAX_INSTRUCTIONS = 600;
    /** HotSpot never compiles a method of more bytecode than this (-XX:-DontCompileHugeMethods aside). */
    private static final int HUGE_METHOD = 8000;

    private static final Set<NeutralOp> CALLS = Set.copyOf(EnumSet.of(NeutralOp.CALL, NeutralOp.CALL_FUNCTION, NeutralOp.CALL_FUNCTION_KW,
            NeutralOp.CALL_FUNCTION_EX, NeutralOp.CALL_FUNCTION_EX_NULL, NeutralOp.CALL_FUNCTION_PAIRS,
            NeutralOp.CALL_FUNCTION_PAIRS_VAR, NeutralOp.CALL_FUNCTION_PAIRS_KW, NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW));

    /**
     * Operations compiled code leaves to the interpreter's {@link Interpreter#step} that would not work there:
     * they suspend, set up or leave blocks and handlers, or need a locals dict.
     */
    private static final Set<NeutralOp> NEVER = Set.copyOf(EnumSet.of(NeutralOp.YIELD_FROM,
            NeutralOp.SEND, NeutralOp.GET_AWAITABLE, NeutralOp.GET_AITER, NeutralOp.GET_ANEXT, NeutralOp.END_ASYNC_FOR,
            NeutralOp.BEFORE_ASYNC_WITH, NeutralOp.SETUP_ASYNC_WITH, NeutralOp.GET_YIELD_FROM_ITER,
            NeutralOp.PUSH_EXC_INFO, NeutralOp.CHECK_EXC_MATCH, NeutralOp.RERAISE, NeutralOp.BEFORE_WITH,
            NeutralOp.WITH_EXCEPT_START, NeutralOp.CHECK_EG_MATCH, NeutralOp.PREP_RERAISE_STAR,
            NeutralOp.LOAD_NAME, NeutralOp.STORE_NAME, NeutralOp.DELETE_NAME, NeutralOp.LOAD_LOCALS, NeutralOp.LOAD_CLASSDEREF,
            NeutralOp.IMPORT_STAR, NeutralOp.EXEC_STMT, NeutralOp.SETUP_ANNOTATIONS, NeutralOp.STOP_CODE,
            NeutralOp.LOAD_BUILD_CLASS, NeutralOp.BUILD_CLASS));

    /**
     * Of {@link #NEVER}, those a module's body may hold and still compile: its frame has the locals dict they read and
     * write (the module's globals). The name operations call the interpreter's own ({@link JitOps#loadName}), the rest
     * are left to {@link Interpreter#step}. A class body's, whose dict is its own, stays the interpreter's.
     */
    private static final Set<NeutralOp> MODULE_BODY_OPS = Set.copyOf(EnumSet.of(NeutralOp.LOAD_NAME, NeutralOp.STORE_NAME,
            NeutralOp.DELETE_NAME, NeutralOp.IMPORT_STAR, NeutralOp.SETUP_ANNOTATIONS, NeutralOp.LOAD_BUILD_CLASS, NeutralOp.BUILD_CLASS));

    /** 2.7/3.6 operations of try statements: compiled code keeps their blocks statically, the interpreter runs their handlers. */
    private static final Set<NeutralOp> BLOCK_HANDLER_OPS = Set.copyOf(EnumSet.of(NeutralOp.SETUP_EXCEPT, NeutralOp.SETUP_FINALLY,
            NeutralOp.END_FINALLY, NeutralOp.POP_EXCEPT_BLOCK, NeutralOp.POP_EXCEPT, NeutralOp.CONTINUE_LOOP, NeutralOp.SETUP_WITH,
            NeutralOp.WITH_CLEANUP, NeutralOp.WITH_CLEANUP_START, NeutralOp.WITH_CLEANUP_FINISH));
    /** 3.11's instructions of exception handlers, which {@link Interpreter#step} runs; they come only with an exception table. */
    private static final Set<NeutralOp> HANDLER_OPS = Set.copyOf(EnumSet.of(NeutralOp.PUSH_EXC_INFO, NeutralOp.CHECK_EXC_MATCH,
            NeutralOp.POP_EXCEPT, NeutralOp.RERAISE, NeutralOp.BEFORE_WITH, NeutralOp.WITH_EXCEPT_START, NeutralOp.CHECK_EG_MATCH,
            NeutralOp.PREP_RERAISE_STAR));

    private static final String INTERP = "org/pyvm/core/interp/Interpreter";
    private static final String FRAME = "org/pyvm/core/interp/Frame";
    private static final String OPS = "org/pyvm/core/interp/JitOps";
    private static final String ITERATOR = "org/pyvm/core/objects/PyIterator";
    private static final String PYOBJ = "org/pyvm/core/objects/PyObject";
    private static final String L_PYOBJ = "L" + PYOBJ + ";";
    private static final String L_INTERP = "L" + INTERP + ";";
    private static final String L_FRAME = "L" + FRAME + ";";

    // JVM locals of the compiled method
    private static final int THIS = 0;
    private static final int IN = 1;
    private static final int F = 2;
    private static final int ENTRY = 3;
    private static final int FAST = 4;
    private static final int CONSTS = 5;
    private static final int SPILL = 6;
    private static final int STACK0 = 7;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * The kind of the block {@link Analysis} keeps at the start of a 2.7 except clause, where the exception's three
     * values are on the stack above its level: 2.7 pushes no block there (3.6 pushes EXCEPT_HANDLER), so this one
     * never goes on the frame's block stack; it ends where the clause has popped them.
     */
    private static final int EXCEPT_VALUES_27 = -1;

    /** The compiled form of {@code dc}, or {@link #REFUSED}. */
    static Object compile(DecodedCode dc) {
        try {
            Analysis a = Analysis.of(dc);
            byte[] bytes = a == null ? null : new Emitter(dc, a).emit();
            if (bytes == null) {
                return REFUSED;
            }
            dump(dc, bytes);
            Class<?> c = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
            return (JitCode) LOOKUP.findConstructor(c, MethodType.methodType(void.class, int[].class, boolean[].class, int[].class))
                    .invoke(a.depth, Emitter.entries(dc, a), a.blockCounts());
        } catch (Throwable e) {
            // a compiler bug must not stop the program: the interpreter runs this code as before
            if (Boolean.getBoolean("pyvm.jit.strict")) {
                throw new IllegalStateException("pyvm JIT could not compile or load its code for " + dc.code.name + ": " + e, e);
            }
            return REFUSED;
        }
    }

    /**
     * {@code -Dpyvm.jit.dump=DIR}: each class compiled is also written to DIR as NAME_LINE.class (the code's name and
     * first line), for {@code javap -c -p} to show what the JVM is given. A file that cannot be written is skipped.
     */
    private static void dump(DecodedCode dc, byte[] bytes) {
        String dir = System.getProperty("pyvm.jit.dump");
        if (dir == null) {
            return;
        }
        String file = dc.code.name.replaceAll("[^A-Za-z0-9_]", "_") + "_" + dc.code.firstlineno + ".class";
        try {
            Files.write(Path.of(dir, file), bytes);
        } catch (IOException | RuntimeException e) {
            // a debugging aid only: the program goes on with the compiled code
        }
    }

    /** The class file {@link #compile} would define for {@code dc}, or null when it refuses it (tests read its handlers). */
    static byte[] classFile(DecodedCode dc) {
        Analysis a = Analysis.of(dc);
        return a == null ? null : new Emitter(dc, a).emit();
    }

    /** Why {@code dc} does not compile, or null when it does (tests: the corpus compiles or says why not). */
    static String whyNot(DecodedCode dc) {
        String why = Analysis.refusal(dc);
        if (why != null) {
            return why;
        }
        Analysis a = Analysis.follow(dc);
        if (a == null) {
            return "a stack depth or loop block that differs by path";
        }
        return new Emitter(dc, a).emit() == null ? "more than " + HUGE_METHOD + " bytes of JVM code, or an instruction reaching under the stack" : null;
    }

    /** The value stack's depth and (2.7, 3.6) the loop blocks at each instruction, found by following every path. */
    private static final class Analysis {
        final int[] depth;
        /**
         * Per instruction (2.7, 3.6): the enclosing blocks, innermost last, each {handler index, stack level,
         * kind} with kind Frame.LOOP, EXCEPT, FINALLY or (3.6, in an except clause) EXCEPT_HANDLER, as the
         * interpreter's block stack holds them there on every path compiled code takes; and {@link #EXCEPT_VALUES_27}
         * at the start of a 2.7 except clause, which the interpreter's block stack does not have.
         */
        final int[][][] loops;
        /**
         * Per instruction, when except clauses are followed: whether it is reached without entering one (their
         * handlers aside, the code the compiler took before it compiled them); null when none are followed.
         */
        boolean[] outsideClauses;

        private Analysis(int n) {
            depth = new int[n];
            loops = new int[n][][];
            Arrays.fill(depth, -1);
        }

        static Analysis of(DecodedCode dc) {
            return refusal(dc) == null ? follow(dc) : null;
        }

        /**
         * Every path from the start, 2.7/3.6 except clauses included where every path through them can be
         * followed; else every path but those into except clauses, which then run in the interpreter.
         */
        static Analysis follow(DecodedCode dc) {
            Analysis plain = follow(dc, false);
            if (plain == null || table(dc) || !Arrays.asList(dc.kind).contains(NeutralOp.SETUP_EXCEPT)) {
                return plain;
            }
            Analysis clauses = follow(dc, true);
            if (clauses == null) {
                return plain;
            }
            clauses.outsideClauses = new boolean[plain.depth.length];
            for (int i = 0; i < plain.depth.length; i++) {
                clauses.outsideClauses[i] = plain.depth[i] >= 0;
            }
            return clauses;
        }

        /** Why the compiler does not take {@code dc} whatever its paths, or null when it may. */
        static String refusal(DecodedCode dc) {
            CodeObject co = dc.code;
            int n = dc.length();
            boolean moduleBody = (co.flags & CO_OPTIMIZED) == 0;
            if (moduleBody && !co.name.equals("<module>")) {
                return "a class body (no CO_OPTIMIZED)";
            }
            if ((co.flags & SUSPENDS) != 0) {
                return "a coroutine";
            }
            boolean table = table(dc);
            if (dc.handlers.length > 0 && !table) {
                return "exception handlers";
            }
            if (n == 0 || n > MAX_INSTRUCTIONS) {
                return n + " instructions";
            }
            if (dc.verifiedDepth < 0) {
                return "a pack without stack effects";
            }
            if (moduleBody && Ownership.mayOwnNames(dc)) {
                return "a name that may alone hold a generator read only by next() (the interpreter closes it when let go)";
            }
            if (Ownership.mayOwnSlots(dc)) {
                return "a local that may alone hold a generator read only by next() (the interpreter closes it when let go)";
            }
            if (!table && (co.flags & CO_GENERATOR) != 0) {
                for (int i = 0; i < n; i++) {
                    if (BLOCK_HANDLER_OPS.contains(dc.kind[i])) {
                        return "a generator with exception handlers (2.7, 3.6)";
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                NeutralOp op = dc.kind[i];
                if (NEVER.contains(op) && !(table && HANDLER_OPS.contains(op)) && !(moduleBody && MODULE_BODY_OPS.contains(op))
                        || !Emitter.hasOwnCode(op) && dc.def[i].arg() == ArgKind.JUMP) {
                    return dc.def[i].name() + " at offset " + dc.offset[i];
                }
            }
            return null;
        }

        private static Analysis follow(DecodedCode dc, boolean exceptClauses) {
            boolean chaining = dc.code.pack.table().has(org.pyvm.spi.LanguageFeature.EXCEPTION_CHAINING);
            int n = dc.length();
            Analysis an = new Analysis(n);
            int[] work = new int[n];
            int pending = 0;
            an.depth[0] = 0;
            an.loops[0] = new int[0][];
            work[pending++] = 0;
            int[] h = dc.handlers;
            for (int b = 0; b < h.length; b += 5) {
                // a handler starts with the stack cut to the entry's depth, then lasti (when asked for) and the exception
                if (!an.reach(h[b + 2], h[b + 3] + h[b + 4] + 1, new int[0][], work, pending)) {
                    return null;
                }
                pending = an.pending;
            }
            while (pending > 0) {
                int i = work[--pending];
                int d = an.depth[i];
                int[][] loops = an.loops[i];
                NeutralOp op = dc.kind[i];
                int a = dc.arg[i];
                int next = d + effect(dc, i);
                int[][] nextLoops = loops;
                if (op == NeutralOp.SETUP_LOOP || op == NeutralOp.SETUP_EXCEPT || op == NeutralOp.SETUP_FINALLY) {
                    nextLoops = Arrays.copyOf(loops, loops.length + 1);
                    nextLoops[loops.length] = new int[] {a, d, blockKind(op)};
                    if (op != NeutralOp.SETUP_LOOP) {
                        if (i + 1 >= n || !an.reach(i + 1, d, nextLoops, work, pending)) {
                            return null;
                        }
                        pending = an.pending;
                        if (exceptClauses && op == NeutralOp.SETUP_EXCEPT) {
                            // an except clause starts with the exception's traceback, value and type above the
                            // block's level (3.6: over the exception handled before, under an EXCEPT_HANDLER block)
                            int[][] clause = Arrays.copyOf(loops, loops.length + 1);
                            clause[loops.length] = new int[] {-1, d, chaining ? Frame.EXCEPT_HANDLER : EXCEPT_VALUES_27};
                            if (!an.reach(a, d + (chaining ? 6 : 3), clause, work, pending)) {
                                return null;
                            }
                            pending = an.pending;
                        }
                        // a finally block is entered by an exception in the interpreter: not a path of compiled code
                        continue;
                    }
                } else if (op == NeutralOp.POP_BLOCK) {
                    if (loops.length == 0) {
                        return null;
                    }
                    nextLoops = Arrays.copyOf(loops, loops.length - 1);
                } else if (op == NeutralOp.POP_EXCEPT_BLOCK && endsExceptClause(loops, -1)) {
                    if (!endsExceptClause(loops, d)) {
                        return null;
                    }
                    // 3.6 POP_EXCEPT: the clause's block goes, and the exception handled before it under the block
                    nextLoops = Arrays.copyOf(loops, loops.length - 1);
                    next = loops[loops.length - 1][1];
                }
                if (leavesToInterpreter(dc, i, loops)) {
                    continue; // the interpreter goes on from this instruction (JitOps.continueInterpreted)
                }
                if (op == NeutralOp.BREAK_LOOP) {
                    if (loops.length == 0) {
                        return null;
                    }
                    int[] loop = loops[loops.length - 1];
                    if (!an.reach(loop[0], loop[1], Arrays.copyOf(loops, loops.length - 1), work, pending)) {
                        return null;
                    }
                    pending = an.pending;
                    continue;
                }
                if (dc.def[i].arg() == ArgKind.JUMP && op != NeutralOp.SETUP_LOOP) {
                    int taken = (int) (d + dc.def[i].stackWhenJumping().at(dc.rawArg[i]));
                    if (!an.reach(a, taken, loops, work, pending)) {
                        return null;
                    }
                    pending = an.pending;
                } else if (op == NeutralOp.SETUP_LOOP) {
                    // where a break lands: the loop's end, with the block gone and the stack at its level
                    if (!an.reach(a, d, loops, work, pending)) {
                        return null;
                    }
                    pending = an.pending;
                }
                if (op == NeutralOp.JUMP || op == NeutralOp.RETURN_VALUE || op == NeutralOp.RAISE_VARARGS || op == NeutralOp.RERAISE
                        || op == NeutralOp.RAISE_WITH_TRACEBACK) {
                    continue;
                }
                if (i + 1 >= n || next < 0 || !an.reach(i + 1, next, nextLoops, work, pending)) {
                    return null;
                }
                pending = an.pending;
            }
            return an;
        }

        private int pending;

        /** The number of blocks before each instruction (0 where none reaches). */
        int[] blockCounts() {
            int[] count = new int[loops.length];
            for (int i = 0; i < count.length; i++) {
                count[i] = loops[i] == null ? 0 : (int) Arrays.stream(loops[i]).filter(b -> b[2] != EXCEPT_VALUES_27).count();
            }
            return count;
        }

        /** Whether the code's pack handles exceptions by a table (3.11) rather than blocks set up at run time. */
        static boolean table(DecodedCode dc) {
            return dc.code.pack.table().exceptionModel() == org.pyvm.spi.ExceptionModel.EXCEPTION_TABLE;
        }

        static int blockKind(NeutralOp setup) {
            return setup == NeutralOp.SETUP_LOOP ? Frame.LOOP : setup == NeutralOp.SETUP_EXCEPT ? Frame.EXCEPT : Frame.FINALLY;
        }

        /**
         * Whether compiled code hands its frame to the interpreter at instruction {@code i}, blocks {@code blocks}
         * around it: the instructions whose work depends on blocks only the interpreter runs (a return, break or
         * continue through a finally block, the end of a finally block entered by an exception, an except
         * clause's end), which compiled code does not follow.
         */
        static boolean leavesToInterpreter(DecodedCode dc, int i, int[][] blocks) {
            NeutralOp op = dc.kind[i];
            return switch (op) {
                // a with statement runs in the interpreter from its SETUP_WITH on, back to compiled code at a loop head
                case CONTINUE_LOOP, SETUP_WITH, WITH_CLEANUP, WITH_CLEANUP_START, WITH_CLEANUP_FINISH -> true;
                case POP_EXCEPT_BLOCK -> !endsExceptClause(blocks, -1);
                // an except clause that matched nothing: the interpreter re-raises its exception
                case END_FINALLY -> blocks.length > 0 && isClauseStart(blocks[blocks.length - 1]);
                case POP_EXCEPT -> !table(dc);
                case RETURN_VALUE -> encloses(blocks, 0, Frame.FINALLY);
                case BREAK_LOOP -> blocks.length > 0 && blocks[blocks.length - 1][2] != Frame.LOOP;
                default -> false;
            };
        }

        /**
         * Whether a 3.6 POP_EXCEPT here ends a compiled except clause: its EXCEPT_HANDLER block innermost, and (depth
         * {@code d} when not negative) only the exception handled before it left above the block's level.
         */
        static boolean endsExceptClause(int[][] blocks, int d) {
            if (blocks.length == 0) {
                return false;
            }
            int[] top = blocks[blocks.length - 1];
            return top[2] == Frame.EXCEPT_HANDLER && (d < 0 || d == top[1] + 3);
        }

        /** Whether {@code block} is the start of an except clause that {@link #follow} entered. */
        static boolean isClauseStart(int[] block) {
            return block[2] == Frame.EXCEPT_HANDLER || block[2] == EXCEPT_VALUES_27;
        }

        /** Whether blocks from {@code from} on (outward to inward) include one of this kind. */
        static boolean encloses(int[][] blocks, int from, int kind) {
            for (int k = from; k < blocks.length; k++) {
                if (blocks[k][2] == kind) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The depth change of instruction {@code i}: the table's, but for 3.11's PRECALL and CALL, whose tables
         * (as dis.stack_effect) count the arguments as gone at PRECALL while they stay on the stack until CALL.
         */
        static int effect(DecodedCode dc, int i) {
            return switch (dc.kind[i]) {
                case PRECALL -> 0;
                case RETURN_GENERATOR -> 1; // resumed after it with the sent value (None) pushed
                case END_FINALLY -> -1; // on compiled code's paths: the None a finally block is entered with
                case CALL -> -(dc.arg[i] + 1);
                default -> (int) dc.def[i].stack().at(dc.rawArg[i]);
            };
        }

        /** Reaching {@code i} with this depth and these loops: false when another path reached it differently. */
        private boolean reach(int i, int d, int[][] loops, int[] work, int pendingNow) {
            pending = pendingNow;
            if (i < 0 || i >= depth.length || d < 0) {
                return false;
            }
            while (loops.length > 0 && loops[loops.length - 1][2] == EXCEPT_VALUES_27 && d <= loops[loops.length - 1][1]) {
                loops = Arrays.copyOf(loops, loops.length - 1); // a 2.7 except clause has popped its exception's values
            }
            if (depth[i] < 0) {
                depth[i] = d;
                this.loops[i] = loops;
                work[pending++] = i;
                return true;
            }
            return depth[i] == d && Arrays.deepEquals(this.loops[i], loops);
        }
    }

    /** Writes the hidden class: one method, {@link JitCode#run}, with a label per instruction. */
    private static final class Emitter {
        private final DecodedCode dc;
        private final Analysis an;
        private final Label[] at;
        private MethodVisitor mv;
        /**
         * Per instruction: the stub of the JVM handler a PyError raised there lands at (the first exception-table
         * entry of the method that covers it, as the JVM picks), or null outside every try statement.
         */
        private Label[] handlerAt;
        /** Per handler stub: the point just after it stored the caught exception, where an error raised here jumps. */
        private final Map<Label, Label> caughtStored = new java.util.HashMap<>();
        private int maxDepth;
        /** Set when an instruction reaches a value-stack slot outside the stack: the code is refused. */
        private boolean outOfRange;
        /** Per yield (by its instruction): where a generator resumed by throw() raises, inside the yield's handler range. */
        private final Label[] resumeThrow;

        Emitter(DecodedCode dc, Analysis an) {
            this.dc = dc;
            this.an = an;
            this.at = new Label[dc.length()];
            this.resumeThrow = new Label[dc.length()];
            for (int i = 0; i < at.length; i++) {
                at[i] = new Label();
                if ((dc.kind[i] == NeutralOp.YIELD_VALUE || dc.kind[i] == NeutralOp.RETURN_GENERATOR) && i + 1 < at.length) {
                    resumeThrow[i] = new Label();
                }
            }
        }

        /** Operations with JVM code of their own (every other one goes through {@link JitOps#step}). */
        static boolean hasOwnCode(NeutralOp op) {
            return OWN.contains(op);
        }

        private static final Set<NeutralOp> OWN = Set.copyOf(EnumSet.of(NeutralOp.NOP, NeutralOp.RESUME, NeutralOp.CACHE, NeutralOp.EXTENDED_ARG,
                NeutralOp.PRECALL, NeutralOp.LOAD_FAST, NeutralOp.STORE_FAST, NeutralOp.LOAD_CONST, NeutralOp.POP_TOP, NeutralOp.PUSH_NULL,
                NeutralOp.DUP_TOP, NeutralOp.DUP_TOP_TWO, NeutralOp.ROT_TWO, NeutralOp.ROT_THREE, NeutralOp.ROT_FOUR, NeutralOp.COPY,
                NeutralOp.SWAP, NeutralOp.BINARY_OP, NeutralOp.COMPARE_OP, NeutralOp.IS_OP, NeutralOp.CONTAINS_OP, NeutralOp.UNARY_OP,
                NeutralOp.BINARY_SUBSCR, NeutralOp.STORE_SUBSCR, NeutralOp.LOAD_ATTR, NeutralOp.STORE_ATTR, NeutralOp.LOAD_GLOBAL,
                NeutralOp.LOAD_DEREF, NeutralOp.STORE_DEREF, NeutralOp.LOAD_NAME, NeutralOp.STORE_NAME, NeutralOp.DELETE_NAME,
                NeutralOp.LOAD_METHOD, NeutralOp.GET_ITER, NeutralOp.FOR_ITER,
                NeutralOp.JUMP, NeutralOp.POP_JUMP_IF_FALSE, NeutralOp.POP_JUMP_IF_TRUE, NeutralOp.POP_JUMP_IF_NONE,
                NeutralOp.POP_JUMP_IF_NOT_NONE, NeutralOp.JUMP_IF_FALSE_OR_POP, NeutralOp.JUMP_IF_TRUE_OR_POP,
                NeutralOp.RETURN_VALUE, NeutralOp.SETUP_LOOP, NeutralOp.POP_BLOCK, NeutralOp.BREAK_LOOP, NeutralOp.CALL,
                NeutralOp.CALL_FUNCTION, NeutralOp.CALL_FUNCTION_KW, NeutralOp.CALL_FUNCTION_PAIRS, NeutralOp.CALL_FUNCTION_PAIRS_VAR,
                NeutralOp.CALL_FUNCTION_PAIRS_KW, NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW, NeutralOp.KW_NAMES, NeutralOp.RAISE_VARARGS,
                NeutralOp.RAISE_WITH_TRACEBACK,
                NeutralOp.YIELD_VALUE, NeutralOp.RETURN_GENERATOR, NeutralOp.SETUP_EXCEPT, NeutralOp.SETUP_FINALLY,
                NeutralOp.END_FINALLY, NeutralOp.POP_EXCEPT_BLOCK, NeutralOp.CONTINUE_LOOP, NeutralOp.SETUP_WITH,
                NeutralOp.WITH_CLEANUP, NeutralOp.WITH_CLEANUP_START, NeutralOp.WITH_CLEANUP_FINISH));

        byte[] emit() {
            // slots 0 .. deepest-1 hold the value stack (an instruction's results are the depth of the one after it)
            // and slot `deepest` the exception a JVM handler caught; CPython's co_stacksize can be far larger (3.6
            // counts six values per try statement), and every slot more is a local to clear and spill
            for (int d : an.depth) {
                maxDepth = Math.max(maxDepth, d);
            }
            maxDepth += 1;
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return commonSuperClass(a, b);
                }
            };
            String name = "org/pyvm/core/interp/JitCode$Compiled";
            cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "org/pyvm/core/interp/JitCode", null);
            MethodVisitor init = cw.visitMethod(0, "<init>", "([I[Z[I)V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1);
            init.visitVarInsn(ALOAD, 2);
            init.visitVarInsn(ALOAD, 3);
            init.visitMethodInsn(INVOKESPECIAL, "org/pyvm/core/interp/JitCode", "<init>", "([I[Z[I)V", false);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();

            mv = cw.visitMethod(0, "run", "(" + L_INTERP + L_FRAME + "I)" + L_PYOBJ, null, null);
            mv.visitCode();
            Label start = new Label();
            Label end = new Label();
            Label onThrow = new Label();
            int[] h = dc.handlers;
            // One JVM handler per distinct (target, depth, lasti) of the exception table: a try body is split into
            // many entries (around its returns, say), each with the same handler, and a stub for each made
            // exceptions.py's lookups 40% handler stubs and too large a graph for C2.
            Map<List<Integer>, Label> stubs = new LinkedHashMap<>();
            handlerAt = new Label[at.length];
            for (int b = 0; b < h.length; b += 5) {
                if (coversCode(h[b], h[b + 1])) {
                    Label stub = stubs.computeIfAbsent(List.of(h[b + 2], h[b + 3], h[b + 4] != 0 ? 1 : 0), k -> new Label());
                    catchPyError(h[b], h[b + 1], end, stub);
                }
            }
            List<Runnable> blockStubs = new ArrayList<>();
            if (!Analysis.table(dc)) {
                blockHandlers(end, blockStubs);
            }
            // only a for loop adopts generators (GET_ITER): code without one lets exceptions pass untouched, one
            // unwinding less per frame for the JVM (its handler search is most of what a Python exception costs)
            boolean iterates = Arrays.asList(dc.kind).contains(NeutralOp.GET_ITER);
            if (iterates) {
                mv.visitTryCatchBlock(start, end, onThrow, "java/lang/Throwable");
            }
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "fast", "[" + L_PYOBJ);
            mv.visitVarInsn(ASTORE, FAST);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "code", "Lorg/pyvm/core/code/CodeObject;");
            mv.visitFieldInsn(GETFIELD, "org/pyvm/core/code/CodeObject", "consts", "[" + L_PYOBJ);
            mv.visitVarInsn(ASTORE, CONSTS);
            // the frame's value stack is made at its first spill (Frame.stack()): most calls never spill
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, SPILL);
            for (int k = 0; k < maxDepth; k++) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, STACK0 + k);
            }
            mv.visitLabel(start);
            entryPoints();
            for (int i = 0; i < at.length; i++) {
                mv.visitLabel(at[i]);
                if (an.depth[i] >= 0) {
                    instruction(i, dc.kind[i], dc.arg[i], an.depth[i]);
                }
            }
            mv.visitLabel(end);
            blockStubs.forEach(Runnable::run);
            if (exits != null) {
                for (int i = 0; i < exits.length; i++) {
                    if (exits[i] != null) {
                        mv.visitLabel(exits[i]);
                        handOver(i, false);
                    }
                }
            }
            stubs.forEach((key, stub) -> handlerStub(stub, key.get(0), key.get(1), key.get(2) != 0));
            if (returnRaised != null) {
                returnRaisedStub(iterates);
            }
            // an exception leaving the frame: values the stack held are let go as the interpreter's frame lets them go
            if (iterates) {
                mv.visitLabel(onThrow);
                mv.visitVarInsn(ALOAD, F);
                mv.visitFieldInsn(GETFIELD, FRAME, "ownedGenerators", "I");
                Label rethrow = new Label();
                mv.visitJumpInsn(IFEQ, rethrow);
                spillIterators();
                mv.visitLabel(rethrow);
                mv.visitInsn(ATHROW);
            }
            Label last = new Label();
            mv.visitLabel(last);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            if (last.getOffset() >= HUGE_METHOD || outOfRange) {
                return null;
            }
            return cw.toByteArray();
        }

        /** The entry dispatch at the method's start, where code handed back by the interpreter goes on too. */
        private final Label dispatch = new Label();

        /** Per instruction: where the frame is handed to the interpreter from it ({@link #leave}), made at the first use. */
        private Label[] exits;

        /** Hands the frame to the interpreter at instruction {@code i}: the value stack spilled, then the exit's stub. */
        private void leave(int i, int d) {
            current(i);
            spill(0, d);
            if (exits == null) {
                exits = new Label[at.length];
            }
            if (exits[i] == null) {
                exits[i] = new Label();
            }
            mv.visitJumpInsn(GOTO, exits[i]);
        }

        /**
         * Outside the range the method's own Throwable handler covers (what the interpreter does from here on is
         * its own): the frame's block stack as the interpreter keeps it at {@code i}, then the interpreter on
         * from there, with the exception in the spare local when {@code raised} (a try block's handler to find),
         * else from instruction i.
         */
        private void handOver(int i, boolean raised) {
            mv.visitVarInsn(ALOAD, F);
            push(0);
            mv.visitFieldInsn(PUTFIELD, FRAME, "bp", "I");
            for (int[] b : an.loops[i]) {
                if (b[2] == EXCEPT_VALUES_27) {
                    continue; // not a block of the interpreter's
                }
                mv.visitVarInsn(ALOAD, F);
                push(b[2]);
                push(b[0]);
                push(b[1]);
                ops("block", "(" + L_FRAME + "III)V");
            }
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            push(i);
            if (raised) {
                mv.visitVarInsn(ALOAD, STACK0 + maxDepth);
            } else {
                mv.visitInsn(ACONST_NULL);
            }
            ops("continueInterpreted", "(" + L_INTERP + L_FRAME + "ILorg/pyvm/core/objects/PyError;)" + L_PYOBJ);
            // the frame's return value, or RESUME: on at the loop head f.ip, its stack in f.stack
            mv.visitInsn(DUP);
            mv.visitFieldInsn(GETSTATIC, OPS, "RESUME", L_PYOBJ);
            Label returned = new Label();
            mv.visitJumpInsn(IF_ACMPNE, returned);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "ip", "I");
            mv.visitVarInsn(ISTORE, ENTRY);
            mv.visitJumpInsn(GOTO, dispatch);
            mv.visitLabel(returned);
            mv.visitInsn(ARETURN);
        }

        /**
         * 2.7/3.6: a JVM handler for each run of instructions inside the same try blocks. An exception there cuts the
         * value stack to the innermost try block's level (letting go of a for loop's own generators above it, as
         * the interpreter's unwinding does) and the interpreter finds the handler and goes on.
         */
        private void blockHandlers(Label end, List<Runnable> stubs) {
            // runs inside the same blocks (the code of an outer try statement before and after an inner one) share
            // one stub: what it does depends on the blocks alone, the interpreter finds the handler from f.current
            Map<String, Label> byBlocks = new java.util.HashMap<>();
            int i = 0;
            while (i < at.length) {
                int[][] blocks = an.depth[i] >= 0 ? an.loops[i] : null;
                int[] target = blocks == null ? null : innermostTry(blocks);
                if (target == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < at.length && (an.depth[j] < 0 || Arrays.deepEquals(an.loops[j], blocks))) {
                    j++;
                }
                String key = Arrays.deepToString(blocks);
                Label stub = byBlocks.get(key);
                if (stub == null) {
                    Label made = new Label();
                    byBlocks.put(key, made);
                    int first = i;
                    if (target[2] == Frame.EXCEPT && an.outsideClauses != null) {
                        stubs.add(() -> exceptClauseStub(made, target[0], target[1]));
                    } else {
                        // 3.6: an except clause's block restores the exception handled before it, kept above its level
                        int level = target[2] == Frame.EXCEPT_HANDLER ? target[1] + 3 : target[1];
                        stubs.add(() -> {
                            caughtAt(made, level);
                            spill(0, level);
                            handOver(first, true);
                        });
                    }
                    stub = made;
                }
                catchPyError(i, j, end, stub);
                i = j;
            }
        }

        /**
         * The innermost block among {@code blocks} that an exception stops at (a try block, or 3.6's except clause's
         * own, which restores the exception handled before it), or null.
         */
        private static int[] innermostTry(int[][] blocks) {
            for (int k = blocks.length - 1; k >= 0; k--) {
                int kind = blocks[k][2];
                if (kind == Frame.EXCEPT || kind == Frame.FINALLY) {
                    return blocks[k];
                }
                if (kind == Frame.EXCEPT_HANDLER && (Analysis.encloses(blocks, 0, Frame.EXCEPT) || Analysis.encloses(blocks, 0, Frame.FINALLY))) {
                    return blocks[k];
                }
                // an exception leaving the frame from an except clause needs no handler: leaving the frame makes
                // the exception the caller was handling sys.exc_info() again (Interpreter.execute)
            }
            return null;
        }

        /**
         * 2.7/3.6: where the JVM lands with a PyError raised in a try block whose except clauses are compiled: what
         * the interpreter's handler search does (the frame's traceback entry, the stack cut to the block's level,
         * the values the clause starts with pushed, sys.exc_info() set), then on at the clauses.
         */
        private void exceptClauseStub(Label stub, int handler, int level) {
            caughtAt(stub, level);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, STACK0 + maxDepth);
            push(handler);
            ops("enterExcept", "(" + L_INTERP + L_FRAME + "Lorg/pyvm/core/objects/PyError;I)[" + L_PYOBJ);
            for (int k = 0; k < an.depth[handler] - level; k++) {
                mv.visitInsn(DUP);
                push(k);
                mv.visitInsn(AALOAD);
                store(level + k);
            }
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, at[handler]);
        }

        /** A JVM handler at {@code stub} for a PyError raised by instructions {@code from .. to-1}. */
        private void catchPyError(int from, int to, Label end, Label stub) {
            mv.visitTryCatchBlock(at[from], to < at.length ? at[to] : end, stub, "org/pyvm/core/objects/PyError");
            for (int k = from; k < to && k < at.length; k++) {
                if (handlerAt[k] == null) {
                    handlerAt[k] = stub;
                }
            }
        }

        /** Whether instructions {@code from .. to-1} have code (a JVM handler's range may not be empty). */
        private boolean coversCode(int from, int to) {
            for (int i = from; i < to && i < at.length; i++) {
                if (an.depth[i] >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the JVM lands with a PyError raised in an exception table entry's range: what the interpreter's
         * handler search does (the frame's traceback entry, the stack cut to the entry's depth, lasti and the
         * exception pushed), then on at the handler.
         */
        private void handlerStub(Label stub, int target, int level, boolean lasti) {
            caughtAt(stub, level);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, STACK0 + maxDepth);
            ops("caught", "(" + L_INTERP + L_FRAME + "Lorg/pyvm/core/objects/PyError;)" + L_PYOBJ);
            store(level + (lasti ? 1 : 0));
            if (lasti) {
                mv.visitVarInsn(ALOAD, IN);
                mv.visitVarInsn(ALOAD, F);
                ops("lasti", "(" + L_INTERP + L_FRAME + ")" + L_PYOBJ);
                store(level);
            }
            mv.visitJumpInsn(GOTO, at[target]);
        }

        /**
         * A JVM handler's start: the exception into the spare local, and (a for loop's own generators on the
         * stack) the values above {@code level} let go as the interpreter's unwinding lets them go.
         */
        private void caughtAt(Label stub, int level) {
            mv.visitLabel(stub);
            mv.visitVarInsn(ASTORE, STACK0 + maxDepth);
            mv.visitLabel(caughtStored.computeIfAbsent(stub, k -> new Label()));
            Label plain = new Label();
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "ownedGenerators", "I");
            mv.visitJumpInsn(IFEQ, plain);
            spillIterators();
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, "org/pyvm/core/interp/JitCode", "depth", "[I");
            push(level);
            ops("unwindOwned", "(" + L_FRAME + "[II)V");
            mv.visitLabel(plain);
        }

        /**
         * Where {@link JitCode#run} may start besides 0: loop heads, the instruction after each yield, and where an
         * except clause the interpreter ran jumps on to.
         */
        static boolean[] entries(DecodedCode dc, Analysis an) {
            boolean[] entry = new boolean[dc.length()];
            for (int i = 0; i < entry.length; i++) {
                NeutralOp op = dc.kind[i];
                // a jump back from code the compiled code never runs counts too: a 2.7/3.6 except clause (run by
                // the interpreter) whose loop goes on from the head, the only way back when the try body raises
                if (dc.def[i].arg() == ArgKind.JUMP && op != NeutralOp.SETUP_LOOP && op != NeutralOp.FOR_ITER && dc.arg[i] <= i
                        && dc.arg[i] >= 0 && an.depth[dc.arg[i]] >= 0) {
                    entry[dc.arg[i]] = true;
                }
                boolean inClause = an.outsideClauses != null ? !an.outsideClauses[i] : an.depth[i] < 0;
                if (inClause && op == NeutralOp.JUMP && dc.arg[i] > i && an.depth[dc.arg[i]] >= 0) {
                    // the end of a 2.7/3.6 except clause (which the interpreter may have run: all of it, or from
                    // where it handed over) jumping forward past the try statement: the frame goes back to
                    // compiled code there
                    entry[dc.arg[i]] = true;
                }
                if (an.depth[i] < 0) {
                    continue;
                }
                if ((op == NeutralOp.YIELD_VALUE || op == NeutralOp.RETURN_GENERATOR) && i + 1 < entry.length && an.depth[i + 1] >= 0) {
                    entry[i + 1] = true;
                }
            }
            return entry;
        }

        /**
         * The start of {@link JitCode#run} for entries other than 0: the interpreter's value stack (f.stack) moves
         * into the locals and the code goes on at the entry; a negative entry (a generator resumed by throw())
         * moves all but the sent value and raises the exception where the generator yielded.
         */
        private void entryPoints() {
            boolean[] entry = entries(dc, an);
            Label fromStart = new Label();
            mv.visitLabel(dispatch);
            mv.visitVarInsn(ILOAD, ENTRY);
            mv.visitJumpInsn(IFEQ, fromStart);
            for (int head = 0; head < entry.length; head++) {
                if (!entry[head]) {
                    continue;
                }
                Label other = new Label();
                mv.visitVarInsn(ILOAD, ENTRY);
                push(head);
                mv.visitJumpInsn(IF_ICMPNE, other);
                unspill(0, an.depth[head]);
                mv.visitJumpInsn(GOTO, at[head]);
                mv.visitLabel(other);
                if (head > 0 && resumeThrow[head - 1] != null) {
                    Label notThrown = new Label();
                    mv.visitVarInsn(ILOAD, ENTRY);
                    push(-head);
                    mv.visitJumpInsn(IF_ICMPNE, notThrown);
                    unspill(0, an.depth[head] - 1);
                    mv.visitJumpInsn(GOTO, resumeThrow[head - 1]);
                    mv.visitLabel(notThrown);
                }
            }
            // an entry the code does not have: the caller checked JitCode.entries, so never
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
            mv.visitLabel(fromStart);
        }

        private boolean[] iteratorSlots;

        /**
         * The value-stack slots that hold an iterator from GET_ITER: a for loop's for as long as it runs (FOR_ITER
         * reads it there), or one handed to a comprehension's function right after. A slot's index is its depth.
         */
        private boolean[] iteratorSlots() {
            if (iteratorSlots == null) {
                iteratorSlots = new boolean[maxDepth];
                for (int i = 0; i < dc.length(); i++) {
                    if ((dc.kind[i] == NeutralOp.GET_ITER || dc.kind[i] == NeutralOp.FOR_ITER) && an.depth[i] > 0) {
                        iteratorSlots[an.depth[i] - 1] = true;
                    }
                }
            }
            return iteratorSlots;
        }

        /** SPILL = f.stack(), the frame's value stack, made if this is its first use. */
        private void spillArray() {
            mv.visitVarInsn(ALOAD, F);
            mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "stack", "()[" + L_PYOBJ, false);
            mv.visitVarInsn(ASTORE, SPILL);
        }

        /**
         * What an exception leaving a for loop lets go, spilled for the interpreter's unwinding ({@link Frame#dropTo}):
         * the slots where a for loop keeps its iterator ({@link #iteratorSlots}), the only places a loop's own generator
         * can be, and null in every other slot. Reading every slot here made each value-stack slot live at every call
         * the handler covers, which doubled the JVM's C1 compile of a long 2.7 function with inline comprehensions
         * (closures.py's pipeline: 45 and 40 ms for its two tier-3 compiles, now 23 and 15 ms).
         */
        private void spillIterators() {
            spillArray();
            // a stale value from an earlier spill must not be taken for a loop's own: the rest cleared in one call
            mv.visitVarInsn(ALOAD, SPILL);
            push(0);
            push(maxDepth);
            mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "fill", "([Ljava/lang/Object;IILjava/lang/Object;)V", false);
            boolean[] iterator = iteratorSlots();
            for (int k = 0; k < maxDepth; k++) {
                if (iterator[k]) {
                    mv.visitVarInsn(ALOAD, SPILL);
                    push(k);
                    mv.visitVarInsn(ALOAD, STACK0 + k);
                    mv.visitInsn(AASTORE);
                }
            }
            // the depth where the exception was raised
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, "org/pyvm/core/interp/JitCode", "depth", "[I");
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "current", "I");
            mv.visitInsn(IALOAD);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(II)I", false);
            mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
        }

        private void instruction(int i, NeutralOp op, int a, int d) {
            if (Analysis.leavesToInterpreter(dc, i, an.loops[i])) {
                leave(i, d);
                return;
            }
            switch (op) {
                case NOP, RESUME, CACHE, EXTENDED_ARG, PRECALL, SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY, POP_BLOCK ->
                    mv.visitInsn(NOP); // a byte, so that a handler range made of such instructions is not empty
                case LOAD_FAST -> {
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    mv.visitInsn(AALOAD);
                    push(a);
                    push(i);
                    ops("local", "(" + L_INTERP + L_FRAME + L_PYOBJ + "II)" + L_PYOBJ);
                    store(d);
                }
                case STORE_FAST -> {
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    load(d - 1);
                    mv.visitInsn(AASTORE);
                }
                case LOAD_CONST -> {
                    mv.visitVarInsn(ALOAD, CONSTS);
                    push(a);
                    mv.visitInsn(AALOAD);
                    store(d);
                }
                case POP_TOP -> {
                    mv.visitVarInsn(ALOAD, F);
                    load(d - 1);
                    ops("discard", "(" + L_FRAME + L_PYOBJ + ")V");
                }
                case PUSH_NULL -> {
                    mv.visitInsn(ACONST_NULL);
                    store(d);
                }
                case DUP_TOP -> move(d - 1, d);
                case DUP_TOP_TWO -> {
                    move(d - 2, d);
                    move(d - 1, d + 1);
                }
                case ROT_TWO -> rotate(d, 2);
                case ROT_THREE -> rotate(d, 3);
                case ROT_FOUR -> rotate(d, 4);
                case COPY -> move(d - a, d);
                case SWAP -> {
                    load(d - 1);
                    load(d - a);
                    store(d - 1);
                    store(d - a);
                }
                case BINARY_OP -> operator(i, d, 2, arithmetic(Operator.values()[a]), Operator.values()[a]);
                case UNARY_OP -> operator(i, d, 1, "unary", Operator.values()[a]);
                case COMPARE_OP -> operator(i, d, 2, comparison(Comparison.values()[a]), Comparison.values()[a]);
                case IS_OP -> {
                    load(d - 2);
                    load(d - 1);
                    push(a);
                    ops("is", "(" + L_PYOBJ + L_PYOBJ + "I)" + L_PYOBJ);
                    store(d - 2);
                }
                case CONTAINS_OP -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 2);
                    load(d - 1);
                    push(a);
                    ops("contains", "(" + L_INTERP + L_PYOBJ + L_PYOBJ + "I)" + L_PYOBJ);
                    store(d - 2);
                }
                case BINARY_SUBSCR -> {
                    if (insideTry(i)) {
                        subscriptInTry(i, d);
                    } else {
                        opsOnTopTwo(i, d, "getitem", d - 2);
                    }
                }
                case STORE_SUBSCR -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 3);
                    load(d - 2);
                    load(d - 1);
                    ops("setitem", "(" + L_INTERP + L_PYOBJ + L_PYOBJ + L_PYOBJ + ")V");
                }
                case LOAD_ATTR -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(i);
                    load(d - 1);
                    mv.visitLdcInsn(dc.code.names[a]);
                    boolean inTry = insideTry(i);
                    ops(inTry ? "loadAttrInTry" : "loadAttr", "(" + L_INTERP + L_FRAME + "I" + L_PYOBJ + "Ljava/lang/String;)" + L_PYOBJ);
                    if (inTry) {
                        throwIfRaised(i);
                    }
                    store(d - 1);
                }
                case STORE_ATTR -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(i);
                    load(d - 2);
                    load(d - 1);
                    mv.visitLdcInsn(dc.code.names[a]);
                    ops("storeAttr", "(" + L_INTERP + L_FRAME + "I" + L_PYOBJ + L_PYOBJ + "Ljava/lang/String;)V");
                }
                case LOAD_GLOBAL -> {
                    current(i);
                    int index = a;
                    int slot = d;
                    if (dc.def[i].arg() == ArgKind.GLOBAL_NAME) {
                        index = a >> 1;
                        if ((a & 1) != 0) {
                            mv.visitInsn(ACONST_NULL);
                            store(slot++);
                        }
                    }
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(i);
                    push(index);
                    ops("global", "(" + L_INTERP + L_FRAME + "II)" + L_PYOBJ);
                    store(slot);
                }
                case LOAD_DEREF, LOAD_NAME -> {
                    interpreterFrameAnd(i, a);
                    ops(op == NeutralOp.LOAD_NAME ? "loadName" : "loadDeref", "(" + L_INTERP + L_FRAME + "I)" + L_PYOBJ);
                    store(d);
                }
                case STORE_NAME -> {
                    interpreterFrameAnd(i, a);
                    load(d - 1);
                    ops("storeName", "(" + L_INTERP + L_FRAME + "I" + L_PYOBJ + ")V");
                }
                case DELETE_NAME -> {
                    interpreterFrameAnd(i, a);
                    ops("deleteName", "(" + L_INTERP + L_FRAME + "I)V");
                }
                case STORE_DEREF -> {
                    mv.visitVarInsn(ALOAD, F);
                    load(d - 1);
                    push(a);
                    ops("storeDeref", "(" + L_FRAME + L_PYOBJ + "I)V");
                }
                case LOAD_METHOD -> {
                    // [owner] -> [method, owner] or [NULL, attribute], with no spill of the value stack
                    current(i);
                    load(d - 1);
                    store(d);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    load(d);
                    push(i);
                    mv.visitLdcInsn(dc.code.names[a]);
                    ops("methodOf", "(" + L_INTERP + L_FRAME + L_PYOBJ + "ILjava/lang/String;)" + L_PYOBJ);
                    mv.visitInsn(DUP);
                    store(d - 1);
                    Label method = new Label();
                    mv.visitJumpInsn(IFNONNULL, method);
                    mv.visitVarInsn(ALOAD, IN);
                    ops("loadedAttribute", "(" + L_INTERP + ")" + L_PYOBJ);
                    store(d);
                    mv.visitLabel(method);
                }
                case GET_ITER -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    load(d - 1);
                    push(i > 0 && CALLS.contains(dc.kind[i - 1]) ? 1 : 0);
                    ops("getIter", "(" + L_INTERP + L_FRAME + L_PYOBJ + "Z)" + L_PYOBJ);
                    store(d - 1);
                }
                case FOR_ITER -> {
                    // the builtin iterators' next() called here, not inside a JitOps method shared by every loop:
                    // each loop's call site sees its own kind of iterator (a list's, a range's) and inlines it
                    current(i);
                    load(d - 1);
                    mv.visitInsn(DUP);
                    mv.visitTypeInsn(INSTANCEOF, ITERATOR);
                    Label other = new Label();
                    Label got = new Label();
                    mv.visitJumpInsn(IFEQ, other);
                    mv.visitTypeInsn(CHECKCAST, ITERATOR);
                    mv.visitMethodInsn(INVOKEVIRTUAL, ITERATOR, "next", "()" + L_PYOBJ, false);
                    mv.visitJumpInsn(GOTO, got);
                    mv.visitLabel(other);
                    mv.visitVarInsn(ALOAD, IN);
                    ops("next", "(" + L_PYOBJ + L_INTERP + ")" + L_PYOBJ);
                    mv.visitLabel(got);
                    mv.visitInsn(DUP);
                    store(d);
                    mv.visitJumpInsn(IFNULL, at[a]);
                }
                case JUMP -> {
                    backEdge(i, a);
                    mv.visitJumpInsn(GOTO, at[a]);
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 1);
                    ops("truth", "(" + L_INTERP + L_PYOBJ + ")Z");
                    jumpIf(op == NeutralOp.POP_JUMP_IF_FALSE ? IFEQ : IFNE, i, a);
                }
                case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    load(d - 1);
                    ops("isNone", "(" + L_PYOBJ + ")Z");
                    jumpIf(op == NeutralOp.POP_JUMP_IF_NONE ? IFNE : IFEQ, i, a);
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 1);
                    ops("truth", "(" + L_INTERP + L_PYOBJ + ")Z");
                    jumpIf(op == NeutralOp.JUMP_IF_FALSE_OR_POP ? IFEQ : IFNE, i, a);
                }
                case END_FINALLY -> {
                    // the end of a finally block entered by falling into it, with None: on; anything else (an
                    // exception, a return or break on its way through) is the interpreter's to finish
                    Label none = new Label();
                    load(d - 1);
                    mv.visitFieldInsn(GETSTATIC, "org/pyvm/core/objects/PyNone", "NONE", "Lorg/pyvm/core/objects/PyNone;");
                    mv.visitJumpInsn(IF_ACMPEQ, none);
                    leave(i, d);
                    mv.visitLabel(none);
                }
                case RETURN_VALUE -> {
                    current(i); // a finished frame's f_lineno is its return's line
                    if (d > 1) {
                        // values left under the result (2.7/3.6 return from inside a for loop): let go as a frame does
                        Label plain = new Label();
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitFieldInsn(GETFIELD, FRAME, "ownedGenerators", "I");
                        mv.visitJumpInsn(IFEQ, plain);
                        spill(0, d - 1);
                        mv.visitLabel(plain);
                    }
                    load(d - 1);
                    mv.visitInsn(ARETURN);
                }
                case BREAK_LOOP -> {
                    int[][] loops = an.loops[i];
                    int[] loop = loops[loops.length - 1];
                    for (int k = d - 1; k >= loop[1]; k--) {
                        mv.visitVarInsn(ALOAD, F);
                        load(k);
                        ops("discard", "(" + L_FRAME + L_PYOBJ + ")V");
                    }
                    mv.visitJumpInsn(GOTO, at[loop[0]]);
                }
                case CALL -> {
                    if (a <= 3 && !namedArguments(i)) {
                        directCall(i, d, a, true);
                    } else {
                        call(i, d, a + 2, "call311", a);
                    }
                }
                case CALL_FUNCTION -> {
                    if (a <= 3) {
                        directCall(i, d, a, false);
                    } else {
                        call(i, d, a + 1, "callFunction", a);
                    }
                }
                case CALL_FUNCTION_KW -> call(i, d, a + 2, "callFunctionKw", a);
                case CALL_FUNCTION_PAIRS, CALL_FUNCTION_PAIRS_VAR, CALL_FUNCTION_PAIRS_KW, CALL_FUNCTION_PAIRS_VAR_KW -> {
                    if (op == NeutralOp.CALL_FUNCTION_PAIRS && a <= 3) {
                        directCall(i, d, a, false); // positional arguments only
                        break;
                    }
                    int n = 1 + (a & 0xff) + 2 * ((a >> 8) & 0xff) + (op == NeutralOp.CALL_FUNCTION_PAIRS_VAR || op == NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW ? 1 : 0)
                            + (op == NeutralOp.CALL_FUNCTION_PAIRS_KW || op == NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW ? 1 : 0);
                    current(i);
                    spill(d - n, n);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    mv.visitFieldInsn(GETSTATIC, "org/pyvm/spi/NeutralOp", op.name(), "Lorg/pyvm/spi/NeutralOp;");
                    ops("callPairs", "(" + L_INTERP + L_FRAME + "ILorg/pyvm/spi/NeutralOp;)" + L_PYOBJ);
                    throwIfRaised(i);
                    store(d - n);
                }
                case YIELD_VALUE -> {
                    // suspended: the stack under the value goes to the frame, as the interpreter's yield leaves it
                    current(i);
                    spill(0, d - 1);
                    mv.visitVarInsn(ALOAD, F);
                    push(i);
                    ops("yielded", "(" + L_FRAME + "I)V");
                    load(d - 1);
                    mv.visitInsn(ARETURN);
                    throwHere(i);
                }
                case RETURN_GENERATOR -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(i);
                    ops("returnGenerator", "(" + L_INTERP + L_FRAME + "I)" + L_PYOBJ);
                    mv.visitInsn(ARETURN);
                    throwHere(i);
                }
                case KW_NAMES -> {
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ALOAD, CONSTS);
                    push(a);
                    mv.visitInsn(AALOAD);
                    ops("kwNames", "(" + L_FRAME + L_PYOBJ + ")V");
                }
                // the exception made from the operands the raise statement spilled (2.7's with its traceback too)
                case RAISE_VARARGS, RAISE_WITH_TRACEBACK -> {
                    current(i);
                    spill(d - a, a);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    ops(op == NeutralOp.RAISE_VARARGS ? "raise" : "raise27", "(" + L_INTERP + L_FRAME + "I)Lorg/pyvm/core/objects/PyError;");
                    raiseHere(i);
                }
                // building values from stack slots, in place (the interpreter's step spilled the whole stack)
                case BUILD_TUPLE -> {
                    array(d - a, a);
                    mv.visitMethodInsn(INVOKESTATIC, "org/pyvm/core/objects/PyTuple", "of",
                            "([" + L_PYOBJ + ")Lorg/pyvm/core/objects/PyTuple;", false);
                    store(d - a);
                }
                case BUILD_LIST -> {
                    array(d - a, a);
                    ops("buildList", "([" + L_PYOBJ + ")" + L_PYOBJ);
                    store(d - a);
                }
                case LIST_APPEND, SET_ADD -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 1 - a);
                    load(d - 1);
                    ops(op == NeutralOp.LIST_APPEND ? "listAppend" : "setAdd", "(" + L_INTERP + L_PYOBJ + L_PYOBJ + ")V");
                }
                case BUILD_SLICE -> {
                    for (int k = 0; k < a; k++) {
                        load(d - a + k);
                    }
                    ops("slice", "(" + L_PYOBJ.repeat(a) + ")" + L_PYOBJ);
                    store(d - a);
                }
                case MAP_ADD, MAP_ADD_KEY_ON_TOP -> {
                    // 3.8+ the value on top, before it the key (2.7/3.6: the key on top)
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 2 - a);
                    load(op == NeutralOp.MAP_ADD ? d - 2 : d - 1);
                    load(op == NeutralOp.MAP_ADD ? d - 1 : d - 2);
                    ops("mapAdd", "(" + L_INTERP + L_PYOBJ + L_PYOBJ + L_PYOBJ + ")V");
                }
                case SLICE, STORE_SLICE, DELETE_SLICE -> {
                    // 2.7's SLICE+n: [value (a store)] container [lower if n&1] [upper if n&2]
                    current(i);
                    boolean storing = op == NeutralOp.STORE_SLICE;
                    int base = d - 1 - Integer.bitCount(a & 3) - (storing ? 1 : 0);
                    int at = base + (storing ? 1 : 0);
                    mv.visitVarInsn(ALOAD, IN);
                    push(op.ordinal());
                    load(at++);
                    if ((a & 1) != 0) {
                        load(at++);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    if ((a & 2) != 0) {
                        load(at);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    if (storing) {
                        load(base);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    ops("oldSlice", "(" + L_INTERP + "I" + L_PYOBJ + L_PYOBJ + L_PYOBJ + L_PYOBJ + ")" + L_PYOBJ);
                    if (op == NeutralOp.SLICE) {
                        store(base);
                    } else {
                        mv.visitInsn(POP);
                    }
                }
                case COPY_FREE_VARS -> {
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    mv.visitMethodInsn(INVOKESTATIC, "org/pyvm/core/interp/Interpreter", "copyFreeVars", "(" + L_FRAME + "I)V", false);
                }
                case DUP_TOPX -> {
                    for (int k = 0; k < a; k++) {
                        move(d - a + k, d + k);
                    }
                }
                case UNPACK_SEQUENCE -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d - 1);
                    push(a);
                    ops("unpack", "(" + L_INTERP + L_PYOBJ + "I)[" + L_PYOBJ);
                    // the first item ends on top
                    for (int k = 0; k < a; k++) {
                        mv.visitInsn(DUP);
                        push(k);
                        mv.visitInsn(AALOAD);
                        store(d - 1 + (a - 1 - k));
                    }
                    mv.visitInsn(POP);
                }
                case MAKE_FUNCTION, MAKE_FUNCTION_QUALNAME, MAKE_FUNCTION_DEFAULTS, MAKE_CLOSURE -> {
                    int n = Functions.operands(op, a);
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitFieldInsn(GETFIELD, FRAME, "globals", "Lorg/pyvm/core/objects/PyDict;");
                    mv.visitFieldInsn(GETSTATIC, "org/pyvm/spi/NeutralOp", op.name(), "Lorg/pyvm/spi/NeutralOp;");
                    push(a);
                    array(d - n, n);
                    mv.visitMethodInsn(INVOKESTATIC, "org/pyvm/core/interp/Functions", "make", "(" + L_INTERP
                            + "Lorg/pyvm/core/objects/PyDict;Lorg/pyvm/spi/NeutralOp;I[" + L_PYOBJ + ")Lorg/pyvm/core/interp/PyFunction;", false);
                    store(d - n);
                }
                case LOAD_CLOSURE -> {
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    mv.visitMethodInsn(INVOKESTATIC, INTERP, "cell", "(" + L_FRAME + "I)Lorg/pyvm/core/objects/PyCell;", false);
                    store(d);
                }
                case DELETE_FAST -> {
                    current(i);
                    mv.visitVarInsn(ALOAD, IN);
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    mv.visitMethodInsn(INVOKEVIRTUAL, INTERP, "deleteFast", "(" + L_FRAME + "I)V", false);
                }
                // 3.11's handler entry and exit (exception tables): the exception being handled, in place
                case CHECK_EXC_MATCH -> opsOnTopTwo(i, d, "checkExcMatch", d - 1);
                case PUSH_EXC_INFO -> {
                    current(i);
                    move(d - 1, d);
                    mv.visitVarInsn(ALOAD, IN);
                    load(d);
                    ops("pushExcInfo", "(" + L_INTERP + L_PYOBJ + ")" + L_PYOBJ);
                    store(d - 1);
                }
                case POP_EXCEPT_BLOCK -> {
                    // 3.6 POP_EXCEPT ending a compiled except clause (Analysis.endsExceptClause): the exception
                    // handled before the clause, kept under its values, is sys.exc_info() again
                    int level = an.loops[i][an.loops[i].length - 1][1];
                    mv.visitVarInsn(ALOAD, IN);
                    load(level + 1);
                    ops("popExcept", "(" + L_INTERP + L_PYOBJ + ")V");
                    for (int k = level; k < level + 3; k++) {
                        mv.visitInsn(ACONST_NULL);
                        store(k); // let go, as the interpreter's pops do
                    }
                }
                case POP_EXCEPT -> {
                    if (Analysis.table(dc)) {
                        current(i);
                        mv.visitVarInsn(ALOAD, IN);
                        load(d - 1);
                        ops("popExcept", "(" + L_INTERP + L_PYOBJ + ")V");
                    } else {
                        interpreterStep(i, d, op);
                    }
                }
                default -> interpreterStep(i, d, op);
            }
        }

        /** A JitOps method given the interpreter and the top two values; its result goes to slot {@code into}. */
        private void opsOnTopTwo(int i, int d, String name, int into) {
            current(i);
            mv.visitVarInsn(ALOAD, IN);
            load(d - 2);
            load(d - 1);
            ops(name, "(" + L_INTERP + L_PYOBJ + L_PYOBJ + ")" + L_PYOBJ);
            store(into);
        }

        /** Whether an exception raised at instruction {@code i} stops at a handler of this code: inside a try statement. */
        private boolean insideTry(int i) {
            return handlerAt[i] != null;
        }

        /**
         * BINARY_SUBSCR inside a try statement ({@link JitOps#getitemInTry}): a missing key or index comes back as null,
         * and the error is raised here ({@link #raiseHere}), a jump to the handler without the JVM's search.
         */
        private void subscriptInTry(int i, int d) {
            current(i);
            mv.visitVarInsn(ALOAD, IN);
            load(d - 2);
            load(d - 1);
            ops("getitemInTry", "(" + L_INTERP + L_PYOBJ + L_PYOBJ + ")" + L_PYOBJ);
            throwIfRaised(i);
            store(d - 2);
        }

        /**
         * After an operation at instruction {@code i} that returns null for an error it left in the interpreter
         * instead of throwing it: the error raised here ({@link #raiseHere}).
         */
        private void throwIfRaised(int i) {
            mv.visitInsn(DUP);
            Label done = new Label();
            mv.visitJumpInsn(IFNONNULL, done);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, IN);
            ops("raised", "(" + L_INTERP + ")Lorg/pyvm/core/objects/PyError;");
            raiseHere(i);
            mv.visitLabel(done);
        }

        /**
         * Raises the PyError on the JVM stack at instruction {@code i}: inside a try statement a jump to its handler's
         * stub, past where the stub stores what the JVM caught; outside every try statement a return of null
         * ({@link #returnRaisedStub}). Thrown, every tier but C2 searched the handler tables at run time even for a
         * handler of the same method (C1's code: Runtime1's handler lookup, 20% of exceptions.py on 3.11, whose
         * larger functions stay C1 code), and the JVM unwound the frame and the call helpers' frames under it.
         */
        private void raiseHere(int i) {
            Label stub = handlerAt[i];
            if (stub == null) {
                if (returnRaised == null) {
                    returnRaised = new Label();
                }
                mv.visitJumpInsn(GOTO, returnRaised);
                return;
            }
            mv.visitVarInsn(ASTORE, STACK0 + maxDepth);
            mv.visitJumpInsn(GOTO, caughtStored.computeIfAbsent(stub, k -> new Label()));
        }

        /** Where an error raised outside every try statement of the code goes ({@link #raiseHere}), made at its first use. */
        private Label returnRaised;

        /**
         * An error raised outside every try statement leaves the frame as a return of null, the error left in the
         * interpreter ({@link JitOps#returnRaised}), which the caller's {@link Interpreter#execute} takes: a Python
         * exception passing through compiled functions is then no JVM exception at all. A for loop's own generators
         * are let go first, as an exception leaving the frame lets them go.
         */
        private void returnRaisedStub(boolean iterates) {
            mv.visitLabel(returnRaised);
            mv.visitVarInsn(ASTORE, STACK0 + maxDepth);
            if (iterates) {
                Label plain = new Label();
                mv.visitVarInsn(ALOAD, F);
                mv.visitFieldInsn(GETFIELD, FRAME, "ownedGenerators", "I");
                mv.visitJumpInsn(IFEQ, plain);
                spillIterators();
                mv.visitLabel(plain);
            }
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, STACK0 + maxDepth);
            ops("returnRaised", "(" + L_INTERP + "Lorg/pyvm/core/objects/PyError;)" + L_PYOBJ);
            mv.visitInsn(ARETURN);
        }

        /** A new PyObject[] of the {@code n} stack slots from {@code from} on, left on the JVM stack. */
        private void array(int from, int n) {
            push(n);
            mv.visitTypeInsn(ANEWARRAY, PYOBJ);
            for (int k = 0; k < n; k++) {
                mv.visitInsn(DUP);
                push(k);
                load(from + k);
                mv.visitInsn(AASTORE);
            }
        }

        /** Any other instruction: the interpreter runs it on the frame's stack, all of the value stack spilled there. */
        private void interpreterStep(int i, int d, NeutralOp op) {
            current(i);
            spill(0, d);
            if (op == NeutralOp.RERAISE) {
                mv.visitVarInsn(ALOAD, IN);
                mv.visitVarInsn(ALOAD, F);
                push(i);
                ops("reraise", "(" + L_INTERP + L_FRAME + "I)Lorg/pyvm/core/objects/PyError;");
                raiseHere(i);
                return;
            }
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            push(i);
            ops("step", "(" + L_INTERP + L_FRAME + "I)V");
            if (op == NeutralOp.RERAISE) {
                mv.visitInsn(ACONST_NULL); // never reached: it always throws
                mv.visitInsn(ATHROW);
            } else {
                unspill(0, d + Analysis.effect(dc, i));
            }
        }

        /**
         * An operator instruction: its JitOps method gets the interpreter, the operator's constant (a JVM constant
         * C2 folds into the method) and the {@code n} operands; its result replaces them.
         */
        private void operator(int i, int d, int n, String method, Enum<?> constant) {
            String owner = constant.getDeclaringClass().getName().replace('.', '/');
            current(i);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitFieldInsn(GETSTATIC, owner, constant.name(), "L" + owner + ";");
            StringBuilder desc = new StringBuilder("(" + L_INTERP + "L" + owner + ";");
            for (int k = n; k > 0; k--) {
                load(d - k);
                desc.append(L_PYOBJ);
            }
            ops(method, desc + ")" + L_PYOBJ);
            store(d - n);
        }

        /** The JitOps method of an arithmetic operator: one with a numeric shortcut of its own, or the general one. */
        private static String arithmetic(Operator op) {
            return switch (op) {
                case ADD, INPLACE_ADD -> "add";
                case SUBTRACT, INPLACE_SUBTRACT -> "sub";
                case MULTIPLY, INPLACE_MULTIPLY -> "mul";
                case TRUE_DIVIDE, INPLACE_TRUE_DIVIDE -> "trueDivide";
                case DIVIDE, INPLACE_DIVIDE -> "classicDivide";
                case FLOOR_DIVIDE, INPLACE_FLOOR_DIVIDE -> "floorDivide";
                case REMAINDER, INPLACE_REMAINDER -> "remainder";
                default -> "binary";
            };
        }

        /** The JitOps method of a comparison: the six orderings have numeric shortcuts. */
        private static String comparison(Comparison c) {
            return switch (c) {
                case LT -> "lt";
                case LE -> "le";
                case GT -> "gt";
                case GE -> "ge";
                case EQ -> "eq";
                case NE -> "ne";
                default -> "compare";
            };
        }

        /** 3.11: whether KW_NAMES (before the PRECALL before this CALL) names some of its arguments. */
        private boolean namedArguments(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                if (dc.kind[k] == NeutralOp.KW_NAMES) {
                    return true;
                }
                if (dc.kind[k] != NeutralOp.PRECALL && dc.kind[k] != NeutralOp.CACHE && dc.kind[k] != NeutralOp.NOP) {
                    return false;
                }
            }
            return false;
        }

        /** A call of up to three positional arguments, its operands passed as values ({@link JitOps#call1} and kin). */
        private void directCall(int i, int d, int argc, boolean v311) {
            if (argc < 0) {
                outOfRange = true; // a negative count (a damaged .pyc's specialised CALL): the interpreter's to refuse
                return;
            }
            current(i);
            int base = d - argc - (v311 ? 2 : 1);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            if (v311) {
                load(base);
                load(base + 1);
            } else {
                mv.visitInsn(ACONST_NULL);
                load(base);
            }
            StringBuilder desc = new StringBuilder("(" + L_INTERP + L_FRAME + L_PYOBJ + L_PYOBJ);
            for (int k = 0; k < argc; k++) {
                load(d - argc + k);
                desc.append(L_PYOBJ);
            }
            push(v311 ? 1 : 0);
            ops("call" + argc, desc + "Z)" + L_PYOBJ);
            throwIfRaised(i);
            store(base);
        }

        /** Where a generator resumed by throw() after instruction {@code i} raises: inside i's own code, so its handler range. */
        private void throwHere(int i) {
            if (resumeThrow[i] != null) {
                mv.visitLabel(resumeThrow[i]);
                mv.visitVarInsn(ALOAD, F);
                push(i);
                mv.visitFieldInsn(PUTFIELD, FRAME, "current", "I");
                mv.visitVarInsn(ALOAD, F);
                ops("pendingThrow", "(" + L_FRAME + ")Ljava/lang/RuntimeException;");
                mv.visitInsn(ATHROW);
            }
        }

        /** A call: its {@code n} operands spilled, the JitOps method runs it, its result replaces them. */
        private void call(int i, int d, int n, String method, int a) {
            current(i);
            spill(d - n, n);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            push(a);
            ops(method, "(" + L_INTERP + L_FRAME + "I)" + L_PYOBJ);
            throwIfRaised(i);
            store(d - n);
        }

        /** A conditional jump on the int left by a truth test. */
        private void jumpIf(int opcode, int i, int target) {
            if (target <= i) {
                Label stay = new Label();
                mv.visitJumpInsn(opcode == IFEQ ? IFNE : IFEQ, stay);
                backEdge(i, target);
                mv.visitJumpInsn(GOTO, at[target]);
                mv.visitLabel(stay);
            } else {
                mv.visitJumpInsn(opcode, at[target]);
            }
        }

        private void backEdge(int i, int target) {
            if (target <= i) {
                current(i);
                mv.visitVarInsn(ALOAD, IN);
                ops("backEdge", "(" + L_INTERP + ")V");
            }
        }

        /** f.current = i, then a helper's first arguments: the interpreter, the frame and the instruction's {@code a}. */
        private void interpreterFrameAnd(int i, int a) {
            current(i);
            mv.visitVarInsn(ALOAD, IN);
            mv.visitVarInsn(ALOAD, F);
            push(a);
        }

        /** f.current = i: where the frame is, for a traceback and for a callee looking at its caller. */
        private void current(int i) {
            mv.visitVarInsn(ALOAD, F);
            push(i);
            mv.visitFieldInsn(PUTFIELD, FRAME, "current", "I");
        }

        /** Value-stack slots {@code from .. from+n-1} to f.stack[0 .. n-1], and f.sp = n. */
        private void spill(int from, int n) {
            if (n > 0) {
                spillArray();
            }
            for (int k = 0; k < n; k++) {
                mv.visitVarInsn(ALOAD, SPILL);
                push(k);
                load(from + k);
                mv.visitInsn(AASTORE);
            }
            mv.visitVarInsn(ALOAD, F);
            push(n);
            mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
        }

        /** f.stack[0 .. n-1] back into value-stack slots {@code to ..}, and the frame's stack emptied. */
        private void unspill(int to, int n) {
            if (n > 0) {
                spillArray();
            }
            for (int k = 0; k < n; k++) {
                mv.visitVarInsn(ALOAD, SPILL);
                push(k);
                mv.visitInsn(AALOAD);
                store(to + k);
            }
            mv.visitVarInsn(ALOAD, F);
            push(Math.max(n, 0));
            ops("unspill", "(" + L_FRAME + "I)V");
        }

        private void rotate(int d, int n) {
            // TOS moves down to the n-th place, the n-1 under it move up one
            load(d - 1);
            for (int k = d - 1; k > d - n; k--) {
                load(k - 1);
                store(k);
            }
            store(d - n);
        }

        private void move(int from, int to) {
            load(from);
            store(to);
        }

        private void load(int slot) {
            mv.visitVarInsn(ALOAD, STACK0 + checked(slot));
        }

        private void store(int slot) {
            mv.visitVarInsn(ASTORE, STACK0 + checked(slot));
        }

        /**
         * A value-stack slot an instruction reaches: one outside the stack the analysis found (hand-made code
         * whose COPY, SWAP or CALL reaches under the stack; the interpreter raises SystemError there) makes the
         * code one this compiler refuses.
         */
        private int checked(int slot) {
            if (slot < 0 || slot >= maxDepth) {
                outOfRange = true;
                return 0;
            }
            return slot;
        }

        private void push(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        private void ops(String name, String descriptor) {
            mv.visitMethodInsn(INVOKESTATIC, OPS, name, descriptor, false);
        }
    }

    /** ASM's frame computation asks for the common superclass of two of pyvm's types. */
    private static String commonSuperClass(String a, String b) {
        try {
            ClassLoader loader = JitCompiler.class.getClassLoader();
            Class<?> ca = Class.forName(a.replace('/', '.'), false, loader);
            Class<?> cb = Class.forName(b.replace('/', '.'), false, loader);
            if (ca.isAssignableFrom(cb)) {
                return a;
            }
            if (cb.isAssignableFrom(ca)) {
                return b;
            }
            if (ca.isInterface() || cb.isInterface()) {
                return "java/lang/Object";
            }
            do {
                ca = ca.getSuperclass();
            } while (!ca.isAssignableFrom(cb));
            return ca.getName().replace('.', '/');
        } catch (ClassNotFoundException e) {
            return "java/lang/Object";
        }
    }
}
