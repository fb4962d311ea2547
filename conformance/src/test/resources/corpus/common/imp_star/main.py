# from m import *: with __all__ (which may name private names and leave out public ones),
# without __all__ (public names only), and from a package whose __all__ names submodules.
from __future__ import print_function
from withall import *
print(sorted(k for k in globals() if not k.startswith('__')))
print(public_a(), _private_but_listed)
try:
    public_b
except NameError as e:
    print('NameError:', e)
from noall import *
print(sorted(k for k in globals() if not k.startswith('__')))
from things import *
print(sorted(k for k in globals() if not k.startswith('__')))
print(alpha.NAME, beta.NAME)
import sys
print('things.gamma imported:', 'things.gamma' in sys.modules)
