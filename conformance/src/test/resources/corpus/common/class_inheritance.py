# New-style classes with inheritance, super(), overriding and isinstance.
class Animal(object):
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s makes a sound" % self.name

    def describe(self):
        return "%s is a %s" % (self.name, self.kind)

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "%s barks" % self.name

class Puppy(Dog):
    def __init__(self, name, age):
        super(Puppy, self).__init__(name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " softly"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak())
    print(a.describe())
p = Puppy("tiny", 2)
print(p.age)
print(isinstance(p, Animal))
print(isinstance(p, Puppy))
print(isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Dog))
print(issubclass(Animal, Dog))
print(Puppy.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(type(p).__name__)
print(Dog.kind)
Dog.kind = "hound"
print(p.describe())
print(hasattr(p, "age"))
print(getattr(p, "missing", "none"))
setattr(p, "color", "brown")
print(p.color)
