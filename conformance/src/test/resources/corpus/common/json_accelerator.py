# json with CPython's _json accelerator: the C scanner's errors (2.7: a missing value is "No JSON object could
# be decoded"; 3.x: JSONDecodeError), scanstring, the string encoders and the C encoder behind json.dumps.
from __future__ import print_function
import json
import _json

def loads(text, **kw):
    try:
        print(repr(text), 'OK', repr(json.loads(text, **kw)))
    except ValueError as e:
        print(repr(text), type(e).__name__, str(e))

for text in ['{"a": }', '[1, 2', '', '[1, 2 ', '[1,', '[1', '2', ' 2 x', '[', '{', '{"a"', '{"a":1', '{"a":1,', '{"a" 1}',
             '{1:2}', '{"a":1 "b":2}', '[1 2]', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12x4"', '"\\ud800\\udc00"', '"a\tb"', '[-]',
             '-', '1.', '1.5e', '1e5', '1E+2', '-0', '01', '[01]', 'nul', 'NaN', '-Infinity', 'Infinity', 'tru', '[,]', '{,}',
             '{"a":1,}', '[1,]', '  ', '"\\', '[1]x', '{"a":[1,{"b":}]}', '[[', '1 2', '"\\u00e9\\n\\/\\b\\f\\r\\t"',
             '[1.0e+2, -1E-2, 12345678901234567890, 0.1]', '{"a":1, "a":2}', '"\x7f\x01"', '[true,false,null]', ' {"k" : [ ] } ']:
    loads(text)
loads('"a\tb"', strict=False)
loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower())
loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda pairs: sorted(pairs))
loads('{"b": 1}', object_hook=lambda d: ('hooked', sorted(d.items())))

for text in ['[' * 5000, '{"a": ' * 5000]:
    try:
        json.loads(text)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

dec = json.JSONDecoder()
scan = _json.make_scanner(dec)
print(type(scan).__name__, scan('[1, "x"]', 0), scan('xx[2]', 2))
for text, idx in [('x', 0), ('[1]', 5), ('', 0)]:
    try:
        scan(text, idx)
    except StopIteration as e:
        print('StopIteration', repr(text), idx, len(e.args))
try:
    scan('[1]', -1)
except ValueError as e:
    print('ValueError', e)
print(_json.scanstring('"ab\\n"x', 1), _json.scanstring('abc"', 0))
for args in [('ab', 0), ('"a\x01"', 1), ('"\\q"', 1), ('"', 5)]:
    try:
        _json.scanstring(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(_json.encode_basestring_ascii(u'a"\\\n\x00\x1f\x7f\xe9\u20ac\U0001f600'))

class F(float):
    def __repr__(self):
        return 'F!'

for value in [None, True, False, 1, -5, 10 ** 20, 1.5, 1e100, 0.1, float('inf'), float('nan'), 'x"y\n', u'caf\xe9',
              [], {}, (), [1, [2, (3, {})]], {'b': 1, 'a': 2}, {1: 2, 1.5: 3, True: 4}, F(2.5), {F(1.5): 2}]:
    for kw in [{}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
        print(repr(json.dumps(value, **kw)))
for value, kw in [({(1, 2): 3}, {}), ({(1, 2): 3}, {'skipkeys': True}), ([float('nan')], {'allow_nan': False}), ({'a': float('inf')}, {'allow_nan': False}),
                  ({'a': set([1])}, {'default': sorted}), ({'b': 1, 'a': [2]}, {'sort_keys': True, 'separators': ('; ', '= ')})]:
    try:
        print(repr(json.dumps(value, **kw)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
d = {}
d['d'] = d
for value in [a, d]:
    try:
        json.dumps(value)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps(a, check_circular=False)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, str(e)[:80])

class E(json.JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}

print(E().encode({'s': set([2, 1])}), E(sort_keys=True).encode({'b': set([2]), 'a': 1}))
enc = _json.make_encoder(None, repr, json.encoder.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(type(enc).__name__, ''.join(enc(['x', 1, {'k': None}], 0)))
