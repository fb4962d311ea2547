# -*- coding: utf-8 -*-
from __future__ import print_function, unicode_literals
import sys
PY3 = sys.version_info >= (3,)
for s in ['١٢٣', '٣.٥', '  ٤٢  ', '１２', '১০', '-٧', '\u0660x10' if False else '7']:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError as e:
            out.append('ValueError')
    print(repr(s) if PY3 else s.encode('unicode_escape'), out)
for s, base in [('0b101', 2), ('0o17', 8), ('0x1f', 16), ('0b101', 0), ('0B11', 0), ('0O7', 0), ('0XfF', 0), ('z0', 36), ('Zz', 36), ('-0b1', 0), ('+0x_a' if PY3 else '+0xa', 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, 'ValueError', e)
for s in ['0', '00', '000', '0_0' if PY3 else '0', '007', '0x', '0b2', '1e3', '1.0', ' ', '+', '-', '++1', '1+', '0x-1']:
    try:
        print(repr(str(s)), int(s, 0))
    except ValueError as e:
        print(repr(str(s)), 'ValueError', e)
for s in ['1e5', '1E-5', '.5', '5.', '-.5e+2', '1_0.5' if PY3 else '10.5', 'iNfInItY', '+nan', '1e400', '-1e-400', '0x1p3', '1__0', '1_', '_1', '1.5_']:
    try:
        print(repr(str(s)), repr(float(s)))
    except ValueError as e:
        print(repr(str(s)), 'ValueError', e)
print(int('1' * 50), int('-' + '9' * 30, 16), int('z' * 12, 36), int(b'42') if PY3 else int('42'), int(bytearray(b' 7 ')) if PY3 else 7)
print(float(b'1.5') if PY3 else 1.5, float(bytearray(b'2.5')) if PY3 else 2.5, int(' \t\n42\r\x0b\x0c'), float('\u2003 3.5 \u3000'))
for v in [True, False, 3.99, -3.99, 1e18, -0.0]:
    print(repr(v), int(v), float(v) if not isinstance(v, float) else v, complex(v))
class IntLike(object):
    def __int__(self):
        return 42
class IndexLike(object):
    def __index__(self):
        return 7
class TruncLike(object):
    def __trunc__(self):
        return 9
class FloatLike(object):
    def __float__(self):
        return 2.5
print(int(IntLike()), int(TruncLike()), float(FloatLike()), bin(IndexLike()), hex(IndexLike()), [0, 1, 2, 3, 4, 5, 6, 7, 8][IndexLike()], range(10)[IndexLike()])
for bad in [lambda: int(FloatLike()), lambda: float(IntLike()) if sys.version_info < (3, 8) else float('x'), lambda: int([]), lambda: int(None), lambda: float([]), lambda: int('5', base=2.0), lambda: int(5, 10)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
