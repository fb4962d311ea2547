# 2.7's __metaclass__: in the class body, or a module global that classes without bases take.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print "Meta makes", name, bases
        return type.__new__(mcls, name, bases, ns)
class InBody:
    __metaclass__ = Meta
print type(InBody)
class Classic:
    pass
print type(Classic)
__metaclass__ = type
class NowNew:
    pass
print type(NowNew), NowNew.__mro__
class WithClassicBase(Classic):
    pass
print type(WithClassicBase)
__metaclass__ = Meta
class FromGlobal:
    pass
class Derived(FromGlobal):
    pass
print type(FromGlobal), type(Derived)
def maker(name, bases, ns):
    print "maker", name, sorted(k for k in ns if not k.startswith('__'))
    return 42
__metaclass__ = maker
class Odd:
    x = 1
print Odd
