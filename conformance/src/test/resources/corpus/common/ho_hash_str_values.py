from __future__ import print_function
# hash() of text strings: ASCII, Latin-1, BMP, astral, empty.
# Exact values depend on the string hash algorithm (FNV in 2.7,
# SipHash-2-4 in 3.6, SipHash-1-3 in 3.11) and PYTHONHASHSEED=0.
samples = [
    u'',
    u'a',
    u'b',
    u'ab',
    u'ba',
    u'hello',
    u'hello world',
    u'The quick brown fox jumps over the lazy dog',
    u'0123456789',
    u'x' * 100,
    u'\x00',
    u'\x00\x00',
    u' ',
    u'\xe9',
    u'caf\xe9',
    u'\xff\xfe',
    u'\u20ac',
    u'\u4e2d\u6587',
    u'\u0391\u03b2\u03b3',
    u'\U0001f600',
    u'a\U0001f600b',
    u'\U00010000\U0010ffff',
]
for s in samples:
    print(len(s), hash(s))
print(hash(u'abc') == hash(u'ab' + u'c'))
print(hash(u'') == 0)
total = 0
for s in samples:
    total = (total * 31 + hash(s)) % 1000000007
print(total)
