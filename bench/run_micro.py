#!/usr/bin/env python3
"""Warm per-operation figures of pyvm against CPython: where, once its JIT has compiled the code, pyvm is slower.

bench/micro_ops.py times everyday operations (attribute access, method and closure calls, dict and str methods,
list.append, raising...) each in a loop of its own, the best of REPEATS runs of N turns, inside one process. This
compiles it with each CPython found (as bench/run_bench.py does), runs it under that CPython and under pyvm,
alternately when --runs is more than 1 (the best figure of each side is kept), and prints per version a Markdown
table of nanoseconds per loop turn, slowest ratio first, and the geometric mean of the ratios. The whole-process
figures are bench/run_bench.py's; this is for finding which operation to look at. Not a test: `mvn verify` never
runs it.

    python3 bench/run_micro.py                                 # 2.7, 3.6, 3.11
    python3 bench/run_micro.py --versions 3.11 --only list_append --only dict_get --runs 3
"""
import argparse
import json
import math
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_bench  # noqa: E402  (the same CPython lookup, compilation and timing)

OPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'micro_ops.py')


def figures(command, work):
    """Operation name -> nanoseconds per loop turn, as micro_ops.py printed them."""
    _, out = run_bench.timed(command, work)
    return dict((name, float(ns)) for name, ns in (line.split() for line in out.decode().splitlines()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--versions', default='2.7,3.6,3.11')
    parser.add_argument('--pyvm', default=os.path.join(run_bench.ROOT, 'pyvm'))
    parser.add_argument('--n', type=int, default=100000, help='loop turns of each run of an operation')
    parser.add_argument('--repeats', type=int, default=20, help='runs of each operation in a process (the best is kept)')
    parser.add_argument('--runs', type=int, default=1, help='processes of each side, alternating (the best figure is kept)')
    parser.add_argument('--only', action='append', default=[], help='operation name (repeatable)')
    parser.add_argument('--json', help='also write the figures to this file')
    args = parser.parse_args()
    report = {}
    for version in args.versions.split(','):
        python = run_bench.find_cpython(version)
        if python is None:
            print('CPython %s: not found, skipped' % version, file=sys.stderr)
            continue
        work = tempfile.mkdtemp(prefix='pyvm-micro-')
        try:
            shutil.copy(OPS, work)
            run_bench.compile_in(python, work, 'micro_ops')
            tail = [str(args.n), str(args.repeats)] + args.only
            best = {'cpython': {}, 'pyvm': {}}
            for _ in range(args.runs):
                for side, command in (('cpython', [python, 'micro_ops.pyc']), ('pyvm', [args.pyvm, 'run', 'micro_ops.pyc'])):
                    for name, ns in figures(command + tail, work).items():
                        best[side][name] = min(ns, best[side].get(name, ns))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        rows = sorted(({'operation': name, 'cpython_ns': ns, 'pyvm_ns': best['pyvm'][name],
                        'ratio': best['pyvm'][name] / ns} for name, ns in best['cpython'].items()), key=lambda r: -r['ratio'])
        geomean = math.exp(sum(math.log(r['ratio']) for r in rows) / len(rows)) if rows else float('nan')
        report[version] = {'operations': rows, 'geomean': geomean}
        print('\n### %s (ns per loop turn, best of %d runs of %d turns, %d process%s a side)\n'
              % (version, args.repeats, args.n, args.runs, '' if args.runs == 1 else 'es'))
        print('| operation | CPython | pyvm | pyvm / CPython |')
        print('|---|---|---|---|')
        for r in rows:
            print('| %s | %.1f | %.1f | %.2f |' % (r['operation'], r['cpython_ns'], r['pyvm_ns'], r['ratio']))
        print('| **geometric mean** | | | **%.2f** |' % geomean)
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(report, f, indent=2)


if __name__ == '__main__':
    main()
