# The public names dir() lists for builtin types (data attributes such as int.real too), builtin names' types


for t in (str, list, dict, tuple, set, frozenset, int, float, bytes, complex, bool, type(None), object, type,
          slice, staticmethod, classmethod, super, BaseException, Exception, ValueError):
    print(t.__name__, [n for n in dir(t) if not n.startswith('_')])
print([n for n in dir(3) if not n.startswith('_')] == [n for n in dir(int) if not n.startswith('_')])
print('real' in dir(2.5), 'imag' in dir(1j), 'start' in dir(slice(1, 2)))
print(repr(len.__name__), repr(abs.__name__), repr([].append.__name__), repr({}.get.__name__))
print(hasattr(Exception(), 'add_note'), hasattr(Exception(), 'with_traceback'))
