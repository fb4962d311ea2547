import binascii
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
t(binascii.unhexlify, b'abc')
t(binascii.unhexlify, b'zz')
t(binascii.unhexlify, u'4142')
t(binascii.a2b_base64, b'YWJj=')
t(binascii.a2b_base64, b'YWJjZ')
t(binascii.a2b_base64, b'YWJjZA')
t(binascii.a2b_base64, b'YW\nJj ZA==')
t(binascii.a2b_base64, u'YWJj')
t(binascii.a2b_base64, u'YWJ\xe9j')
t(binascii.b2a_base64, u'abc')
t(binascii.hexlify, u'abc')
t(binascii.crc32, b'hello')
t(binascii.crc32, b'hello', 12345)
t(binascii.crc32, b'hello world' * 10)
t(binascii.crc_hqx, b'hello', 0)
t(binascii.b2a_hex, 5)
print(binascii.Error.__bases__, binascii.Incomplete.__bases__, binascii.Error)
print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(bytearray(b'xyz')), binascii.unhexlify(b'00ff6162'))
for s in [b'', b'a', b'ab', b'abc', b'abcd', b'\xff\xfe\x00']:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e))
import sys
if sys.version_info[0] == 3:
    print(binascii.b2a_base64(b'xy', newline=False))
if sys.version_info >= (3, 8):
    print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', -2))
