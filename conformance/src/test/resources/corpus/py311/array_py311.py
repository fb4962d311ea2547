# array.array in 3.11: index(x, start, stop), the subclass's name in repr, "x not in array", clinic messages
from array import array

a = array('i', [1, 2, 1, 3, 1])
print(a.index(1), a.index(1, 1), a.index(1, 3), a.index(1, -2), a.index(3, 0, 4))
for args in ((1, 1, 2), (9,), (1, 10)):
    try:
        print(a.index(*args))
    except ValueError as e:
        print('ValueError', e)
class Ints(array):
    pass
s = Ints('i', [1, 2])
print(repr(s), str(s), repr(Ints('d')), repr(s[:1]), type(s + s).__name__)
for f, args in ((a.append, (1, 2)), (a.insert, (1,)), (a.pop, (1, 2)), (a.index, ()), (a.tolist, (1,)), (a.reverse, (1,))):
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    a.index(1, start=0)
except TypeError as e:
    print('TypeError', e)
try:
    array('i', initializer=[1])
except TypeError as e:
    print('TypeError', e)
for v in (1.5, None, '1'):
    try:
        array('Q', [v])
    except TypeError as e:
        print('TypeError', e)
