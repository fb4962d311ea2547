# functools.partial is a type named 'partial' of module functools; 3.x prints a partial as
# functools.partial(func, args..., name=value...), 2.7 with the default object repr.
from __future__ import print_function
import functools


def power(base, exp=2):
    return base ** exp


p = functools.partial(power, 3)
q = functools.partial(power, exp=3)
print(p(), q(2), p.args, p.keywords, p.func is power)
print(type(p).__name__, type(p).__module__, isinstance(p, functools.partial))
r = repr(functools.partial(len))
print(r.split(" at 0x")[0])
r = repr(functools.partial(max, 1, 2, key=abs))
print(r.split(" at 0x")[0].replace("<built-in function max>", "MAX"))
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
