class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        setattr(obj, self.storage, value)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get('tag', name.lower())
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = 'Registry'
        return inst
    def __repr__(cls):
        return f'<class {cls.__name__} tag={cls.tag}>'
class Model(metaclass=Registry):
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = True
class User(Model, tag='usr'):
    pass
u = User('ann', 30)
print(u.name, u.age, u.created_by, User.tag, Model.tag, User.sub, Registry.classes, User, Model.name.storage)
try:
    u.age = 'old'
except TypeError as e:
    print('TypeError:', e)
print(isinstance(User, Registry), type(User).__name__, type(u).__mro__[1].__name__, hasattr(Model, 'sub'))
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print('computing')
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
class Meta2(type):
    def __getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
    def __len__(cls):
        return 42
class Box(metaclass=Meta2):
    def __class_getitem__(cls, item):
        return 'class_getitem'
print(Box[int], len(Box))
class Gen:
    def __class_getitem__(cls, item):
        return f'Gen of {item.__name__}'
print(Gen[str])
Dyn = type('Dyn', (object,), {'x': 1, 'double': lambda self: self.x * 2})
print(Dyn().double(), Dyn.__name__, Dyn.__bases__, type(Dyn))
class Slotted:
    __slots__ = ('a',)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print('AttributeError:', e)
class WithGetattribute:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback:{name}'
w = WithGetattribute()
print(w.secret, w.other, getattr(w, '__class__').__name__)
print(Typed.__get__.__qualname__, Registry.__call__.__name__, Model.__init__.__qualname__)
