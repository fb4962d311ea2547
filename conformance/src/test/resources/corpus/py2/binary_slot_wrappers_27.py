# 2.7's number slots by name: int's __cmp__, __coerce__, classic __div__;
# unicode concatenation coerces its operand first.
tests = [
    ('(1).__cmp__(2)', lambda: (1).__cmp__(2)),
    ('(1L).__cmp__(2L)', lambda: (1L).__cmp__(2L)),
    ('(1L).__cmp__(2)', lambda: (1L).__cmp__(2)),
    ('(1).__cmp__(2L)', lambda: (1).__cmp__(2L)),
    ('(1).__coerce__(2L)', lambda: (1).__coerce__(2L)),
    ('(1.0).__coerce__(1)', lambda: (1.0).__coerce__(1)),
    ('(1).__coerce__(1.5)', lambda: (1).__coerce__(1.5)),
    ('(1L).__coerce__(1)', lambda: (1L).__coerce__(1)),
    ('True.__cmp__(1)', lambda: True.__cmp__(1)),
    ('(7).__div__(2)', lambda: (7).__div__(2)),
    ('(7).__rdiv__(2)', lambda: (7).__rdiv__(2)),
    ('(7.0).__rdiv__(2)', lambda: (7.0).__rdiv__(2)),
    ('(7L).__div__(2)', lambda: (7L).__div__(2)),
    ('(7).__div__(0)', lambda: (7).__div__(0)),
    ('(1L).__lt__(2)', lambda: (1L).__lt__(2)),
    ('complex(1, 2).__div__(2)', lambda: complex(1, 2).__div__(2)),
    ('u"a" + [1]', lambda: u"a" + [1]),
    ('u"a" + 1', lambda: u"a" + 1),
]

for text, f in tests:
    try:
        r = f()
        print("%s -> %r" % (text, r))
    except Exception as e:
        print("%s -> %s: %s" % (text, type(e).__name__, e))
