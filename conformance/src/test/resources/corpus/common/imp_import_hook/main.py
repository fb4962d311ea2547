# Replacing builtins.__import__ (2.7: __builtin__): every import statement then goes through the
# hook with CPython's arguments (level -1 in 2.7 without absolute_import, 0 in 3.x).
from __future__ import print_function
import sys
try:
    import builtins
except ImportError:
    import __builtin__ as builtins
print('builtins module:', builtins.__name__, builtins is sys.modules[builtins.__name__])
original = builtins.__import__
seen = []


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist if fromlist is None else tuple(fromlist), level, globals is not None and globals.get('__name__')))
    return original(name, globals, locals, fromlist, level)

builtins.__import__ = hook
import plain
from plain import VALUE
import plain as p2


def inside():
    import plain
    return plain.VALUE

inside()
builtins.__import__ = original
import plain
for entry in seen:
    print(entry)
print(VALUE, p2 is plain, len(seen))
