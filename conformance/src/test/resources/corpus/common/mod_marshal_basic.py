# marshal.dumps/loads of the basic types in each version's format (2.7: version 2; 3.x: version 4 with
# FLAG_REF and back-references), older format versions, and the errors of bad input
import marshal

big = 10 ** 20
pair = [1, 2]
word = 'hello world'
values = [None, True, False, 1, -5, 2 ** 31, 2 ** 40, big, -big, 1.5, -0.0, 'abc', 'a b', '', u'\xe9', u'abc',
          b'by', (1, 2), (), pair, [pair, pair], {'a': 1}, {1}, frozenset([2]), word, (word, word), 1j, Ellipsis]
print(marshal.version)
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(data), back == v or (v != v), type(back).__name__)
print(repr(marshal.dumps(1.5, 1)), repr(marshal.dumps(1.5, 0)), repr(marshal.dumps(('ab', 'ab'), 0)))
print(repr(marshal.dumps(('ab', 'ab'), 2)), repr(marshal.dumps(2j, 1)))
print(marshal.loads(marshal.dumps({'k': [1, (2.5, u'x')], 3: frozenset(['y'])})) == {'k': [1, (2.5, u'x')], 3: frozenset(['y'])})
print(marshal.loads(marshal.dumps(pair) + b'trailing'))
print(marshal.loads(marshal.dumps(StopIteration)) is StopIteration)
for bad in [b'', b'Q', b'(\x02\x00\x00\x00i']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: marshal.dumps(object()), lambda: marshal.loads(5), lambda: marshal.dumps([1, {2: len}]),
          lambda: marshal.dumps()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
