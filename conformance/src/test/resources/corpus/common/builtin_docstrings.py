# the docstrings of the builtins: functions, types and the methods of the everyday types
import sys
try:
    import builtins as b
except ImportError:
    import __builtin__ as b
site_made = ('copyright', 'credits', 'help', 'license')  # site's interactive helpers, which pyvm does not make
names = [n for n in sorted(dir(b)) if not n.startswith('_') and callable(getattr(b, n)) and n not in site_made
         and not (isinstance(getattr(b, n), type) and issubclass(getattr(b, n), BaseException))]
missing = []
for n in names:
    d = getattr(b, n).__doc__
    if d is None:
        missing.append(n)
    else:
        print(n, len(d), d.splitlines()[0][:70])
print('no doc:', missing)
for t in (str, list, dict, set, tuple, int, float):
    for m in sorted(vars(t)):
        if not m.startswith('_') and callable(getattr(t, m)) and m != 'maketrans':
            d = getattr(t, m).__doc__
            print(t.__name__ + '.' + m, len(d) if d else None)
print('x'.upper.__doc__ == str.upper.__doc__, [].append.__doc__ == list.append.__doc__)


class MyStr(str):
    pass


print(MyStr('x').upper.__doc__ == str.upper.__doc__, dict.fromkeys.__doc__ == {}.fromkeys.__doc__, type(len.__doc__).__name__)
print(exit.__doc__, quit.__doc__)
