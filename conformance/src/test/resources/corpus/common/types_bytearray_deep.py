from __future__ import print_function
import sys
def attempt(f):
    try:
        r = f()
        return '%s:%r' % (type(r).__name__, r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
ba = bytearray(b'hello world')
tests = [
    lambda: ba.upper(), lambda: ba.split(), lambda: ba.partition(b' '), lambda: ba[1:3], lambda: ba * 2, lambda: ba + b'!',
    lambda: b'x' + ba, lambda: ba.replace(b'l', b''), lambda: ba.strip(b'hd'), lambda: ba.center(15, b'*'), lambda: ba.zfill(13),
    lambda: ba.join([b'a', b'b']), lambda: ba.title(), lambda: ba.splitlines(), lambda: ba.expandtabs(), lambda: ba.swapcase(),
    lambda: bytearray(b'abc') == b'abc', lambda: bytearray(b'abc') < bytearray(b'abd'), lambda: b'abc' in bytearray(b'xabcx'),
    lambda: bytearray(range(5))[::-2], lambda: bytearray(b'a') * -1, lambda: len(bytearray(7)), lambda: bytearray(b'ab').count(b''),
    lambda: bytearray(b'\x00\x7f\x80\xff\n\r\t\'"\\'), lambda: bytes(bytearray(b'\'')), lambda: bytes(b'"\''),
    lambda: bytearray(b'abc').index(b'c'), lambda: bytearray(b'abc').rindex(b'd'), lambda: bytearray(b'abc').find(98) if sys.version_info >= (3,) else 1,
    lambda: bytearray(b'a b').decode(), lambda: bytearray(u'\xe9', 'utf-8'), lambda: bytearray(u'x'), lambda: bytearray(-1), lambda: bytearray([256]),
    lambda: bytearray(b'abc').pop(5), lambda: bytearray().pop(), lambda: bytearray(b'ab').insert(10, 99), lambda: bytearray(b'abc').isalpha(),
    lambda: hash(bytearray(b'x')), lambda: {bytearray(b'x'): 1}, lambda: bytearray(b'x').__len__(), lambda: bytearray(b'abc').startswith(bytearray(b'ab')),
    lambda: bytearray(b'a,b').split(bytearray(b',')), lambda: b'a,b'.split(bytearray(b',')), lambda: b''.join([bytearray(b'x'), b'y']),
    lambda: bytearray(b'x').join([]), lambda: bytearray(b'abc').translate(None, b'b') if sys.version_info < (3,) else bytearray(b'abc').translate(None, b'b'),
    lambda: bytearray(b'  ab  ').lstrip(), lambda: bytearray(b'abc').rjust(5, b'-'), lambda: bytearray(b'Abc').capitalize(), lambda: bytearray(b'abc').copy() if sys.version_info >= (3,) else bytearray(b'abc'),
]
for i, t in enumerate(tests):
    print(i, attempt(t))
b2 = bytearray(b'0123456789')
b2[::3] = b'abcd'
print(b2)
b2[1:4] = b''
print(b2)
b2[0:0] = bytearray(b'XY')
print(b2)
del b2[::2]
print(b2)
b2 += b'++'
b2 *= 2
print(b2, len(b2))
b2[-1:] = [65, 66, 67]
print(b2)
for bad in [lambda: b2.__setitem__(slice(None, None, 2), b'x'), lambda: b2.__setitem__(0, b'x'), lambda: b2.__setitem__(0, -1), lambda: b2.__setitem__(slice(0, 2), 5), lambda: b2.__setitem__(100, 1)]:
    print(attempt(bad))
b3 = bytearray(b'abc')
b3.extend(bytearray(b'de'))
b3.extend([102])
b3.extend(iter([103]))
print(b3, b3.remove(ord('a')), b3, b3.reverse(), b3)
try:
    b3.extend([300])
except ValueError as e:
    print('ValueError', e)
try:
    b3.extend(5)
except TypeError as e:
    print('TypeError', e)
print(b3)
if sys.version_info < (3,):
    b4 = bytearray('ab')
    b4.append('c')
    b4.insert(0, 'z')
    b4[1] = '!'
    print(b4, bytearray(['x', 121, 'z']))
    for bad in [lambda: b4.append('cd'), lambda: b4.append(u'c'), lambda: b4.append(None), lambda: b4.insert(0, 2.5), lambda: b4.append(2**70), lambda: b4.append(-1)]:
        print(attempt(bad))
else:
    for bad in [lambda: bytearray().append(b'c'), lambda: bytearray().append(None), lambda: bytearray().append(2**70), lambda: bytearray().extend(None), lambda: bytearray().extend(['a'])]:
        print(attempt(bad))
