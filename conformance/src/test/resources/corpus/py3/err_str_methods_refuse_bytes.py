def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))
s = 'abcabc'
for name, args in [('find', (b'a',)), ('rfind', (b'a',)), ('index', (b'a',)), ('rindex', (b'a',)), ('count', (b'a',)),
                   ('startswith', (b'a',)), ('endswith', (b'c',)), ('startswith', ((b'a', 'x'),)), ('endswith', (('x', b'c'),)),
                   ('split', (b'b',)), ('rsplit', (b'b',)), ('partition', (b'b',)), ('rpartition', (b'b',)),
                   ('strip', (b'a',)), ('lstrip', (b'a',)), ('rstrip', (b'c',)), ('replace', (b'a', 'x')), ('replace', ('a', b'x')),
                   ('join', ([b'x'],)), ('center', (10, b'x')), ('ljust', (10, b'x')), ('zfill', (b'1',)),
                   ('find', (5,)), ('count', (None,)), ('split', (5,)), ('strip', (5,)), ('partition', (5,)),
                   ('find', ('a', 'x')), ('find', ('a', 1.5)), ('find', ('a', None, None)), ('count', ('a', 0, 'z')),
                   ('expandtabs', ('x',)), ('splitlines', ('x',)), ('encode', (b'utf-8',)), ('removeprefix', (b'a',)),
                   ('__contains__', (b'a',)), ('__mod__', (b'x',)), ('__add__', (b'x',)), ('__eq__', (b'abcabc',)),
                   ('__lt__', (b'a',)), ('__mul__', (b'a',)), ('__getitem__', (b'a',)), ('translate', (5,)), ('format_map', (5,))]:
    m = getattr(s, name, None)
    if m is None:
        continue
    attempt('%s%r' % (name, args), lambda: m(*args))
attempt("startswith(('a', b'x'))", lambda: 'abc'.startswith(('a', b'x')))
attempt("startswith(('z', b'x'))", lambda: 'abc'.startswith(('z', b'x')))
attempt("startswith(('z', 5, b'x'))", lambda: 'abc'.startswith(('z', 5, b'x')))
attempt("b.startswith((b'a', 'x'))", lambda: b'abc'.startswith((b'a', 'x')))
attempt("b.startswith((b'z', 'x'))", lambda: b'abc'.startswith((b'z', 'x')))
attempt("b.startswith((b'z', 5))", lambda: b'abc'.startswith((b'z', 5)))
attempt("b.endswith((b'z', bytearray(b'c')))", lambda: b'abc'.endswith((b'z', bytearray(b'c'))))
attempt("b.endswith(bytearray(b'c'))", lambda: b'abc'.endswith(bytearray(b'c')))
attempt("b.endswith(5)", lambda: b'abc'.endswith(5))
