# Chained comparisons (with side effects evaluated once), conditional expressions, global state.
from __future__ import print_function
calls = []
def val(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 0 < 5)
print(val(1) < val(2) < val(3), calls)
del calls[:]
print(val(5) < val(2) < val(9), calls)
x = 7
print(0 <= x < 10, 0 <= x < 5, x in range(10) == False, "a" < "b" <= "b" < "c")
print(1 < 2 == 2.0 < 3, [] == [] != [1])
for n in (-5, 0, 5, 50, 500):
    size = "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "medium" if n < 100 else "large"
    print(n, size)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda v: "pos" if v > 0 else "non-pos")(3), 1 if [] else 2, "t" if "0" else "f")
a = val("A") if True else val("B")
print(a, calls[-1])
counter = 0
registry = []
def bump(n=1):
    global counter
    counter += n
    return counter
def register(name):
    registry.append(name)
    return len(registry)
def read_only():
    return counter * 2
print(bump(), bump(5), read_only(), counter)
print(register("x"), register("y"), registry)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_global():
    global created_later
    created_later = "I exist now"
make_global()
print(created_later)
def try_unbound():
    try:
        print(counter)
        counter = 1
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
try_unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError", e)
def chain_sorted(a, b, c):
    return a <= b <= c
print(chain_sorted(1, 2, 3), chain_sorted(3, 2, 1), chain_sorted(2, 2, 2))
print(max(1, 2) if 3 > 2 > 1 else min(1, 2), counter if counter > 5 else -counter)
