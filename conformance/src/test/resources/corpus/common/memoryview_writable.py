# memoryview over a bytearray writes through to it and sees its changes; slices are views of the same
# memory (strided with a step); read-only views of bytes, release(), casts, readinto through a view.
from __future__ import print_function
import sys
ba = bytearray(b"hello world")
m = memoryview(ba)
print(len(m), m.readonly, m.nbytes if sys.version_info[0] > 2 else None, m.format, m.itemsize, m.ndim, m.shape, m.strides)
m[0] = ord("H") if sys.version_info[0] > 2 else "H"
print(ba)
m[6:11] = b"WORLD"
print(ba, m.tobytes())
s = m[6:]
s[0] = ord("w") if sys.version_info[0] > 2 else "w"
print(ba, s.tobytes(), len(s))
print(m[1:9].tobytes(), m[3:].tolist())
if sys.version_info[0] > 2: print(m[::2].tobytes(), m[::-1].tobytes(), m[1:9:3].tolist())
ba[1] = ord("E")
print(m.tobytes(), m[1])
for bad in (256, -1, "x", 3.5):
    try:
        m[0] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
r = memoryview(b"abc")
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
print(r.readonly, r == b"abc", m == ba, m[0:5] == b"HEllo")
try:
    print(hash(r) == hash(b"abc"))
except TypeError as e:
    print("TypeError", e)
try:
    hash(m)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    del m[0]
except TypeError as e:
    print("TypeError", e)
if sys.version_info[0] > 2:
    print(m.obj is ba, m[2:4].obj is ba)
    c = memoryview(bytearray(8)).cast("I")
    c[1] = 0x01020304
    print(c.tolist(), c.obj, len(c), c.nbytes)
    with memoryview(ba) as w:
        w[0] = 104
    print(ba, repr(w).startswith("<released memory"))
    try:
        w[0]
    except ValueError as e:
        print("ValueError", e)
    m2 = memoryview(ba)
    m2.release()
    try:
        len(m2)
    except ValueError as e:
        print("ValueError", e)
    buf = bytearray(6)
    view = memoryview(buf)
    import io
    f = io.BytesIO(b"abcdefgh")
    n = f.readinto(view[2:])
    print(n, buf)
    print(b"".join([memoryview(b"ab"), memoryview(b"cd")]), bytes(memoryview(b"xyz")[1:]), bytearray(memoryview(b"q")))
    print(list(memoryview(b"ab")), [x for x in memoryview(bytearray(b"\x01\x02"))])
