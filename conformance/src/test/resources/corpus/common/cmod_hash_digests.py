import sys
if sys.version_info[0] == 2:
    import _md5, _sha, _sha256, _sha512
    ctors = [_md5.new, _sha.new, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
else:
    import _md5, _sha1, _sha256, _sha512
    ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
for c in ctors:
    h = c(b'hello ')
    h2 = h.copy()
    h.update(b'world')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()), h2.hexdigest(), type(h).__name__)
for bad in (u'x', 1):
    try:
        ctors[0](bad)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
