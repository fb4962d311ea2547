# bytes(n) and bytearray(n): n zero bytes; a negative or past-Py_ssize_t count is CPython's error
# (pyvm threw NegativeArraySizeException for bytearray(2**31 + 1) ... and ignored its memory cap).
from __future__ import print_function
for f in ['bytes(-1)', 'bytes(2**63)', 'bytes(2**100)', 'bytes(-2**100)', 'bytearray(-1)', 'bytearray(2**63)',
          'bytearray(2**100)', 'bytearray(-2**70)', 'len(bytearray(3))', 'len(bytes(3))', 'bytearray(0)', 'bytearray(4)']:
    try:
        print(f, repr(eval(f)))
    except Exception as e:
        print(f, type(e).__name__, e)
