from __future__ import print_function
import sys
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MyList(list):
    pass
class MySet(set):
    pass
class MyFS(frozenset):
    pass
class MyComplex(complex):
    pass
class MyBytes(bytes):
    pass
def show(x):
    return '%s:%r' % (type(x).__name__, x)
print(show(MyInt('12', 16)), show(MyInt(3.9)), show(MyInt()), show(MyInt(True)), show(MyInt(MyInt(4))), show(MyInt(' 7 ')))
print(show(MyFloat('1.5')), show(MyFloat()), show(MyFloat(3)), show(MyFloat.fromhex('0x1p1')), show(float.fromhex.__self__ is float))
print(show(MyStr()), show(MyStr(5)), show(MyStr([1])), show(MyStr(b'x') if sys.version_info < (3,) else MyStr('x')), show(MyStr(MyStr('y'))))
print(show(MyDict.fromkeys('ab', 1)), show(MyDict([('a', 1)])), show(MyDict(a=2)), show(dict.fromkeys.__self__ is dict))
print(show(MyTuple()), show(MyTuple([1, 2])), show(MyTuple('ab')), show(MyList('ab')), show(MyList()), show(MySet('aa')), show(MyFS('b')))
print(show(MyComplex(1, 2)), show(MyComplex('3j')), show(MyComplex()), show(MyBytes(b'ab') if sys.version_info >= (3,) else MyBytes('ab')))
if sys.version_info >= (3,):
    print(show(MyInt.from_bytes(b'\x01\x00', 'big')), show(MyBytes.fromhex('4142')), show(MyStr.maketrans('a', 'b')), show(MyFS()), show(frozenset() is frozenset()))
print(show(MyFS([1]) | MyFS([2])), show(MyTuple((1,)) + (2,)), show(MyInt(5) + MyInt(1)), show(MyFloat(1.5) * 2), show(MyStr('a') + MyStr('b')))
print(MyInt(5) == 5, MyFloat(0.5) == 0.5, MyStr('a') == 'a', MyTuple((1,)) == (1,), MyList([1]) == [1], MySet([1]) == {1}, MyFS([1]) == frozenset([1]), MyDict(a=1) == {'a': 1})
print(isinstance(MyInt(1), int), issubclass(MyFS, frozenset), type(MyInt(1)) is MyInt, MyInt.__mro__[1] is int, MyInt.__bases__, bool(MyInt(0)), bool(MyStr('')), bool(MyTuple()))
try:
    MyInt('x')
except ValueError as e:
    print('ValueError', e)
try:
    MyFloat('x')
except ValueError as e:
    print('ValueError', e)
try:
    MyTuple(5)
except TypeError as e:
    print('TypeError', e)
try:
    MyDict(5)
except TypeError as e:
    print('TypeError', e)
