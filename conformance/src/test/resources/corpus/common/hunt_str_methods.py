from __future__ import print_function
s = '  Hello, World! hello again  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' Hn')), repr('xxhixx'.strip('x')))
print(s.split(), s.split(','), s.split('l', 2), s.rsplit('l', 2), s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c,'.split(','), 'a,b,,c,'.rsplit(',', 1), ''.split(), ''.split(','), '  '.split(' '))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.partition('='), 'kvw'.rpartition('='))
print('abc'.center(9, '*'), 'abc'.center(8), '|' + 'ab'.ljust(5) + '|', '|' + 'ab'.rjust(5, '.') + '|')
print('42'.zfill(6), '-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tbc\tdef\t\tg'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('x\ty\nab\tc'.expandtabs(3)))
print('hello world foo'.title(), "they're bill's".title(), 'hELLO wORLD'.capitalize(), 'MiXeD'.swapcase())
print('abc\ndef\r\nghi\rjkl\n'.splitlines(), 'abc\ndef\n'.splitlines(True), ''.splitlines(), 'x'.splitlines())
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'), 'aaaa'.count('aa'))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.replace('', '-'), 'hello'.startswith(('he', 'x')), 'hello'.endswith('lo', 0, 5))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ' '.join(str(i) for i in range(5)))
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), '  '.isspace(), 'Title Case'.istitle(), 'abc'.islower(), 'ABC'.isupper(), ''.isalpha())
print('hello'[::-1], 'hello'[1:4], 'hello'[-3:], 'hello'[::2], 'hello'[4:1:-1], 'hello'[10:], 'hello'[-100:2])
print('%s has %d chars' % ('word', len('word')), 'ab' * 3, 'a' in 'cat', 'at' not in 'cat')
try:
    'hello'.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.center(5, 'xy')
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'[5]
except IndexError as e:
    print('IndexError:', e)
try:
    'abc'[1] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    ', '.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print(ord('a'), chr(97), ord('\n'), repr(chr(0)), repr('\x7f'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('tab\there'), repr('back\\slash'), repr('\r\n'), str('x'), len('\t\n'))
print(sorted('banana'), sorted(set('banana')), 'banana'.upper().lower(), max('hello'), min('hello'))
print('a b c'.split(' ', 0), 'a b c'.rsplit(' ', 0), '1,2,3'.split(',', -1))
print('x'.join('abc'), 'abc'.startswith(''), 'abc'.find('', 10), 'abc'.find(''), 'abc'.rfind(''))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w))[:3])
print({w: words.count(w) for w in words if words.count(w) > 1})
print('%-10s|%10s|' % ('left', 'right'), '%.2s' % 'abc', '%5.1s|' % 'xyz')
print('ab\x00cd'.split('\x00'), 'a\x0bb\x0cc\x1cd'.split(), 'a\x85b\u2028c'.splitlines() if False else 'ok')
