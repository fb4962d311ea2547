# list / dict / set methods and views
a = [5, 3, 8, 1, 9, 2]
a.append(7); a.extend([0, 4]); a.insert(2, 99); a.insert(-1, 77); a.insert(100, 55)
print(a, len(a), a.index(8), a.count(99))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99); a.sort(); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
print(a[::-1], a[-2::-2], a[1:-1:3], a[5:1:-1], a[100:], a[:-100])
c = list(range(10)); c[2:5] = ['x']; print(c); c[::3] = [0, 0, 0]; print(c); del c[::2]; print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
for op in (lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(5), lambda: [1, 2][5], lambda: [1].pop(3)):
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
d = {'b': 2, 'a': 1, 'c': 3}
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('d', 4), d.setdefault('a', 100), d)
print(d.pop('d'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 10}, y=20); d.update([('z', 30)]); print(d)
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True), dict.fromkeys('abc', 0), dict(zip('ab', [1, 2])))
k = d.keys(); v = d.values(); it = d.items()
d['new'] = 1
print(k, v, it, len(k), 'new' in k, ('x', 10) in it)
print(k & {'x', 'q'}, k | {'q'}, k - {'x'}, k ^ {'x', 'q'} == {'a', 'b', 'y', 'z', 'new', 'q'})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop('k')
except KeyError as e:
    print('KeyError:', e)
try:
    for key in d:
        d['other' + key] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1); print(s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}), {1}.issuperset(set()), s.union([9], (8,)), s.intersection(range(3)))
fs = frozenset([1, 2, 3]); print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
print(set(), frozenset(), {}, [], (), (1,), set('aab') == {'a', 'b'}, repr({1: {2: [3, (4,)]}}))
nested = [[1, 2], [3, [4, 5]], []]
print([x for sub in nested for x in sub], sum([[1], [2, 3]], []), [[0] * 3 for _ in range(2)])
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)], list(map(sum, m)), list(filter(None, [0, 1, '', 'a', None, []])))
print(list(enumerate('abc', 1)), list(reversed([1, 2, 3])), sorted({'b': 1, 'a': 2}), any([]), all([]))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[::-1], (1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 'a'] == [1, 'a'])
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print('TypeError:', e)
print(dict(a=1) == {'a': 1}, {1: 'a'} == {1.0: 'a'}, list(range(0, 10, 3)), list(range(10, 0, -4)), range(5)[-1], range(2, 20, 3)[2:4])
print(repr(range(3)), repr(range(1, 9, 2)), len(range(0, 100, 7)), 42 in range(0, 100, 7), range(10).index(4))
