from __future__ import print_function


class SerializeError(TypeError):
    pass


INTEGERS = (int, type(2 ** 70))
ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def dumps(obj, indent=None, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, INTEGERS):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise SerializeError('out of range float: %r' % obj)
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in _seen:
            raise SerializeError('circular reference in %s' % type(obj).__name__)
        _seen.add(id(obj))
        pad = sep = ''
        if indent is not None:
            pad = '\n' + ' ' * (indent * (_level + 1))
            sep = '\n' + ' ' * (indent * _level)
        if isinstance(obj, dict):
            parts = []
            for k in sorted(obj):
                if not isinstance(k, str):
                    raise SerializeError('keys must be str, not %s' % type(k).__name__)
                parts.append(pad + quote(k) + ': ' + dumps(obj[k], indent, _level + 1, _seen))
            body, opener, closer = parts, '{', '}'
        else:
            body = [pad + dumps(x, indent, _level + 1, _seen) for x in obj]
            opener, closer = '[', ']'
        _seen.discard(id(obj))
        if not body:
            return opener + closer
        return opener + ','.join(body) + sep + closer
    if hasattr(obj, 'to_json'):
        return dumps(obj.to_json(), indent, _level, _seen)
    raise SerializeError('%s is not serializable' % type(obj).__name__)


class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_json(self):
        return {'x': self.x, 'y': self.y, 'type': 'Point'}


data = {'name': 'widget "deluxe"', 'tags': ['a', 'b\tc'], 'price': 12.5, 'stock': 0,
        'ok': True, 'nothing': None, 'nested': {'empty': [], 'e2': {}, 'pt': Point(1, -2)},
        'ratio': 1 / 3.0, 'big': 2 ** 70, 'line': 'one\ntwo\\three'}
print(dumps(data))
print(dumps(data['nested'], indent=2))
print(dumps([1, [2, [3, [4, []]]]], indent=1))
print(dumps((1.0, -0.0, 1e20, 1e-7, 123456789.125)))
print(dumps(u'caf\xe9 \u2603'))
loop = [1, 2]
loop.append(loop)
for bad in (loop, {1: 'x'}, float('nan'), set([1]), {'f': float('-inf')}, [Point(1, object())]):
    try:
        print(dumps(bad))
    except SerializeError as e:
        print('SerializeError:', e, isinstance(e, TypeError))
shared = [0]
print(dumps([shared, shared, {'s': shared}]))
print(dumps({'a': [{'b': None}]}, indent=4))
dumps({'when': complex(1, 2)})
