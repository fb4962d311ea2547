import _collections, _random, _md5, binascii, _struct
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(hash, _collections.deque())
class D(_collections.deque):
    pass
t(hash, D())
print(type(_collections.deque()).__name__, type(_random.Random()).__name__, _collections.deque, _random.Random)
t(binascii.crc32, b'a', 'x')
t(binascii.crc32, b'a', -1)
t(binascii.crc32, b'a', 2**40)
t(_struct.pack, 'i', float('nan'))
t(_struct.pack, 'i', float('inf'))
