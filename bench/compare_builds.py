#!/usr/bin/env python3
"""A/B of two pyvm configurations over the benchmark programs: which of two builds, or two sets of JVM
options, runs them faster and in less memory.

Side A and side B are each a pyvm launcher (this repository's ./pyvm unless --a-jar/--b-jar names another
build's pyvm.jar, which then runs from a folder of its own) and a PYVM_JAVA_OPTS string. Every program is
compiled by each CPython found (as bench/run_bench.py does), then A and B run it alternately, A first in
even rounds and B first in odd ones, after one warm-up run of each (which also trains a new build's start-up
cache). Both sides must print the same output. Reported per program: the median wall time and median peak
RSS of each side and B/A; overall: the geometric mean of B/A over all the programs and versions, which on a
noisy shared machine is steadier than any one program's ratio. Not a test: `mvn verify` never runs it.

    python3 bench/compare_builds.py --b-opts=-XX:-UseTypeSpeculation --runs 5
    python3 bench/compare_builds.py --a-jar /tmp/old/pyvm.jar --versions 3.11 --only closures --only fib
"""
import argparse
import math
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_bench  # noqa: E402  (the same CPython lookup, compilation and timing)

ROOT = run_bench.ROOT


def side_launcher(jar, folder):
    """The launcher for one side: ./pyvm itself, or for another build's jar a copy of ./pyvm in a folder laid
    out as the repository is (cli/target/pyvm.jar), with the conformance folder linked so that the launcher's
    start-up training finds its programs. The folder has no sources, so the launcher never rebuilds the jar."""
    if jar is None:
        return os.path.join(ROOT, 'pyvm')
    os.makedirs(os.path.join(folder, 'cli', 'target'))
    shutil.copy(jar, os.path.join(folder, 'cli', 'target', 'pyvm.jar'))
    shutil.copy(os.path.join(ROOT, 'pyvm'), os.path.join(folder, 'pyvm'))
    os.symlink(os.path.join(ROOT, 'conformance'), os.path.join(folder, 'conformance'))
    return os.path.join(folder, 'pyvm')


def run_side(side, pyc, size, work):
    """One timed run of a side: wall time, peak RSS in KiB, stdout."""
    rss = []
    env = dict(os.environ, PYVM_JAVA_OPTS=side['opts'])
    elapsed, out = run_bench.timed([side['launcher'], 'run', pyc] + size, work, rss=rss, env=env)
    return elapsed, rss[0], out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--a-jar', help="side A's pyvm.jar (default: this repository's build)")
    parser.add_argument('--b-jar', help="side B's pyvm.jar (default: this repository's build)")
    parser.add_argument('--a-opts', default='', help="side A's PYVM_JAVA_OPTS (default: none)")
    parser.add_argument('--b-opts', default='', help="side B's PYVM_JAVA_OPTS (default: none)")
    run_bench.add_selection_options(parser)
    args = parser.parse_args()
    if args.a_jar is None and args.b_jar is None and args.a_opts == args.b_opts:
        parser.error('the two sides are the same: give --a-jar/--b-jar or different --a-opts/--b-opts')
    programs, sizes = run_bench.selected_programs(args, 'compare_builds.py')
    work = tempfile.mkdtemp(prefix='pyvm-compare-')
    try:
        sides = {'A': {'opts': args.a_opts, 'launcher': side_launcher(args.a_jar, os.path.join(work, 'a'))},
                 'B': {'opts': args.b_opts, 'launcher': side_launcher(args.b_jar, os.path.join(work, 'b'))}}
        print('| version | program | A median (s) | B median (s) | B / A | A peak RSS (MiB) | B peak RSS (MiB) |')
        print('|---|---|---|---|---|---|---|')
        logs, rss_diffs = [], []
        for version in args.versions.split(','):
            python = run_bench.find_cpython(version)
            if python is None:
                print('CPython %s not found: skipped' % version, file=sys.stderr)
                continue
            folder = os.path.join(work, version)
            os.makedirs(folder)
            for source in programs:
                name = os.path.basename(source)[:-3]
                shutil.copy(source, folder)
                run_bench.compile_in(python, folder, name)
                pyc = os.path.join(folder, name + '.pyc')
                size = [sizes[name]] if name in sizes else []
                for side in sides.values():
                    run_side(side, pyc, size, work)  # warm-up (and a new build's start-up training)
                times = {'A': [], 'B': []}
                peaks = {'A': [], 'B': []}
                outputs = set()
                for r in range(args.runs):
                    for key in ('A', 'B') if r % 2 == 0 else ('B', 'A'):
                        elapsed, peak, out = run_side(sides[key], pyc, size, work)
                        times[key].append(elapsed)
                        peaks[key].append(peak / 1024.0)
                        outputs.add(out)
                if len(outputs) != 1:
                    raise SystemExit('%s %s: the two sides printed different output' % (version, name))
                a, b = statistics.median(times['A']), statistics.median(times['B'])
                ra, rb = statistics.median(peaks['A']), statistics.median(peaks['B'])
                logs.append(math.log(b / a))
                rss_diffs.append(rb - ra)
                print('| %s | %s | %.3f | %.3f | %.3f | %.1f | %.1f |' % (version, name, a, b, b / a, ra, rb), flush=True)
        if logs:
            print('\nB / A, geometric mean over %d programs: **%.3f**; peak RSS B - A, mean: %+.1f MiB'
                  % (len(logs), math.exp(sum(logs) / len(logs)), sum(rss_diffs) / len(rss_diffs)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
