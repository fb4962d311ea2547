from _collections import deque, defaultdict
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([7, 8])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, d.count('a'))
d.remove('a'); print(d)
t(d.remove, 'zz')
b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
t(deque, [], -1)
t(deque().pop)
t(deque().popleft)
t(d.__getitem__, 99)
e = deque([1, 2])
print(e == deque([1, 2]), e < deque([1, 3]), e == [1, 2], e != deque([2]))
try:
    for x in e:
        e.append(3)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(list(reversed(deque('abc'))))
d2 = deque([1, 2]); d2[0] = 9; del d2[1]; print(d2, bool(d2), bool(deque()))
d2.clear(); print(d2)
t(hash, deque())
class D(deque):
    pass
dd = D([1])
print(isinstance(dd, deque), len(dd), list(dd))
dq = deque(); dq.append(dq); print(dq)
x = defaultdict(list)
x['a'].append(1); x['b']
print(x, x['a'], len(x), x.default_factory)
y = defaultdict(None, {1: 2})
print(y)
t(y.__getitem__, 5)
t(defaultdict, 5)
z = defaultdict(int, a=1)
z['b'] += 2
print(sorted(z.items()), isinstance(z, dict), z.copy())
print(x.get('zz'), 'zz' in x)
