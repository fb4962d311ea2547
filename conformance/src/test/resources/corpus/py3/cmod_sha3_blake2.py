import _sha3, _blake2
for n in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    h = getattr(_sha3, n)(b'abc')
    c = h.copy(); c.update(b'x' * 300)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), type(h).__name__)
for n in ('shake_128', 'shake_256'):
    h = getattr(_sha3, n)(b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.hexdigest(300)[-20:], len(h.digest(5)))
    try:
        h.digest()
    except TypeError as e:
        print('TypeError', e)
print(_blake2.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(_blake2.blake2s(b'abc').hexdigest(), _blake2.blake2b(b'abc').hexdigest())
print(_blake2.blake2b(b'a' * 1000).hexdigest(), _blake2.blake2s(b'a' * 1000, key=b'secret', digest_size=16).hexdigest())
print(_blake2.blake2b().hexdigest()[:16], _blake2.blake2s(b'x' * 64).hexdigest()[:16], _blake2.blake2b(b'x' * 128).hexdigest()[:16])
b = _blake2.blake2b(b'abc'); print(b.name, b.digest_size, b.block_size, _blake2.BLAKE2S_SALT_SIZE)
for kw in ({'digest_size': 65}, {'key': b'k' * 65}, {'salt': b's' * 17}):
    try:
        _blake2.blake2b(**kw)
    except ValueError as e:
        print('ValueError', e)
