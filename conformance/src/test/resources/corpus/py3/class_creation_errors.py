# Errors while a class is made: __prepare__'s result, __slots__ checks, __set_name__ failures (wrapped in RuntimeError)


def attempt(label, make):
    try:
        cls = make()
        print(label, 'made', cls.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
        if e.__cause__ is not None:
            print('  cause:', type(e.__cause__).__name__, e.__cause__)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


def prepare_int():
    class X(metaclass=Meta):
        pass
    return X


def slot_conflict():
    class S(object):
        __slots__ = ('x', 'y')
        y = 1
    return S


def slot_identifier():
    return type('S', (), {'__slots__': ('ok', 'not ok')})


def slot_not_string():
    return type('S', (), {'__slots__': ('a', 3)})


def slot_on_int():
    class S(int):
        __slots__ = ('a',)
    return S


def slot_on_tuple_subclass():
    class T(tuple):
        __slots__ = ()

    class U(T):
        __slots__ = ('b',)
    return U


class Named(object):
    def __set_name__(self, owner, name):
        if name == 'bad':
            raise ValueError('no ' + name + ' here')
        self.name = name


def set_name_fails():
    class Owner(object):
        good = Named()
        bad = Named()
    return Owner


for label, make in [('prepare', prepare_int), ('conflict', slot_conflict), ('identifier', slot_identifier),
                    ('not string', slot_not_string), ('int', slot_on_int), ('tuple', slot_on_tuple_subclass),
                    ('set_name', set_name_fails)]:
    attempt(label, make)


class Empty(tuple):
    __slots__ = ()


print(Empty((1, 2)), Empty.__slots__)


class Documented(object):
    __slots__ = ('__doc__', 'v')

    def __init__(self, doc):
        self.__doc__ = doc


class Ordered(object):
    __slots__ = ('b', 'a')
    c = 3


print(Documented('instance doc').__doc__, type(Documented.__dict__['__doc__']).__name__)
print(list(Ordered.__dict__))
