# assigning __defaults__ changes what a call fills in (collections.namedtuple sets its __new__'s this way)
def f(a, b, c=3):
    return (a, b, c)

print(f.__defaults__, f(1, 2))
f.__defaults__ = (20, 30)
print(f.__defaults__, f(1), f(1, 2), f(1, 2, 3))
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print('TypeError', e)
g = lambda x, y: (x, y)
g.__defaults__ = ('dflt',)
print(g(1))
