# __round__, __floor__ and __ceil__ called by name, and the builtins reaching them for subclasses of the
# numbers: ints have all three from 3.0, floats __round__ and (from 3.9) __floor__/__ceil__.
import math


class Meters(float):
    pass


class Count(int):
    pass


print(hasattr(1, "__floor__"), hasattr(1.5, "__floor__"), hasattr(1.5, "__ceil__"), hasattr(1.5, "__round__"))
print((2.675).__round__(2), (2.5).__round__(), (-2.5).__round__(), (1234).__round__(-2), (7).__round__(), True.__round__())
print(round(Meters(2.5)), round(Meters(2.567), 1), type(round(Meters(3.7))).__name__, round(Count(1250), -2))
print(math.floor(Meters(2.5)), math.ceil(Meters(2.5)), math.floor(Count(3)), (5).__floor__(), (5).__ceil__(), True.__floor__())
if hasattr(1.5, "__floor__"):
    print((2.5).__floor__(), (-2.5).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__(), (1e20).__floor__())
    for bad in (float("inf"), float("nan")):
        try:
            bad.__floor__()
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
for call in (lambda: (2.5).__round__(1, 2), lambda: (2.5).__round__("x"), lambda: (1).__floor__(1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError")
