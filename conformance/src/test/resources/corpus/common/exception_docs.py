# builtin exception classes' docstrings, and a program's own exception classes' (None without one)
import sys
try:
    import builtins
except ImportError:
    import __builtin__ as builtins


class Mine(ValueError):
    """My own error."""


class Bare(Exception):
    pass


names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    print(n, repr(getattr(builtins, n).__doc__))
print(repr(Mine.__doc__), repr(Bare.__doc__), repr(Mine('x').__doc__))
try:
    {}['k']
except KeyError as e:
    print(type(e).__doc__)
