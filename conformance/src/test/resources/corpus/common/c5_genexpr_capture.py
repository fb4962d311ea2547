funcs = [lambda: i * 10 for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])

def make_gens():
    gens = []
    for k in range(3):
        gens.append(x * k for x in range(3))
    return gens

print([list(g) for g in make_gens()])

def make_lists():
    return [[x * k for x in range(3)] for k in range(3)]

print(make_lists())

base = 1
g = (x + base for x in range(3))
base = 100
print(list(g))
print(list(g))

src = [1, 2, 3]
g = (v * 2 for v in src)
src = [7, 8, 9]
print(list(g))

src = [1, 2, 3]
g = (v * 2 for v in src)
src.append(4)
print(list(g))

def outer_iter_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        print("raised at creation: %s" % e)

outer_iter_eager()

def inner_lazy():
    g = (y for x in [1, 2] for y in x)
    print("created fine")
    return g

lazy = inner_lazy()
pairs = ((a, b) for a in "ab" for b in range(2) if a != "b" or b)
print(list(pairs))
nested = (sum(row) for row in ([c for c in range(n)] for n in range(5)))
print(list(nested))
print(sum(x for x in range(10) if x % 3 == 0))
print(list(lazy))
