# binascii's hex functions called wrongly, in each version's words: 2.7 names both aliases by their
# C function (b2a_hex, a2b_hex), 3.x's a2b functions take ASCII str and say so when refusing
from __future__ import print_function
import binascii
import sys

for f in [binascii.hexlify, binascii.b2a_hex, binascii.unhexlify, binascii.a2b_hex]:
    calls = [(), (5,), (None,)]
    if sys.version_info < (3, 8):
        calls.append((b'00', 1))
    for args in calls:
        try:
            print(f.__name__, repr(f(*args)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for data in [b'0', b'zz', u'4142', b'00ff']:
    try:
        print(repr(binascii.unhexlify(data)))
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x00\xab'), binascii.b2a_hex(bytearray(b'xy')))
if sys.version_info >= (3, 8):
    for sep in ['-', b':', 1, 'ab']:
        try:
            print(binascii.hexlify(b'abcdef', sep, 2))
        except Exception as e:
            print(type(e).__name__, e)
