# -*- coding: utf-8 -*-
from __future__ import print_function, unicode_literals
import sys

s = '  a,b,,c  d\te  '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.split(',', 2), s.rsplit(',', 2))
print('a b c d'.rsplit(' ', 0), 'a b c d'.split(' ', -1), '  x  '.split(' '), ''.split(), ''.split(','))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.partition('='), 'kvw'.rpartition('='))
print(repr('a\tbc\tdef\n\tg'.expandtabs()), repr('a\tbc\tdef'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('ab'.center(7, '*')), repr('abc'.center(6)), repr('ab'.ljust(5, '-')), repr('ab'.rjust(5)))
print('-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(5), '42'.zfill(1), ''.zfill(3))
print("they're bill's friends".title(), 'hELLO wORLD'.swapcase(), 'ǅungla'.title(), 'ß'.upper(), 'Straße'.lower())
if sys.version_info >= (3,):
    print('Straße'.casefold(), 'ΣΑΣ'.lower(), 'ﬁ'.upper(), 'İ'.lower().encode('utf-8'))
for ch in ['5', '٣', '²', '½', 'Ⅻ', 'a', '১', '〇', '']:
    print(repr(ch), ch.isdigit(), ch.isnumeric(), ch.isdecimal(), ch.isalpha(), ch.isalnum())
t = {ord('a'): 'A', ord('b'): None, ord('c'): ord('C')}
print('abcabc'.translate(t))
if sys.version_info >= (3,):
    m = str.maketrans('abc', 'xyz', 'd')
    print(sorted(m.items()), 'abcdd'.translate(m), str.maketrans({'q': 'Q'}))
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'xmlcharrefreplace'))
print(repr('héllo'.encode('ascii', 'backslashreplace')), repr('héllo'.encode('latin-1')), repr('héllo'.encode('utf-16-le')))
print(b'h\xe9llo'.decode('ascii', 'replace'), b'h\xe9llo'.decode('ascii', 'ignore'), b'h\xc3\xa9'.decode('utf-8'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
h = 'hello world hello'
print(h.find('o'), h.find('o', 5), h.find('o', 5, 7), h.rfind('o'), h.rfind('o', 0, 5), h.rfind('zz'), h.find('', 20), h.find('', 17))
print(h.index('world'), h.count('l'), h.count('l', 3, 10), h.count(''), h.rindex('hello'))
try:
    h.index('xyz')
except ValueError as e:
    print('ValueError', e)
x = 'one\ntwo\r\nthree\rfour\x0bfive\x1csix\n'
print(x.splitlines(), x.splitlines(True), ''.splitlines(), '\n'.splitlines(True))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}) if sys.version_info >= (3,) else '1-2')
print(h.startswith(('x', 'he')), h.endswith(('lo', 'x')), h.startswith('world', 6), h.startswith('wor', 6, 8), h.endswith('llo', 0, 5))
try:
    h.startswith(['he'])
except TypeError as e:
    print('TypeError', e)
print('a-b-c'.replace('-', '+', 1), 'aaa'.replace('a', 'bb', -1), 'abc'.replace('', '.'), 'abc'.replace('', '.', 2))
print(' xy '.strip(), 'xxhixx'.strip('x'), 'abcHIcba'.lstrip('abc'), 'abcHIcba'.rstrip('cb'), ','.join(['a', 'b']))
print('Hello'.isupper(), 'HELLO1'.isupper(), 'hello_'.islower(), 'Hello World'.istitle(), '   '.isspace(), ''.isspace())
print('abc'.isidentifier() if sys.version_info >= (3,) else True, '1a'.isidentifier() if sys.version_info >= (3,) else False)
print('%s|%5s|%-5s|%.2s|%c|%c' % ('ab', 'cd', 'ef', 'ghij', 65, 'z'), '%(x)s %(y)03d' % {'x': 'X', 'y': 7})
print('%x %X %o %#x %#o %+d %5.3d' % (255, 255, 8, 255, 8, 5, 7))
