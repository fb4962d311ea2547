# 2.7: func_defaults and __defaults__ are the same slot; assigning either changes later calls.
def f(a, b, c=7):
    return (a, b, c)


print f.func_defaults, f.__defaults__
f.func_defaults = (2, 3)
print f(1), f.__defaults__
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print "TypeError", e
try:
    f.func_defaults = [1]
except TypeError as e:
    print "TypeError", e
print f(1, 2, 3)
