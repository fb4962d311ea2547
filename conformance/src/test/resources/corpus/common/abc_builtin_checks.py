# isinstance against collections.abc (Callable, Hashable, Iterable, ...) for builtin and program values: the ABCs look for
# the special methods in each type's dict
try:
    import collections.abc as cabc
except ImportError:
    import collections as cabc
import sys


class K(object):
    def method(self):
        return 1


objs = [len, lambda: 0, [].append, K().method, K, int, getattr(__builtins__, "print", len) if not isinstance(__builtins__, dict) else len, abs, object(), 5, 'ab',
        [1], (1,), {1: 2}, {1}, iter([]), (x for x in []), range(2), b'x', 2.5, None, type, K.method, str.upper, 'x'.upper]
names = ['Callable', 'Hashable', 'Iterable', 'Sized', 'Container', 'Iterator', 'Sequence', 'Mapping', 'Set',
         'MutableSequence', 'Generator', 'Reversible', 'Collection']
for n in names:
    abc = getattr(cabc, n, None)
    if abc is None:
        continue
    print(n, ''.join('1' if isinstance(o, abc) else '0' for o in objs))
print(issubclass(type(len), cabc.Callable), issubclass(list, cabc.Hashable), issubclass(dict, cabc.Hashable))
