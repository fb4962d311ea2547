import itertools, collections, functools, operator
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.combinations('abcd', 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product('ab', repeat=2)), list(itertools.product([1, 2], 'xy')), len(list(itertools.combinations_with_replacement(range(4), 3))))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')], [(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.repeat('r', 3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcdef', [1, 0, 1, 0, 1])), list(itertools.filterfalse(str.isdigit, 'a1b2')))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.islice('abcdefg', 1, 6, 2)))
c = collections.Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['z'], sorted(c.elements())[:6])
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(collections.Counter(a=3, b=1) + collections.Counter(a=1, b=2), collections.Counter(a=3) - collections.Counter(a=5), collections.Counter('ab') & collections.Counter('bc'))
dd = collections.defaultdict(list)
for w in 'apple avocado banana blueberry cherry'.split():
    dd[w[0]].append(w)
print(dd, dict(dd), dd['z'], len(dd))
dd2 = collections.defaultdict(int); dd2['x'] += 3; print(dd2, repr(collections.defaultdict(None)))
od = collections.OrderedDict([('z', 1), ('a', 2)])
od['m'] = 3; od.move_to_end('z'); print(od, list(od), od.popitem(last=False), od)
Point = collections.namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=9), p._asdict(), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p; print(x, y, p[0], p[-1], p.index(2), p.count(1))
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
Emp = collections.namedtuple('Emp', ['name', 'dept', 'salary'], defaults=[0]) if hasattr(collections.namedtuple, '__kwdefaults__') and False else collections.namedtuple('Emp', ['name', 'dept', 'salary'])
emps = [Emp('a', 'x', 10), Emp('b', 'y', 30), Emp('c', 'x', 20)]
print(max(emps, key=operator.attrgetter('salary')).name, sorted(emps, key=lambda e: e.dept)[0])
dq = collections.deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0); print(dq, dq.maxlen)
dq.rotate(1); print(dq); dq.rotate(-2); print(dq, dq.pop(), dq.popleft(), dq, len(dq), 3 in dq)
dq2 = collections.deque('abc'); dq2.extendleft('xy'); print(dq2, list(reversed(dq2)), dq2[1], dq2.index('a'))
try:
    collections.deque().pop()
except IndexError as e:
    print('IndexError:', e)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
p2 = functools.partial(int, base=2); print(p2('1011'), p2('11', base=8) if False else p2('111'))
p3 = functools.partial(pow, 2); print(p3(10), p3.func is pow, p3.args)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
print(sorted(collections.Counter({'x': 2, 'y': 2, 'z': 5}).items(), key=lambda kv: (-kv[1], kv[0])))
print(list(map(operator.itemgetter(1), [(1, 'a'), (2, 'b')])), operator.methodcaller('upper')('abc'), operator.neg(4), operator.contains([1], 1))
print(list(itertools.chain([1], (2, 3), {4: 0})), list(zip(*itertools.product([0, 1], repeat=2))))
