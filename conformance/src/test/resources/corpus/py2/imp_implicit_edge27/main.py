# 2.7 implicit relative imports in a package __init__ (import sub, __import__ with globals), from pkg
# import * with __all__ naming submodules, circular from-imports inside a package (no sys.modules
# fallback in 2.7), and the None entries the relative misses leave in sys.modules.
import sys
import pkg
print pkg.sub.NAME, pkg.viadunder.__name__
from pkg import *
print sorted(k for k in globals() if not k.startswith('__'))
import pkg.circ_a
print sorted(k for k in sys.modules if k.startswith('pkg')), repr(sys.modules.get('pkg.sys'))
print pkg.__package__, pkg.sub.__package__
