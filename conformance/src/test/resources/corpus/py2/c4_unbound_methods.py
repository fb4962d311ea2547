class Greeter(object):
    greeting = "hi"
    def greet(self, name):
        return "%s %s" % (self.greeting, name)
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"

class Loud(Greeter):
    greeting = "HEY"

print Greeter.greet
print Greeter().greet.__name__
u = Greeter.greet
print u.im_class.__name__
print u.im_self
print u.im_func.__name__
print u(Loud(), "bob")
b = Loud().greet
print b.im_self.__class__.__name__
print b("amy")
print Greeter.cm.im_self.__name__
print Loud.cm()
print type(Greeter.sm).__name__
print Greeter.sm()
print type(Greeter.__dict__["greet"]).__name__
f = Greeter.__dict__["greet"]
print f(5 and Greeter(), "raw")
print f("anything works", "x") if False else "skip"
try:
    Greeter.greet("not a greeter", "x")
except TypeError, e:
    print "TypeError:", e
print Loud.greet == Greeter.greet
print Loud.greet.im_class.__name__
def extra(self):
    return "extra " + self.greeting
Greeter.extra = extra
print Loud().extra()
print Greeter.extra
Greeter.greet()
