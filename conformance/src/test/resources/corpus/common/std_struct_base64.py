import struct, base64, binascii
print(repr(struct.pack('<3sHq', b'abc', 513, -2)))
print(struct.unpack('>Id', struct.pack('>Id', 7, 1.5)))
print(struct.calcsize('@ci'), struct.calcsize('=ci'))
s = struct.Struct('!hh')
print(s.size, s.unpack(s.pack(-1, 300)))
try:
    struct.pack('h', 10 ** 6)
except struct.error as e:
    print('struct.error', e)
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(bytearray(range(0, 256, 7)))]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b16encode(data), base64.b32encode(data))
print(base64.b64decode(b'Zm9v YmFy'))
try:
    base64.b64decode(b'Zm9vY')
except binascii.Error as e:
    print('binascii.Error', e)
print(base64.standard_b64decode(base64.standard_b64encode(b'hello world')))
