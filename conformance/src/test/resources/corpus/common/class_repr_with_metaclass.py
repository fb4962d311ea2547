# A class made by a program's metaclass (an ABC's ABCMeta among them) shows as a class:
# type.__repr__ is found on the metaclass before object.__repr__; a metaclass whose __call__ is a
# class (typing's TypedDict: __call__ = dict) calls it without the class.
import abc


class Meta(type):
    pass


class Described(type):
    def __repr__(cls):
        return '<described %s>' % cls.__name__


Plain = Meta('Plain', (object,), {})
FromDict = Meta('FromDict', (dict,), {})
FromList = Meta('FromList', (list,), {})
Shape = abc.ABCMeta('Shape', (object,), {'area': abc.abstractmethod(lambda self: 0), '__module__': __name__})
Square = abc.ABCMeta('Square', (Shape,), {'area': lambda self: 4, '__module__': __name__})
Own = Described('Own', (object,), {})
print(Plain)
print(FromDict)
print(FromList)
print(Shape)
print(Square)
print(Own)
print(repr(Square))
print(str(Square))
print([Plain, Square])
print('%s %r' % (Square, Shape))
print(type(Square()))
print(Square().__class__)
print(type.__repr__(Own))
print(Meta.__repr__ is type.__repr__)
print('__repr__' in type.__dict__)


class CallsDict(type):
    __call__ = dict


Record = CallsDict('Record', (dict,), {})
print(Record(a=1), type(Record(b=2)) is dict)
