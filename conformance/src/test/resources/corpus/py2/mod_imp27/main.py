# imp (2.7): find_module/load_module for compiled modules and packages, reload, new_module, the import
# lock, is_builtin/is_frozen, get_magic and get_suffixes, and their errors
import imp
import sys


def basename(p):
    return p.rsplit('/', 1)[-1]


def dirname(p):
    return p.rsplit('/', 1)[0] if '/' in p else ''

print([s for s in imp.get_suffixes() if s[2] != imp.C_EXTENSION])
print(repr(imp.get_magic()), imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN)
f, path, desc = imp.find_module('helper')
print(basename(path), desc, f.mode)
helper = imp.load_module('helper', f, path, desc)
f.close()
print(helper.VALUE, helper.loads, sys.modules['helper'] is helper, basename(helper.__file__))
f, path, desc = imp.find_module('helper')
again = imp.load_module('helper', f, path, desc)
f.close()
print(again is helper, helper.loads)
print(imp.reload(helper) is helper, helper.loads)
f, path, desc = imp.find_module('pkg', [dirname(path)])
print(f, basename(path), desc)
pkg = imp.load_module('pkg', f, path, desc)
print(pkg.NAME, [basename(p) for p in pkg.__path__], pkg.__package__)
print(imp.find_module('sys'), imp.is_builtin('sys'), imp.is_builtin('thread'), imp.is_builtin('nosuch'), imp.is_frozen('sys'))
m = imp.new_module('fresh')
print(m, sorted(m.__dict__.items()))
print(imp.lock_held(), imp.acquire_lock(), imp.lock_held(), imp.release_lock(), imp.lock_held())
for f in [imp.release_lock, lambda: imp.find_module('nosuchmod'), lambda: imp.find_module('os', ['/nonexistent']),
          lambda: imp.new_module(3), lambda: imp.find_module(3), lambda: imp.load_module('q', None, 'zz', ('', '', 99))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print('fresh' in sys.modules, 'q' in sys.modules)
