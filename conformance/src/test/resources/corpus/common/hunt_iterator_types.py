from __future__ import print_function
m = map(str, [1, 2])
e = enumerate('ab')
r = reversed([1, 2])
print(type(e).__name__, type(r).__name__, isinstance(e, enumerate), enumerate, reversed, type(reversed((1,))).__name__)
print(list(enumerate('xy', 5)), list(reversed('abc')), next(enumerate('q')))
try:
    print(isinstance(m, map), isinstance(zip(), zip), isinstance(filter(None, []), filter), map, zip, filter)
except TypeError as ex:
    print('TypeError', ex)
print(list(map(lambda x, y: x + y, 'ab', 'cd')), list(zip('ab', range(3))), list(filter(None, [0, 1, 2])))
for bad in [lambda: enumerate(), lambda: map(str), lambda: reversed(5), lambda: zip(5)]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
