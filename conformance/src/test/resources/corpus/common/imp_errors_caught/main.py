# ImportError / ModuleNotFoundError caught: messages, types, a module that fails while importing
# (it is not left in sys.modules, so importing it again runs it again).
from __future__ import print_function
import sys


def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except ImportError as e:
        print(label, type(e).__name__, '|', str(e).replace(sys.path[0], '<DIR>'))
    except Exception as e:
        print(label, 'other', type(e).__name__, e)


def imp_missing():
    import no_such_module


def imp_missing_sub():
    import pkg.no_such_sub


def imp_sub_of_module():
    import plain.sub


def from_missing():
    from pkg import nothing


def from_missing_module():
    from plain import nothing


def imp_missing_dotted():
    import no_such_pkg.deeper.still


def imp_broken():
    import broken

attempt('missing:', imp_missing)
attempt('missing submodule:', imp_missing_sub)
attempt('submodule of a module:', imp_sub_of_module)
attempt('from package, missing name:', from_missing)
attempt('from module, missing name:', from_missing_module)
attempt('missing dotted:', imp_missing_dotted)
attempt('broken once:', imp_broken)
print('broken in sys.modules after failing:', 'broken' in sys.modules)
attempt('broken twice:', imp_broken)
print('plain imported fine:', 'plain' in sys.modules)
try:
    import also_missing
except Exception as e:
    print('caught as Exception:', type(e).__name__, isinstance(e, ImportError))
