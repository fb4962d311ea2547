# Lambdas with map, filter, sorted and reduce-like loops.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7))
print(add(1))
print(add(1, 2))
print(list(map(square, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3))
print(compose(inc, square)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(list(zip([1, 2, 3], "abc")))
print(list(enumerate("xyz", 1)))
acc = 1
for v in [1, 2, 3, 4, 5]:
    acc = (lambda a, b: a * b)(acc, v)
print(acc)
print(callable(square))
print(square.__name__)
