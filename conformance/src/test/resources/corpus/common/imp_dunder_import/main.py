# __import__ called directly: top package without a fromlist, the submodule with one.
from __future__ import print_function
top = __import__('pkg.mod')
print(top.__name__)
sub = __import__('pkg.mod', globals(), locals(), ['f'])
print(sub.__name__, sub.f())
same = __import__('pkg.mod', fromlist=['f'])
print(same is sub)
try:
    __import__('pkg.missing')
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print('ValueError:', e)
