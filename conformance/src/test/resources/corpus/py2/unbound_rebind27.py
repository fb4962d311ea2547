# 2.7: an unbound method stored as a class attribute is a descriptor (instancemethod's tp_descr_get)
class Base(object):
    def hello(self, x=1):
        return 'hello %s from %s' % (x, type(self).__name__)

class Derived(Base):
    greet = __greet = Base.hello      # rebinds through Derived and its subclasses
    def call_private(self):
        return self.__greet(5)

class Other(object):
    alien = Base.hello                # Other is no subclass of Base: stays unbound

class Sub(Derived):
    pass

d = Derived()
print d.greet(2)
print d.call_private()
print repr(Derived.greet)
print repr(Sub.greet)
print Sub.greet.im_class.__name__, Derived.greet.im_class.__name__, Base.hello.im_class.__name__
print Derived.greet(d, 3)
print Sub().greet(4)
print d.greet.im_self is d, d.greet.im_func is Base.hello.im_func
print repr(d.greet)[:34]
print Other.alien is Other.alien, repr(Other.alien)
o = Other()
print o.alien is Other.__dict__['alien']
try:
    o.alien()
except TypeError as e:
    print 'TypeError', e
try:
    Sub.greet(o)
except TypeError as e:
    print 'TypeError', e
print o.alien(Sub())

# a bound method stored in a class stays bound to its object
class Holder(object):
    pass
Holder.bound = d.greet
print Holder().bound(7)
print Holder.bound.im_self is d

# classic classes rebind too
class OldBase:
    def who(self):
        return 'old ' + self.__class__.__name__
class OldDerived(OldBase):
    me = OldBase.who
print OldDerived().me(), repr(OldDerived.me)
print OldBase.__dict__['who'].__get__(OldDerived(), OldDerived)()
m = Base.hello
print repr(m.__get__(Sub(), Sub))[:32], repr(m.__get__(None, Sub))
print m.__get__(o, Other) is m
