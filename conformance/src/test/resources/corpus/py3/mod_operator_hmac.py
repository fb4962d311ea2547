# hmac and secrets over _operator._compare_digest; operator.py's star import of _operator
import hmac
import hashlib
import operator
import secrets

h = hmac.new(b'key', b'The quick brown fox', hashlib.sha256)
print(h.hexdigest())
print(hmac.compare_digest(h.digest(), hmac.new(b'key', b'The quick brown fox', 'sha256').digest()))
print(hmac.compare_digest('abc', 'abd'), secrets.compare_digest(b'1', b'1'))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)))
print(operator.add(1, 2), operator.itemgetter(1)('abc'), operator.attrgetter('real')(3), operator.__add__(2, 2))
print(operator.countOf([1, 2, 1], 1), operator.length_hint([1, 2, 3]), operator.concat([1], [2]))
