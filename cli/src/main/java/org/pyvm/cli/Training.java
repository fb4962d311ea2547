package org.pyvm.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The launcher's training run for the JVM's start-up caches: one process that lists the packs and
 * disassembles and runs each program named on its command line, output thrown away ({@code Training all
 * PROGRAMS...}), or only runs them ({@code Training run PROGRAMS...}: the cache for {@code pyvm run FILE}, which
 * then holds only what running programs loads). A JDK 25 AOT
 * cache records one process only, so every version's programs must run in the same one for the
 * cache to hold what each version's start needs (classes loaded and linked, method profiles).
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !(args[0].equals("all") || args[0].equals("run"))) {
            throw new IllegalArgumentException("usage: Training all|run PROGRAM.pyc...");
        }
        boolean allCommands = args[0].equals("all");
        String[] programs = java.util.Arrays.copyOfRange(args, 1, args.length);
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        HeapWatch.start(); // as Main does: its classes too come from the cache, and no run opens the jar
        // the programs run as in the goldens' environment whatever the user's: under another, 2.7 refuses to print their
        // non-ASCII text to a pipe, and the rest of such a program (and the classes it loads) was missing from the cache
        java.util.Map<String, String> env = org.pyvm.core.runtime.Host.GOLDENS_ENVIRONMENT;
        if (allCommands) {
            Main.run(new String[] {"packs"}, none, none, env);
        }
        for (String program : programs) {
            if (allCommands) {
                Main.run(new String[] {"dis", program}, none, none, env);
            }
            Main.run(new String[] {"run", program}, none, none, env);
        }
        // Again with every code compiled at its first call: a short training program never makes its code hot, and
        // then the compiler's classes (JitCompiler, ASM, JitOps) were missing from the cache and loaded from the jar
        // in every program that ran long enough to compile: 20-30 ms of class loading on the main thread.
        System.setProperty("pyvm.jit.threshold", "1");
        for (String program : programs) {
            Main.run(new String[] {"run", program}, none, none, env);
        }
        System.exit(0);
    }
}
