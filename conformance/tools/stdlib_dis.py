# Run by CPython X.Y itself (2.7 or 3.x): compiles every module of its own standard library to a
# .pyc under OUTDIR, then writes what dis.dis prints for the code object loaded back from that .pyc.
# Used by StdlibDisSweepTest to compare pyvm's dis with CPython's over the whole stdlib.
#   pythonX.Y stdlib_dis.py OUTDIR
from __future__ import print_function
import dis, marshal, os, py_compile, re, sys

ADDRESS = re.compile(r'at 0x[0-9a-f]+')
HEADER = 8 if sys.version_info[0] == 2 else (12 if sys.version_info < (3, 7) else 16)

if sys.version_info[0] == 2:
    from StringIO import StringIO
else:
    from io import StringIO


def disassemble(code):
    buf = StringIO()
    if sys.version_info[0] == 2:
        saved = sys.stdout
        sys.stdout = buf
        try:
            dis.dis(code)
        finally:
            sys.stdout = saved
    else:
        dis.dis(code, file=buf)
    return ADDRESS.sub('at 0x...', buf.getvalue())


def main(outdir):
    libdir = os.path.dirname(os.__file__)
    done = failed = 0
    for folder, dirs, files in os.walk(libdir):
        dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, libdir)
            pyc = os.path.join(outdir, rel + 'c')
            target_dir = os.path.dirname(pyc)
            if not os.path.isdir(target_dir):
                os.makedirs(target_dir)
            try:
                py_compile.compile(src, pyc, rel, True)
            except Exception:
                failed += 1  # deliberately broken test files (bad syntax, bad encodings)
                continue
            with open(pyc, 'rb') as f:
                data = f.read()
            code = marshal.loads(data[HEADER:])
            text = disassemble(code)
            with open(pyc[:-4] + '.dis', 'wb') as f:
                f.write(text.encode('utf-8'))
            done += 1
    print('compiled %d modules, %d did not compile' % (done, failed))


if __name__ == '__main__':
    main(sys.argv[1])
