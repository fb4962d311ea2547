# Import edge cases: a package __init__ importing its submodule (which imports the package back),
# "import a.b as c" where a has an attribute b, a package whose submodule fails, a module importing
# itself, sys.path changed at run time, __all__ naming a missing name, a submodule attribute deleted.
from __future__ import print_function
import sys
import pkg
print(pkg.sub.NAME, pkg.helper_ref)
import pkg.shadow as sh
print('shadow:', sh)
try:
    import pkg.broken
except ZeroDivisionError as e:
    print('broken:', 'pkg.broken' in sys.modules, hasattr(pkg, 'broken'))
import selfmod
print(selfmod.SELF_SEEN)
sys.path.insert(0, sys.path[0] + '/extra')
import extramod
print(extramod.WHERE)
try:
    from allmissing import *
except AttributeError as e:
    print('AttributeError:', e)
del pkg.sub
import pkg.sub
print('parent attr after del + import:', hasattr(pkg, 'sub'))
from pkg import sub
print(sub.NAME)
