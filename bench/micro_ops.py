# The operations of bench/run_micro.py: everyday Python operations, each in a loop of its own, timed warm inside
# one process (CPython's or pyvm's). Prints one line per operation: its name and the best time per loop turn, in
# nanoseconds, over REPEATS runs of N turns. Runs unchanged on 2.7 and 3.x.
#     micro_ops.pyc [N [REPEATS [NAME ...]]]
from __future__ import print_function
import sys
import time

try:
    xrange
except NameError:
    xrange = range

clock = getattr(time, 'perf_counter', time.time)
G = 3


class Point(object):
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def get(self):
        return self.x


class Derived(Point):
    pass


def attr_read(n):
    p = Point(1)
    t = 0
    for i in xrange(n):
        t += p.x
    return t


def attr_write(n):
    p = Point(1)
    for i in xrange(n):
        p.x = i


def method_call(n):
    p = Point(1)
    t = 0
    for i in xrange(n):
        t += p.get()
    return t


def inherited_method_call(n):
    p = Derived(1)
    t = 0
    for i in xrange(n):
        t += p.get()
    return t


def new_instance(n):
    for i in xrange(n):
        Point(i)


def global_read(n):
    t = 0
    for i in xrange(n):
        t += G
    return t


def closure_call(n):
    k = 3

    def f(x):
        return x + k
    t = 0
    for i in xrange(n):
        t += f(i)
    return t


def keyword_call(n):
    def f(a, b=2, c=3):
        return a + b + c
    t = 0
    for i in xrange(n):
        t += f(i, c=4)
    return t


def varargs_call(n):
    def f(*a):
        return len(a)
    t = 0
    for i in xrange(n):
        t += f(i, i)
    return t


def generator(n):
    def g(m):
        for i in xrange(m):
            yield i
    return sum(g(n))


def genexpr_sum(n):
    return sum(i * 2 for i in xrange(n))


def listcomp(n):
    return len([i * 2 for i in xrange(n)])


def list_append(n):
    items = []
    for i in xrange(n):
        items.append(i)


def list_index(n):
    items = list(range(100))
    t = 0
    for i in xrange(n):
        t += items[i % 100]
    return t


def dict_get(n):
    d = dict((i, i) for i in range(100))
    t = 0
    for i in xrange(n):
        t += d.get(i % 100, 0)
    return t


def dict_set_str(n):
    d = {}
    keys = ['k%d' % i for i in range(100)]
    for i in xrange(n):
        d[keys[i % 100]] = i


def set_contains(n):
    s = set(range(50))
    t = 0
    for i in xrange(n):
        if (i % 100) in s:
            t += 1
    return t


def str_method(n):
    s = 'Hello World'
    for i in xrange(n):
        s.lower()


def str_index(n):
    s = 'Hello World'
    t = 0
    for i in xrange(n):
        t += ord(s[i % 11])
    return t


def str_concat(n):
    for i in xrange(n):
        'ab' + str(i)


def str_percent(n):
    for i in xrange(n):
        '%d-%s' % (i, 'x')


def str_format(n):
    for i in xrange(n):
        '{0}-{1}'.format(i, 'x')


def str_join(n):
    parts = ['a', 'b', 'c', 'd']
    for i in xrange(n):
        ''.join(parts)


def str_split(n):
    s = 'ka lo mi ne su'
    for i in xrange(n):
        s.split()


def tuple_unpack(n):
    t = 0
    for i in xrange(n):
        a, b = i, i + 1
        t += a + b
    return t


def isinstance_check(n):
    t = 0
    for i in xrange(n):
        if isinstance(i, int):
            t += 1
    return t


def len_call(n):
    items = [1, 2, 3]
    t = 0
    for i in xrange(n):
        t += len(items)
    return t


def min_max(n):
    t = 0
    for i in xrange(n):
        t += max(i, 5) + min(i, 5)
    return t


def sorted_small(n):
    items = [5, 3, 8, 1, 9, 2]
    for i in xrange(n):
        sorted(items)


def try_no_raise(n):
    t = 0
    for i in xrange(n):
        try:
            t += 1
        except ValueError:
            pass
    return t


def raise_catch(n):
    for i in xrange(n):
        try:
            raise ValueError(i)
        except ValueError:
            pass


def float_math(n):
    x = 0.0
    for i in xrange(n):
        x = x * 0.5 + 1.25
    return x


def int_math(n):
    x = 7
    for i in xrange(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x


class Managed(object):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class WithProperty(object):
    scale = 3

    def __init__(self):
        self._v = 2

    @property
    def v(self):
        return self._v

    @staticmethod
    def twice(x):
        return 2 * x


class Base(object):
    def __init__(self, x):
        self.x = x


class Child(Base):
    def __init__(self, x):
        super(Child, self).__init__(x)


def with_statement(n):
    m = Managed()
    t = 0
    for i in xrange(n):
        with m:
            t += 1
    return t


def try_finally_return(n):
    def f(x):
        try:
            return x + 1
        finally:
            pass
    t = 0
    for i in xrange(n):
        t += f(i)
    return t


def property_read(n):
    o = WithProperty()
    t = 0
    for i in xrange(n):
        t += o.v
    return t


def class_attr_read(n):
    o = WithProperty()
    t = 0
    for i in xrange(n):
        t += o.scale
    return t


def staticmethod_call(n):
    t = 0
    for i in xrange(n):
        t += WithProperty.twice(i)
    return t


def super_init(n):
    for i in xrange(n):
        Child(i)


def getattr_builtin(n):
    p = Point(1)
    t = 0
    for i in xrange(n):
        t += getattr(p, 'x')
    return t


def kwargs_collect(n):
    def f(**kw):
        return len(kw)
    t = 0
    for i in xrange(n):
        t += f(a=i, b=2)
    return t


def dict_items_loop(n):
    d = dict((i, i) for i in range(100))
    t = 0
    for j in xrange(n // 100):
        for k, v in d.items():
            t += v
    return t


def list_slice(n):
    items = list(range(20))
    for i in xrange(n):
        items[2:8]


def str_startswith(n):
    s = 'Hello World'
    t = 0
    for i in xrange(n):
        if s.startswith('He'):
            t += 1
    return t


def str_replace(n):
    s = 'ka lo ka mi'
    for i in xrange(n):
        s.replace('ka', 'KA')


def str_contains(n):
    s = 'Hello World'
    t = 0
    for i in xrange(n):
        if 'World' in s:
            t += 1
    return t


def int_str_conversions(n):
    t = 0
    for i in xrange(n):
        t += int(str(i))
    return t


def dict_literal(n):
    for i in xrange(n):
        {'a': i, 'b': 2}


def tuple_build(n):
    for i in xrange(n):
        (i, i, i)


def sum_list(n):
    items = list(range(100))
    t = 0
    for j in xrange(n // 100):
        t += sum(items)
    return t


def enumerate_loop(n):
    items = list(range(100))
    t = 0
    for j in xrange(n // 100):
        for i, v in enumerate(items):
            t += i
    return t


def sort_with_key(n):
    items = [(i * 7919) % 101 for i in range(100)]
    for j in xrange(n // 100):
        sorted(items, key=lambda v: -v)


OPERATIONS = [attr_read, attr_write, method_call, inherited_method_call, new_instance, global_read, closure_call,
              keyword_call, varargs_call, generator, genexpr_sum, listcomp, list_append, list_index, dict_get,
              dict_set_str, set_contains, str_method, str_index, str_concat, str_percent, str_format, str_join,
              str_split, tuple_unpack, isinstance_check, len_call, min_max, sorted_small, try_no_raise, raise_catch,
              float_math, int_math, with_statement, try_finally_return, property_read, class_attr_read, staticmethod_call,
              super_init, getattr_builtin, kwargs_collect, dict_items_loop, list_slice, str_startswith, str_replace,
              str_contains, int_str_conversions, dict_literal, tuple_build, sum_list, enumerate_loop, sort_with_key]


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 100000
    repeats = int(argv[2]) if len(argv) > 2 else 20
    chosen = set(argv[3:])
    for op in OPERATIONS:
        if chosen and op.__name__ not in chosen:
            continue
        best = None
        for _ in range(repeats):
            start = clock()
            op(n)
            took = clock() - start
            best = took if best is None or took < best else best
        print('%s %.1f' % (op.__name__, best / n * 1e9))


if __name__ == '__main__':
    main(sys.argv)
