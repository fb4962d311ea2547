# dict views' mapping (3.10), iterators' __length_hint__, a classmethod wrapping a property or descriptor (3.9-3.12)
import operator

d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(m).__name__, m['a'], len(m), sorted(m))
    try:
        m['c'] = 3
    except TypeError as e:
        print('TypeError', e)
d['z'] = 26
print(sorted(d.keys().mapping), type(type(d.keys()).mapping).__name__)
for it in (iter(range(10)), iter([1, 2]), iter((1, 2, 3)), iter('abcd'), iter(b'xy'), iter('h\u00e9')):
    first = next(it)
    print(type(it).__name__, first, it.__length_hint__(), operator.length_hint(it))
print(operator.length_hint(map(str, [1]), 7), operator.length_hint(iter({1: 2}), 9) >= 0)
print(hasattr(iter(range(3)), '__length_hint__'), hasattr(map(str, []), '__length_hint__'))


class Upper:
    def __get__(self, obj, owner):
        return 'get(%s, %s)' % (type(obj).__name__, owner.__name__)


class C:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()

    up = classmethod(Upper())

    @classmethod
    def plain(cls):
        return cls.__name__


class D(C):
    pass


print(C.name, C().name, D.name, D().name, C.up, D().up, C.plain(), D().plain())
