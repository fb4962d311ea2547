package org.pyvm.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;

/**
 * The {@code ./pyvm} launcher as users run it: whichever JVM it picks and whichever start-up cache it
 * trains (a JDK 25+ AOT cache, or a JDK 17 class-data-sharing archive), a program prints exactly what
 * CPython printed. The JVM writes its own warnings to stdout, so one leaking would show here.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "pyvm");
    private static final Path TARGET = Path.of("..", "cli", "target");

    @BeforeAll
    static void needsTheJar() {
        Assumptions.assumeTrue(Files.isRegularFile(TARGET.resolve("pyvm.jar")), "cli/target/pyvm.jar is not built (run mvn verify, not mvn test)");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of(LAUNCHER.toString())));
        pb.command().addAll(List.of(args));
        pb.environment().remove("PYVM_JAVA_OPTS");
        pb.environment().remove("PYVM_JAVA");
        pb.environment().putAll(env);
        return finish(pb.start(), StandardCharsets.UTF_8);
    }

    /** The status and output of a launched process with no input, its output read in {@code charset}. */
    private static Result finish(Process p, java.nio.charset.Charset charset) throws IOException, InterruptedException {
        p.getOutputStream().close();
        // read stderr on its own thread: a training run may write more than a pipe holds
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), new String(out, charset), new String(err.join(), charset));
    }

    /** Runs a golden program twice (the first run may train the cache, the second uses it) and compares both with CPython. */
    private static void runsLikeCPython(Map<String, String> env) throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("uncaught_nested_calls.pyc");
            for (int run = 1; run <= 2; run++) {
                Result r = launch(env, "run", pyc.toString());
                String what = version + " run " + run + " " + env;
                assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out(), what);
                assertEquals(Files.readString(Goldens.sibling(pyc, ".stderr"), StandardCharsets.UTF_8), r.err(), what);
                assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), r.status(), what);
            }
        }
    }

    @Test
    void onTheJvmItPicksProgramsPrintWhatCPythonPrinted() throws Exception {
        runsLikeCPython(Map.of());
        if (newestJdkMajor() >= 25) {
            assertTrue(Files.isRegularFile(TARGET.resolve("pyvm-jdk" + newestJdkMajor() + "-run.aot")),
                    "a JDK " + newestJdkMajor() + " is installed: the launcher should have trained an AOT cache for it");
        }
    }

    /**
     * Under PYTHONUNBUFFERED (python -u) what a program writes to stdout and to stderr meets in one pipe in program
     * order, 3.6's stdout a line at a time: the .merged golden is CPython's run with both streams in one pipe.
     */
    @Test
    void withPythonUnbufferedStdoutAndStderrInterleaveAsInCPython() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("stdout_unbuffered_interleave.pyc");
            ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "run", pyc.toString()).redirectErrorStream(true);
            pb.environment().remove("PYVM_JAVA_OPTS");
            pb.environment().remove("PYVM_JAVA");
            pb.environment().put("PYTHONUNBUFFERED", "1");
            Result r = finish(pb.start(), StandardCharsets.UTF_8); // stderr is in r.out()
            assertEquals(Files.readString(Goldens.sibling(pyc, ".merged"), StandardCharsets.UTF_8), r.out(), version);
            assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), r.status(), version);
        }
    }

    /**
     * The standard streams' encoding and error handler come from the environment, as CPython takes them: a program run
     * in each environment its .environments file lists (only PATH, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and those
     * variables set) prints what CPython printed
     * there: 2.7 refusing non-ASCII unicode on a pipe, 3.6's ASCII under the C locale, PYTHONIOENCODING's handlers.
     */
    @Test
    void theStandardStreamsEncodeAsTheEnvironmentSaysAsInCPython() throws Exception {
        Path sources = Path.of("src", "test", "resources", "corpus", "common");
        List<String> environments = Files.readAllLines(sources.resolve("stdio_environment.environments"));
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve("stdio_environment.pyc");
            for (String line : environments) {
                String[] words = line.trim().split("\\s+");
                ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "run", pyc.toString());
                String path = pb.environment().get("PATH");
                pb.environment().clear();
                pb.environment().putAll(Map.of("PATH", path, "PYTHONHASHSEED", "0", "PYTHONDONTWRITEBYTECODE", "1")); // make_goldens.py's base
                for (int i = 1; i < words.length; i++) {
                    String[] kv = words[i].split("=", 2);
                    pb.environment().put(kv[0], kv[1]);
                }
                // ISO-8859-1 on both sides: every byte compared, whatever encoding the environment made the program write
                Result r = finish(pb.start(), StandardCharsets.ISO_8859_1);
                String what = version + " " + line;
                assertEquals(Files.readString(Goldens.sibling(pyc, "." + words[0] + ".stdout"), StandardCharsets.ISO_8859_1), r.out(), what);
                assertEquals(Files.readString(Goldens.sibling(pyc, "." + words[0] + ".stderr"), StandardCharsets.ISO_8859_1), r.err(), what);
                assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, "." + words[0] + ".exit")).strip()), r.status(), what);
            }
        }
    }

    /**
     * repr of a float takes Double.toString's digits on a JDK 19+ (FloatFormat.shortest), which the in-process
     * corpus run on an older JDK never reaches: the float programs again as the launcher runs them.
     */
    @Test
    void floatsPrintAsCPythonPrintsThemOnTheJvmTheLauncherPicks() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            for (String name : new String[] {"float_repr_edge", "hunt_float_repr", "arith_float_basic", "float_formatting_specs"}) {
                Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve(name + ".pyc");
                Result r = launch(Map.of(), "run", pyc.toString());
                assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out(), version + " " + name);
                assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), r.status(), version + " " + name);
            }
        }
    }

    /**
     * The JVM reads the index of the whole jar at every start (ServiceLoader finds the packs in it): the jar holds
     * what runs, and Jackson's databind (two thirds of the entries it had, used only by YAMLMapper and tests) is not it.
     */
    @Test
    void aPatternInTheJavaOptionsReachesTheJvmAsWritten() throws Exception {
        // the launcher globs the sources with nullglob to see whether the jar is stale; left on, it would drop
        // an option like this one (which matches no file) instead of passing it on
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("uncaught_nested_calls.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-XX:MaxHeapSize=1x*"), "run", pyc.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("-XX:MaxHeapSize=1x*"), r.err());
    }

    @Test
    void theRunnableJarCarriesNoJacksonDatabind() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(TARGET.resolve("pyvm.jar").toFile())) {
            List<String> databind = jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith("com/fasterxml/jackson/databind/")).limit(3).toList();
            assertEquals(List.of(), databind);
            assertTrue(jar.getEntry("com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class") != null, "the YAML parser is in the jar");
        }
    }

    /**
     * The dispatch loop runs as C1 code (README, "How the loop keeps its speed"): C2 recompiled it over and over
     * as new kinds of instructions turned up. The launcher tells C2 to give up on it; this run ignores the cache's
     * training data, which otherwise keeps it at C1 only when the training happened to compile it.
     */
    @Test
    void onAJdk25TheDispatchLoopIsNeverCompiledByC2() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: the launcher runs C1 only");
        // The JIT off, so that the loop gets hot; a program that runs for a second, well past C2's attempts at the loop
        // (0.1-0.2 s): a compile still under way when the process ends prints its first line and never its verdict.
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("heap_churn.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-XX:+PrintCompilation -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -Dpyvm.jit.threshold=0"),
                "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        // The time stamp is optional: another thread's output sometimes lands between it and the rest of the line.
        java.util.regex.Pattern compile = java.util.regex.Pattern.compile(
                "^\\s*(?:\\d+\\s+)?(\\d+)\\s[%sbn! ]*\\s([0-4])\\s+org\\.pyvm\\.core\\.interp\\.Interpreter::loop\\b.*$",
                java.util.regex.Pattern.MULTILINE);
        java.util.Set<String> c2 = new java.util.TreeSet<>();
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        boolean c1 = false;
        for (java.util.regex.Matcher m = compile.matcher(r.out()); m.find(); ) {
            if (m.group(2).equals("4")) {
                (m.group().contains("COMPILE SKIPPED") ? skipped : c2).add(m.group(1));
            }
            c1 |= m.group(2).equals("1");
        }
        c2.removeAll(skipped);
        assertTrue(c1, "the loop should have been compiled at tier 1 (C1):\n" + r.out());
        assertTrue(c2.isEmpty(), "C2 compiled the dispatch loop (compile ids " + c2 + "):\n" + r.out());
    }

    /**
     * The AOT cache holds no training data (README, "The JIT differs by route"): a cache trained under C1 with its
     * profiles kept every method the training had compiled at C1 for good. Frame.push runs in every training
     * program and at every instruction of this one; it must reach C2 here.
     */
    @Test
    void onAJdk25MethodsTheTrainingRanStillReachC2() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: the launcher runs C1 only");
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("py311").resolve("recursion_deep_in_place.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-XX:+PrintCompilation -Dpyvm.jit.threshold=0"), "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        java.util.regex.Pattern c2 = java.util.regex.Pattern.compile(
                "^\\s*\\d+\\s+\\d+\\s[%sbn! ]*\\s4\\s+org\\.pyvm\\.core\\.interp\\.Frame::push\\b(?!.*COMPILE SKIPPED).*$",
                java.util.regex.Pattern.MULTILINE);
        assertTrue(c2.matcher(r.out()).find(), "Frame.push was never compiled by C2:\n" + r.out());
    }

    /**
     * The training run compiles every code once more at its first call (Training), so that the cache holds the
     * JIT's own classes: a short training program never gets hot, and a program that ran long enough to compile
     * then loaded JitCompiler, JitOps and the rest from the jar, 20-30 ms on the main thread. ASM ships Java 5 class
     * files, which an AOT cache does not take: the jar holds them rewritten as Java 8 ones (Java5ClassFiles), and
     * they, and ours that extend them, come from the cache too.
     */
    @Test
    void onAJdk25TheCompilersClassesComeFromTheCache() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: no AOT cache");
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("closures_counter.pyc");
        launch(Map.of(), "run", pyc.toString()); // trains the cache when it is stale
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-Dpyvm.jit.threshold=1 -Xlog:class+load=info:stdout"), "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        for (String name : new String[] {"org.pyvm.core.interp.JitCompiler", "org.pyvm.core.interp.JitCompiler$Analysis",
            "org.pyvm.core.interp.JitCode", "org.pyvm.core.interp.JitOps", "org.pyvm.core.interp.JitCompiler$Emitter$1",
            "org.objectweb.asm.ClassWriter", "org.objectweb.asm.MethodWriter", "org.objectweb.asm.SymbolTable"}) {
            assertTrue(r.out().contains(" " + name + " source: shared objects file"), name + " should come from the AOT cache:\n" + r.out());
        }
    }

    /**
     * {@code pyvm run FILE} has a cache of its own, trained on running programs only: a JDK 25 cache loads every class
     * it holds at each start, and the other commands' classes (picocli's among them) cost {@code run} 4 ms.
     */
    @Test
    void onAJdk25RunLoadsNoClassOfTheOtherCommands() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: no AOT cache");
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("closures_counter.pyc");
        Result dis = launch(Map.of("PYVM_JAVA_OPTS", "-Xlog:class+load=info:stdout"), "dis", pyc.toString());
        assertEquals(0, dis.status(), dis.err());
        assertTrue(dis.out().contains(" picocli.CommandLine source: shared objects file"), "dis should find picocli in its cache");
        Result run = launch(Map.of("PYVM_JAVA_OPTS", "-Xlog:class+load=info:stdout"), "run", pyc.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(" org.pyvm.core.interp.Interpreter source: shared objects file"), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.contains(" picocli.")),
                "run loaded picocli: " + run.out().lines().filter(l -> l.contains(" picocli.")).limit(3).toList());
    }

    /**
     * A 3.11 program ending with an uncaught KeyboardInterrupt ends its process by SIGINT, as its CPython does (in
     * process the status is -2, RunGoldenTest's golden): a parent sees 130 (Java's exit value of a death by signal
     * 2, and a shell's), after the traceback and the exit functions.
     */
    @Test
    void anUncaughtKeyboardInterruptEndsTheProcessBySigint() throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("keyboard_interrupt_uncaught.pyc");
        Result r = launch(Map.of(), "run", pyc.toString());
        assertEquals(130, r.status(), r.err());
        assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out());
        assertEquals(Files.readString(Goldens.sibling(pyc, ".stderr"), StandardCharsets.UTF_8), r.err());
        assertEquals(-2, Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), "CPython's own status");
    }

    /**
     * The training runs stdlib_everyday_imports, so that the native parts of the modules everyday programs import
     * start from the cache: their lambdas were spun at run time, a third of what {@code import collections} took.
     */
    @Test
    void onAJdk25TheEverydayModulesNativePartsComeFromTheCache() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: no AOT cache");
        Assumptions.assumeTrue(org.pyvm.core.host.StdlibLocator.find("3.11").isPresent(),
                "no local CPython 3.11 standard library: the training imports no module of it");
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("std_collections_deque.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-Xlog:class+load=info:stdout"), "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("org.pyvm.core.modules.CollectionsModule$$Lambda"), "collections' lambdas were not used:\n" + r.out());
        List<String> spun = r.out().lines().filter(l -> l.contains("$$Lambda") && l.contains("source: org.pyvm.core.modules.")).toList();
        assertTrue(spun.isEmpty(), "lambdas of native modules spun at run time: " + spun);
    }

    /**
     * The cache holds no training data, so runs turn its replay off (the launcher's comment): the replay thread was
     * still woken at every class initialisation, 7 ms of CPU in fib(25).
     */
    @Test
    void onAJdk25RunsDoNotReplayTrainingTheCacheDoesNotHold() throws Exception {
        Assumptions.assumeTrue(newestJdkMajor() >= 25, "no JDK 25+: no AOT cache");
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("closures_counter.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(java.util.regex.Pattern.compile("\\bAOTReplayTraining\\s+= false\\b").matcher(r.out()).find(),
                "the launcher should turn AOTReplayTraining off:\n" + r.out().lines().filter(l -> l.contains("AOT")).toList());
    }

    /**
     * Compiling on a thread of its own (BackgroundJit: by default only on four cores or more) changes when code
     * moves to its compiled form, never what it prints: hot loops and calls of every version against CPython.
     */
    @Test
    void codeCompiledInTheBackgroundPrintsWhatCPythonPrinted() throws Exception {
        for (String version : new String[] {"2.7", "3.6", "3.11"}) {
            for (String name : new String[] {"jit_hot_loops", "jit_try_blocks", "jit_polymorphic_method_sites"}) {
                Path pyc = Goldens.ROOT.resolve(version).resolve("common").resolve(name + ".pyc");
                Result r = launch(Map.of("PYVM_JAVA_OPTS", "-Dpyvm.jit.background=true -Dpyvm.jit.threshold=50"), "run", pyc.toString());
                String what = version + " " + name;
                assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out(), what);
                assertEquals(Integer.parseInt(Files.readString(Goldens.sibling(pyc, ".exit")).strip()), r.status(), what);
            }
        }
    }

    /** {@code -Dpyvm.jit.log=true} says on stderr which code became hot and whether it compiled, and changes no output. */
    @Test
    void theJitLogSaysWhatCompiledAndWhyNot() throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.6").resolve("common").resolve("jit_try_blocks.pyc");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-Dpyvm.jit.threshold=1 -Dpyvm.jit.log=true"), "run", pyc.toString());
        assertEquals(Files.readString(Goldens.sibling(pyc, ".stdout"), StandardCharsets.UTF_8), r.out());
        assertTrue(r.err().contains("pyvm jit: parse (jit_try_blocks.py:9): compiled\n"), r.err());
        assertTrue(r.err().contains("pyvm jit: <module> (jit_try_blocks.py:4): compiled\n"), r.err());
        Path classes = Goldens.ROOT.resolve("3.6").resolve("common").resolve("class_inheritance.pyc");
        r = launch(Map.of("PYVM_JAVA_OPTS", "-Dpyvm.jit.threshold=1 -Dpyvm.jit.log=true"), "run", classes.toString());
        assertTrue(r.err().contains("pyvm jit: Dog (class_inheritance.py:14): refused, a class body (no CO_OPTIMIZED)\n"), r.err());
    }

    /**
     * The command collects the whole heap when it has grown by half of what the last collection kept
     * ({@code HeapWatch}): SerialGC alone lets dead survivors fill the old generation (and the resident set).
     * heap_churn makes rounds of 120,000 strings that die after their round.
     */
    @Test
    void theCommandCollectsAnOldGenerationFullOfGarbage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path pyc = Goldens.ROOT.resolve("3.11").resolve("common").resolve("heap_churn.pyc");
        String expected = Files.readString(Goldens.ROOT.resolve("3.11").resolve("common").resolve("heap_churn.stdout"));
        Path watched = tmp.resolve("watched.log");
        Result r = launch(Map.of("PYVM_JAVA_OPTS", "-Xlog:gc:file=" + watched), "run", pyc.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.out());
        assertTrue(Files.readString(watched).contains("Pause Full (System.gc())"), "no full collection was asked for:\n"
                + Files.readString(watched));
        Path unwatched = tmp.resolve("unwatched.log");
        r = launch(Map.of("PYVM_JAVA_OPTS", "-Dpyvm.noHeapWatch=true -Xlog:gc:file=" + unwatched), "run", pyc.toString());
        assertEquals(expected, r.out());
        assertFalse(Files.readString(unwatched).contains("System.gc()"), "-Dpyvm.noHeapWatch=true should turn the watch off");
    }

    @Test
    void onAJdk17WithItsClassDataSharingArchiveProgramsPrintWhatCPythonPrinted() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "this test runs on a JDK 25+: the CDS route is not used then");
        runsLikeCPython(Map.of("PYVM_JAVA", java.toString()));
        assertTrue(Files.isRegularFile(TARGET.resolve("pyvm.jsa")), "the launcher should have made the class-data-sharing archive");
    }

    /** The newest JDK the launcher looks at (JAVA_HOME and /usr/lib/jvm), by its release file; 0 when none says. */
    private static int newestJdkMajor() throws IOException {
        List<Path> homes = new java.util.ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            homes.add(Path.of(javaHome));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var s = Files.list(jvms)) {
                s.forEach(homes::add);
            }
        }
        int best = 0;
        java.util.regex.Pattern version = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)", java.util.regex.Pattern.MULTILINE);
        for (Path home : homes) {
            Path release = home.resolve("release");
            if (Files.isExecutable(home.resolve("bin").resolve("java")) && Files.isReadable(release)) {
                java.util.regex.Matcher m = version.matcher(Files.readString(release, StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    best = Math.max(best, Integer.parseInt(m.group(1)));
                }
            }
        }
        return best;
    }
}
