import struct
print(struct.pack('<i', 1), struct.calcsize('q'), struct.Struct('>h').unpack(b'\x00\x05'), struct.error.__module__)
try:
    struct.unpack('i', b'')
except struct.error as e:
    print(e)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')) if hasattr(struct, 'iter_unpack') else None)
import binascii, _collections, _random
print(binascii.hexlify(b'\x01'))
