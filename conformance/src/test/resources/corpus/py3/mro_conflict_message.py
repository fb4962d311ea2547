# The MRO conflict names the classes C3 could not place (the heads of the lists left), not the bases.
class X(object): pass
class Y(object): pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class P(object): pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
