# isinstance/issubclass, getattr/setattr/hasattr/delattr, type(), callable, vars-like access.
from __future__ import print_function
class Animal(object):
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
class Bird(Animal):
    legs = 2
rex = Dog("rex")
tweety = Bird("tweety")
print(isinstance(rex, Dog), isinstance(rex, Animal), isinstance(rex, Bird), isinstance(rex, object))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", (list, tuple)), isinstance(True, int))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(int, object))
print(type(rex) is Dog, type(rex) == Animal, type(tweety).__name__, type(3).__name__, type(None).__name__)
print(getattr(rex, "name"), getattr(rex, "legs"), getattr(tweety, "legs"), getattr(rex, "tail", "no tail"))
try:
    getattr(rex, "tail")
except AttributeError as e:
    print("AttributeError", e)
setattr(rex, "tail", "wagging")
print(hasattr(rex, "tail"), rex.tail, hasattr(tweety, "tail"))
delattr(rex, "tail")
print(hasattr(rex, "tail"))
for attr in ("name", "legs", "speak", "fly"):
    print(attr, hasattr(rex, attr), callable(getattr(rex, attr, None)))
method = getattr(tweety, "speak")
print(method(), getattr(rex, "speak")())
print(sorted(k for k in rex.__dict__), sorted(tweety.__dict__.items()))
rex.legs = 3
print(rex.legs, Dog.legs, Animal.legs)
del rex.legs
print(rex.legs)
setattr(Animal, "legs", 6)
print(rex.legs, tweety.legs)
for name in ["upper", "lower", "title"]:
    print(getattr("Hello World", name)())
print(callable(len), callable(3), callable(Dog), callable(lambda: 0), callable("x"))
for obj in [1, "a", [1], (1,), {1: 1}, 1.5, None, Dog]:
    print(type(obj).__name__, isinstance(obj, (int, str)))
class Dyn(object):
    pass
dyn = Dyn()
for i, key in enumerate(["alpha", "beta", "gamma"]):
    setattr(dyn, key, i * 10)
print(sorted(dyn.__dict__.items()))
print(getattr(dyn, "beta") + getattr(dyn, "gamma"))
try:
    delattr(dyn, "delta")
except AttributeError:
    print("AttributeError on delattr")
