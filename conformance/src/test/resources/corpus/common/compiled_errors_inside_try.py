# Subscripts that fail inside try statements, and exceptions leaving called functions, in hot code the JIT
# compiles: the error each raises, where it is caught, and the traceback it carries.
from __future__ import print_function


class Missing(dict):
    def __missing__(self, key):
        return ('missing', key)


class Items(list):
    def __getitem__(self, i):
        if i == 99:
            raise KeyError('from __getitem__')
        return list.__getitem__(self, i)


class BadEq(object):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError('eq failed')


def subscripts(d, l, t, s, k):
    out = []
    for container in (d, l, t, s):
        try:
            out.append(container[k])
        except KeyError as e:
            out.append(('KeyError', e.args))
        except IndexError as e:
            out.append(('IndexError', str(e)))
        except TypeError as e:
            out.append(('TypeError', type(container).__name__))
    return out


def nested(d, k):
    try:
        try:
            return d[k][k]
        finally:
            d['seen'] = d.get('seen', 0) + 1
    except LookupError as e:
        return type(e).__name__ + ':' + repr(e.args)


class Slotted(object):
    __slots__ = ('a',)


class Hooked(object):
    def __getattr__(self, name):
        if name == 'boom':
            raise AttributeError('hook says ' + name)
        return name.upper()


def attributes(o):
    out = []
    try:
        out.append(o.a)
    except AttributeError as e:
        out.append((str(e), getattr(e, 'name', None), getattr(e, 'obj', None) is o))
    try:
        out.append(o.boom)
    except AttributeError as e:
        out.append((str(e), getattr(e, 'name', None), getattr(e, 'obj', None) is o))
    return out


def leaf(x):
    if x % 3 == 0:
        raise ValueError('leaf %d' % x)
    return {}[x] if x % 3 == 1 else [x][x]


def middle(x):
    return leaf(x) + 1


def method_caller(obj, x):
    return obj.run(x)


class Runner(object):
    def run(self, x):
        return middle(x)


def frames(tb):
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


def calls(x):
    import sys
    for fn, args in ((middle, (x,)), (method_caller, (Runner(), x)), (leaf, (x,))):
        try:
            fn(*args)
        except (ValueError, LookupError) as e:
            print(fn.__name__, type(e).__name__, e, frames(sys.exc_info()[2]))


def unhandled_in_loop(n):
    total = 0
    for i in range(n):
        try:
            total += middle(i * 3 + 2)
        except IndexError:
            total += 1
        try:
            total += [1, 2][i % 4]
        except IndexError:
            total -= 1
    return total


def main():
    last = None
    for i in range(300):
        last = subscripts({1: 'one', (1, 2): 'pair'}, [10, 20], (30,), 'ab', i % 5)
    print(last)
    print(subscripts({}, [], (), '', (1, 2)))
    print(subscripts({}, [1], (2,), 'x', -1))
    print(subscripts({}, [1], (2,), 'x', -2))
    print(subscripts(Missing(a=1), Items([5]), (1,), 'x', 99))
    print(subscripts({}, [0, 1], (0, 1), 'xy', True))
    print(subscripts({}, [0], (0,), 'x', 2 ** 70))
    try:
        print(subscripts({BadEq(): 1}, [], (), '', BadEq()))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(subscripts({}, [], (), '', [1]))
    except TypeError as e:
        print('unhashable', 'list' in str(e))
    for i in range(200):
        r = nested({1: {2: 3}}, i % 3)
    print(r, nested({1: {}}, 1), nested({}, 5))
    import sys
    filled = Slotted()
    filled.a = 1
    for i in range(100):
        found = [attributes(o) for o in (Slotted(), filled, Hooked(), 5, None, sys, Slotted, 'ab')]
    for row in found:
        print(row)
    for x in (3, 4, 5):
        calls(x)
    for i in range(3):
        print(unhandled_in_loop(50 + i))


main()
