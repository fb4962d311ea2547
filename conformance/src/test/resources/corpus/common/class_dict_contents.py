# A class's __dict__: its namespace, the __dict__/__weakref__ attributes it gives its instances, slots' members, __doc__


class Plain(object):
    """Plain docs."""
    x = 1

    def f(self):
        return self.x


class Child(Plain):
    y = 2


class Slotted(object):
    __slots__ = ('b', 'a')


class WeakSlotted(object):
    __slots__ = ('a', '__weakref__')


class DictSlotted(object):
    __slots__ = ('a', '__dict__')


class Error(Exception):
    pass


class Items(list):
    pass


for cls in (Plain, Child, Slotted, WeakSlotted, DictSlotted, Error, Items):
    print(cls.__name__, sorted(cls.__dict__.keys()))
print(Plain.__dict__['__dict__'])
print(Plain.__dict__['__weakref__'])
print(type(Plain.__dict__['__dict__']).__name__, type(Slotted.__dict__['a']).__name__)
print(Plain.__doc__, Child.__doc__, Plain().__doc__)
c = Child()
c.z = 3
print(c.__dict__, vars(c), c.__weakref__)
c.__dict__ = {'w': 4}
print(c.w, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
d = DictSlotted()
d.a = 1
d.other = 2
print(d.a, d.__dict__)
print(Plain.__dict__['__dict__'].__get__(c, Child) is c.__dict__)
try:
    vars(object())
except TypeError as e:
    print('TypeError:', e)
print(sorted(k for k in vars(Plain) if not k.startswith('__')))
