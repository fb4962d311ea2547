# the singletons' types called (3.x gives the singleton back, 2.7 refuses) and unpacking a tuple or list subclass
# through its own __iter__
for t in (type(None), type(NotImplemented), type(Ellipsis)):
    try:
        r = t()
        print(repr(r), r is None or r is NotImplemented or r is Ellipsis)
    except TypeError as e:
        print('TypeError', e)
    try:
        t(1)
    except TypeError as e:
        print('TypeError', e)


class T(tuple):
    def __iter__(self):
        return iter((7, 8))


class L(list):
    def __iter__(self):
        return iter((5, 6, 4))


x, y = T((1, 2))
print(x, y)
try:
    a, b = L([1, 2])
except ValueError as e:
    print('ValueError', e)
p, q = (3, 4)
print(p, q, tuple(T((1, 2))), list(L([1])))
