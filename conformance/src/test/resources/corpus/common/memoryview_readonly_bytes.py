# memoryview over bytes in every version (2.7 had none): length, items (2.7: one-character strings,
# 3.x: ints), slices, tobytes/tolist, the shape attributes (2.7 gives longs), equality with bytes,
# and each version's errors.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.itemsize, m.format, m.readonly, m.ndim, m.shape)
print(m == b'abcdef', m[2:4] == b'cd', type(m).__name__, type(m[1:2]).__name__, list(m[:2]))
b = bytearray(b'xyz')
mb = memoryview(b)
print(mb[0], mb.tobytes(), len(mb))
try:
    memoryview(u'abc')
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
print(str(m[0:0].tobytes()) == str(b''))
import sys
if sys.version_info[0] > 2:
    print(m.nbytes, m.cast('B').tolist()[:2], hash(m) == hash(b'abcdef'))
