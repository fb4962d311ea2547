s = 'héllo wörld €'
b = s.encode('utf-8')
print(b, len(s), len(b), b.decode('utf-8') == s, type(b).__name__)
print(s.encode('latin-1', errors='replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
for enc in ['ascii', 'latin-1']:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
        print(e.encoding, e.start, e.end, e.reason)
bad = b'abc\xff\xfedef'
print(bad.decode('utf-8', 'replace'), bad.decode('utf-8', 'ignore'), bad.decode('latin-1'), bad.decode('utf-8', 'backslashreplace'))
try:
    bad.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), b'ab' + b'cd', b'x' * 3, b'abc'[1], b'abc'[1:], list(b'hi'))
print(b'hello world'.split(), b'a,b'.split(b','), b'  pad  '.strip(), b'abc'.upper(), b'Hello'.swapcase(), b'abc'.replace(b'b', b'B'))
print(b'abc'.hex(), bytes.fromhex('41 42 43'), b'\x00\x01\xff', repr(b'\t\n\r\\\'"'), b'abc'.find(b'c'), b'abc'.startswith(b'ab'))
print(bytearray(b'abc'), bytearray(3), bytearray([1, 2]) + b'\x03', b'%s-%d' % (b'x', 5), b'%5s|%-4d|%x' % (b'ab', 7, 255))
ba = bytearray(b'hello'); ba[0] = 72; ba.append(33); ba.extend(b'??'); del ba[-1]; print(ba, ba.decode(), bytes(ba), len(ba))
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc' + 'def'
except TypeError as e:
    print('TypeError:', e)
try:
    'abc' + b'def'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(b'abc' == 'abc', b'a' < b'b', b'abc' in b'xabcx', 97 in b'abc', str(b'xy'), str(b'xy', 'ascii'), int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'))
print(ord('€'), chr(8364), '\u00e9' == 'é', 'é'.upper(), 'ß'.upper(), 'İ'.lower().encode('utf-8'), 'ǅ'.title() if False else 'Straße'.casefold())
print(ascii('naïve €'), repr('naïve'), 'caf\u00e9'.encode('utf-16-le'), 'x'.encode('utf-16'), 'abc'.encode('utf-32-be'))
print(b'caf\xc3\xa9'.decode(), '\N{GREEK SMALL LETTER ALPHA}', len('\U0001F600'), len('\U0001F600'.encode('utf-8')), '\U0001F600'.encode('utf-16-be'))
import codecs
print(codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'), codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
print('abc'.isascii() if hasattr(str, 'isascii') else True, 'ÀB'.isupper(), '٣'.isdigit(), '½'.isnumeric(), '½'.isdigit(), 'x1_'.isidentifier(), '1x'.isidentifier())
print(memoryview(b'abcd')[1:3].tobytes(), memoryview(b'ab').tolist(), bytes(memoryview(bytearray(b'z'))))
