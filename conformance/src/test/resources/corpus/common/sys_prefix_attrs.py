# sys's installation facts and hooks: types and relations only (the paths differ between machines)
import sys

print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.executable).__name__)
print(sys.prefix == sys.exec_prefix)
print(getattr(sys, 'base_prefix', sys.prefix) == sys.prefix, getattr(sys, 'base_exec_prefix', sys.exec_prefix) == sys.exec_prefix)
print(sys.getdefaultencoding(), sys.api_version, sys.float_repr_style)
info = sys.long_info if sys.version_info[0] == 2 else sys.int_info
print(info.bits_per_digit, info.sizeof_digit)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(callable(sys.excepthook), sys.__stdin__ is sys.stdin, sys.__name__)
print(sys.dont_write_bytecode, sys.warnoptions, sys.flags.optimize)
print(type(sys.getcheckinterval() if sys.version_info < (3, 9) else sys.getswitchinterval()).__name__)

# displayhook prints the repr and keeps the value in builtins._
try:
    import builtins
except ImportError:
    import __builtin__ as builtins
sys.displayhook(None)
sys.displayhook([1, 'two'])
print(builtins._)
sys.displayhook(42)
print(builtins._ + 1)

# excepthook writes what an uncaught exception prints, to sys.stderr
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

v = ValueError('boom %d' % 7)  # never raised: no traceback to print in any version
t = type(v)
saved = sys.stderr
sys.stderr = cap = Capture()
try:
    sys.excepthook(t, v, None)
    sys.excepthook(KeyError, KeyError('k'), None)
finally:
    sys.stderr = saved
print(repr(''.join(cap.parts)))
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print('TypeError', e)
