from __future__ import print_function
import sys
b = b'Hello, World!  spam\teggs\n'
print(b.split(), b.split(b','), b.rsplit(None, 1), b.partition(b' '), b.rpartition(b'x'), b.splitlines(True))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.strip(), b.lstrip(b'Hel'), b.center(30, b'*'))
print(b.find(b'o'), b.rfind(b'o'), b.find(b'o', 5, 8), b.count(b'l'), b.index(b'W'), b.startswith((b'He', b'x')), b.endswith(b'\n'))
print(b.replace(b'l', b'L', 2), b.zfill(3), b'12'.zfill(5), b'-3'.zfill(4), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b''.isalpha())
print(bytearray(b'abc'), bytearray(3), bytearray([65, 66]), bytearray(b'x') + b'y', b'x' + bytearray(b'y'), b'ab' * 3, bytes(bytearray(b'q')))
ba = bytearray(b'hello')
ba[0] = 74
ba[1:3] = b'EE'
ba.append(33)
ba.extend(b'??')
ba.extend([1, 2])
ba.insert(0, 60)
print(ba, ba.pop(), ba.pop(0), len(ba))
ba.remove(63)
del ba[-1]
ba.reverse()
print(ba, ba[0], ba[-2:], ba[::2], ba.find(b'E'), ba.count(69), 69 in ba, b'EE' in ba)
ba[::2] = b'ZZZ'
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    ba.remove(200)
except ValueError as e:
    print('ValueError', e)
try:
    ba[::2] = b'toolong'
except ValueError as e:
    print('ValueError', e)
print(b'abc' < b'abd', b'abc' == bytearray(b'abc'), b'a' < b'ab', bytearray(b'z') > b'a', b'' < b'\x00')
print(b','.join([b'a', bytearray(b'b'), b'c']), bytearray(b'-').join([b'x', b'y']), b'x'.join([]))
try:
    b','.join([b'a', 'b'] if sys.version_info >= (3,) else [b'a', 3])
except TypeError as e:
    print('TypeError', e)
if sys.version_info >= (3,):
    print(b'\x00\xffab'.hex(), bytes.fromhex('de ad BE EF'), bytearray.fromhex('00 01'), b'abc'[1], list(b'ab'), bytes(3), bytes([1, 2, 255]))
    print(b'a%sb%dc%05.1fd%x' % (b'XY', 42, 3.14159, 255) if sys.version_info >= (3, 5) else '', b'%c%c' % (65, b'B'), b'%r' % b'q' if sys.version_info >= (3, 5) else '')
    tr = bytes.maketrans(b'abc', b'xyz')
    print(b'aabbccdd'.translate(tr), b'aabbccdd'.translate(None, b'bd'), b'aabbccdd'.translate(tr, b'a'), len(tr))
    print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True))
    print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'))
    print((2**64).to_bytes(9, 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes([1, 2, 3], 'little'))
    for args in [(1, 'big'), (2, 'middle')]:
        try:
            (65536).to_bytes(*args)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        (-1).to_bytes(2, 'big')
    except OverflowError as e:
        print('OverflowError', e)
    try:
        bytes('abc')
    except TypeError as e:
        print('TypeError', e)
    print(bytes('abc', 'ascii'), bytes(range(3)), b'abc'.decode(), b'\xe2\x82\xac'.decode('utf-8'), repr(bytes(b'\'"')), repr(b"'"), repr(b'"'))
    print(bytes(memoryview(b'mv')), memoryview(b'abc')[1], memoryview(b'abcd')[1:3].tobytes(), memoryview(b'ab').tolist())
    try:
        bytes.fromhex('abc')
    except ValueError as e:
        print('ValueError', e)
    try:
        bytes([300])
    except ValueError as e:
        print('ValueError', e)
