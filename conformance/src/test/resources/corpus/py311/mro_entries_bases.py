# PEP 560: a base that is not a class stands for what its __mro_entries__ returns; __orig_bases__ keeps the original
class Base:
    pass

class Proxy:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        print('asked with', len(bases), 'bases')
        return self.classes

class Mixin:
    def hello(self):
        return 'hello from ' + type(self).__name__

class C(Proxy(Base, Mixin)):
    pass

print([k.__name__ for k in C.__mro__], C.__orig_bases__[0].__class__.__name__, C().hello())
class D(Base):
    pass
print('__orig_bases__' in D.__dict__)
class E(list[int]):
    pass
print(E.__bases__, E.__orig_bases__, E([1, 2]))

class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)
