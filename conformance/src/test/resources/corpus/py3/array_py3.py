# array.array in 3.x: typecodes, q/Q, bytes conversions, str items, pickling protocol, files through _io
import array
from array import array as A
import _io

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, type(A('i')))
q = A('q', [-2 ** 63, 2 ** 63 - 1])
Q = A('Q', [0, 2 ** 64 - 1])
print(q, Q, q.itemsize, Q.itemsize, q.tolist())
b = A('h', [1, -2, 300])
raw = b.tobytes()
print(raw, len(raw))
c = A('h')
c.frombytes(raw)
c.frombytes(bytearray(b'\x05\x00'))
print(c, c == b, A('H', b'\x01\x02\x03\x04'), A('B', bytearray(b'xy')))
print(A('i', [7]).__reduce_ex__(2), A('i', [7]).__reduce_ex__(3))
r = A('d', [0.5, 2.0]).__reduce_ex__(4)
print(r[0](*r[1]), r[1][2], A('u', 'hi').__reduce_ex__(3)[1][2], A('B').__reduce_ex__(3)[1][2])
u = A('u', 'h\xe9llo\u20ac')
print(u, u.tounicode(), u[1], len(u), u.tobytes()[:8])
for init, code in (('abc', 'i'), (A('u', 'x'), 'd')):
    try:
        A(code, init)
    except TypeError as e:
        print('TypeError', e)
for bad in ('x', 3, [1]):
    try:
        A('h').frombytes(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    A('i').frombytes(b'abc')
except ValueError as e:
    print('ValueError', e)
for f, arg in ((A('u').fromunicode, 3), (A('i').fromunicode, 'x'), (A('i').tounicode, None)):
    try:
        f() if arg is None else f(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
buf = _io.BytesIO()
A('i', [1, 2, 3]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
d = A('i')
d.fromfile(buf, 2)
print(d)
try:
    d.fromfile(buf, 2)
except EOFError as e:
    print('EOFError', e, d)
try:
    d.fromfile(buf, -1)
except ValueError as e:
    print('ValueError', e)
print([x for x in A('I', [4000000000, 1])], A('L', [2 ** 63]), A('f', [0.25, 1e300]))
it = iter(A('b', [1, 2]))
print(list(it), list(it))
print('x' in A('u', 'xyz'), 'q' in A('u', 'xyz'), A('u', 'ab') + A('u', 'c'))
