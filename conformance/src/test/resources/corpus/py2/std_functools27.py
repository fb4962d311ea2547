# 2.7's functools from the local CPython's library, on pyvm's Java _functools (partial, reduce).
import functools
p = functools.partial(int, base=2)
print p('101'), p('11', base=3), p.args, p.keywords, p.func is int
add3 = functools.partial(lambda a, b, c: a * 100 + b * 10 + c, 1, 2)
print add3(3), functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(lambda a, b: a * b, range(1, 6))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print 'TypeError:', e


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args) + 1
    return wrapper


@deco
def answer(x):
    """The answer."""
    return x
print answer(41), answer.__name__, answer.__doc__
print sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))
