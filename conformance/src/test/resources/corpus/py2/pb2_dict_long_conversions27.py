# 2.7: dict() and dict.update() of a non-iterable keep PyObject_GetIter's error; long() asks __long__
# (a classic instance falls back to __int__) and names itself in its error.
class A(object):
    def __int__(self):
        return 5
class B(object):
    def __long__(self):
        return 6L
class C:
    def __int__(self):
        return 7
class D(object):
    def __long__(self):
        return 8
    def __int__(self):
        return 9
class E:
    pass
for o in [A(), B(), C(), D(), [], None]:
    for f in [int, long]:
        try:
            print f.__name__, repr(f(o))
        except TypeError as e:
            print f.__name__, e
for a in [1, None, 1.5, object(), E(), [1], [(1, 2, 3)], "ab"]:
    for f in [dict, {}.update]:
        try:
            print f(a)
        except (TypeError, ValueError) as e:
            print type(e).__name__, e
