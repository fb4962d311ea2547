# 2.7 operator._compare_digest (hmac.compare_digest): unicode pairs, buffers, and its TypeErrors
import operator

for a, b in [(u'ab', u'ab'), (u'\xe9', u'\xe9'), (u'ab', u'ac'), ('abc', 'abc'), ('abc', 'ab'), (bytearray('a'), 'a'),
             ('ab', u'ab'), (u'ab', 'ab'), (1, 2), ('a', 1)]:
    try:
        print repr(a), repr(b), operator._compare_digest(a, b)
    except TypeError as e:
        print type(e).__name__, e
try:
    operator._compare_digest('a')
except TypeError as e:
    print type(e).__name__, e
