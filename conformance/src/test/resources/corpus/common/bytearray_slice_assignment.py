# bytearray slice assignment and deletion, plain and extended, growing, shrinking, from itself, and their errors;
# nothing assigned to an extended slice deletes it (2.7 too).
from __future__ import print_function
b = bytearray(b'abcdefghij')
b[2:5] = b'XY'; print(b)
b[::2] = b'12345'[:len(b[::2])]; print(b)
b[1:1] = b'ins'; print(b)
b[-3:] = bytearray(b'zz'); print(b)
del b[::3]; print(b)
del b[1:3]; print(b)
b[5:2] = b'q'; print(b)
b[:] = b; print(b)
b[::2] = b[1::2]; print(b)
b[::-1] = bytes(b); print(b)
for v in [5, b'x' * 3, [1, 2]]:
    try:
        c = bytearray(b'abcdef'); c[::2] = v; print(c)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = bytearray(b'abcdef')
try:
    c[::2] = b''
    print(c)
except ValueError as e:
    print('ValueError', e)
c = bytearray(range(10)); c[2:8:3] = [200, 201]; print(list(c))
try:
    c[0:2] = [300]
except ValueError as e:
    print('ValueError', e)
del c[::-2]; print(list(c)); del c[100:]; print(list(c))
