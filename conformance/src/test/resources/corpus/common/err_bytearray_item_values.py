from __future__ import print_function
b = bytearray(b'ab')
tests = [('append xy', lambda: b.append('xy')), ('append empty', lambda: b.append('')), ('setitem q', lambda: b.__setitem__(0, 'q')),
         ('insert z', lambda: b.insert(0, 'z')), ('remove a', lambda: b.remove('a')), ('extend [c]', lambda: b.extend(['c'])),
         ('ctor list', lambda: bytearray(['a', 'b'])), ('index q', lambda: b.index('q')), ('in', lambda: 'q' in b),
         ('count', lambda: b.count('q')), ('append unicode', lambda: b.append(u'x')), ('append ba', lambda: b.append(bytearray(b'x'))),
         ('append 256', lambda: b.append(256)), ('append -1', lambda: b.append(-1)), ('append big', lambda: b.append(2 ** 70)),
         ('append float', lambda: b.append(1.0)), ('append True', lambda: b.append(True)), ('ctor unicode', lambda: bytearray(u'abc')),
         ('ctor unicode enc', lambda: bytearray(u'abc', 'ascii')), ('fromhex 1z', lambda: bytearray.fromhex(u'1z')),
         ('fromhex a', lambda: bytearray.fromhex(u'a')), ('fromhex 12 3', lambda: bytearray.fromhex(u'12 3')),
         ('fromhex 12 zz', lambda: bytearray.fromhex(u'12 zz')), ('fromhex z1', lambda: bytearray.fromhex(u'z1'))]
for label, fn in tests:
    try:
        print(label, repr(fn()), b)
    except Exception as e:
        print(label, type(e).__name__, e)
