# class patterns: an AttributeError from an attribute fails the case, a metaclass's __instancecheck__ decides the
# class check, and __match_args__ must be a tuple of distinct strings
class C:
    __match_args__ = ('x',)
    @property
    def x(self): raise AttributeError('nope')
match C():
    case C(1): print('one')
    case _: print('fallthrough')
class Meta(type):
    def __instancecheck__(cls, obj): return True
class Any(metaclass=Meta): pass
print(isinstance(5, Any))
match 5:
    case Any(): print('matched Any')
    case _: print('no match')
class R:
    __match_args__ = 'x'
class T:
    __match_args__ = ('x', 'x')
    x = 1
for v, f in [(R(), lambda v: 1), (T(), 0)]:
    try:
        match v:
            case R(a): print('R', a)
            case T(a, b): print('T', a, b)
    except TypeError as e:
        print('TypeError:', e)


class U:
    __match_args__ = (1,)


try:
    match U():
        case U(z):
            print('U', z)
except TypeError as e:
    print('TypeError:', e)
