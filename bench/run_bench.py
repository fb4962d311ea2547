#!/usr/bin/env python3
"""Whole-process benchmark of pyvm against the CPython that compiled each program.

For every program in a folder (each takes its size as the first argument and prints a checksum)
and every CPython version found on this machine, the program is compiled with that CPython, then
CPython and pyvm run it alternately (A B A B ...) after one warm-up run of each. Both must print
the same output. Reported per program: the median wall time of each, and pyvm/CPython; per
version: the geometric mean of the ratios; and the peak RSS of each process (medians) against issue
7's bar, 4 x CPython's + the JVM's own baseline (pyvm's peak on an empty program, measured in the
same run). Output: a Markdown table on stdout and, with --json, a JSON file. This is a measurement tool, not a test: `mvn verify` never runs it.

    python3 bench/run_bench.py                       # ../shared/bench/programs, 5 runs each
    python3 bench/run_bench.py --runs 7 --versions 3.11 --size fib=30 --json bench.json
    python3 bench/run_bench.py --warm 10             # the warm figure (below)

With --warm REPEATS, the figure is the warm one instead: bench/warm_driver.py imports the program
and runs its main(size) REPEATS times in one process; the time of the last run (pyvm's JIT has
compiled the hot code by then) is compared with the same in CPython, alternating as above.
"""
import argparse
import glob
import json
import math
import os
import py_compile
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PROGRAMS = os.path.join(os.path.dirname(ROOT), 'shared', 'bench', 'programs')


def find_cpython(version):
    """pythonX.Y on PATH (pyenv shims skipped), then under `pyenv root`, then $PYVM_CPYTHON_X_Y."""
    name = 'python' + version
    for folder in os.environ.get('PATH', '').split(os.pathsep):
        candidate = os.path.join(folder, name)
        if 'shims' not in folder and os.access(candidate, os.X_OK):
            return candidate
    try:
        root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip()
        found = sorted(glob.glob(os.path.join(root, 'versions', version + '*', 'bin', name)))
        if found:
            return found[-1]
    except OSError:
        pass
    return os.environ.get('PYVM_CPYTHON_' + version.replace('.', '_'))


def gnu_time():
    """GNU time's path, or None. Peak RSS is read through it: a process forked by this script (fork or
    vfork alike) starts as a copy of it, and Linux's ru_maxrss keeps that pre-exec high-water mark across
    exec, so os.wait4 on a direct child reports at least this Python's own RSS (about 14 MiB; CPython
    2.7 really peaks near 6). GNU time is small, and the child it forks reports its own figure."""
    path = shutil.which('time') or '/usr/bin/time'
    try:
        done = subprocess.run([path, '--version'], capture_output=True, text=True)
    except OSError:
        return None
    return path if 'GNU' in done.stdout + done.stderr else None


GNU_TIME = gnu_time()


def timed(command, cwd, cpu=None, rss=None, env=None):
    """Wall time and stdout of one run. Its CPU time (user + system, all threads) is appended to cpu and
    its peak resident set size in KiB to rss. Both come from the child's own rusage (os.wait4 on its
    pid; the ./pyvm launcher execs java, which keeps the pid, so these are the JVM's figures), the
    peak RSS through GNU time when the machine has it (see gnu_time) or else os.wait4's, floored. env: the
    child's environment (default: this script's)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix='pyvm-bench-rss-') as peak:
        wrapped = [GNU_TIME, '-f', '%M', '-o', peak.name] + command if GNU_TIME and rss is not None else command
        start = time.perf_counter()
        child = subprocess.Popen(wrapped, cwd=cwd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        if child.returncode != 0:
            raise SystemExit('failed (%d): %s\n%s' % (child.returncode, ' '.join(command), stderr.decode(errors='replace')))
        if rss is not None:  # KiB on Linux
            rss.append(int(peak.read().split()[-1]) if wrapped is not command else usage.ru_maxrss)
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    return elapsed, stdout


def alternate(cpython_cmd, pyvm_cmd, work, runs, warm=False):
    """One warm-up run of each side, then `runs` runs of each, alternating; per side its times, CPU
    times, peak RSS (KiB) and the outputs, which must agree (returned: CPython's)."""
    timed(cpython_cmd, work)
    timed(pyvm_cmd, work)
    times = {'cpython': [], 'pyvm': []}
    cpu = {'cpython': [], 'pyvm': []}
    rss = {'cpython': [], 'pyvm': []}
    expected = None
    for _ in range(runs):
        t, expected = timed(cpython_cmd, work, cpu['cpython'], rss['cpython'])
        t, expected = (last_run(expected), checked(expected)) if warm else (t, expected)
        times['cpython'].append(t)
        t, got = timed(pyvm_cmd, work, cpu['pyvm'], rss['pyvm'])
        t, got = (last_run(got), checked(got)) if warm else (t, got)
        times['pyvm'].append(t)
        if got != expected:
            raise SystemExit('%s: pyvm printed %r, CPython %r' % (' '.join(pyvm_cmd[2:]), got, expected))
    return times, cpu, rss, expected


def compile_in(python, work, name):
    """work/NAME.py compiled by that CPython into work/NAME.pyc, the code's file name being NAME.py."""
    subprocess.run([python, '-c', 'import py_compile; py_compile.compile(%r, %r, %r)' % (name + '.py', name + '.pyc', name + '.py')],
                   cwd=work, check=True)


def add_selection_options(parser):
    """The options that choose what runs and how often, the same in run_bench.py and compare_builds.py."""
    parser.add_argument('--programs', default=DEFAULT_PROGRAMS)
    parser.add_argument('--versions', default='2.7,3.6,3.11')
    parser.add_argument('--runs', type=int, default=5, help='timed runs of each side (after one warm-up)')
    parser.add_argument('--only', action='append', help='program name (repeatable)')
    parser.add_argument('--size', action='append', default=[], help='PROGRAM=SIZE: run PROGRAM with this size')


def selected_programs(args, tool):
    """The paths of the programs those options chose, and the sizes given for them by name; the tool exits
    saying so when none was chosen (an empty table would end in a TypeError on its missing geometric mean)."""
    programs = sorted(glob.glob(os.path.join(args.programs, '*.py')))
    if args.only:
        programs = [p for p in programs if os.path.basename(p)[:-3] in args.only]
    if not programs:
        sys.exit('%s: no programs%s in %s (--programs FOLDER)'
                 % (tool, ' named ' + ', '.join(args.only) if args.only else '', args.programs))
    return programs, dict(s.split('=', 1) for s in args.size)


def mib(kib):
    return kib / 1024.0


def last_run(output):
    """The warm driver's last-run time, from its last line."""
    return float(output.decode().strip().splitlines()[-1].split()[1])


def checked(output):
    """The warm driver's output without its timing line: what both sides must agree on."""
    return b'\n'.join(output.strip().splitlines()[:-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    add_selection_options(parser)
    parser.add_argument('--pyvm', default=os.path.join(ROOT, 'pyvm'))
    parser.add_argument('--json', help='also write the figures to this JSON file')
    parser.add_argument('--warm', type=int, metavar='REPEATS',
                        help="report the warm figure: main(size) run REPEATS times in one process, the last run's time")
    args = parser.parse_args()
    programs, sizes = selected_programs(args, 'run_bench.py')
    subprocess.run([args.pyvm, 'packs'], capture_output=True)  # builds the jar (and its CDS archive) first
    if not GNU_TIME:
        print('GNU time not found: peak RSS from os.wait4, which reports at least this script\'s own %.1f MiB'
              % mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss), file=sys.stderr)
    results = {}
    for version in args.versions.split(','):
        python = find_cpython(version)
        if not python:
            print('CPython %s not found; skipped' % version, file=sys.stderr)
            continue
        work = tempfile.mkdtemp(prefix='pyvm-bench-')
        # the JVM's own baseline: pyvm's peak RSS running an empty program compiled by the same CPython
        # (CPython's own figure for it alongside), measured in this run, alternating as below
        empty = 'pyvm_bench_empty'
        open(os.path.join(work, empty + '.py'), 'w').close()
        compile_in(python, work, empty)
        times, cpu, rss, _ = alternate([python, empty + '.pyc'], [args.pyvm, 'run', empty + '.pyc'], work, args.runs)
        baseline = {'cpython_median_s': statistics.median(times['cpython']), 'pyvm_median_s': statistics.median(times['pyvm']),
                    'cpython_maxrss_median_kib': statistics.median(rss['cpython']),
                    'pyvm_maxrss_median_kib': statistics.median(rss['pyvm']),
                    'cpython_maxrss_kib': rss['cpython'], 'pyvm_maxrss_kib': rss['pyvm']}
        print('  %s empty program: CPython %.3f s %.1f MiB, pyvm %.3f s %.1f MiB (the JVM baseline)'
              % (version, baseline['cpython_median_s'], mib(baseline['cpython_maxrss_median_kib']),
                 baseline['pyvm_median_s'], mib(baseline['pyvm_maxrss_median_kib'])), file=sys.stderr)
        rows = []
        for source in programs:
            name = os.path.basename(source)[:-3]
            shutil.copy(source, os.path.join(work, name + '.py'))
            extra = [sizes[name]] if name in sizes else []
            if args.warm:
                # the program as a module (imported from its compiled file, as each version caches it) and the driver
                shutil.copy(os.path.join(ROOT, 'bench', 'warm_driver.py'), os.path.join(work, 'warm_driver.py'))
                subprocess.run([python, '-c', 'import py_compile; py_compile.compile(%r)' % (name + '.py')], cwd=work, check=True)
                compile_in(python, work, 'warm_driver')
                cpython_cmd = [python, 'warm_driver.pyc', name, str(args.warm)] + extra
                pyvm_cmd = [args.pyvm, 'run', 'warm_driver.pyc', name, str(args.warm)] + extra
            else:
                compile_in(python, work, name)
                cpython_cmd = [python, name + '.pyc'] + extra
                pyvm_cmd = [args.pyvm, 'run', name + '.pyc'] + extra
            times, cpu, rss, expected = alternate(cpython_cmd, pyvm_cmd, work, args.runs, args.warm)
            row = {'program': name, 'size': extra[0] if extra else 'default', 'output': expected.decode().strip(),
                   'cpython_median_s': statistics.median(times['cpython']), 'pyvm_median_s': statistics.median(times['pyvm']),
                   'cpython_s': times['cpython'], 'pyvm_s': times['pyvm'],
                   'cpython_cpu_median_s': statistics.median(cpu['cpython']), 'pyvm_cpu_median_s': statistics.median(cpu['pyvm']),
                   'cpython_maxrss_median_kib': statistics.median(rss['cpython']),
                   'pyvm_maxrss_median_kib': statistics.median(rss['pyvm']),
                   'cpython_maxrss_kib': rss['cpython'], 'pyvm_maxrss_kib': rss['pyvm']}
            row['ratio'] = row['pyvm_median_s'] / row['cpython_median_s']
            row['cpu_ratio'] = row['pyvm_cpu_median_s'] / row['cpython_cpu_median_s']
            row['maxrss_ratio'] = row['pyvm_maxrss_median_kib'] / row['cpython_maxrss_median_kib']
            # issue 7's bar: pyvm's peak under 4x CPython's plus the JVM's own baseline
            row['maxrss_bar_kib'] = 4 * row['cpython_maxrss_median_kib'] + baseline['pyvm_maxrss_median_kib']
            row['maxrss_under_bar'] = row['pyvm_maxrss_median_kib'] < row['maxrss_bar_kib']
            rows.append(row)
            print('  %s %s: CPython %.3f s, pyvm %.3f s, ratio %.2f (CPU %.3f s / %.3f s, ratio %.2f; '
                  'peak RSS %.1f / %.1f MiB, bar %.1f MiB%s)'
                  % (version, name, row['cpython_median_s'], row['pyvm_median_s'], row['ratio'],
                     row['cpython_cpu_median_s'], row['pyvm_cpu_median_s'], row['cpu_ratio'],
                     mib(row['cpython_maxrss_median_kib']), mib(row['pyvm_maxrss_median_kib']),
                     mib(row['maxrss_bar_kib']), '' if row['maxrss_under_bar'] else ', OVER'), file=sys.stderr)
        shutil.rmtree(work)
        geomean = math.exp(sum(math.log(r['ratio']) for r in rows) / len(rows)) if rows else None
        cpu_geomean = math.exp(sum(math.log(r['cpu_ratio']) for r in rows) / len(rows)) if rows else None
        results[version] = {'python': python, 'runs': args.runs, 'programs': rows, 'geomean_ratio': geomean,
                            'cpu_geomean_ratio': cpu_geomean, 'figure': 'warm, last of %d runs of main' % args.warm
                            if args.warm else 'whole process',
                            'empty_program_baseline': baseline,
                            'maxrss_all_under_bar': all(r['maxrss_under_bar'] for r in rows)}
    # CPU time (user + system of all threads) next to wall time: on a busy machine the wall time also
    # measures waiting for a core, the CPU time does not (pyvm's includes its JIT compiler threads).
    # Peak RSS (ru_maxrss of each process, whole process in either mode) against issue 7's bar:
    # 4 x CPython's + pyvm's peak on an empty program (the JVM's own baseline), shown in its own row.
    if args.warm:
        print('Warm figure: the last of %d runs of main(size) inside one process (CPU and RSS columns: whole process)\n' % args.warm)
    print('| version | program | size | CPython median (s) | pyvm median (s) | pyvm / CPython | CPU CPython (s) | CPU pyvm (s) | CPU ratio '
          '| peak RSS CPython (MiB) | peak RSS pyvm (MiB) | RSS ratio | RSS bar: 4 x CPython + baseline (MiB) | under bar |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    for version, r in results.items():
        b = r['empty_program_baseline']
        for row in r['programs']:
            print('| %s | %s | %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f | %.1f | %.1f | %.2f | %.1f | %s |' % (
                version, row['program'], row['size'], row['cpython_median_s'], row['pyvm_median_s'], row['ratio'],
                row['cpython_cpu_median_s'], row['pyvm_cpu_median_s'], row['cpu_ratio'],
                mib(row['cpython_maxrss_median_kib']), mib(row['pyvm_maxrss_median_kib']), row['maxrss_ratio'],
                mib(row['maxrss_bar_kib']), 'yes' if row['maxrss_under_bar'] else '**no**'))
        print('| %s | **geometric mean** | | | | **%.2f** | | | **%.2f** | | | | | %s |' % (
            version, r['geomean_ratio'], r['cpu_geomean_ratio'], 'all' if r['maxrss_all_under_bar'] else '**not all**'))
        print('| %s | empty program (JVM baseline) | | %.3f | %.3f | | | | | %.1f | %.1f | | | |' % (
            version, b['cpython_median_s'], b['pyvm_median_s'], mib(b['cpython_maxrss_median_kib']),
            mib(b['pyvm_maxrss_median_kib'])))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=2)


if __name__ == '__main__':
    main()
