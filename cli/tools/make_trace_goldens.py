#!/usr/bin/env python3
"""Makes the goldens of the trace tests (cli/src/test/java/org/pyvm/cli/trace) from the real CPythons.

For every program ``cli/src/test/resources/trace/src/<name>.py`` and every version 2.7, 3.6, 3.11
this compiles the program with that CPython (reusing conformance/tools/make_goldens.py, so the
.pyc and dis goldens are made exactly as the conformance goldens are) and writes

    trace/<version>/<name>.pyc      the compiled program
    trace/<version>/<name>.py       its source (the --html page shows it when it sits beside the .pyc)
    trace/<version>/<name>.dis      dis.dis(code), addresses masked
    trace/<version>/<name>.codes    every code object's own listing (2.7's dis.dis does not recurse):
                                    a line "== co_name" then dis.disassemble(co), addresses masked
    trace/<version>/<name>.stdout   what the program prints
    trace/<version>/<name>.opcodes  (3.7+ only, so 3.11 here) every instruction CPython executed, one
                                    line each: depth, co_name, offset, opname (sys.settrace with
                                    f_trace_opcodes; 2.7 and 3.6 cannot report single instructions)

Usage (any Python 3): python3 cli/tools/make_trace_goldens.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, 'conformance', 'tools'))
import make_goldens  # noqa: E402  (the conformance goldens' compiler and CPython finder)

TRACE = os.path.join(ROOT, 'cli', 'src', 'test', 'resources', 'trace')
SRC = os.path.join(TRACE, 'src')

# Runs inside CPython 3.7+: executes the .pyc's module code as __main__ with an opcode tracer,
# writing "depth co_name offset opname" for every instruction to OUT. Depth counts the program's
# frames (its module frame is 1), as pyvm's trace does.
OPCODE_TRACER = r'''
import dis, marshal, sys
pyc, out = sys.argv[1:3]
with open(pyc, 'rb') as f:
    code = marshal.loads(f.read()[16:])
events = []
def tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    frame.f_trace_lines = False
    if event == 'opcode':
        depth, f = 0, frame
        while f is not None and f.f_code is not runner:
            depth += 1
            f = f.f_back
        events.append('%d %s %d %s' % (depth, frame.f_code.co_name, frame.f_lasti,
                                      dis.opname[frame.f_code.co_code[frame.f_lasti]]))
    return tracer
def run():
    sys.settrace(tracer)
    try:
        exec(code, {'__name__': '__main__', '__builtins__': __builtins__})
    finally:
        sys.settrace(None)
runner = run.__code__
try:
    run()
except BaseException:
    pass  # a program that ends in an uncaught exception: its instructions up to the raise are the golden
with open(out, 'w') as f:
    f.write('\n'.join(events) + '\n')
'''

# Runs inside any CPython: writes each code object's listing, nested ones included, to OUT.
CODES = r'''
import dis, marshal, re, sys
pyc, out = sys.argv[1:3]
header = 8 if sys.version_info[0] == 2 else (12 if sys.version_info < (3, 7) else 16)
with open(pyc, 'rb') as f:
    code = marshal.loads(f.read()[header:])
if sys.version_info[0] == 2:
    from StringIO import StringIO
else:
    from io import StringIO
buf = StringIO()
def walk(co):
    buf.write('== %s\n' % co.co_name)
    saved = sys.stdout
    sys.stdout = buf
    try:
        dis.disassemble(co)
    finally:
        sys.stdout = saved
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk(c)
walk(code)
text = re.sub(r'at 0x[0-9a-f]+', 'at 0x...', buf.getvalue())
with open(out, 'w') as f:
    f.write(text)
'''


def main():
    programs = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith('.py'))
    for version in make_goldens.VERSIONS:
        python = make_goldens.find_python(version)
        if python is None:
            print('CPython %s not found: its trace goldens are left as they are' % version)
            continue
        folder = os.path.join(TRACE, version)
        os.makedirs(folder, exist_ok=True)
        for name in programs:
            files = make_goldens.make_one(python, version, 'trace', name, os.path.join(SRC, name + '.py'))
            for rel, data in files.items():
                ext = os.path.splitext(rel)[1]
                if ext in ('.pyc', '.dis', '.stdout'):
                    with open(os.path.join(folder, name + ext), 'wb') as f:
                        f.write(data)
            shutil.copyfile(os.path.join(SRC, name + '.py'), os.path.join(folder, name + '.py'))
            helper_run(python, CODES, os.path.join(folder, name + '.pyc'), os.path.join(folder, name + '.codes'))
            if version not in ('2.7', '3.6'):
                opcodes(python, os.path.join(folder, name + '.pyc'), os.path.join(folder, name + '.opcodes'))
        print('CPython %s: %d programs' % (version, len(programs)))


def opcodes(python, pyc, out):
    helper_run(python, OPCODE_TRACER, pyc, out)


def helper_run(python, script, pyc, out):
    work = tempfile.mkdtemp(prefix='pyvm-trace-golden-')
    try:
        helper = os.path.join(work, 'helper.py')
        with open(helper, 'w') as f:
            f.write(script)
        subprocess.run([python, helper, pyc, out], cwd=work, env=make_goldens.clean_env(),
                       stdout=subprocess.DEVNULL, check=True, timeout=120)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
