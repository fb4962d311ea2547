class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print(f"registered {cls.__name__} as {cls.key}")

class Alpha(Plugin):
    pass

class Beta(Plugin, key="b"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry))
print(Gamma.key)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} kw={sorted(kw)}")
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.flag = kw.get("flag", False)
    def __call__(cls, *args):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Model(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v

class Child(Model):
    pass

m = Child(3)
print(m.v, Model.flag, Child.flag, Child.created_by)
print(repr(Child))
print(type(Child).__name__)
print(isinstance(Child, Meta))

class Strict(Plugin, key="strict", unknown=1):
    pass
