from __future__ import print_function
# 2.7's print() writes a str subclass's instance (value, sep or end) as str() makes it; unicode as it is
import sys
class A(str):
    def __repr__(self):
        return 'A.repr'
class B(str):
    pass
class C(str):
    def __str__(self):
        return 'C.str'
class D(unicode):
    def __str__(self):
        return 'D.str'
class E(unicode):
    def __repr__(self):
        return 'E.repr'
print(A('a'), B('b'), C('c'), D(u'd'), E(u'e'))
print(A('a'), end=A('|'))
print(B('b'), end=C('|'))
print()
print(A('a'), C('c'), D(u'd'), sep=D(u'#'))
print(C('x'), C('y'), sep=C('--'), end=C('\n'))
print()
print(C('to stdout'), file=sys.stdout)
print(C('to stderr'), file=sys.stderr)
