package org.pyvm.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * JMH's own command line, with one addition: unless {@code -p version=...} is given, the versions
 * benchmarked are those of 2.7, 3.6 and 3.11 whose CPython is installed, and each missing one is
 * named on stderr as skipped.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean versionGiven = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-pversion=") || (a.equals("-p") && i + 1 < args.length && args[i + 1].startsWith("version="))) {
                versionGiven = true;
            }
        }
        List<String> all = new ArrayList<>(List.of(args));
        if (!versionGiven) {
            List<String> found = new ArrayList<>();
            for (String v : ProgramBench.VERSIONS) {
                if (Programs.cpython(v).isPresent()) {
                    found.add(v);
                } else {
                    System.err.println("CPython " + v + " not found (pythonX.Y on PATH, under pyenv, or PYVM_CPYTHON_X_Y): skipped");
                }
            }
            if (found.isEmpty()) {
                // JMH still lists (-l) and helps (-h); a run stops at each trial's setup, naming the version
                System.err.println("no CPython 2.7, 3.6 or 3.11 found: every benchmark will fail at setup");
            } else {
                all.add("-p");
                all.add("version=" + String.join(",", found));
            }
        }
        org.openjdk.jmh.Main.main(all.toArray(new String[0]));
    }
}
