# type(name, bases, dict) given the wrong kinds of arguments; hash() of a class whose __hash__ returns no integer


for args in [(1, (), {}), ('T', 1, {}), ('T', (), 1), ('T', ()), ('T', (), {}, 1)]:
    try:
        print(type(*args))
    except TypeError as e:
        print('TypeError:', e)
print(type('x'), type('T', (), {'a': 1})().a)


class StrHash(object):
    def __hash__(self):
        return 'x'


class FloatHash(object):
    def __hash__(self):
        return 1.5


class BigHash(object):
    def __hash__(self):
        return 2 ** 70


class BoolHash(object):
    def __hash__(self):
        return True


for cls in (StrHash, FloatHash, BigHash, BoolHash):
    try:
        print(cls.__name__, hash(cls()) == hash(cls().__hash__()))
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
