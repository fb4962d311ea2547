class Typed(object):
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset %s>" % self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting " + self.name)
        del obj.__dict__[self.name]

class NonData(object):
    def __get__(self, obj, owner):
        return "nondata from %s" % owner.__name__

class Person(object):
    name = Typed("name", str)
    age = Typed("age", int)
    tag = NonData()

p = Person()
print(p.name)
p.name = "Ann"
p.age = 30
print(p.name)
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(isinstance(Person.name, Typed))
print(p.tag)
p.__dict__["tag"] = "instance wins"
print(p.tag)
p.__dict__["age"] = 99
print(p.age)
del p.age
print(p.age)
print(Person.tag)
p.name = 5
