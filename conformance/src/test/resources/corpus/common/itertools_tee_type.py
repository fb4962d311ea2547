# itertools.tee's iterators: their type (itertools._tee), independent positions, and copy.copy from where one stands
import copy
import itertools

a, b = itertools.tee(iter([1, 2, 3, 4]))
print(type(a), type(a).__name__, next(a), next(a), next(b))
c = copy.copy(a)
print(list(a), list(c), list(b))
x, y, z = itertools.tee('abc', 3)
print(next(z), list(x), list(y), list(z))
print(itertools.tee([], 0), len(itertools.tee('q')))
d = a.__copy__()
print(list(d), type(d) is type(a))
