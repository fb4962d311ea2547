from __future__ import print_function
# hash() of byte strings (2.7 str, 3.x bytes); short ones, long ones,
# and bytes with high bit set.
samples = [
    b'',
    b'a',
    b'abc',
    b'abcd',
    b'abcdefgh',
    b'abcdefghi',
    b'\x00',
    b'\x00\x01\x02\x03',
    b'\xff',
    b'\x80\x81\x82',
    b'spam and eggs',
    b'z' * 64,
    b'0123456789abcdef0123456789abcdef',
]
for b in samples:
    print(len(b), hash(b))
seen = {}
for b in samples:
    seen[hash(b) & 7] = seen.get(hash(b) & 7, 0) + 1
print(sorted(seen.items()))
print(hash(b'ab' + b'cd') == hash(b'abcd'))
