# match's sequence and mapping patterns accept what CPython's type flags say: list, tuple, range, deque, array,
# memoryview and collections.abc.Sequence subclasses; dict, mappingproxy and collections.abc.Mapping subclasses
import array
import collections
import collections.abc


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Plain:
    def __getitem__(self, i):
        return i


def kind(x):
    match x:
        case {'a': a, **rest}:
            return 'mapping a=%r rest=%r' % (a, sorted(rest.items()))
        case {}:
            return 'empty-or-other mapping'
        case [first, *others]:
            return 'sequence %r then %r' % (first, others)
        case []:
            return 'empty sequence'
        case str() | bytes() | bytearray():
            return 'text-like %r' % (x,)
        case _:
            return 'other %s' % type(x).__name__


subjects = [[1, 2, 3], (4,), range(3), collections.deque([7, 8]), array.array('i', [5, 6]), memoryview(b'ab'),
            MySeq(9, 10), MySeq(), {'a': 1, 'b': 2}, MyMap(a=3, c=4), MyMap(z=1), type(kind.__dict__)({'a': 0}),
            collections.OrderedDict(a=5), collections.defaultdict(int, a=6), collections.Counter('aab'),
            'ab', b'cd', bytearray(b'ef'), Plain(), iter([1]), {1, 2}, 5]
for s in subjects:
    print(kind(s))
print('__abc_tpflags__' in vars(collections.abc.Sequence), '__abc_tpflags__' in vars(MySeq))
match bytearray(b'xy'):
    case bytearray(b):
        print('bytearray pattern', b)


class MyInt(int):
    pass


class Words(list):
    pass


for subject in (MyInt(5), 7, Words(['a', 'b'])):
    match subject:
        case MyInt(v):
            print('MyInt', v, type(v).__name__)
        case int(v):
            print('int', v)
        case Words([first, *_]):
            print('Words starting', first)
