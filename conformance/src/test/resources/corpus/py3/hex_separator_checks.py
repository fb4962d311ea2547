# bytes.hex, bytearray.hex, memoryview.hex and binascii.hexlify share one digit writer;
# their separator checks differ only in what a bytes result allows.
import binascii
import _md5
import _sha256

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = b'\x00\x7f\x80\xff\x10'
for sep in ('-', b':', '\u00ff', b'\xff', '\u0100', ['a', 'b'], ['a'], 5, None, '::', b''):
    show('bytes.hex %r' % (sep,), lambda: data.hex(sep))
    show('bytearray.hex %r' % (sep,), lambda: bytearray(data).hex(sep))
    show('memoryview.hex %r' % (sep,), lambda: memoryview(data).hex(sep))
    show('hexlify %r' % (sep,), lambda: binascii.hexlify(data, sep))
    show('hexlify empty %r' % (sep,), lambda: binascii.hexlify(b'', sep))
for per in (1, 2, -2, 3, -3, 5, -5, 6, 0, True):
    show('hex per %r' % (per,), lambda: data.hex('|', per))
    show('hexlify per %r' % (per,), lambda: binascii.hexlify(data, b'|', per))
show('hexlify plain', lambda: binascii.hexlify(data))
show('b2a_hex', lambda: binascii.b2a_hex(b'pyvm'))
show('md5', lambda: _md5.md5(b'pyvm').hexdigest())  # hashlib's C modules: no pure-Python import
show('sha256', lambda: _sha256.sha256(b'').hexdigest())
