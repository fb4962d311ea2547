# io.StringIO and io.BytesIO keep their contents, position and attributes through copy and pickle (__getstate__)
import copy
import io
import pickle

s = io.StringIO(u'hello\nworld')
s.read(3)
s.tag = 'mine'
for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s, 2))):
    print(repr(c.getvalue()), c.tell(), getattr(c, 'tag', None), repr(c.read()))
b = io.BytesIO(b'abcdef')
b.seek(2)
for c in (copy.deepcopy(b), pickle.loads(pickle.dumps(b, 2))):
    print(repr(c.getvalue()), c.tell(), repr(c.read(2)))
st = s.__getstate__()
print(st[0] == u'hello\nworld', st[2], sorted(st[3].items()) if st[3] else st[3])
print(io.BytesIO(b'x').__getstate__()[1:], io.StringIO(u'q', newline=None).__getstate__()[1:])
f = io.StringIO()
f.__setstate__((u'abc', u'\n', 1, None))
print(repr(f.read()), f.tell())
try:
    f.__setstate__((u'abc',))
except TypeError as e:
    print('TypeError', e)
