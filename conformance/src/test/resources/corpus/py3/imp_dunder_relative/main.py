# __import__ with explicit levels and globals (3.x): resolving against __package__ or __name__,
# fromlist on packages, and the errors for unknown parents and too many levels.
from __future__ import print_function
import sys
import top.mid.low.leaf as leaf
print(leaf.VALUE)
print(__import__('leaf', vars(leaf), None, ['VALUE'], 1).__name__)
print(__import__('', vars(leaf), None, ['x'], 2).__name__)
m = __import__('top.mid', fromlist=['low'])
print(m.__name__, m.low.__name__)
print(sys.modules["top.mid"].MIDNAME, sys.modules["top"].TOPNAME)
g = {'__name__': 'top.mid.low.leaf', '__package__': 'top.mid'}
print(__import__('low', g, None, ['leaf'], 1).__name__)
g2 = {'__name__': 'zzz.qqq'}
try:
    __import__('x', g2, None, None, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__name__': 'top.mid.low.leaf', '__package__': 'top.mid.low'}, None, None, 5)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith('top')))
