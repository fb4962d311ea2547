from __future__ import print_function
e = ValueError('x')
for name, args in (('with_traceback', ()), ('with_traceback', (None, None)), ('add_note', ()), ('add_note', ('a', 'b')), ('__setstate__', ()), ('__setstate__', (1, 2)), ('__reduce__', (1,)), ('__setstate__', (5,))):
    try:
        getattr(e, name)(*args)
    except AttributeError as x:
        print(name, 'AttributeError')
    except TypeError as x:
        print(name, len(args), x)
try:
    e.with_traceback(tb=None)
except (TypeError, AttributeError) as x:
    print('kw', x)
