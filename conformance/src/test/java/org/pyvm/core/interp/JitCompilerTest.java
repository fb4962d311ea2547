package org.pyvm.core.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;

/**
 * The JIT's compiler over every code object of the corpus, of every version: each one it takes becomes a class
 * the JVM verifies and loads, each one it leaves says why. (That compiled code behaves as the interpreter does
 * is the corpus's own test run with {@code -Dpyvm.jit.threshold=1}: see the conformance pom.)
 */
class JitCompilerTest {
    private static final PackRegistry PACKS = PackRegistry.discover();
    /** CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR. */
    private static final int SUSPENDS = 0x80 | 0x100 | 0x200;

    @Test
    void everyCodeObjectOfTheCorpusCompilesToAVerifiedClassOrSaysWhyNot() throws Exception {
        Map<String, int[]> byVersion = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path pyc : Goldens.pycFiles()) {
            String version = Goldens.ROOT.relativize(pyc).getName(0).toString();
            int[] counts = byVersion.computeIfAbsent(version, v -> new int[2]);
            for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                DecodedCode dc = co.decoded();
                String why = JitCompiler.whyNot(dc);
                if (why != null) {
                    counts[1]++;
                    continue;
                }
                counts[0]++;
                Object compiled = JitCompiler.compile(dc);
                if (!(compiled instanceof JitCode)) {
                    failures.add(pyc + ": " + co.name + " did not load");
                }
            }
        }
        assertEquals(List.of(), failures);
        for (Map.Entry<String, int[]> e : byVersion.entrySet()) {
            int compiled = e.getValue()[0];
            int refused = e.getValue()[1];
            System.out.println(e.getKey() + ": " + compiled + " of " + (compiled + refused) + " code objects compile"); // README's figures
            // class bodies, coroutines and some code with handlers are refused; most functions and module bodies are not
            assertTrue(compiled > refused, e.getKey() + ": " + compiled + " compiled, " + refused + " refused");
        }
    }

    @Test
    void coroutinesAndClassBodiesAreLeftToTheInterpreterModuleBodiesGeneratorsAndHandlersOfBothKindsAreNot() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            // a module's body compiles (its names are its frame's dict, which LOAD_NAME and STORE_NAME read and write),
            // a class body does not (its namespace is its own dict, maybe a __prepare__'s mapping)
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("algo_binary_search.pyc");
            assertEquals(null, JitCompiler.whyNot(PycFile.read(pyc, PACKS).module().decoded()), version);
            Path classes = Goldens.ROOT.resolve(version).resolve("common").resolve("class_inheritance.pyc");
            boolean sawClassBody = false;
            for (CodeObject co : Goldens.codeObjects(PycFile.read(classes, PACKS).module())) {
                if ((co.flags & 1) == 0 && !co.name.equals("<module>")) {
                    assertEquals("a class body (no CO_OPTIMIZED)", JitCompiler.whyNot(co.decoded()), version + ": " + co.name);
                    sawClassBody = true;
                }
            }
            assertTrue(sawClassBody, version);
        }
        boolean sawGenerator = false;
        boolean sawCoroutine = false;
        boolean sawTable = false;
        boolean sawBlocks = false;
        for (Path p : Goldens.pycFiles()) {
            for (CodeObject co : Goldens.codeObjects(PycFile.read(p, PACKS).module())) {
                String why = JitCompiler.whyNot(co.decoded());
                boolean setupExcept = java.util.Arrays.asList(co.decoded().kind).contains(org.pyvm.spi.NeutralOp.SETUP_EXCEPT);
                if ((co.flags & SUSPENDS) != 0) {
                    assertEquals("a coroutine", why, co.name);
                    sawCoroutine = true;
                } else if (Ownership.mayOwnSlots(co.decoded())) {
                    // a local that may alone hold a generator, which the interpreter closes when it is let go: the JIT
                    // leaves such code to it, whatever else the code holds
                    assertTrue(why != null && why.startsWith("a local that may alone hold a generator"), p + ": " + co.name + ": " + why);
                } else if ((co.flags & 0x20) != 0 && co.decoded().length() < 300 && !delegates(co)) {
                    // generators compile: each yield returns, each resume starts after it
                    assertEquals(null, why, p + ": " + co.name);
                    sawGenerator = true;
                } else if ((co.flags & 1) != 0 && co.decoded().handlers.length > 0 && co.decoded().length() < 300 && !delegates(co)) {
                    // 3.11's handlers are compiled: their exception table becomes the JVM's
                    assertEquals(null, why, p + ": " + co.name);
                    sawTable = true;
                } else if ((co.flags & 1) != 0 && setupExcept) {
                    // 2.7/3.6 try blocks compile (kept statically; their handlers and with statements run in the
                    // interpreter), but not in a generator
                    if ((co.flags & 0x20) != 0) {
                        assertEquals("a generator with exception handlers (2.7, 3.6)", why, p + ": " + co.name);
                    } else if (co.decoded().length() < 300 && !delegates(co)) {
                        assertEquals(null, why, p + ": " + co.name);
                        sawBlocks = true;
                    }
                }
            }
        }
        assertTrue(sawGenerator && sawCoroutine && sawTable && sawBlocks, "the corpus has generators, coroutines, and handlers of both kinds");
    }

    @Test
    void everyFunctionWithTryStatementsCompilesOnEveryVersion() throws Exception {
        // try/except/else/finally, return, break and continue through them: compiled on 2.7 and 3.6 too, where
        // finally blocks entered by an exception or a jump run in the interpreter (jit_try_blocks checks they give
        // CPython's output)
        for (String version : List.of("2.7", "3.6", "3.11")) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("jit_try_blocks.pyc");
            List<String> functions = new ArrayList<>();
            for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                if ((co.flags & 1) != 0 && !co.name.startsWith("<")) {
                    assertEquals(null, JitCompiler.whyNot(co.decoded()), version + ": " + co.name);
                    assertInstanceOf(JitCode.class, JitCompiler.compile(co.decoded()), version + ": " + co.name);
                    functions.add(co.name);
                }
            }
            assertEquals(List.of("parse", "lookup", "early", "breaker", "nested", "escapes", "gen", "owned", "state", "churn", "__init__", "__enter__", "__exit__", "managed", "frames_seen", "plain_frame", "deep"),
                    functions, version);
        }
    }

    @Test
    void exceptionTableEntriesOfOneHandlerShareOneJvmHandler() throws Exception {
        // 3.11 splits a try body into several entries of its exception table (around each return, say), all with
        // the same handler; the compiled method catches each range there through one stub, not a stub per entry
        int split = 0;
        for (Map.Entry<Path, CodeObject> program : codeObjectsOf("3.11")) {
            Path pyc = program.getKey();
            CodeObject co = program.getValue();
            DecodedCode dc = co.decoded();
            byte[] bytes = dc.handlers.length == 0 || JitCompiler.whyNot(dc) != null ? null : JitCompiler.classFile(dc);
            if (bytes == null) {
                continue;
            }
            java.util.Set<List<Integer>> handlers = new java.util.HashSet<>();
            for (int b = 0; b < dc.handlers.length; b += 5) {
                handlers.add(List.of(dc.handlers[b + 2], dc.handlers[b + 3], dc.handlers[b + 4]));
            }
            if (handlers.size() < dc.handlers.length / 5) {
                split++;
            }
            java.util.Set<String> stubs = new java.util.HashSet<>();
            readRun(bytes, new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
                @Override
                public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                                               org.objectweb.asm.Label handler, String type) {
                    if ("org/pyvm/core/objects/PyError".equals(type)) {
                        stubs.add(handler.toString());
                    }
                }
            });
            assertTrue(stubs.size() <= handlers.size(), pyc + ": " + co.name + " has " + stubs.size()
                    + " JVM handlers for " + handlers.size() + " distinct handlers of its exception table");
        }
        assertTrue(split > 10, "code objects whose exception table repeats a handler: " + split);
    }

    @Test
    void anExceptClauseIsCompiledAndItsJumpPastTheTryStatementIsAnEntryForWhenTheInterpreterRanIt() throws Exception {
        // 2.7/3.6: lookup's except clause is compiled code, entered with the exception's traceback, value and type
        // over the try block's level (3.6: over the exception handled before, too); when the interpreter ran the
        // clause instead (a frame handed over), its jump past the try statement is where the frame goes back to
        // the compiled code
        for (String version : List.of("2.7", "3.6")) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("jit_try_blocks.pyc");
            CodeObject lookup = Goldens.codeObjects(PycFile.read(pyc, PACKS).module()).stream()
                    .filter(c -> c.name.equals("lookup")).findFirst().orElseThrow();
            DecodedCode dc = lookup.decoded();
            JitCode jc = (JitCode) JitCompiler.compile(dc);
            int clause = -1;
            for (int i = 0; i < dc.length() && clause < 0; i++) {
                if (dc.kind[i] == org.pyvm.spi.NeutralOp.SETUP_EXCEPT) {
                    clause = dc.arg[i];
                    assertEquals(jc.depth[i] + (version.equals("3.6") ? 6 : 3), jc.depth[clause], version + ": the clause's depth");
                }
            }
            int handBacks = 0;
            for (int i = clause; i < dc.length(); i++) {
                int target = dc.arg[i];
                if (dc.kind[i] == org.pyvm.spi.NeutralOp.JUMP && target > i && jc.depth[target] >= 0) {
                    assertTrue(jc.entries[target], version + ": the except clause's jump from " + i + " to " + target);
                    handBacks++;
                }
            }
            assertEquals(1, handBacks, version + ": lookup has one except clause");
        }
    }

    @Test
    void theExceptClausesOfAlmostEveryCompiledFunctionOf27And36AreCompiledToo() throws Exception {
        // a function whose clauses cannot all be followed (a path through one that the compiler does not keep track
        // of) still compiles, its clauses left to the interpreter; in the corpus that is the exception
        for (String version : List.of("2.7", "3.6")) {
            int compiled = 0;
            List<String> interpreted = new ArrayList<>();
            for (Path pyc : Goldens.pycFiles()) {
                if (!Goldens.ROOT.relativize(pyc).getName(0).toString().equals(version)) {
                    continue;
                }
                for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                    DecodedCode dc = co.decoded();
                    if (!java.util.Arrays.asList(dc.kind).contains(org.pyvm.spi.NeutralOp.SETUP_EXCEPT)
                            || !(JitCompiler.compile(dc) instanceof JitCode jc)) {
                        continue;
                    }
                    for (int i = 0; i < dc.length(); i++) {
                        if (dc.kind[i] == org.pyvm.spi.NeutralOp.SETUP_EXCEPT && jc.depth[i] >= 0) {
                            if (jc.depth[dc.arg[i]] >= 0) {
                                compiled++;
                            } else {
                                interpreted.add(pyc.getFileName() + ":" + co.name);
                            }
                        }
                    }
                }
            }
            System.out.println(version + ": " + compiled + " try statements' except clauses compiled, " + interpreted.size()
                    + " left to the interpreter " + interpreted);
            assertTrue(compiled > 20 * interpreted.size(), version + ": " + compiled + " compiled, left to the interpreter: " + interpreted);
        }
    }

    @Test
    void aSubscriptInsideATryStatementAndEveryCallHandTheirErrorToTheCompiledMethodToRaise() throws Exception {
        // a subscript's KeyError or IndexError and an attribute load's AttributeError inside a try statement, and any
        // exception leaving a called Python function, come back as null and are raised by the compiled method itself,
        // by a jump to its handler or a return; a subscript outside a try statement throws as before
        for (String version : List.of("2.7", "3.6", "3.11")) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("compiled_errors_inside_try.pyc");
            Map<String, CodeObject> byName = new TreeMap<>();
            for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                byName.put(co.name, co);
            }
            Map<String, Integer> subscripts = jitOpsCalls(byName.get("subscripts"));
            assertTrue(subscripts.getOrDefault("getitemInTry", 0) >= 1 && !subscripts.containsKey("getitem"), version + ": " + subscripts);
            Map<String, Integer> attributes = jitOpsCalls(byName.get("attributes"));
            // o.a and o.boom (2.7, without LOAD_METHOD, also loads out.append inside the try statements)
            assertTrue(attributes.getOrDefault("loadAttrInTry", 0) >= 2, version + ": " + attributes);
            Map<String, Integer> leaf = jitOpsCalls(byName.get("leaf"));
            assertTrue(leaf.getOrDefault("getitem", 0) >= 2 && !leaf.containsKey("getitemInTry"), version + ": " + leaf);
            // leaf's raise statement, outside every try statement, leaves the frame by a return of null: the one
            // throw left in its method is the entry dispatch's, for an entry that never comes
            assertEquals(1, leaf.getOrDefault("returnRaised", 0), version + ": " + leaf);
            assertEquals(1, leaf.getOrDefault("athrow", 0), version + ": " + leaf);
            for (String name : List.of("subscripts", "attributes", "nested", "middle", "method_caller", "unhandled_in_loop")) {
                Map<String, Integer> ops = jitOpsCalls(byName.get(name));
                int direct = ops.getOrDefault("getitemInTry", 0) + ops.getOrDefault("loadAttrInTry", 0);
                for (String call : List.of("call0", "call1", "call2", "call3", "call311", "callFunction", "callFunctionKw", "callPairs")) {
                    direct += ops.getOrDefault(call, 0);
                }
                assertTrue(direct > 0, version + ": " + name + ": " + ops);
                assertEquals(direct, ops.getOrDefault("raised", 0), version + ": " + name + ": each such call is followed by its throw: " + ops);
            }
        }
    }

    /** How many times the compiled {@code run} of {@code co} calls each JitOps method (and throws: "athrow"). */
    private static Map<String, Integer> jitOpsCalls(CodeObject co) {
        Map<String, Integer> calls = new TreeMap<>();
        readRun(JitCompiler.classFile(co.decoded()), new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                if (owner.equals("org/pyvm/core/interp/JitOps")) {
                    calls.merge(name, 1, Integer::sum);
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode == org.objectweb.asm.Opcodes.ATHROW) {
                    calls.merge("athrow", 1, Integer::sum);
                }
            }
        });
        return calls;
    }

    @Test
    void aFunctionCompilesAfterItBecameHotAndRunsAsTheInterpreterRanIt() throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("algo_binary_search.pyc");
        CodeObject module = PycFile.read(pyc, PACKS).module();
        CodeObject bsearch = Goldens.codeObjects(module).stream().filter(c -> c.name.equals("bsearch")).findFirst().orElseThrow();
        assertEquals(null, JitCompiler.whyNot(bsearch.decoded()));
        assertInstanceOf(JitCode.class, JitCompiler.compile(bsearch.decoded()));
    }

    @Test
    void theCompiledMethodHasALocalPerValueStackSlotTheCodeReachesNotPerSlotOfItsStackSize() throws Exception {
        // CPython 3.6 counts six values per try statement in co_stacksize (exceptions.py's main: 37, where the stack
        // holds 13 at most); locals past what the analysis found were cleared at the start and spilled at every
        // handler, a third of such a function's JVM code
        int inflated = 0;
        for (Map.Entry<Path, CodeObject> program : codeObjectsOf("3.6")) {
            CodeObject co = program.getValue();
            DecodedCode dc = co.decoded();
            if (JitCompiler.whyNot(dc) != null || !(JitCompiler.compile(dc) instanceof JitCode jc)) {
                continue;
            }
            int deepest = java.util.Arrays.stream(jc.depth).max().orElse(0);
            int[] locals = new int[1];
            readRun(JitCompiler.classFile(dc), new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
                @Override
                public void visitMaxs(int maxStack, int maxLocals) {
                    locals[0] = maxLocals;
                }
            });
            // this, interpreter, frame, entry, fast, consts, spill; a slot per depth 0 .. deepest; the caught exception
            assertTrue(locals[0] <= 7 + deepest + 2, program.getKey().getFileName() + ": " + co.name + ": " + locals[0]
                    + " locals for a stack of " + deepest);
            if (co.stacksize > deepest + 2) {
                inflated++;
            }
        }
        assertTrue(inflated > 50, "compiled 3.6 code objects whose co_stacksize is past their deepest stack: " + inflated);
    }

    @Test
    void aCompiledClassIsWrittenWherePyvmJitDumpSays(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("algo_binary_search.pyc");
        CodeObject bsearch = Goldens.codeObjects(PycFile.read(pyc, PACKS).module()).stream()
                .filter(c -> c.name.equals("bsearch")).findFirst().orElseThrow();
        System.setProperty("pyvm.jit.dump", dir.toString());
        try {
            assertInstanceOf(JitCode.class, JitCompiler.compile(bsearch.decoded()));
        } finally {
            System.clearProperty("pyvm.jit.dump");
        }
        byte[] written = java.nio.file.Files.readAllBytes(dir.resolve("bsearch_" + bsearch.firstlineno + ".class"));
        assertEquals(java.util.Arrays.toString(JitCompiler.classFile(bsearch.decoded())), java.util.Arrays.toString(written));
    }

    @Test
    void aCodeSubmittedToTheBackgroundJitIsPendingUntilItsCompiledFormIsPublished() throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.6").resolve("common").resolve("algo_binary_search.pyc");
        CodeObject module = PycFile.read(pyc, PACKS).module();
        CodeObject bsearch = Goldens.codeObjects(module).stream().filter(c -> c.name.equals("bsearch")).findFirst().orElseThrow();
        DecodedCode dc = bsearch.decoded();
        assertEquals(null, dc.compiled);
        new BackgroundJit().submit(dc);
        // never null again: the interpreter must not submit it twice while it compiles
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (dc.compiled == JitCompiler.PENDING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertInstanceOf(JitCode.class, dc.compiled);
    }

    /** Every code object of the corpus compiled by {@code version}, with the .pyc it is in. */
    private static List<Map.Entry<Path, CodeObject>> codeObjectsOf(String version) throws Exception {
        List<Map.Entry<Path, CodeObject>> out = new ArrayList<>();
        for (Path pyc : Goldens.pycFiles()) {
            if (Goldens.ROOT.relativize(pyc).getName(0).toString().equals(version)) {
                for (CodeObject co : Goldens.codeObjects(PycFile.read(pyc, PACKS).module())) {
                    out.add(Map.entry(pyc, co));
                }
            }
        }
        return out;
    }

    /** Shows the compiled class's {@code run} method to {@code visitor}. */
    private static void readRun(byte[] classFile, org.objectweb.asm.MethodVisitor visitor) {
        new org.objectweb.asm.ClassReader(classFile).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return name.equals("run") ? visitor : null;
            }
        }, 0);
    }

    /** Whether the code delegates ({@code yield from}, 3.11's SEND) or is a generator with 2.7/3.6 try or with blocks: it stays interpreted. */
    private static boolean delegates(CodeObject co) {
        java.util.List<org.pyvm.spi.NeutralOp> ops = java.util.Arrays.asList(co.decoded().kind);
        boolean generator = (co.flags & 0x20) != 0;
        return ops.contains(org.pyvm.spi.NeutralOp.YIELD_FROM) || ops.contains(org.pyvm.spi.NeutralOp.SEND)
                || ops.contains(org.pyvm.spi.NeutralOp.GET_YIELD_FROM_ITER)
                || generator && (ops.contains(org.pyvm.spi.NeutralOp.SETUP_EXCEPT) || ops.contains(org.pyvm.spi.NeutralOp.SETUP_FINALLY)
                || ops.contains(org.pyvm.spi.NeutralOp.SETUP_WITH));
    }
}
