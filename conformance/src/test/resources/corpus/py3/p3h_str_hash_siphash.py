# hash() of str under PYTHONHASHSEED=0: SipHash-2-4 (3.6) vs SipHash-1-3
# (3.11); short strings below the small-string cutoff too.
samples = ['', 'a', 'ab', 'abc', 'abcd', 'abcdefg', 'abcdefgh', 'abcdefghi',
           'hello', 'hello world', 'Python', 'x' * 31, 'x' * 32, 'x' * 33,
           '\xe9', 'caf\xe9', '\xff' * 3, '\u20ac', '\u4e2d\u6587', '\uffff',
           '\U0001f600', 'a\U0001f600', '\U0010ffff' * 2]
for s in samples:
    print(ascii(s), hash(s))
for b in [b'', b'a', b'abc', b'hello', b'\xff\x00', bytes(range(40))]:
    print(b[:8], len(b), hash(b))
print(hash('abc') == hash(b'abc'))
print(hash(memoryview(b'abc')) == hash(b'abc'))
print(hash('\xe9') == hash('\xe9'.encode('latin-1')))
print(hash(bytearray(b'x').decode()) == hash('x'))
acc = 0
for s in samples:
    acc ^= hash(s)
print(acc)
