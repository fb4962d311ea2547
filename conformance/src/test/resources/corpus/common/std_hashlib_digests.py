import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(name)
    h.update(b'The quick brown fox ')
    c = h.copy()
    h.update(b'jumps over the lazy dog')
    print(name, h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size)
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha256(b'').hexdigest())
print(sorted(hashlib.algorithms_guaranteed) if hasattr(hashlib, 'algorithms_guaranteed') else sorted(hashlib.algorithms))
