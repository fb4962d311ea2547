# CPython 2.7's own benchmark, Lib/test/pystone.py, imported from the installed standard library:
# it runs a fixed number of passes and prints what the benchmark computed (its globals and the
# records it built), then pystone's own report line with the measured time masked.
import sys
from test import pystone

LOOPS = 20000
if len(sys.argv) > 1:
    LOOPS = int(sys.argv[1])

benchtime, stones = pystone.pystones(LOOPS)
print 'benchtime is a float:', type(benchtime).__name__, type(stones).__name__
print 'IntGlob', pystone.IntGlob
print 'BoolGlob', pystone.BoolGlob
print 'Char1Glob', repr(pystone.Char1Glob), 'Char2Glob', repr(pystone.Char2Glob)
print 'Array1Glob[8]', pystone.Array1Glob[8], 'Array2Glob[8][7]', pystone.Array2Glob[8][7]
print 'Array1Glob nonzero', [(i, v) for i, v in enumerate(pystone.Array1Glob) if v]
print 'Array2Glob nonzero', [(i, j, v) for i, row in enumerate(pystone.Array2Glob) for j, v in enumerate(row) if v]
for name in ('PtrGlb', 'PtrGlbNext'):
    r = getattr(pystone, name)
    print name, r.Discr, r.EnumComp, r.IntComp, repr(r.StringComp), r.PtrComp is not None

# pystone's own main(), its two report lines with the numbers that are times masked
from StringIO import StringIO
saved = sys.stdout
sys.stdout = buf = StringIO()
try:
    pystone.main(1000)
finally:
    sys.stdout = saved
for line in buf.getvalue().splitlines():
    if '=' in line:
        line = line[:line.index('=')] + '= <time>'
    else:
        line = ' '.join('<rate>' if w[:1].isdigit() else w for w in line.split())
    print line
print 'IntGlob after main', pystone.IntGlob, pystone.Array2Glob[8][7]
