# %c of integers past a C long, and %d of infinities and NaN, in each version's words.
cases = [
    ("'%c' % (2**63)", lambda: '%c' % (2**63)),
    ("'%c' % (-2**63)", lambda: '%c' % (-2**63)),
    ("'%c' % (2**64 + 65)", lambda: '%c' % (2**64 + 65)),
    ("'%c' % 0x110000", lambda: '%c' % 0x110000),
    ("'%c' % -1", lambda: '%c' % -1),
    ("'%d' % float('inf')", lambda: '%d' % float('inf')),
    ("'%i' % float('-inf')", lambda: '%i' % float('-inf')),
    ("'%d' % float('nan')", lambda: '%d' % float('nan')),
    ("'%x' % float('inf')", lambda: '%x' % float('inf')),
    ("'%i' % 'text'", lambda: '%i' % 'text'),
    ("'%d' % None", lambda: '%d' % None),
    ("'%c' % 'ab'", lambda: '%c' % 'ab'),
    ("'%c' % 65.0", lambda: '%c' % 65.0),
    ("'%c' % 97", lambda: '%c' % 97),
]
for e, f in cases:
    try:
        print(repr(f()))
    except Exception as x:
        print(e + ' -> ' + type(x).__name__ + ': ' + str(x))
