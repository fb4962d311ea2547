from __future__ import print_function


def rle_encode(s):
    if not s:
        return ''
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append('%d%s' % (n, prev) if n > 1 else prev)
            prev, n = ch, 1
    out.append('%d%s' % (n, prev) if n > 1 else prev)
    return ''.join(out)


def rle_decode(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ''
    if num:
        raise ValueError('dangling count %r at end of %r' % (num, s))
    return ''.join(out)


def caesar(s, shift):
    res = []
    for ch in s:
        if 'a' <= ch <= 'z':
            res.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            res.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            res.append(ch)
    return ''.join(res)


def crack(cipher, common='etaoin'):
    best = None
    for shift in range(26):
        plain = caesar(cipher, -shift)
        score = sum(plain.lower().count(c) * (6 - i) for i, c in enumerate(common))
        if best is None or score > best[0]:
            best = (score, shift, plain)
    return best


def vigenere(s, key, decrypt=False):
    k = [ord(c) - 97 for c in key.lower() if c.isalpha()]
    if not k:
        raise ValueError('key has no letters: %r' % (key,))
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            shift = -k[i % len(k)] if decrypt else k[i % len(k)]
            out.append(caesar(ch, shift))
            i += 1
        else:
            out.append(ch)
    return ''.join(out)


def b64ish(data):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    bits = ''.join('{0:08b}'.format(b) for b in bytearray(data))
    bits += '0' * (-len(bits) % 6)
    out = ''.join(alphabet[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))
    return out + '=' * (-len(out) % 4)


for s in ['aaabccddddde', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa', 'x' * 123 + 'y']:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    print('%-16r -> %-12r ratio %.2f' % (s[:14], enc, len(enc) / float(len(s) or 1)))
for bad in ('3a2', '12'):
    try:
        rle_decode(bad)
    except ValueError as e:
        print('ValueError:', e)
msg = 'Attack at Dawn! Meet me near the old oak tree, 10 paces east.'
for shift in (1, 13, 25, -3, 52):
    print('%3d %s' % (shift, caesar(msg, shift)))
score, shift, plain = crack(caesar(msg, 17))
print('cracked shift=%d score=%d %s' % (shift, score, plain[:20]))
v = vigenere(msg, 'Lemon')
print(v)
print(vigenere(v, 'LEMON', decrypt=True) == msg)
print([b64ish(x) for x in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xff\x00\x80')])
table = dict((c, caesar(c, 3)) for c in 'abcxyz')
print(sorted(table.items()), ''.join(sorted(table.values(), reverse=True)))
print(list(map(ord, 'AZaz')), [chr(c) for c in range(0x41, 0x47)], '%c|%5c|%-3c|' % (72, 'i', 33))
vigenere('text', '123')
