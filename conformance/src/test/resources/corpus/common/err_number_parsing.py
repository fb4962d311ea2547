# -*- coding: utf-8 -*-
from __future__ import print_function

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

for text in ['', ' ', '+', '-', '1_', '_1', '1__0', '0x', '0x_1', '0b102', '1e5', '1.0', ' 12 ', '\t7\n', '１２',
             'x' * 250, '9' * 30 + 'z', '--1', '+-1', '0o17', '017', '00', '0_0', 'infinity', 'nan', '1,000', u'\u0663']:
    attempt('int(%r)' % text[:20], lambda: int(text))
    attempt('float(%r)' % text[:20], lambda: float(text))
for text, base in [('z', 36), ('Z', 37), ('10', 0), ('010', 0), ('0x1g', 16), ('0X1F', 16), ('0b', 2), ('1', -1), ('12', 2), ('  -0x10 ', 0)]:
    attempt('int(%r, %r)' % (text, base), lambda: int(text, base))
attempt('int(b"  12  ")', lambda: int(b'  12  '))
attempt('int(bytearray(b"12"))', lambda: int(bytearray(b'12')))
attempt('int(b"1x")', lambda: int(b'1x'))
attempt('float(b"1x")', lambda: float(b'1x'))
attempt('float(bytearray(b"1.5"))', lambda: float(bytearray(b'1.5')))
attempt('complex("1+2j ")', lambda: complex('1+2j '))
attempt('complex("(1+2j)")', lambda: complex('(1+2j)'))
attempt('complex("1+2i")', lambda: complex('1+2i'))
attempt('complex("j")', lambda: complex('j'))
attempt('complex("")', lambda: complex(''))
attempt('complex(1, "2")', lambda: complex(1, '2'))
attempt('complex("1", "2")', lambda: complex('1', '2'))
