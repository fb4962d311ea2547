from __future__ import print_function
# dict and set keys whose class (a builtin subclass) has its own __eq__/__hash__; dict subclasses with their own item methods
class MyStr(str):
    def __eq__(self, o):
        print('eq called')
        return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
    def __hash__(self):
        return hash(self.lower())
m = MyStr('HeLLo')
d = {m: 1}
print(d.get('hello'), 'hello' in d, d.get(MyStr('HELLO')))
s = {m}
print('hello' in s)
class MyInt(int):
    def __eq__(self, o):
        print('int eq')
        return True
    def __hash__(self):
        return 5
d2 = {MyInt(1): 'x'}
print(d2.get(5), 5 in d2, d2.get(6))
class LD(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
    def __getitem__(self, k):
        print('get', k)
        return dict.__getitem__(self, k)
    def __contains__(self, k):
        print('contains', k)
        return dict.__contains__(self, k)
    def __delitem__(self, k):
        print('del', k)
        dict.__delitem__(self, k)
d = LD.fromkeys('ab', 0)
print(type(d).__name__, sorted(d.items()))
print(d.setdefault('c', 3), d.setdefault('a', 9), d.get('a'), d.pop('a'), d.popitem(), sorted(d.items()))
d2 = LD(x=1)
d2.update(y=2)
d2 |= {'z': 3} if hasattr(dict, '__or__') else d2
print(sorted(d2.items()), 'x' in d2, d2.copy())
try:
    {}.setdefault([1])
except TypeError as e:
    print('TypeError', e)
try:
    LD().setdefault({})
except TypeError as e:
    print('TypeError', e)
class CI(str):
    def __eq__(self, o):
        return isinstance(o, str) and self.lower() == o.lower()
    def __ne__(self, o):
        return not self.__eq__(o)
    def __hash__(self):
        return hash(self.lower())
    def __lt__(self, o):
        return self.lower() < o.lower()
m = CI('ABC')
print([m] == ['abc'], ['abc'] == [m], (m,) == ('abc',), ('abc', 1) == (m, 1), [m] != ['abc'], {'k': m} == {'k': 'abc'}, {m: 1} == {'abc': 1})
print(['x', 'abc'].index(m), ['abc', 'ABC', 'Abc'].count(m), ('abc',).index(m), m in ('abc',), m in ['q', 'abc'])
l = ['x', 'abc']
l.remove(m)
print(l, sorted([CI('b'), CI('A'), CI('c')]), max([CI('b'), CI('A')]), min(CI('b'), CI('A')))
print(set(['abc']) == set([m]), frozenset([m]) == frozenset(['abc']), 'abc' in set([m]), m in {'abc'}, {'abc'} - {m}, {m} & {'ABC', 'abc'})
class Num(int):
    def __eq__(self, o):
        return int(self) % 10 == int(o) % 10
    def __hash__(self):
        return int(self) % 10
n = Num(13)
print([n] == [3], [3] == [n], (n,) == (23,), [1, 2, 3].index(n), [3, 13, 23].count(n), {3: 'a'}.get(n), {n: 'b'}.get(33), n in {3, 4})
d = {}
d[Num(5)] = 'five'
d[15] = 'fifteen'
print(len(d), list(d.values()))
