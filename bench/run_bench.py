#!/usr/bin/env python3
"""Whole-process benchmark of pyvm against the CPython that compiled each program.

For every program in a folder (each takes its size as the first argument and prints a checksum)
and every CPython version found on this machine, the program is compiled with that CPython, then
CPython and pyvm run it alternately (A B A B ...) after one warm-up run of each. Both must print
the same output. Reported per program: the median wall time of each, and pyvm/CPython; per
version: the geometric mean of the ratios. Output: a Markdown table on stdout and, with --json,
a JSON file. This is a measurement tool, not a test: `mvn verify` never runs it.

    python3 bench/run_bench.py                       # ../shared/bench/programs, 5 runs each
    python3 bench/run_bench.py --runs 7 --versions 3.11 --size fib=30 --json bench.json
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


def timed(command, cwd, cpu=None):
    """Wall time and stdout of one run; its CPU time (user + system, all threads) is appended to cpu."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit('failed (%d): %s\n%s' % (done.returncode, ' '.join(command), done.stderr.decode(errors='replace')))
    return elapsed, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--programs', default=DEFAULT_PROGRAMS)
    parser.add_argument('--versions', default='2.7,3.6,3.11')
    parser.add_argument('--runs', type=int, default=5, help='timed runs of each side (after one warm-up)')
    parser.add_argument('--only', action='append', help='program name (repeatable)')
    parser.add_argument('--size', action='append', default=[], help='PROGRAM=SIZE: run PROGRAM with this size')
    parser.add_argument('--pyvm', default=os.path.join(ROOT, 'pyvm'))
    parser.add_argument('--json', help='also write the figures to this JSON file')
    args = parser.parse_args()
    sizes = dict(s.split('=', 1) for s in args.size)
    programs = sorted(glob.glob(os.path.join(args.programs, '*.py')))
    if args.only:
        programs = [p for p in programs if os.path.basename(p)[:-3] in args.only]
    subprocess.run([args.pyvm, 'packs'], capture_output=True)  # builds the jar (and its CDS archive) first
    results = {}
    for version in args.versions.split(','):
        python = find_cpython(version)
        if not python:
            print('CPython %s not found; skipped' % version, file=sys.stderr)
            continue
        work = tempfile.mkdtemp(prefix='pyvm-bench-')
        rows = []
        for source in programs:
            name = os.path.basename(source)[:-3]
            shutil.copy(source, os.path.join(work, name + '.py'))
            subprocess.run([python, '-c', 'import py_compile; py_compile.compile(%r, %r, %r)'
                            % (name + '.py', name + '.pyc', name + '.py')], cwd=work, check=True)
            extra = [sizes[name]] if name in sizes else []
            cpython_cmd = [python, name + '.pyc'] + extra
            pyvm_cmd = [args.pyvm, 'run', name + '.pyc'] + extra
            timed(cpython_cmd, work)
            timed(pyvm_cmd, work)
            times = {'cpython': [], 'pyvm': []}
            cpu = {'cpython': [], 'pyvm': []}
            for _ in range(args.runs):
                t, expected = timed(cpython_cmd, work, cpu['cpython'])
                times['cpython'].append(t)
                t, got = timed(pyvm_cmd, work, cpu['pyvm'])
                times['pyvm'].append(t)
                if got != expected:
                    raise SystemExit('%s on %s: pyvm printed %r, CPython %r' % (name, version, got, expected))
            row = {'program': name, 'size': extra[0] if extra else 'default', 'output': expected.decode().strip(),
                   'cpython_median_s': statistics.median(times['cpython']), 'pyvm_median_s': statistics.median(times['pyvm']),
                   'cpython_s': times['cpython'], 'pyvm_s': times['pyvm'],
                   'cpython_cpu_median_s': statistics.median(cpu['cpython']), 'pyvm_cpu_median_s': statistics.median(cpu['pyvm'])}
            row['ratio'] = row['pyvm_median_s'] / row['cpython_median_s']
            row['cpu_ratio'] = row['pyvm_cpu_median_s'] / row['cpython_cpu_median_s']
            rows.append(row)
            print('  %s %s: CPython %.3f s, pyvm %.3f s, ratio %.2f (CPU %.3f s / %.3f s, ratio %.2f)'
                  % (version, name, row['cpython_median_s'], row['pyvm_median_s'], row['ratio'],
                     row['cpython_cpu_median_s'], row['pyvm_cpu_median_s'], row['cpu_ratio']), file=sys.stderr)
        shutil.rmtree(work)
        geomean = math.exp(sum(math.log(r['ratio']) for r in rows) / len(rows)) if rows else None
        cpu_geomean = math.exp(sum(math.log(r['cpu_ratio']) for r in rows) / len(rows)) if rows else None
        results[version] = {'python': python, 'runs': args.runs, 'programs': rows, 'geomean_ratio': geomean,
                            'cpu_geomean_ratio': cpu_geomean}
    # CPU time (user + system of all threads) next to wall time: on a busy machine the wall time also
    # measures waiting for a core, the CPU time does not (pyvm's includes its JIT compiler threads)
    print('| version | program | size | CPython median (s) | pyvm median (s) | pyvm / CPython | CPU CPython (s) | CPU pyvm (s) | CPU ratio |')
    print('|---|---|---|---|---|---|---|---|---|')
    for version, r in results.items():
        for row in r['programs']:
            print('| %s | %s | %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f |' % (
                version, row['program'], row['size'], row['cpython_median_s'], row['pyvm_median_s'], row['ratio'],
                row['cpython_cpu_median_s'], row['pyvm_cpu_median_s'], row['cpu_ratio']))
        print('| %s | **geometric mean** | | | | **%.2f** | | | **%.2f** |' % (version, r['geomean_ratio'], r['cpu_geomean_ratio']))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=2)


if __name__ == '__main__':
    main()
