import collections
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x.__doc__, type(P.x).__name__, p)
for f in [lambda: setattr(p, 'x', 3), lambda: delattr(p, 'y'), lambda: P.x.__get__(5), lambda: P.x.__set__(p, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Q(P):
    @property
    def s(self):
        return self.x + self.y
print(Q(3, 4).s, Q(3, 4).x, P._make([5, 6]).y)
import pickle
print(pickle.loads(pickle.dumps(p)))
